package org.wenzhai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.SearchableBlock;
import org.wenzhai.search.SearchIndex;
import org.wenzhai.search.SearchQuery;
import org.wenzhai.search.SearchResult;
import org.wenzhai.search.TextFolding;

/**
 * Search benchmark over a generated corpus (not part of {@code mvn verify}).
 *
 * <p>Generates materials until there are at least MIN_PARAGRAPHS paragraphs and MIN_MEGABYTES of
 * UTF-8 text. Builds the index straight from generated blocks (no H2 import, to keep it quick), then runs
 * 1-, 2-, 4-character and phrase queries sampled from the corpus through the index (top 50 hits
 * with exact totals and match offsets) and through a brute-force scan of the same texts,
 * pre-folded in memory (the scan's best case), and prints a table. Totals of the two are compared:
 * any difference is a recall or precision bug.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.wenzhai.bench.SearchBench \
 *     [MIN_PARAGRAPHS=100000] [INDEX_DIR=a temp folder] [MIN_MEGABYTES=200] [PARALLEL_MIN_DOCS=50000]
 * </pre>
 */
public final class SearchBench {
    /** Hits asked of each query; -Dbench.limit=0 measures the count alone, without loading hits. */
    private static final int LIMIT = Integer.getInteger("bench.limit", 50);
    private static final int QUERIES_PER_KIND = 40;
    private static final int INDEX_RUNS = 5;
    private static final int WARMUP_ROUNDS = 5;

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long targetBytes = (args.length > 2 ? Long.parseLong(args[2]) : 200L) * 1024 * 1024;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("wenzhai-bench");
        long seed = 20241125L;
        int parallelMinDocs = args.length > 3 ? Integer.parseInt(args[3]) : SearchIndex.PARALLEL_MIN_DOCS;

        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average at start " + loadAverage());
        long t0 = System.nanoTime();
        List<List<SearchableBlock>> docs = new ArrayList<>();
        int paras = 0;
        long bytes = 0;
        long blockId = 0;
        long articleId = 0;
        CorpusGenerator gen = new CorpusGenerator(seed);
        long docId = 0;
        while (paras < paragraphs || bytes < targetBytes) {
            CorpusGenerator.Material m = gen.next();
            docId++;
            List<SearchableBlock> doc = new ArrayList<>();
            int ao = 0;
            for (CorpusGenerator.Article a : m.articles()) {
                articleId++;
                int bo = 0;
                for (CorpusGenerator.Block b : a.blocks()) {
                    doc.add(new SearchableBlock(docId, m.title(), articleId, ao, a.title(), ++blockId, bo++,
                            b.heading() ? BlockType.HEADING : BlockType.PARAGRAPH, b.heading() ? b.level() : null,
                            b.text(), List.of()));
                    if (!b.heading()) {
                        paras++;
                    }
                    bytes += b.text().getBytes(StandardCharsets.UTF_8).length;
                }
                ao++;
            }
            docs.add(doc);
        }
        List<String> texts = new ArrayList<>();
        docs.forEach(d -> d.forEach(b -> texts.add(b.text())));
        System.out.printf(Locale.ROOT, "corpus: %d materials, %d paragraphs, %d blocks, %.1f MB UTF-8 (generated in %.1f s)%n",
                docs.size(), paras, texts.size(), bytes / 1048576.0, (System.nanoTime() - t0) / 1e9);

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        String loadBeforeBuild = loadAverage();
        long cpu0 = os.getProcessCpuTime();
        long b0 = System.nanoTime();
        SearchIndex index = SearchIndex.open(dir.resolve("index"), parallelMinDocs);
        // -Dbench.reuse=true keeps an index left by an earlier run of the same corpus (query tuning)
        boolean reuse = Boolean.getBoolean("bench.reuse") && index.isCurrent(1) && index.size() == texts.size();
        if (!reuse) {
            index.deleteAll();
            for (List<SearchableBlock> d : docs) {
                index.addDocument(d);
            }
            index.commit(1);
        }
        double buildSeconds = (System.nanoTime() - b0) / 1e9;
        double buildCpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        double megabytes = bytes / 1048576.0;
        double indexMegabytes = index.sizeOnDisk() / 1048576.0;
        System.out.println();
        System.out.println(reuse ? "(index reused, build not measured)" : "");
        System.out.println("| build | wall s | CPU s (all threads) | text MB/s (wall) | text MB/s per CPU s | index MB | index / text | blocks | load average before |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| index %d blocks | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f× | %d | %s |%n",
                texts.size(), buildSeconds, buildCpuSeconds, megabytes / buildSeconds, megabytes / buildCpuSeconds,
                indexMegabytes, indexMegabytes / megabytes, index.size(), loadBeforeBuild);
        docs.clear();

        long f0 = System.nanoTime();
        String[] folded = new String[texts.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = TextFolding.fold(texts.get(i));
        }
        System.out.printf(Locale.ROOT, "scan: folded every text once in %.1f s (not counted in scan times)%n",
                (System.nanoTime() - f0) / 1e9);

