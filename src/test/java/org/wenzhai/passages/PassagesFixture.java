package org.wenzhai.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Highlight;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;

/** A speech written for these tests, imported into a real library, and checks on highlights. */
public final class PassagesFixture {
    public static final String TITLE = "在全市基层党建工作推进会上的讲话";
    public static final String OPENING = "同志们：";
    public static final String P1 = "今天我们召开全市基层党建工作推进会，主要任务是总结上半年工作，部署下一阶段重点任务。";
    public static final String H1 = "一、充分肯定上半年取得的成绩";
    public static final String P2 = "上半年，各级党组织坚持以党建引领基层治理，推动五星支部创建工作走深走实，全市共评定五星支部一百二十个。";
    public static final String H2 = "二、准确把握当前面临的形势";
    public static final String P3 = "当前，基层党建工作仍存在一些薄弱环节，有的支部组织生活不够规范，有的党员先锋作用发挥不够充分。";
    public static final String H3 = "三、扎实抓好下一阶段重点任务";
    public static final String P4 = "要坚持问题导向，聚焦群众急难愁盼，把支部建在产业链上，让党员亮在岗位上。";

    private PassagesFixture() {
    }

    public static List<String> lines() {
        return List.of(TITLE, OPENING, P1, H1, P2, H2, P3, H3, P4);
    }

    public static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    public static long importFile(WenzhaiContext ctx, Path file) {
        FileResult r = ctx.importService().importFile(file, ImportOptions.defaults());
        assertThat(r.status()).as(r.message()).isIn(FileResult.Status.IMPORTED, FileResult.Status.REPLACED);
        return r.documentId();
    }

    /** The highlight's quote is exactly what its blocks hold at its offsets. */
    public static void assertInPlace(WenzhaiContext ctx, Highlight h) {
        assertThat(h.orphan()).as("highlight %d is placed", h.id()).isFalse();
        Block first = ctx.documentService().block(h.anchor().startBlockId()).orElseThrow();
        Block last = ctx.documentService().block(h.anchor().endBlockId()).orElseThrow();
        assertThat(first.articleId()).isEqualTo(h.articleId());
        String text;
        if (first.id() == last.id()) {
            text = first.text().substring(h.anchor().start(), h.anchor().end());
        } else {
            StringBuilder sb = new StringBuilder(first.text().substring(h.anchor().start()));
            List<Block> blocks = ctx.documentService().blocks(first.articleId());
            for (Block b : blocks) {
                if (b.order() > first.order() && b.order() < last.order()) {
                    sb.append('\n').append(b.text());
                }
            }
            sb.append('\n').append(last.text(), 0, h.anchor().end());
            text = sb.toString();
        }
        assertThat(text).isEqualTo(h.anchor().quote());
    }

    public static Block blockContaining(WenzhaiContext ctx, long documentId, String text) {
        return ctx.documentService().documentBlocks(documentId).stream().filter(b -> b.text().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no block contains " + text));
    }
}
