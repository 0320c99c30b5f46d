package org.wenzhai.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Splits a folded text into units, every character except white space (Chinese, Latin, digits,
 * punctuation alike), and emits either every unit ({@link #UNIGRAMS}) or the bigram of every two
 * adjacent units ({@link #BIGRAMS}), lower-cased. One pass, no token filters: the indexing cost is
 * mostly this loop.
 *
 * <p>Positions: unit k of the text is at position k plus the number of white space runs before
 * it, so two units are at consecutive positions only when they touch in the text. A bigram stands
 * at the position of its first unit. That is what lets a query be a phrase of every other bigram
 * and still be exact (ADR 0401). Unigrams are indexed without positions, so theirs do not matter.
 *
 * <p>Unigrams are emitted once per distinct unit of the text, carrying how often it occurs as a
 * custom term frequency ({@link TermFrequencyAttribute}). Lucene then writes the same postings,
 * frequencies and norms (it adds the frequencies to the field length) as for every occurrence, but
 * looks each unit up in its term hash once per block instead of once per occurrence: a block of the
 * generated corpus has 2.6 units per distinct unit, and those look-ups were the index thread's
 * largest cost.
 */
final class CharGramTokenizer extends Tokenizer {
    static final int UNIGRAMS = 1;
    static final int BIGRAMS = 2;

    private final int gram;
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    /** The bytes of the current token's term, set into {@link #term} once. */
    private final BytesRef termBytes = new BytesRef(new byte[8]);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TermFrequencyAttribute freq;
    private char[] buf = new char[1024];
    private int len;
    private int at;
    /** Position of the last unit seen, and of the last token emitted. */
    private int pos;
    private int lastEmitted;
    private boolean gap;

    CharGramTokenizer(int gram) {
        if (gram != UNIGRAMS && gram != BIGRAMS) {
            throw new IllegalArgumentException("gram " + gram);
        }
        this.gram = gram;
        this.freq = gram == UNIGRAMS ? addAttribute(TermFrequencyAttribute.class) : null;
    }

    /**
     * Each token sets every attribute it uses (term, offsets, position increment and, for
     * unigrams, frequency) and leaves the others at the values {@link #reset()} cleared them to:
     * clearing all attributes for every token was a tenth of the indexing thread.
     */
    @Override
    public boolean incrementToken() throws IOException {
        if (gram == UNIGRAMS) {
            return nextDistinctUnit();
        }
        while (at < len) {
            int cp = Character.codePointAt(buf, at, len);
            int start = at;
            at += Character.charCount(cp);
            if (!isUnit(cp)) {
                gap = true;
                continue;
            }
            pos += gap && pos >= 0 ? 2 : 1;
            gap = false;
            if (at < len) {
                int next = Character.codePointAt(buf, at, len);
                if (isUnit(next)) {
                    emit(lower(cp), lower(next), start, at + Character.charCount(next));
                    return true;
                }
            }
        }
        return false;
    }

    /** Counts of the units of the text: BMP units in an array, others in a map; distinct ones in order of first occurrence. */
    private int[] bmpCounts;
    private int[] distinct = new int[256];
    private int[] firstAt = new int[256];
    private int distinctCount;
    private int nextDistinct;
    private java.util.Map<Integer, Integer> otherCounts;

    private void countUnits() {
        if (bmpCounts == null) {
            bmpCounts = new int[Character.MAX_VALUE + 1];
        }
        clearCounts();
        for (int i = 0; i < len; ) {
            int cp = Character.codePointAt(buf, i, len);
            int start = i;
            i += Character.charCount(cp);
            if (!isUnit(cp)) {
                continue;
            }
            int unit = lower(cp);
            int seen;
            if (unit <= Character.MAX_VALUE) {
                seen = bmpCounts[unit]++;
            } else {
                if (otherCounts == null) {
                    otherCounts = new java.util.HashMap<>();
                }
                Integer n = otherCounts.merge(unit, 1, Integer::sum);
                seen = n - 1;
            }
            if (seen == 0) {
                if (distinctCount == distinct.length) {
                    distinct = ArrayUtil.grow(distinct, distinctCount + 1);
                    firstAt = ArrayUtil.grow(firstAt, distinctCount + 1);
                }
                distinct[distinctCount] = unit;
                firstAt[distinctCount] = start;
                distinctCount++;
            }
        }
    }

    /** Forgets the counts not emitted yet (a stream abandoned half-way, or closed). */
    private void clearCounts() {
        for (int k = nextDistinct; k < distinctCount; k++) {
            if (distinct[k] <= Character.MAX_VALUE) {
                bmpCounts[distinct[k]] = 0;
            }
        }
        if (otherCounts != null) {
            otherCounts.clear();
        }
        distinctCount = 0;
        nextDistinct = 0;
    }

    private boolean nextDistinctUnit() {
        if (nextDistinct == distinctCount) {
            return false;
        }
        int unit = distinct[nextDistinct];
        int start = firstAt[nextDistinct];
        nextDistinct++;
        int n;
        if (unit <= Character.MAX_VALUE) {
            n = bmpCounts[unit];
            bmpCounts[unit] = 0;
        } else {
            n = otherCounts.remove(unit);
        }
        pos++;
        emit(unit, -1, start, start + Character.charCount(unit));
        freq.setTermFrequency(n);
        return true;
    }

    private void emit(int first, int second, int start, int end) {
        byte[] t = termBytes.bytes;
        int n = put(first, t, 0);
        if (second >= 0) {
            n = put(second, t, n);
        }
        termBytes.length = n;
        offset.setOffset(correctOffset(start), correctOffset(end));
        posInc.setPositionIncrement(pos - lastEmitted);
        lastEmitted = pos;
    }

    /** Writes a code point as UTF-16 big-endian at {@code at}, returns the end. */
    private static int put(int cp, byte[] t, int at) {
        if (cp <= Character.MAX_VALUE) {
            return put((char) cp, t, at);
        }
        return put(Character.lowSurrogate(cp), t, put(Character.highSurrogate(cp), t, at));
    }

    /** Writes one char, two bytes big-endian, at {@code at}; returns the end. */
    private static int put(char c, byte[] t, int at) {
        t[at] = (byte) (c >>> 8);
        t[at + 1] = (byte) c;
        return at + 2;
    }

    /**
     * The term of a unit or of a bigram of units, as the tokenizer writes it: the text's UTF-16
     * chars, two bytes each, big-endian. Not UTF-8: a Chinese character is two bytes instead of
     * three, and the index thread no longer converts every token (Lucene's UTF-8 conversion and
     * the longer terms' hashing were a tenth of its samples). Only queries built with this method
     * read the fields, so the terms need not be text.
     */
    static BytesRef term(String units) {
        byte[] b = new byte[units.length() * 2];
        for (int i = 0; i < units.length(); i++) {
            put(units.charAt(i), b, 2 * i);
        }
        return new BytesRef(b);
    }

    /** The text of a term written by {@link #term} or by the tokenizer. */
    static String text(BytesRef term) {
        char[] c = new char[term.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (((term.bytes[term.offset + 2 * i] & 0xff) << 8) | (term.bytes[term.offset + 2 * i + 1] & 0xff));
        }
        return new String(c);
    }

    /**
     * Lower case. {@link TextFolding} already lower-cased every char of the BMP, so only
     * supplementary characters are left; skipping the others saved 5 % of the indexing time.
     */
    static int lower(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? cp : Character.toLowerCase(cp);
    }

    /** True for the characters that are indexed: all but white space and control characters. */
    static boolean isUnit(int cp) {
        return cp < BMP_UNITS.length ? BMP_UNITS[cp] : unit(cp);
    }

    private static boolean unit(int cp) {
        return !(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp));
    }

    /** {@link #unit} of every BMP character: three Character look-ups per character took a tenth of indexing. */
    private static final boolean[] BMP_UNITS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_UNITS[c] = unit(c);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        clearAttributes();
        term.setBytesRef(termBytes);
        len = 0;
        at = 0;
        pos = -1;
        lastEmitted = -1;
        gap = false;
        int n;
        while ((n = input.read(buf, len, buf.length - len)) > 0) {
            len += n;
            if (len == buf.length) {
                buf = ArrayUtil.grow(buf, len + 1);
            }
        }
        if (gram == UNIGRAMS) {
            countUnits();
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(len);
        offset.setOffset(end, end);
        posInc.setPositionIncrement(0);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (buf.length > 1 << 16) {
            buf = new char[1024];
        }
        if (gram == UNIGRAMS) {
            clearCounts();
        }
    }
}
