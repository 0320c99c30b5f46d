package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenzhai.domain.SearchableBlock;

/**
 * The best few hits of a query that counts every match are the first few of all its hits, with
 * the same scores and the same total, on one thread and split over segments: a collector that
 * skips or merges wrongly would lose or reorder some.
 */
class TopHitsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "parallel from {0} blocks")
    @ValueSource(ints = {1, Integer.MAX_VALUE})
    void theTopOfAQueryIsTheHeadOfAllItsHitsInOrder(int parallelMinDocs) {
        SearchIndex index = SearchIndex.open(dir.resolve("index"), parallelMinDocs);
        List<String> texts = new ArrayList<>();
        try {
            int n = 0;
            for (List<SearchableBlock> doc : GeneratedCorpus.documents(80, 20261205L)) {
                index.addDocument(doc);
                doc.forEach(b -> texts.add(TextFolding.fold(b.text())));
                if (++n % 20 == 0) {
                    // several segments, so that a search can be split over them
                    index.commit(n);
                }
            }
            index.commit(n);
            Random r = new Random(5);
            Set<String> queries = new LinkedHashSet<>(List.of("一是", "工作", "网格 治理", "的 -党建", "推进 \"，\""));
            while (queries.size() < 60) {
                String t = texts.get(r.nextInt(texts.size()));
                int len = 2 + r.nextInt(4);
                if (t.length() > len) {
                    int at = r.nextInt(t.length() - len);
                    String q = t.substring(at, at + len);
                    if (q.codePoints().allMatch(Character::isLetterOrDigit)) {
                        queries.add(q);
                    }
                }
            }
            int compared = 0;
            for (String q : queries) {
                SearchResult all = index.search(SearchQuery.parse(q), 1_000_000, () -> false);
                for (int limit : new int[] {1, 10, 50}) {
                    SearchResult top = index.search(SearchQuery.parse(q), limit, () -> false);
                    assertThat(top.total()).as("total of [%s]", q).isEqualTo(all.total());
                    List<SearchHit> head = all.hits().subList(0, Math.min(limit, all.hits().size()));
                    assertThat(top.hits().stream().map(h -> h.blockId() + "@" + h.score()).toList()).as("top %d of [%s]", limit, q)
                            .isEqualTo(head.stream().map(h -> h.blockId() + "@" + h.score()).toList());
                    if (all.total() > 5 * limit) {
                        compared++;
                    }
                }
            }
            assertThat(compared).as("queries with many more hits than the top").isGreaterThan(60);
        } finally {
            index.close();
        }
    }

    @ParameterizedTest(name = "parallel from {0} blocks")
    @ValueSource(ints = {1, Integer.MAX_VALUE})
    void tiesStayInReadingOrderWhenADocumentIsIndexedAgain(int parallelMinDocs) {
        SearchIndex index = SearchIndex.open(dir.resolve("index"), parallelMinDocs);
        try {
            for (long doc = 1; doc <= 3; doc++) {
                index.addDocument(List.of(block(doc)));
                index.commit(doc);
            }
            // tagging or re-importing document 1 indexes it again: it lands in the newest segment
            index.deleteDocument(1);
            index.addDocument(List.of(block(1)));
            index.commit(4);
            for (String q : List.of("振兴", "村振", "heading: -无此词")) {
                for (int limit : new int[] {1, 2, 3}) {
                    SearchResult r = index.search(SearchQuery.parse(q.startsWith("heading") ? "振兴 -无此词" : q), limit, () -> false);
                    assertThat(r.hits()).as("[%s] top %d", q, limit).allMatch(h -> h.score() == r.hits().get(0).score());
                    assertThat(r.hits().stream().map(SearchHit::documentId).toList()).as("[%s] top %d", q, limit)
                            .isEqualTo(List.of(1L, 2L, 3L).subList(0, limit));
                }
            }
        } finally {
            index.close();
        }
    }

    @ParameterizedTest(name = "parallel from {0} blocks")
    @ValueSource(ints = {1, Integer.MAX_VALUE})
    void tiesStayInReadingOrderWhenOneSegmentHoldsDocumentsOutOfOrder(int parallelMinDocs) {
        SearchIndex index = SearchIndex.open(dir.resolve("index"), parallelMinDocs);
        try {
            // the index is not sorted: documents indexed 3, 1, 2 in one batch sit in one segment
            // in that order, and its first and last keys (3 and 2) alone would not show it
            for (long doc : new long[] {3, 1, 2}) {
                index.addDocument(List.of(block(doc)));
            }
            index.commit(3);
            for (int limit : new int[] {1, 2, 3}) {
                SearchResult r = index.search(SearchQuery.parse("振兴"), limit, () -> false);
                assertThat(r.hits().stream().map(SearchHit::documentId).toList()).as("top %d", limit)
                        .isEqualTo(List.of(1L, 2L, 3L).subList(0, limit));
            }
            // a later segment in reading order does not make the first one sorted
            index.addDocument(List.of(block(4)));
            index.commit(4);
            SearchResult r = index.search(SearchQuery.parse("振兴"), 4, () -> false);
            assertThat(r.hits().stream().map(SearchHit::documentId).toList()).containsExactly(1L, 2L, 3L, 4L);
        } finally {
            index.close();
        }
    }

    /** One paragraph per document, the same text everywhere: every query scores the three alike. */
    private static SearchableBlock block(long doc) {
        return new SearchableBlock(doc, "文集" + doc, doc * 10, 0, "篇" + doc, doc * 100, 0,
                org.wenzhai.domain.BlockType.PARAGRAPH, null, "推进乡村振兴，建设美丽乡村。", List.of());
    }
}
