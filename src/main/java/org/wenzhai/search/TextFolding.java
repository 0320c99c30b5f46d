package org.wenzhai.search;

import com.ibm.icu.text.Transliterator;

/**
 * The folding applied alike to indexed texts and to queries, so that 黨建, ＡＰＰ, app and D建 all
 * find 党建 / APP. It maps every UTF-16 char to exactly one char, so an offset into the folded
 * text is the same offset into the original: match offsets stay valid.
 *
 * <ul>
 *   <li>full-width ASCII (！…～) to half-width, the ideographic space to a space;</li>
 *   <li>upper to lower case;</li>
 *   <li>traditional to simplified Chinese, for characters whose simplified form is one char
 *       (from ICU's Traditional-Simplified transliterator, built once per process);</li>
 *   <li>the material sites' obfuscation: a D standing alone beside a Chinese character (D建,
 *       D委, 入D) is 党; a D inside a Latin word or number (CAD, 5D) is left alone.</li>
 * </ul>
 */
public final class TextFolding {
    /** Bump when the rules change: the index records it and is rebuilt when it differs. */
    public static final int VERSION = 1;

    private TextFolding() {
    }

    /** The folded text, of exactly the same length. */
    public static String fold(String text) {
        char[] table = Table.MAP;
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = table[text.charAt(i)];
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == 'd' && standsAlone(out, i) && besideChinese(out, i)) {
                out[i] = '党';
            }
        }
        return new String(out);
    }

    /** One char folded without context (D is not turned into 党 here). */
    public static char fold(char c) {
        return Table.MAP[c];
    }

    private static boolean standsAlone(char[] s, int i) {
        return (i == 0 || !isLatinOrDigit(s[i - 1])) && (i + 1 >= s.length || !isLatinOrDigit(s[i + 1]));
    }

    private static boolean besideChinese(char[] s, int i) {
        return (i > 0 && isHan(s[i - 1])) || (i + 1 < s.length && isHan(s[i + 1]));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** Built on first use: about 0.2 s for the traditional-simplified part. */
    private static final class Table {
        static final char[] MAP = build();

        private static char[] build() {
            char[] map = new char[65536];
            for (int c = 0; c < map.length; c++) {
                map[c] = (char) c;
            }
            for (int c = 0xFF01; c <= 0xFF5E; c++) {
                map[c] = (char) (c - 0xFEE0);
            }
            map[0x3000] = ' ';
            Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
            int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
            StringBuilder all = new StringBuilder();
            for (int[] r : ranges) {
                for (int c = r[0]; c <= r[1]; c++) {
                    all.append((char) c).append('\n');
                }
            }
            String[] out = t2s.transliterate(all.toString()).split("\n", -1);
            boolean aligned = out.length == all.length() / 2 + 1;
            int k = 0;
            for (int[] r : ranges) {
                for (int c = r[0]; c <= r[1]; c++, k++) {
                    String s = aligned ? out[k] : t2s.transliterate(String.valueOf((char) c));
                    if (s.length() == 1 && s.charAt(0) != c) {
                        map[c] = s.charAt(0);
                    }
                }
            }
            for (int c = 0; c < map.length; c++) {
                char m = map[c];
                char lower = Character.toLowerCase(m);
                if (!Character.isSurrogate(lower)) {
                    map[c] = lower;
                }
            }
            return map;
        }
    }
}
