package org.wenzhai.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.wenzhai.domain.SearchableBlock;

/**
 * Index build benchmark (not part of {@code mvn verify}): the search index's own writer settings
 * and Lucene documents, one thread adding the generated blocks and then committing them, so the
 * time an import spends inverting text and the final flush it waits for are seen apart from H2
 * and parsing. Each round builds the index once as it is configured and once with a variation,
 * alternating, in one JVM.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.wenzhai.search.IndexBuildBench \
 *     [DOCUMENTS=1500] [ROUNDS=5] [VARIATION=sorted]
 * </pre>
 *
 * Variation {@code sorted}: the writer additionally sorted by the reading-order key (Lucene's index
 * sort), as the index was until 2026-12-07.
 */
public final class IndexBuildBench {
    private IndexBuildBench() {
    }

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String variation = args.length > 2 ? args[2] : "sorted";
        if (!variation.equals("sorted")) {
            throw new IllegalArgumentException("unknown variation: " + variation);
        }
        List<List<Document>> docs = new ArrayList<>();
        long chars = 0;
        int blocks = 0;
        for (List<SearchableBlock> d : GeneratedCorpus.documents(documents, 7L)) {
            List<Document> lucene = new ArrayList<>(d.size());
            for (SearchableBlock b : d) {
                lucene.add(SearchIndex.toLucene(b, List.of("一、总体要求", "（一）工作目标")));
                chars += b.text().length();
                blocks++;
            }
            docs.add(lucene);
        }
        System.out.printf(Locale.ROOT, "%d documents, %d blocks, %.1f M characters; Java %s%n", documents, blocks, chars / 1e6,
                System.getProperty("java.version"));
        System.out.println("| round | writer | add s | add CPU s | commit s | commit CPU s |");
        System.out.println("|---:|---|---:|---:|---:|---:|");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (boolean varied : new boolean[] {false, true}) {
                IndexWriterConfig config = SearchIndex.config(IndexWriterConfig.OpenMode.CREATE);
                if (varied) {
                    config.setIndexSort(new Sort(new SortField(SearchIndex.ORDER, SortField.Type.LONG)));
                }
                Path dir = Files.createTempDirectory("wenzhai-index-bench");
                try (FSDirectory fs = FSDirectory.open(dir); IndexWriter w = new IndexWriter(fs, config)) {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    for (List<Document> d : docs) {
                        w.addDocuments(d);
                    }
                    long t1 = System.nanoTime();
                    long c1 = threads.getCurrentThreadCpuTime();
                    w.commit();
                    long t2 = System.nanoTime();
                    long c2 = threads.getCurrentThreadCpuTime();
                    System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f |%n", round, varied ? variation : "as configured",
                            (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9, (c2 - c1) / 1e9);
                } finally {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }
}
