package org.wenzhai.search;

import org.apache.lucene.analysis.Analyzer;

/**
 * The unigrams of every unit for {@link SearchIndex#UNIGRAM_FIELD} and the bigrams of adjacent units for
 * {@link SearchIndex#BIGRAM_FIELD} ({@link CharGramTokenizer}), lower-cased. It is applied to texts already
 * folded by {@link TextFolding}.
 */
final class SearchAnalyzer extends Analyzer {
    /** Recorded in the index; a different value means the index is rebuilt. */
    static final String VERSION = "chargram-5/utf16/codec-" + WenzhaiCodec.NAME + "/fold-" + TextFolding.VERSION;

    SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        int gram = SearchIndex.UNIGRAM_FIELD.equals(fieldName) ? CharGramTokenizer.UNIGRAMS : CharGramTokenizer.BIGRAMS;
        CharGramTokenizer source = new CharGramTokenizer(gram);
        return new TokenStreamComponents(source);
    }
}
