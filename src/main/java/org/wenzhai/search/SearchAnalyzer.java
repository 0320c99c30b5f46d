package org.wenzhai.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;

/**
 * Unigrams plus bigrams of adjacent letters/digits ({@link CJKBigramFilter} with unigram output),
 * lower-cased. It is applied to texts already folded by {@link TextFolding}.
 */
final class SearchAnalyzer extends Analyzer {
    /** Recorded in the index; a different value means the index is rebuilt. */
    static final String VERSION = "charbigram-1/fold-" + TextFolding.VERSION;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        CharUnitTokenizer source = new CharUnitTokenizer();
        TokenStream ts = new CJKBigramFilter(source, CJKBigramFilter.HAN, true);
        ts = new LowerCaseFilter(ts);
        return new TokenStreamComponents(source, ts);
    }
}
