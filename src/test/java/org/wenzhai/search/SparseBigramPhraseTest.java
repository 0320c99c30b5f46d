package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.SearchableBlock;

/**
 * Phrases of every other bigram (ADR 0401): the rewritten queries, and their recall and precision
 * against a substring scan at every length from 1 to 12, on generated texts plus texts made to
 * trap a query that would not check that its bigrams touch (white space, a character between,
 * repeated characters). The same searches also run split over threads.
 */
class SparseBigramPhraseTest {
    /** Near misses: a phrase whose bigrams are all present but not next to each other. */
    private static final List<String> TRAPS = List.of(
            "乡村 振兴", "乡村　振兴", "乡村\t振兴", "乡村\n振兴", "乡村振兴", "工作机 制", "工作x机制", "工作、机制",
            "工作工作机制", "机制工作", "哈哈哈", "哈哈哈哈", "哈哈 哈哈哈", "ab cd", "abcd", "a b c d", "abc d",
            "一是，加强", "一是， 加强", "一是,加强", "APP平台 建设", "app平台建设", "2024年", "20 24年",
            "𠀀𠀁𠀂", "𠀀 𠀁𠀂", "党建引领网格化管理", "党建 引领网格化管理", "网格化管理，党建引领",
            // D beside Latin, beside a list, as a grade, and as 党; spaces a web page gives; ￥
            "引进CAD软件和3D打印设备，开展DNA检测", "作风漂浮问题，Ｄ员要带头，村（社区）D组织书记", "全县共有D级危房36户",
            "A、B、C、D四个等次", "确保D 建工作落到实处", "乡村\u00A0振兴示范点，乡村\u2002振兴", "收费￥100元");

    @TempDir
    static Path dir;
    static SearchIndex index;
    static SearchIndex parallel;
    static final List<SearchableBlock> blocks = new ArrayList<>();
    static final List<String> folded = new ArrayList<>();

    @BeforeAll
    static void build() {
        index = SearchIndex.open(dir.resolve("index"));
        parallel = SearchIndex.open(dir.resolve("parallel"), 1);
        List<List<SearchableBlock>> docs = new ArrayList<>(GeneratedCorpus.documents(30, 7L));
        List<SearchableBlock> traps = new ArrayList<>();
        long id = 1_000_000;
        for (String t : TRAPS) {
            traps.add(new SearchableBlock(10_000, "traps", 10_000, 0, "traps", ++id, (int) (id - 1_000_000),
                    BlockType.PARAGRAPH, null, t, List.of()));
        }
        docs.add(traps);
        int half = docs.size() / 2;
        for (int i = 0; i < docs.size(); i++) {
            index.addDocument(docs.get(i));
            parallel.addDocument(docs.get(i));
            blocks.addAll(docs.get(i));
            if (i == half) {
                // a second segment, so that the parallel index has two slices to search
                parallel.commit(1);
            }
        }
        index.commit(1);
        parallel.commit(2);
        blocks.forEach(b -> folded.add(TextFolding.fold(b.text())));
    }

    @AfterAll
    static void close() {
        index.close();
        parallel.close();
    }

    @Test
    void aRunOfAdjacentCharactersBecomesEveryOtherBigramPlusTheLastPair() throws Exception {
        assertThat(SearchIndex.partQuery("党", null)).isEqualTo(new TermQuery(new Term(SearchIndex.UNIGRAM_FIELD, CharGramTokenizer.term("党"))));
        assertThat(SearchIndex.partQuery("党建", null)).isEqualTo(new TermQuery(new Term(SearchIndex.BIGRAM_FIELD, CharGramTokenizer.term("党建"))));
        assertThat(phrase(SearchIndex.partQuery("工作机制", null))).containsExactly("工作@0", "机制@2");
        assertThat(phrase(SearchIndex.partQuery("网格化管理", null))).containsExactly("网格@0", "化管@2", "管理@3");
        assertThat(phrase(SearchIndex.partQuery("一是，加强基层", null))).containsExactly("一是@0", "，加@2", "强基@4", "基层@5");
        assertThat(phrase(SearchIndex.partQuery(TextFolding.fold("ＡＰＰ平台"), null))).containsExactly("ap@0", "p平@2", "平台@3");
    }