        Random r = new Random(seed);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("1 char", sample(texts, r, 1, false));
        kinds.put("2 chars", sample(texts, r, 2, false));
        kinds.put("4 chars", sample(texts, r, 4, false));
        kinds.put("phrase 6-12, punct.", sample(texts, r, 0, true));

        // warm up the JIT on both paths with other queries of the same kinds (not the measured ones),
        // as JMH would: the window is a long-running process, and a single pass left the phrase path
        // half compiled (the 4-character p50 fell by a fifth between the first and second measured round)
        Random warm = new Random(seed + 1);
        Map<Integer, List<String>> warmQueries = new LinkedHashMap<>();
        for (int len : new int[] {1, 2, 4, 0}) {
            warmQueries.put(len, sample(texts, warm, len, len == 0));
        }
        int warmRounds = Integer.getInteger("bench.warmup", WARMUP_ROUNDS);
        long w0 = System.nanoTime();
        for (int round = 0; round < warmRounds; round++) {
            for (Map.Entry<Integer, List<String>> e : warmQueries.entrySet()) {
                for (String q : e.getValue()) {
                    index.search(SearchQuery.parse(quote(q)), LIMIT, () -> false);
                    index.search(SearchQuery.parse(quote(q)), LIMIT, () -> false);
                    if (round == 0) {
                        scan(folded, TextFolding.foldVariants(q));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "warm-up: %d rounds of %d other queries, 2 runs each, %.1f s%n", warmRounds,
                warmQueries.values().stream().mapToInt(List::size).sum(), (System.nanoTime() - w0) / 1e9);

        System.out.println();
        System.out.println("| queries | n | index p50 ms | p95 ms | p99 ms | index CPU ms mean | scan p50 ms | scan p95 ms | p50 speed-up | median hits | totals equal |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int round = 0; round < Integer.getInteger("bench.rounds", 1); round++)
        for (Map.Entry<String, List<String>> e : kinds.entrySet()) {
            List<Double> idx = new ArrayList<>();
            long cpuNanos = 0;
            List<Double> scn = new ArrayList<>();
            List<Integer> totals = new ArrayList<>();
            int equal = 0;
            for (String q : e.getValue()) {
                SearchQuery parsed = SearchQuery.parse(quote(q));
                SearchResult res = null;
                for (int run = 0; run < INDEX_RUNS; run++) {
                    long c = os.getProcessCpuTime();
                    long s = System.nanoTime();
                    res = index.search(parsed, LIMIT, () -> false);
                    idx.add((System.nanoTime() - s) / 1e6);
                    cpuNanos += os.getProcessCpuTime() - c;
                }
                long s = System.nanoTime();
                int scanTotal = scan(folded, TextFolding.foldVariants(q));
                scn.add((System.nanoTime() - s) / 1e6);
                totals.add(res.total());
                if (scanTotal == res.total()) {
                    equal++;
                } else {
                    System.out.println("MISMATCH [" + q + "] index " + res.total() + " scan " + scanTotal);
                }
            }
            double p50 = pct(idx, 50);
            double sp50 = pct(scn, 50);
            totals.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f× | %d | %d/%d |%n",
                    e.getKey(), e.getValue().size(), p50, pct(idx, 95), pct(idx, 99), cpuNanos / 1e6 / idx.size(), sp50, pct(scn, 95), sp50 / p50,
                    totals.get(totals.size() / 2), equal, e.getValue().size());
        }
        index.close();
        System.out.println();
        System.out.println("load average at end " + loadAverage() + "; index times are every run of every query ("
                + INDEX_RUNS + " runs each), scan times one run each");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String quote(String q) {
        return "\"" + q + "\"";
    }

    /** The brute-force answer: how many texts contain the folded query (any of its foldings, see TextFolding.foldVariants). */
    private static int scan(String[] folded, List<String> foldings) {
        int n = 0;
        for (String t : folded) {
            for (String q : foldings) {
                if (t.indexOf(q) >= 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static double pct(List<Double> xs, int p) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int i = (int) Math.ceil(p / 100.0 * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))];
    }

    /** Substrings of random texts: {@code len} Chinese characters, or 6–12 characters with punctuation. */
    private static List<String> sample(List<String> texts, Random r, int len, boolean phrase) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < QUERIES_PER_KIND) {
            String t = texts.get(r.nextInt(texts.size()));
            int l = phrase ? 6 + r.nextInt(7) : len;
            if (t.length() < l) {
                continue;
            }
            int at = r.nextInt(t.length() - l + 1);
            String q = t.substring(at, at + l);
            boolean allHan = q.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean punct = q.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
            if (q.contains("\"") || (phrase ? !punct : !allHan)) {
                continue;
            }
            out.add(q);
        }
        return new ArrayList<>(out);
    }
}
