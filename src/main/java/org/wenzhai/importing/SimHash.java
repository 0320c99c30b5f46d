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
     * How many shingle hashes had each bit set. Counted first in eight words of eight byte-wide
     * counters ({@code lanes[j]} byte i counts bit 8i + j), which take a shingle in a few
     * branch-free operations, and moved into {@code counts} before a byte can overflow. (A
     * bit-sliced counter before this took a carry chain of data-dependent length per shingle,
     * a fifth of the parse thread.)
     */
    private final long[] lanes = new long[8];
    private final long[] counts = new long[64];
    /** Shingles counted in {@link #lanes} since they were last moved into {@link #counts}. */
    private int pending;
    private static final int LANE_MAX = 255;
    private static final long LOW_BITS = 0x0101010101010101L;
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
        long l0 = lanes[0], l1 = lanes[1], l2 = lanes[2], l3 = lanes[3];
        long l4 = lanes[4], l5 = lanes[5], l6 = lanes[6], l7 = lanes[7];
        int p = pending;
        long n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (!LETTER_OR_DIGIT[c]) {
                continue;
            }
            if (++f >= SHINGLE) {
                long h = hash(a, b, c);
                l0 += h & LOW_BITS;
                l1 += (h >>> 1) & LOW_BITS;
                l2 += (h >>> 2) & LOW_BITS;
                l3 += (h >>> 3) & LOW_BITS;
                l4 += (h >>> 4) & LOW_BITS;
                l5 += (h >>> 5) & LOW_BITS;
                l6 += (h >>> 6) & LOW_BITS;
                l7 += (h >>> 7) & LOW_BITS;
                n++;
                if (++p == LANE_MAX) {
                    lanes[0] = l0; lanes[1] = l1; lanes[2] = l2; lanes[3] = l3;
                    lanes[4] = l4; lanes[5] = l5; lanes[6] = l6; lanes[7] = l7;
                    drain();
                    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = 0;
                    p = 0;
                }
            }
            a = b;
            b = c;
        }
        lanes[0] = l0; lanes[1] = l1; lanes[2] = l2; lanes[3] = l3;
        lanes[4] = l4; lanes[5] = l5; lanes[6] = l6; lanes[7] = l7;
        pending = p;
        shingles += n;
        older = a;
        last = b;
        filled = f;
        return this;
    }

    /** Moves the byte counters into {@link #counts}. */
    private void drain() {
        for (int j = 0; j < 8; j++) {
            long l = lanes[j];
            for (int i = 0; i < 8; i++) {
                counts[8 * i + j] += (l >>> (8 * i)) & 0xff;
            }
            lanes[j] = 0;
        }
        pending = 0;
    }

    /** How many letters and digits were fed. */
    public long characters() {
        return filled;
    }

    /** Bit b is set when more than half of the shingles' hashes have bit b set. */
    public long value() {
        drain();
        long v = 0;
        for (int b = 0; b < 64; b++) {
            if (2 * counts[b] > shingles) {
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
