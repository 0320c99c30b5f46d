package org.wenzhai.importing;

/**
 * 64-bit SimHash over character shingles of a text's letters and digits (punctuation and white
 * space ignored), so that the same article with different noise, spacing or punctuation lands a
 * few bits away while unrelated articles land about 32 bits away.
 */
public final class SimHash {
    /** Characters per shingle. */
    public static final int SHINGLE = 3;

    /**
     * How many shingle hashes had each bit set, kept as bit-sliced counters: {@code ones[k]} holds
     * bit k of all 64 counts at once, so adding a hash is a short carry chain instead of 64 adds.
     */
    private final long[] ones = new long[40];
    /** {@link Character#isLetterOrDigit(char)} of every char, looked up once. */
    private static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) c);
        }
    }

    /** The two letters or digits before the next one (0 before the text's first). */
    private char older;
    private char last;
    private int filled;
    private long shingles;

    /** Feeds more text; may be called once per paragraph. */
    public SimHash add(CharSequence text) {
        char a = older;
        char b = last;
        int f = filled;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!LETTER_OR_DIGIT[c]) {
                continue;
            }
            if (++f >= SHINGLE) {
                vote(hash(a, b, c));
            }
            a = b;
            b = c;
        }
        older = a;
        last = b;
        filled = f;
        return this;
    }

    /** How many letters and digits were fed. */
    public long characters() {
        return filled;
    }

    private void vote(long h) {
        shingles++;
        long carry = h;
        for (int k = 0; carry != 0; k++) {
            long t = ones[k] & carry;
            ones[k] ^= carry;
            carry = t;
        }
    }

    /** Bit b is set when more than half of the shingles' hashes have bit b set. */
    public long value() {
        long v = 0;
        for (int b = 0; b < 64; b++) {
            long count = 0;
            for (int k = 0; k < ones.length; k++) {
                count |= ((ones[k] >>> b) & 1L) << k;
            }
            if (2 * count > shingles) {
                v |= 1L << b;
            }
        }
        return v;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static long of(CharSequence text) {
        return new SimHash().add(text).value();
    }

    /** FNV-1a of the shingle's three characters, then mixed. */
    private static long hash(char a, char b, char c) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ a) * 0x100000001b3L;
        h = (h ^ b) * 0x100000001b3L;
        h = (h ^ c) * 0x100000001b3L;
        // FNV alone spreads short inputs poorly over the high bits: finish with a 64-bit mixer
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
