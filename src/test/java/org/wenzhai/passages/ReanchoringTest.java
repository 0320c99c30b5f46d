package org.wenzhai.passages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenzhai.passages.PassagesFixture.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagPath;

/** Re-importing a changed file (same path, new bytes) keeps highlights on their text. */
class ReanchoringTest {
    @TempDir
    Path dir;

    private WenzhaiContext ctx;
    private Path file;
    private long doc;

    private static final String Q1 = "推动五星支部创建工作走深走实";
    private static final String Q2 = "把支部建在产业链上，让党员亮在岗位上";
    private static final String Q3 = "有的党员先锋作用发挥不够充分。\n" + H3;
    private static final String Q4 = "全市";

    @BeforeEach
    void importSpeech() throws Exception {
        ctx = WenzhaiContext.open(dir.resolve("lib"));
        file = write(dir.resolve("in/讲话.txt"), lines());
        doc = importFile(ctx, file);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private List<Highlight> highlightAll() {
        HighlightService hs = ctx.highlightService();
        List<Highlight> out = new ArrayList<>();
        out.add(hs.addByQuote(doc, Q1, null, new HighlightService.Details(HighlightColor.GREEN, "五星支部的数据",
                List.of(TagPath.of("主题/乡村振兴/五星支部")))));
        out.add(hs.addByQuote(doc, Q2, null, HighlightService.Details.plain()));
        out.add(hs.addByQuote(doc, Q3, null, HighlightService.Details.plain()));
        out.add(hs.addByQuote(doc, Q4, 2, HighlightService.Details.plain()));
        return out;
    }

    private Highlight reload(Highlight h) {
        return ctx.highlightService().find(h.id()).orElseThrow();
    }

    @Test
    void aParagraphInsertedBeforeThePassagesKeepsQuotesAndOffsets() throws Exception {
        List<Highlight> before = highlightAll();
        List<String> changed = new ArrayList<>(lines());
        changed.add(2, "这次会议是经市委同意召开的，市委对这次会议高度重视。");
        write(file, changed);
        assertThat(importFile(ctx, file)).isEqualTo(doc);

        for (Highlight b : before) {
            Highlight a = reload(b);
            assertInPlace(ctx, a);
            assertThat(a.anchor().quote()).isEqualTo(b.anchor().quote());
            assertThat(a.anchor().start()).isEqualTo(b.anchor().start());
            assertThat(a.anchor().end()).isEqualTo(b.anchor().end());
            assertThat(a.anchor().startBlockId()).isNotEqualTo(b.anchor().startBlockId());
        }
        Highlight first = reload(before.get(0));
        assertThat(first.note()).isEqualTo("五星支部的数据");
        assertThat(first.tags()).containsExactly(TagPath.of("主题/乡村振兴/五星支部"));
        assertThat(first.color()).isEqualTo(HighlightColor.GREEN);
        // the second 全市 is still the second one, in P2
        assertThat(ctx.documentService().block(reload(before.get(3)).anchor().startBlockId()).orElseThrow().text())
                .isEqualTo(P2);
    }

    @Test
    void textEditedNearThePassageMovesItsOffsetsWithTheText() throws Exception {
        List<Highlight> before = highlightAll();
        List<String> changed = new ArrayList<>(lines());
        String p2 = P2.replace("上半年，各级党组织坚持", "今年上半年，全市各级党组织始终坚持");
        changed.set(changed.indexOf(P2), p2);
        write(file, changed);
        importFile(ctx, file);

        Highlight a = reload(before.get(0));
        assertInPlace(ctx, a);
        assertThat(a.anchor().quote()).isEqualTo(Q1);
        assertThat(a.anchor().start()).isEqualTo(p2.indexOf(Q1)).isEqualTo(before.get(0).anchor().start() + 6);
        for (Highlight b : before.subList(1, 3)) {
            Highlight x = reload(b);
            assertInPlace(ctx, x);
            assertThat(x.anchor().quote()).isEqualTo(b.anchor().quote());
        }
        // 全市 #2 was in P2 before the edit; P2 now holds a new 全市 earlier, and context picks the right one
        Highlight q4 = reload(before.get(3));
        assertInPlace(ctx, q4);
        assertThat(q4.anchor().start()).isEqualTo(p2.indexOf("全市共评定"));
    }

    @Test
    void textEditedInsideThePassageIsFoundByTheFuzzyMatch() throws Exception {
        List<Highlight> before = highlightAll();
        List<String> changed = new ArrayList<>(lines());
        String p4 = P4.replace("产业链上，让党员", "产业链上、让广大党员");
        changed.set(changed.indexOf(P4), p4);
        write(file, changed);
        importFile(ctx, file);

        Highlight a = reload(before.get(1));
        assertInPlace(ctx, a);
        assertThat(a.anchor().quote()).isEqualTo("把支部建在产业链上、让广大党员亮在岗位上");
        assertThat(a.anchor().start()).isEqualTo(p4.indexOf("把支部"));
    }

    @Test
    void thePassagesParagraphSplitInTwoKeepsEveryHighlight() throws Exception {
        Highlight across = ctx.highlightService().addByQuote(doc, "坚持以党建引领基层治理，推动五星支部", null,
                HighlightService.Details.plain());
        List<Highlight> before = highlightAll();
        List<String> changed = new ArrayList<>(lines());
        int i = changed.indexOf(P2);
        int cut = P2.indexOf("推动");
        changed.set(i, P2.substring(0, cut));
        // a blank line between: a line ending in ，joined to the next is one broken sentence to the reflow
        changed.add(i + 1, "");
        changed.add(i + 2, P2.substring(cut));
        write(file, changed);
        importFile(ctx, file);

        Highlight a = reload(before.get(0));
        assertInPlace(ctx, a);
        assertThat(a.anchor().quote()).isEqualTo(Q1);
        assertThat(a.anchor().start()).isZero();
        Block second = ctx.documentService().block(a.anchor().startBlockId()).orElseThrow();
        assertThat(second.text()).isEqualTo(P2.substring(cut));

        Highlight x = reload(across);
        assertInPlace(ctx, x);
        assertThat(x.anchor().quote()).isEqualTo("坚持以党建引领基层治理，\n推动五星支部");
        assertThat(x.anchor().startBlockId()).isNotEqualTo(x.anchor().endBlockId());
        assertThat(x.anchor().end()).isEqualTo("推动五星支部".length());
        for (Highlight b : before.subList(1, 4)) {
            assertInPlace(ctx, reload(b));
        }
    }

    @Test
    void anUnplaceableHighlightBecomesAnOrphanThatSurvivesARestartAndCanBeReattached() throws Exception {
        List<Highlight> before = highlightAll();
        ctx.highlightService().note(before.get(1).id(), "产业链党建\n第二行");
        ctx.highlightService().tag(before.get(1).id(), List.of(TagPath.of("金句")));
        List<String> changed = new ArrayList<>(lines());
        changed.set(changed.indexOf(P4), "要持续深化作风建设，以钉钉子精神抓好各项任务落实。");
        write(file, changed);
        importFile(ctx, file);
        assertThat(reload(before.get(1)).orphan()).isTrue();
        assertInPlace(ctx, reload(before.get(0)));

        ctx.close();
        ctx = WenzhaiContext.open(dir.resolve("lib"));
        List<HighlightService.Orphan> orphans = ctx.highlightService().orphans();
        assertThat(orphans).hasSize(1);
        Highlight o = orphans.get(0).highlight();
        assertThat(o.id()).isEqualTo(before.get(1).id());
        assertThat(o.anchor().quote()).isEqualTo(Q2);
        assertThat(o.note()).isEqualTo("产业链党建\n第二行");
        assertThat(o.tags()).containsExactly(TagPath.of("金句"));
        assertThat(orphans.get(0).origin()).isEqualTo(TITLE);

        Highlight back = ctx.highlightService().reattachByQuote(o.id(), doc, "钉钉子精神", null);
        assertInPlace(ctx, back);
        assertThat(back.note()).isEqualTo("产业链党建\n第二行");
        assertThat(back.tags()).containsExactly(TagPath.of("金句"));
        assertThat(ctx.highlightService().orphans()).isEmpty();
    }

    @Test
    void deletingTheDocumentOrphansItsHighlightsWithNotesAndTagsKept() {
        List<Highlight> before = highlightAll();
        assertThat(ctx.documentService().delete(doc)).isEqualTo(before.size());
        List<HighlightService.Orphan> orphans = ctx.highlightService().orphans();
        assertThat(orphans).extracting(x -> x.highlight().id())
                .containsExactlyInAnyOrderElementsOf(before.stream().map(Highlight::id).toList());
        Highlight first = reload(before.get(0));
        assertThat(first.orphan()).isTrue();
        assertThat(first.note()).isEqualTo("五星支部的数据");
        assertThat(first.tags()).containsExactly(TagPath.of("主题/乡村振兴/五星支部"));
        assertThat(first.anchor().quote()).isEqualTo(Q1);
        assertThat(orphans).allSatisfy(o -> assertThat(o.origin()).isEqualTo(TITLE));
    }
}
