package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The tokenizer leaves nothing of one text in the tokens of the next (it does not clear every attribute per token). */
class CharGramTokenizerTest {
    private static final String[] TEXTS = {
            "坚持党建引领，推动网格化管理向纵深发展。", "一是 建强组织体系；二是压实网格责任", "ABC abc ａｂｃ 2024年 𠀀𠀁 乡村振兴",
            "", "　同志们：", "党建党建党建"};

    @Test
    void aReusedAnalyzerGivesEveryTextTheTokensAFreshOneGives() throws IOException {
        for (String field : new String[] {SearchIndex.UNIGRAM_FIELD, SearchIndex.BIGRAM_FIELD}) {
            try (Analyzer reused = new SearchAnalyzer()) {
                for (int round = 0; round < 2; round++) {
                    for (String text : TEXTS) {
                        List<String> fresh;
                        try (Analyzer once = new SearchAnalyzer()) {
                            fresh = tokens(once, field, text);
                        }
                        assertThat(tokens(reused, field, text)).as("%s of %s", field, text).isEqualTo(fresh);
                    }
                }
            }
        }
        try (Analyzer a = new SearchAnalyzer()) {
            assertThat(tokens(a, SearchIndex.BIGRAM_FIELD, "党建 引领")).containsExactly(
                    "党建 +1 [0,2) len1 word freq1 | end +0 [5,5)", "引领 +3 [3,5) len1 word freq1 | end +0 [5,5)")
                    .hasSize(2);
        }
    }

    /** The terms a query asks for are the bytes the tokenizer wrote, for BMP and supplementary units alike. */
    @Test
    void queryTermsAreTheTokenizersBytes() throws IOException {
        try (Analyzer a = new SearchAnalyzer()) {
            for (String field : new String[] {SearchIndex.UNIGRAM_FIELD, SearchIndex.BIGRAM_FIELD}) {
                try (TokenStream ts = a.tokenStream(field, "党建a𠀀𐐨")) {
                    TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
                    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    int n = 0;
                    while (ts.incrementToken()) {
                        String units = "党建a𠀀𐐨".substring(off.startOffset(), off.endOffset());
                        assertThat(term.getBytesRef()).as(units).isEqualTo(CharGramTokenizer.term(units));
                        assertThat(CharGramTokenizer.text(term.getBytesRef())).isEqualTo(units);
                        n++;
                    }
                    ts.end();
                    assertThat(n).isEqualTo(field.equals(SearchIndex.UNIGRAM_FIELD) ? 5 : 4);
                }
            }
        }
    }

    /** Every token with all its attributes, and the state after end(). */
    private static List<String> tokens(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            List<String> toks = new ArrayList<>();
            while (ts.incrementToken()) {
                toks.add(CharGramTokenizer.text(term.getBytesRef()) + " +" + inc.getPositionIncrement() + " [" + off.startOffset() + "," + off.endOffset() + ") len"
                        + len.getPositionLength() + " " + type.type() + " freq" + freq.getTermFrequency());
            }
            ts.end();
            String end = "end +" + inc.getPositionIncrement() + " [" + off.startOffset() + "," + off.endOffset() + ")";
            for (String t : toks) {
                out.add(t + " | " + end);
            }
        }
        return out;
    }
}
