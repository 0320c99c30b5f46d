package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.SearchableBlock;

/**
 * Segments written out ahead on a thread of their own, while indexing goes on into fresh ones,
 * lose no block and change no answer: the same totals, hits, scores and reading order as an
 * index written out once at the end.
 */
class FlushAheadTest {
    @TempDir
    Path dir;

    @Test
    void segmentsWrittenAheadGiveTheAnswersOfOneWrittenAtTheEnd() {
        List<List<SearchableBlock>> docs = GeneratedCorpus.documents(120, 20261207L);
        int blocks = docs.stream().mapToInt(List::size).sum();
        SearchIndex once = SearchIndex.open(dir.resolve("once"), 1);
        SearchIndex ahead = SearchIndex.open(dir.resolve("ahead"), 1);
        try {
            ahead.flushAheadAt(256 * 1024);
            for (List<SearchableBlock> doc : docs) {
                once.addDocument(doc);
                ahead.addDocument(doc);
                ahead.flushAheadIfLarge();
            }
            // one document indexed again, its old blocks in a segment already written
            once.deleteDocument(docs.get(3).get(0).documentId());
            once.addDocument(docs.get(3));
            ahead.deleteDocument(docs.get(3).get(0).documentId());
            ahead.addDocument(docs.get(3));
            once.commit(1);
            ahead.commit(1);
            assertThat(once.segments()).isEqualTo(1);
            assertThat(ahead.segments()).as("segments written ahead").isGreaterThan(2);
            assertThat(ahead.size()).isEqualTo(blocks).isEqualTo(once.size());
            for (String q : List.of("一是", "工作", "推进", "网格化", "乡村振兴", "的 -党建", "\"，\"", "基层治理")) {
                SearchResult a = ahead.search(SearchQuery.parse(q), 200, () -> false);
                SearchResult o = once.search(SearchQuery.parse(q), 200, () -> false);
                assertThat(a.total()).as("total of [%s]", q).isEqualTo(o.total());
                assertThat(a.hits().stream().map(h -> h.blockId() + "@" + h.score() + h.matches()).toList()).as("hits of [%s]", q)
                        .isEqualTo(o.hits().stream().map(h -> h.blockId() + "@" + h.score() + h.matches()).toList());
            }
        } finally {
            once.close();
            ahead.close();
        }
    }
}
