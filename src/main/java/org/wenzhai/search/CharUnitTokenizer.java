package org.wenzhai.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits every letter and digit (of any script) as a one-character token typed as an ideograph,
 * skipping spaces and punctuation. {@link org.apache.lucene.analysis.cjk.CJKBigramFilter} then
 * joins adjacent ones into bigrams, for Chinese as well as for Latin words and numbers, so that a
 * query finds any substring (024 inside 2024, pp inside APP), exactly as Ctrl-F would.
 */
final class CharUnitTokenizer extends Tokenizer {
    static final String TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private int pos;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (pos < text.length()) {
            int cp = Character.codePointAt(text, pos);
            int len = Character.charCount(cp);
            int start = pos;
            pos += len;
            if (isUnit(cp)) {
                term.setEmpty().append(text, start, start + len);
                offset.setOffset(correctOffset(start), correctOffset(start + len));
                type.setType(TYPE);
                return true;
            }
        }
        return false;
    }

    /** True for the characters that are indexed (letters, digits, 〇); the rest only separates. */
    static boolean isUnit(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        pos = 0;
        char[] buf = new char[8192];
        int n;
        while ((n = input.read(buf)) > 0) {
            text.append(buf, 0, n);
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offset.setOffset(end, end);
    }
}
