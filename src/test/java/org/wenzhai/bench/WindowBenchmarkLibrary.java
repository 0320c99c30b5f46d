package org.wenzhai.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;

/**
 * Makes the library scripts/window-benchmark.sh measures the window on: {@code ARTICLES} generated
 * articles (20 per document, headings and paragraphs) plus one document holding a single article
 * of about 1 MB (UTF-8), titled {@value #BIG_TITLE}.
 *
 * <p>Run: {@code mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.wenzhai.bench.WindowBenchmarkLibrary -Dexec.args="DIR 10000"}
 */
public final class WindowBenchmarkLibrary {
    public static final String BIG_TITLE = "一兆字节长文";
    private static final String[] WORDS = {"基层治理", "乡村振兴", "党建引领", "网格化管理", "高质量发展", "营商环境",
            "民生实事", "作风建设", "数字赋能", "人才队伍", "产业发展", "生态保护", "安全生产", "改革创新", "群众满意"};

    private WindowBenchmarkLibrary() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-library");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Random rnd = new Random(42);
        long t0 = System.nanoTime();
        try (WenzhaiContext ctx = WenzhaiContext.open(dir)) {
            if (ctx.documentService().list().size() > 0) {
                System.out.println("library already filled: " + dir);
                return;
            }
            int perDocument = 20;
            for (int d = 0; d * perDocument < articles; d++) {
                List<ImportedArticle> list = new ArrayList<>();
                for (int a = 0; a < perDocument && d * perDocument + a < articles; a++) {
                    list.add(article("第" + (d * perDocument + a + 1) + "篇 " + WORDS[rnd.nextInt(WORDS.length)] + "交流材料",
                            rnd, 3, 4));
                }
                insert(ctx, "汇编" + (d + 1) + ".txt", new ImportedDocument("材料汇编第" + (d + 1) + "辑", null, "UTF-8",
                        list, List.of()));
            }
            // about 1 MB of UTF-8: 3 bytes a character, paragraphs of about 300 characters
            List<ImportedBlock> blocks = new ArrayList<>();
            int bytes = 0;
            int h = 0;
            while (bytes < 1_000_000) {
                if (blocks.size() % 40 == 0) {
                    blocks.add(ImportedBlock.heading(1, chineseNumber(++h) + "、关于" + WORDS[rnd.nextInt(WORDS.length)] + "的工作"));
                }
                String p = paragraph(rnd, 300);
                blocks.add(ImportedBlock.paragraph(p));
                bytes += p.getBytes(StandardCharsets.UTF_8).length;
            }
            insert(ctx, "长文.txt", new ImportedDocument(BIG_TITLE, null, "UTF-8",
                    List.of(new ImportedArticle(BIG_TITLE, "测试", LocalDate.of(2024, 1, 1), blocks)), List.of()));
            ctx.searchService().rebuild(org.wenzhai.search.IndexProgress.NONE);
            System.out.printf("library %s: %d articles + one of %d bytes (%d paragraphs) in %d s%n", dir, articles,
                    bytes, blocks.size(), (System.nanoTime() - t0) / 1_000_000_000L);
        }
    }

    private static void insert(WenzhaiContext ctx, String name, ImportedDocument doc) {
        byte[] bytes = (name + doc.articles().size() + doc.title()).getBytes(StandardCharsets.UTF_8);
        ctx.documents().insert(new SourceFile(name, "/bench/" + name, "txt", bytes, Hashes.sha256Hex(bytes)), doc);
    }

    private static ImportedArticle article(String title, Random rnd, int sections, int paragraphs) {
        List<ImportedBlock> blocks = new ArrayList<>();
        blocks.add(ImportedBlock.paragraph(paragraph(rnd, 120)));
        for (int s = 1; s <= sections; s++) {
            blocks.add(ImportedBlock.heading(1, chineseNumber(s) + "、坚持" + WORDS[rnd.nextInt(WORDS.length)]));
            blocks.add(ImportedBlock.heading(2, "（一）推进" + WORDS[rnd.nextInt(WORDS.length)]));
            for (int p = 0; p < paragraphs; p++) {
                blocks.add(ImportedBlock.paragraph(paragraph(rnd, 150)));
            }
        }
        return new ImportedArticle(title, "某单位", LocalDate.of(2024, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), blocks);
    }

    private static String paragraph(Random rnd, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append("我们坚持").append(WORDS[rnd.nextInt(WORDS.length)]).append("，推动").append(WORDS[rnd.nextInt(WORDS.length)])
                    .append("取得新成效。");
        }
        return sb.toString();
    }

    private static String chineseNumber(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return d[n];
        }
        if (n < 20) {
            return "十" + d[n - 10];
        }
        return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10]);
    }
}