    @Test
    void whiteSpaceInsideAPartLeavesAPositionGapAndLoneCharactersBecomeUnigrams() throws Exception {
        assertThat(phrase(SearchIndex.partQuery("乡村 振兴", null))).containsExactly("乡村@0", "振兴@3");
        assertThat(phrase(SearchIndex.partQuery("乡村   振兴", null))).as("one gap per run of white space")
                .containsExactly("乡村@0", "振兴@3");
        Query mixed = SearchIndex.partQuery("a 乡村", null);
        assertThat(mixed).isInstanceOf(BooleanQuery.class);
        List<String> clauses = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) mixed).clauses()) {
            assertThat(c.getOccur()).isEqualTo(BooleanClause.Occur.MUST);
            Term t = ((TermQuery) c.getQuery()).getTerm();
            clauses.add(t.field() + ":" + CharGramTokenizer.text(t.bytes()));
        }
        assertThat(clauses).containsExactly("uni:a", "bi:乡村");
    }

    @Test
    void withAnIndexThePhraseIncludesTheRarestBigramAndStillCoversEveryPair() throws Exception {
        try (Directory d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
            Random r = new Random(13);
            int checked = 0;
            for (int len = 3; len <= 12; len++) {
                for (String q : sample(r, len, 6)) {
                    String f = TextFolding.fold(q);
                    if (!f.codePoints().allMatch(CharGramTokenizer::isUnit) || f.codePointCount(0, f.length()) != len) {
                        continue;
                    }
                    PhraseQuery p = (PhraseQuery) SearchIndex.partQuery(f, reader);
                    int[] pos = p.getPositions();
                    assertThat(pos[0]).as(q).isZero();
                    assertThat(pos[pos.length - 1]).as(q).isEqualTo(len - 2);
                    for (int i = 1; i < pos.length; i++) {
                        assertThat(pos[i] - pos[i - 1]).as(q).isBetween(1, 2);
                    }
                    assertThat(pos.length).as(q).isLessThanOrEqualTo(len / 2 + 1);
                    long rarest = Long.MAX_VALUE;
                    for (int i = 0; i + 1 < len; i++) {
                        rarest = Math.min(rarest, reader.docFreq(new Term(SearchIndex.BIGRAM_FIELD, CharGramTokenizer.term(f.substring(i, i + 2)))));
                    }
                    long chosen = Long.MAX_VALUE;
                    for (Term t : p.getTerms()) {
                        chosen = Math.min(chosen, reader.docFreq(t));
                    }
                    assertThat(chosen).as("the rarest bigram of [%s] leads", q).isEqualTo(rarest);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(30);
        }
    }

    @Test
    void everyLengthFromOneToTwelveFindsExactlyWhatTheScanFinds() {
        Random r = new Random(11);
        for (int len = 1; len <= 12; len++) {
            for (String q : sample(r, len, 12)) {
                assertSameAsScan(q);
            }
        }
    }

    @Test
    void nearMissesAreNotFound() {
        for (String q : List.of("乡村振兴", "工作机制", "哈哈哈", "哈哈哈哈", "哈哈哈哈哈", "abcd", "abc", "bcd", "一是，加强",
                "app平台建设", "2024年", "𠀀𠀁𠀂", "党建引领网格化管理", "管理，党建", "乡村 振兴", "ab cd", "b c")) {
            assertSameAsScan(q);
        }
        assertThat(ids(index, "\"乡村振兴\" doc:10000")).containsExactly(1_000_005L);
        assertThat(ids(index, "\"哈哈哈哈\" doc:10000")).containsExactly(1_000_012L);
        assertThat(ids(index, "\"工作机制\" doc:10000")).containsExactly(1_000_009L);
    }

    @Test
    void theSearchSplitOverThreadsGivesTheSameTotalsAndHitsInTheSameOrder() {
        Random r = new Random(12);
        List<String> queries = new ArrayList<>(List.of("的", "工作", "一是 二是", "\"，加强\"", "-的 机制", "heading:"));
        for (int len = 3; len <= 8; len++) {
            queries.addAll(sample(r, len, 3));
        }
        for (String raw : queries) {
            String q = raw.startsWith("-") || raw.contains(" ") || raw.contains(":") || raw.startsWith("\"") ? raw
                    : "\"" + raw + "\"";
            if (raw.startsWith("-")) {
                q = raw.substring(raw.indexOf(' ') + 1) + " " + raw.substring(0, raw.indexOf(' '));
            }
            SearchResult one = index.search(SearchQuery.parse(q), 20, () -> false);
            SearchResult split = parallel.search(SearchQuery.parse(q), 20, () -> false);
            assertThat(split.total()).as(q).isEqualTo(one.total());
            assertThat(split.hits().stream().map(SearchHit::blockId).toList()).as(q)
                    .isEqualTo(one.hits().stream().map(SearchHit::blockId).toList());
        }
        assertThatThrownBy(() -> parallel.search(SearchQuery.parse("的 是"), 10, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void everyPieceOfATextFindsThatText() {
        // Ctrl-F: what is written in a block finds the block, whatever stands around it
        for (int t = 0; t < TRAPS.size(); t++) {
            String text = TRAPS.get(t);
            long id = 1_000_001L + t;
            for (int len = 1; len <= 6; len++) {
                for (int from = 0; from + len <= text.length(); from++) {
                    String piece = text.substring(from, from + len);
                    if (piece.isBlank() || piece.contains("\"") || Character.isLowSurrogate(piece.charAt(0))
                            || Character.isHighSurrogate(piece.charAt(len - 1))) {
                        continue;
                    }
                    assertThat(ids(index, "\"" + piece + "\"")).as("[%s] in [%s]", piece, text).contains(id);
                    assertSameAsScan(piece);
                }
            }
        }
    }

    @Test
    void aDNamingAGradeIsNot党() {
        assertThat(ids(index, "\"党级\" doc:10000")).isEmpty();
        assertThat(ids(index, "\"D级危房\" doc:10000")).hasSize(1);
        assertThat(ids(index, "\"党员要带头\" doc:10000")).hasSize(1);
        assertThat(ids(index, "\"乡村 振兴\" doc:10000")).as("space, ideographic space, tab, no-break and en space").hasSize(4);
        assertThat(ids(index, "\"¥100\" doc:10000")).hasSize(1);
    }

    private void assertSameAsScan(String q) {
        Set<Long> expected = scan(TextFolding.foldVariants(q));
        for (SearchIndex i : List.of(index, parallel)) {
            SearchResult res = i.search(SearchQuery.parse("\"" + q + "\""), 1_000_000, () -> false);
            Set<Long> found = new TreeSet<>();
            res.hits().forEach(h -> found.add(h.blockId()));
            assertThat(found).as("query [%s]", q).isEqualTo(expected);
            assertThat(res.total()).as("total of [%s]", q).isEqualTo(expected.size());
        }
    }

    private static List<Long> ids(SearchIndex i, String q) {
        return i.search(SearchQuery.parse(q), 1_000_000, () -> false).hits().stream().map(SearchHit::blockId).toList();
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

    /** Terms of a phrase as "term@position". */
    private static List<String> phrase(Query q) {
        assertThat(q).isInstanceOf(PhraseQuery.class);
        PhraseQuery p = (PhraseQuery) q;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.getTerms().length; i++) {
            assertThat(p.getTerms()[i].field()).isEqualTo(SearchIndex.BIGRAM_FIELD);
            out.add(CharGramTokenizer.text(p.getTerms()[i].bytes()) + "@" + p.getPositions()[i]);
        }
        return out;
    }

    /** Substrings of the texts of the given length, half of them with a non-Chinese character. */
    private static Set<String> sample(Random r, int len, int count) {
        Set<String> out = new LinkedHashSet<>();
        int guard = 0;
        while (out.size() < count && guard++ < count * 2000) {
            String t = blocks.get(r.nextInt(blocks.size())).text();
            if (t.length() < len) {
                continue;
            }
            int at = r.nextInt(t.length() - len + 1);
            String q = t.substring(at, at + len);
            boolean mixed = q.chars().anyMatch(c -> !TextFolding.isHan((char) c));
            if (q.contains("\"") || q.isBlank() || Character.isWhitespace(q.charAt(0))
                    || Character.isWhitespace(q.charAt(q.length() - 1)) || (out.size() % 2 == 0) != mixed) {
                continue;
            }
            out.add(q);
        }
        return out;
    }
}
