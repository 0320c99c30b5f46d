package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.SearchableBlock;

/**
 * The unigram field is written from one token per distinct unit with its count as term frequency.
 * Its postings, frequencies and norms must be those of one token per occurrence, which a plain
 * tokenizer written here produces.
 */
class UnigramFrequencyTest {
    private static final String FIELD = SearchIndex.UNIGRAM_FIELD;

    @Test
    void distinctUnitsWithCountsIndexExactlyAsEveryOccurrence() throws IOException {
        List<String> texts = new ArrayList<>();
        for (List<SearchableBlock> doc : GeneratedCorpus.documents(40, 7)) {
            doc.forEach(b -> texts.add(b.text()));
        }
        texts.add("");
        texts.add("   ");
        texts.add("党党党 党 D建D建");
        // supplementary characters, one with a lower case, repeated and beside BMP ones
        texts.add("𠀀𠀀中𐐀𐐨𐐀 𠀀");
        texts.add("一二三".repeat(2_000) + "末");
        texts.add("一是，二是；三是。".repeat(300));
        texts.replaceAll(TextFolding::fold);

        try (ByteBuffersDirectory counted = index(new SearchAnalyzer(), texts);
             ByteBuffersDirectory every = index(new EveryUnit(), texts);
             DirectoryReader a = DirectoryReader.open(counted);
             DirectoryReader b = DirectoryReader.open(every)) {
            assertThat(a.leaves()).hasSize(1);
            assertThat(b.leaves()).hasSize(1);
            LeafReader x = a.leaves().get(0).reader();
            LeafReader y = b.leaves().get(0).reader();
            assertThat(postings(x, CharGramTokenizer::text)).isEqualTo(postings(y, BytesRef::utf8ToString)).isNotEmpty();
            assertThat(norms(x)).isEqualTo(norms(y));
            assertThat(x.getSumTotalTermFreq(FIELD)).isEqualTo(y.getSumTotalTermFreq(FIELD));
        }
    }

    private static ByteBuffersDirectory index(Analyzer analyzer, List<String> texts) throws IOException {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String t : texts) {
                Document d = new Document();
                d.add(new Field(FIELD, t, type));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        return dir;
    }

    /** term -> "doc:freq doc:freq …" for every term of the field, in the order of the terms' texts. */
    private static List<String> postings(LeafReader r, java.util.function.Function<BytesRef, String> text) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = r.terms(FIELD);
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            StringBuilder sb = new StringBuilder(text.apply(t)).append(" df=").append(te.docFreq())
                    .append(" ttf=").append(te.totalTermFreq()).append(':');
            PostingsEnum p = te.postings(null, PostingsEnum.FREQS);
            for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                sb.append(' ').append(d).append('x').append(p.freq());
            }
            out.add(sb.toString());
        }
        out.sort(null);
        return out;
    }

    private static List<Long> norms(LeafReader r) throws IOException {
        List<Long> out = new ArrayList<>();
        NumericDocValues n = r.getNormValues(FIELD);
        for (int d = 0; d < r.maxDoc(); d++) {
            out.add(n != null && n.advanceExact(d) ? n.longValue() : -1L);
        }
        return out;
    }

    /** One token per unit occurrence: every character but white space and controls, lower-cased. */
    private static final class EveryUnit extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new Tokenizer() {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
                private String text;
                private int at;

                @Override
                public void reset() throws IOException {
                    super.reset();
                    StringBuilder sb = new StringBuilder();
                    char[] b = new char[512];
                    for (int n; (n = input.read(b)) > 0; ) {
                        sb.append(b, 0, n);
                    }
                    text = sb.toString();
                    at = 0;
                }

                @Override
                public boolean incrementToken() {
                    clearAttributes();
                    while (at < text.length()) {
                        int cp = text.codePointAt(at);
                        at += Character.charCount(cp);
                        if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
                            term.setEmpty().append(new String(Character.toChars(Character.toLowerCase(cp))));
                            return true;
                        }
                    }
                    return false;
                }
            });
        }
    }
}
