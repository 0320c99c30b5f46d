package org.wenzhai.passages.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.BlockType;
import org.wenzhai.passages.AnchorRelocator;
import org.wenzhai.passages.DocText;

/**
 * How fast and how well {@link AnchorRelocator} re-anchors highlights after typical changes, on
 * generated documents. Prints a table: per scenario, the share placed on the right text, the
 * passes used, and the median and 95th-percentile time per highlight. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.wenzhai.passages.bench.RelocatorBenchmark}.
 */
public final class RelocatorBenchmark {
    private static final String CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研";
    private static final int RUNS = 3;

    private RelocatorBenchmark() {
    }

    private record Doc(List<Block> blocks, List<String> texts) {
    }

    private record Case(Anchor anchor, String expected) {
    }

    public static void main(String[] args) {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int highlights = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.out.printf("Relocator benchmark: %d paragraphs (~%d chars each), %d highlights of 8–80 chars, best of %d runs%n",
                paragraphs, 120, highlights, RUNS);
        System.out.printf("%-34s %8s %8s %8s %8s %8s %10s %10s%n", "scenario", "placed", "position", "exact",
                "across", "fuzzy", "median µs", "p95 µs");
        run("paragraph inserted at the start", paragraphs, highlights, (texts) -> {
            List<String> out = new ArrayList<>(texts);
            out.add(0, "新插入的一段文字，用来检验位置。");
            return out;
        });
        run("text edited before each passage", paragraphs, highlights, (texts) -> {
            List<String> out = new ArrayList<>();
            for (String t : texts) {
                out.add("修改" + t.substring(0, t.length() / 2) + "补充" + t.substring(t.length() / 2));
            }
            return out;
        });
        run("every paragraph split in two", paragraphs, highlights, (texts) -> {
            List<String> out = new ArrayList<>();
            for (String t : texts) {
                out.add(t.substring(0, t.length() / 2));
                out.add(t.substring(t.length() / 2));
            }
            return out;
        });
        run("1 char in 20 changed everywhere", paragraphs, highlights, (texts) -> {
            List<String> out = new ArrayList<>();
            for (String t : texts) {
                char[] c = t.toCharArray();
                for (int i = 7; i < c.length; i += 20) {
                    c[i] = '改';
                }
                out.add(new String(c));
            }
            return out;
        });
        run("all text replaced (all orphans)", paragraphs, highlights, (texts) -> {
            Random r = new Random(99);
            List<String> out = new ArrayList<>();
            for (String t : texts) {
                out.add(randomText(r, t.length()));
            }
            return out;
        });
    }

    private static void run(String name, int paragraphs, int count, Function<List<String>, List<String>> change) {
        Random r = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            texts.add(randomText(r, 60 + r.nextInt(120)));
        }
        Doc old = doc(texts, 1);
        List<Case> cases = new ArrayList<>();
        DocText oldText = DocText.of(old.blocks());
        for (int i = 0; i < count; i++) {
            Block b = old.blocks().get(r.nextInt(old.blocks().size()));
            int len = Math.min(b.text().length() - 1, 8 + r.nextInt(73));
            int s = r.nextInt(b.text().length() - len);
            Anchor a = oldText.anchor(b.id(), s, b.id(), s + len).orElseThrow();
            cases.add(new Case(a, a.quote()));
        }
        Doc nu = doc(change.apply(texts), 100_000);
        AnchorRelocator relocator = new AnchorRelocator();
        long[] best = null;
        int placed = 0;
        int[] passes = new int[AnchorRelocator.Pass.values().length];
        for (int run = 0; run < RUNS; run++) {
            long[] times = new long[cases.size()];
            placed = 0;
            Arrays.fill(passes, 0);
            for (int i = 0; i < cases.size(); i++) {
                long t0 = System.nanoTime();
                var result = relocator.locate(cases.get(i).anchor(), old.blocks(), nu.blocks());
                times[i] = System.nanoTime() - t0;
                if (result.isPresent()) {
                    String q = result.get().placement().anchor().quote().replace("\n", "");
                    if (similar(q, cases.get(i).expected())) {
                        placed++;
                    } else if (run == 0 && System.getProperty("bench.verbose") != null) {
                        System.out.println("  misplaced: " + cases.get(i).expected() + " -> " + q);
                    }
                    passes[result.get().pass().ordinal()]++;
                }
            }
            Arrays.sort(times);
            if (best == null || times[times.length / 2] < best[best.length / 2]) {
                best = times;
            }
        }
        System.out.printf("%-34s %7.1f%% %8d %8d %8d %8d %10.1f %10.1f%n", name, 100.0 * placed / cases.size(),
                passes[0], passes[1], passes[2], passes[3], best[best.length / 2] / 1000.0,
                best[(int) (best.length * 0.95)] / 1000.0);
    }

    /** Same text but for the benchmark's own edits (the '改', '修改', '补充' markers). */
    private static boolean similar(String placed, String expected) {
        String a = placed.replace("修改", "").replace("补充", "");
        if (a.equals(expected)) {
            return true;
        }
        if (a.length() != expected.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != expected.charAt(i) && a.charAt(i) != '改') {
                diff++;
            }
        }
        return diff == 0;
    }

    private static Doc doc(List<String> texts, long firstId) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            blocks.add(new Block(firstId + i, firstId, i, BlockType.PARAGRAPH, null, texts.get(i)));
        }
        return new Doc(blocks, texts);
    }

    private static String randomText(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int n = 8 + r.nextInt(15);
            for (int i = 0; i < n && sb.length() < length - 1; i++) {
                sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
            sb.append(r.nextInt(3) == 0 ? '。' : '，');
        }
        return sb.toString();
    }
}
