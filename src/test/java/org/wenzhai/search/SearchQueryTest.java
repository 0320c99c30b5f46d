package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wenzhai.domain.TagPath;

class SearchQueryTest {

    @Test
    void wordsPhrasesExclusionsAndFilters() {
        SearchQuery q = SearchQuery.parse("网格化 \"一是 加强\" -头雁 -\"二是，\" tag:主题/乡村振兴 doc:7 doc:9 heading:组织");
        assertThat(q.required()).containsExactly("网格化", "一是 加强", "组织");
        assertThat(q.excluded()).containsExactly("头雁", "二是，");
        assertThat(q.tags()).containsExactly(TagPath.of("主题/乡村振兴"));
        assertThat(q.documents()).containsExactly(7L, 9L);
        assertThat(q.headingsOnly()).isTrue();
    }

    @Test
    void chineseQuotationMarksAreTextNotPhraseDelimiters() {
        assertThat(SearchQuery.parse("坚持“一村一策”").required()).containsExactly("坚持“一村一策”");
    }

    @Test
    void aFilterAloneIsAQuery() {
        assertThat(SearchQuery.parse("tag:主题").required()).isEmpty();
        assertThat(SearchQuery.parse("heading:").headingsOnly()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '   '              | search.error.empty
            '"未闭合'          | search.error.unclosedQuote
            '""'               | search.error.emptyPhrase
            '- 词'             | search.error.emptyExclusion
            '-头雁'            | search.error.onlyExclusions
            'doc:abc'          | search.error.badDocument
            'tag:'             | search.error.emptyTag
            'tag:主题//乡村'   | search.error.badTag
            """)
    void malformedQueriesGetAReasonNotAStackTrace(String query, String key) {
        assertThatThrownBy(() -> SearchQuery.parse(query))
                .isInstanceOfSatisfying(SearchQueryException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").isNotEqualTo(key);
                });
    }

    @Test
    void punctuationAloneIsAValidPhrase() {
        assertThat(SearchQuery.parse("，。").required()).containsExactly("，。");
    }

    @Test
    void allWordsAreKeptInOrder() {
        assertThat(SearchQuery.parse(" a  b\u3000c ").required()).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void everySpaceSeparatesWordsNoBreakNarrowAndFigureSpacesToo() {
        assertThat(SearchQuery.parse("乡村\u00a0振兴").required()).isEqualTo(List.of("乡村", "振兴"));
        assertThat(SearchQuery.parse("乡村\u202f振兴").required()).isEqualTo(List.of("乡村", "振兴"));
        assertThat(SearchQuery.parse("乡村\u2007振兴").required()).isEqualTo(List.of("乡村", "振兴"));
    }
}
