package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.SearchableBlock;

/**
 * Recall and precision against a brute-force substring scan of the same folded texts, over a
 * generated corpus: whatever Ctrl-F finds, search finds, and nothing else.
 */
class SearchRecallTest {
    @TempDir
    static Path dir;
    static SearchIndex index;
    static List<SearchableBlock> blocks = new ArrayList<>();
    static List<String> folded = new ArrayList<>();

    @BeforeAll
    static void build() {
        index = SearchIndex.open(dir.resolve("index"));
        for (List<SearchableBlock> doc : GeneratedCorpus.documents(60, 20241125L)) {
            index.addDocument(doc);
            blocks.addAll(doc);
        }
        index.commit(1);
        for (SearchableBlock b : blocks) {
            folded.add(TextFolding.fold(b.text()));
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void oneToFourCharacterSubstringsFindExactlyTheBlocksThatContainThem() {
        Random r = new Random(1);
        for (int len = 1; len <= 4; len++) {
            for (String q : sample(r, len, 30, false)) {
                assertSameAsScan(q);
            }
        }
    }

    @Test
    void mixedQueriesWithLatinDigitsPunctuationAndSpacesAreExactToo() {
        Random r = new Random(2);
        List<String> queries = new ArrayList<>(sample(r, 6, 30, true));
        queries.addAll(sample(r, 9, 15, true));
        queries.addAll(List.of("5g", "APP平台", "pp", "024年", "38.2%", "（二）", "一是", "是“", "，覆盖率达", "%。",
                "e站通", "“六个一”工作机制", "一二三四五六七"));
        for (String q : queries) {
            assertSameAsScan(q);
        }
    }

    @Test
    void traditionalAndFullWidthFormsOfAQueryFindTheSameBlocks() {
        Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
        Random r = new Random(3);
        for (String q : sample(r, 4, 20, false)) {
            String trad = s2t.transliterate(q);
            assertThat(ids(search("\"" + trad + "\""))).as(trad).isEqualTo(scan(TextFolding.foldVariants(q)));
        }
        assertThat(ids(search("ＡＰＰ"))).isEqualTo(scan(List.of("app")));
    }

    @Test
    void theDObfuscationAndThe党FormFindEachOther() {
        Set<Long> both = scan(List.of("党建"));
        assertThat(both).isNotEmpty();
        assertThat(ids(search("D建"))).isEqualTo(both);
        assertThat(ids(search("党建"))).isEqualTo(both);
        boolean anyD = blocks.stream().anyMatch(b -> b.text().contains("D建"));
        boolean any党 = blocks.stream().anyMatch(b -> b.text().contains("党建"));
        assertThat(anyD && any党).as("the corpus has both spellings").isTrue();
    }

    @Test
    void wordsAreAndedAndExclusionsRemoveBlocks() {
        Set<Long> expected = new TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String f = folded.get(i);
            if (f.contains("网格") && f.contains("覆盖率") && !f.contains("党建")) {
                expected.add(blocks.get(i).blockId());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(ids(search("网格 覆盖率 -党建"))).isEqualTo(expected);
        Set<Long> expected2 = new TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String f = folded.get(i);
            if (f.contains("一是") && !f.contains("二是，")) {
                expected2.add(blocks.get(i).blockId());
            }
        }
        assertThat(ids(search("一是 -\"二是，\""))).isEqualTo(expected2);
    }

    @Test
    void matchOffsetsPointAtTheQueryInTheOriginalText() {
        SearchResult res = search("\"D建\"");
        assertThat(res.hits()).isNotEmpty();
        for (SearchHit h : res.hits()) {
            assertThat(h.matches()).isNotEmpty();
            for (SearchHit.Match m : h.matches()) {
                assertThat(TextFolding.fold(h.text().substring(m.start(), m.end()))).isEqualTo("党建");
            }
        }
    }

    @Test
    void hitsAreOrderedByScoreThenReadingOrderAndTheTotalCountsAll() {
        SearchResult res = index.search(SearchQuery.parse("头雁"), 5, () -> false);
        assertThat(res.total()).isEqualTo(scan(List.of("头雁")).size());
        assertThat(res.hits()).hasSizeLessThanOrEqualTo(5);
        for (int i = 1; i < res.hits().size(); i++) {
            SearchHit a = res.hits().get(i - 1);
            SearchHit b = res.hits().get(i);
            assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
            if (a.score() == b.score()) {
                assertThat(a.blockId()).isLessThan(b.blockId());
            }
        }
        SearchResult headings = index.search(SearchQuery.parse("heading:"), 100_000, () -> false);
        assertThat(headings.total()).isEqualTo((int) blocks.stream().filter(b -> b.level() != null).count());
        for (int i = 1; i < headings.hits().size(); i++) {
            assertThat(headings.hits().get(i - 1).blockId()).isLessThan(headings.hits().get(i).blockId());
        }
    }

    @Test
    void aLongCollectionStopsWhenCancelled() {
        for (String q : List.of("一 是", "\"，覆盖率\" 的", "的 -\"甲 乙\"")) {
            assertThat(index.search(SearchQuery.parse(q), 10, () -> false).total()).as(q).isGreaterThan(1100);
            assertThatThrownBy(() -> index.search(SearchQuery.parse(q), 10, () -> true)).as(q)
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
    }

    private void assertSameAsScan(String q) {
        List<String> foldings = TextFolding.foldVariants(q);
        String fq = foldings.get(0);
        SearchResult res = search("\"" + q + "\"");
        Set<Long> expected = scan(foldings);
        assertThat(ids(res)).as("query [%s]", q).isEqualTo(expected);
        assertThat(res.total()).as("total of [%s]", q).isEqualTo(expected.size());
        List<Long> wrongOffsets = new ArrayList<>();
        for (SearchHit h : res.hits()) {
            String f = TextFolding.fold(h.text());
            List<SearchHit.Match> want = new ArrayList<>();
            int from = 0;
            int at;
            while ((at = f.indexOf(fq, from)) >= 0) {
                want.add(new SearchHit.Match(at, at + fq.length()));
                from = at + fq.length();
            }
            if (foldings.size() == 1 && !h.matches().equals(want)) {
                wrongOffsets.add(h.blockId());
            }
        }
        assertThat(wrongOffsets).as("blocks with wrong match offsets for [%s]", q).isEmpty();
    }

    private static SearchResult search(String q) {
        return index.search(SearchQuery.parse(q), 1_000_000, () -> false);
    }

    private static Set<Long> ids(SearchResult r) {
        Set<Long> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.blockId()));
        return out;
    }

    /** Blocks whose folded text holds any of the query's foldings. */
    private static Set<Long> scan(List<String> foldings) {
        Set<Long> out = new TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String f = folded.get(i);
            if (foldings.stream().anyMatch(f::contains)) {
                out.add(blocks.get(i).blockId());
            }
        }
        return out;
    }

    /** Random substrings of the corpus (some with non-Chinese characters when {@code mixed}), plus absent ones. */
    private static Set<String> sample(Random r, int len, int count, boolean mixed) {
        Set<String> out = new LinkedHashSet<>();
        int guard = 0;
        while (out.size() < count && guard++ < count * 1000) {
            String t = blocks.get(r.nextInt(blocks.size())).text();
            if (t.length() < len) {
                continue;
            }
            int at = r.nextInt(t.length() - len + 1);
            String q = t.substring(at, at + len);
            boolean hasOther = q.chars().anyMatch(c -> !TextFolding.isHan((char) c));
            if (q.contains("\"") || (mixed && !hasOther)) {
                continue;
            }
            out.add(q);
        }
        if (len <= 4) {
            out.add("龘".repeat(len));
        }
        return out;
    }
}
