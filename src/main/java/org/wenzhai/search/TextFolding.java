package org.wenzhai.search;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folding applied alike to indexed texts and to queries, so that 黨建, ＡＰＰ, app and D建 all
 * find 党建 / APP. It maps every UTF-16 char to exactly one char, so an offset into the folded
 * text is the same offset into the original: match offsets stay valid.
 *
 * <ul>
 *   <li>full-width ASCII (！…～) and full-width signs (￥ ￡ ￠ ￢ ￤ ￣ ￦) to half-width; every space (the
 *       ideographic space, the no-break space a web page gives, en and em spaces, the tab) to a space;</li>
 *   <li>upper to lower case;</li>
 *   <li>traditional to simplified Chinese, for characters whose simplified form is one char
 *       (ICU's Traditional-Simplified transliterator, shipped as a derived table);</li>
 *   <li>the material sites' obfuscation: a D standing alone beside a Chinese character (D建,
 *       D委, 入D) is 党; a D inside a Latin word or number (CAD, 5D, R&amp;D), the last of letters listed
 *       (A、B、C、D) or a grade, class or block (D级危房, D类, D座, D区, D轮融资) is left alone. A query's D at
 *       its edge is folded both ways ({@link #foldVariants}).</li>
 *   <li>upper to lower case outside the BMP as well, where both forms take two chars.</li>
 * </ul>
 */
public final class TextFolding {
    /** Bump when the rules change: the index records it and is rebuilt when it differs. */
    public static final int VERSION = 3;

    private TextFolding() {
    }

    /** The folded text, of exactly the same length. */
    public static String fold(String text) {
        char[] table = Table.MAP;
        int n = text.length();
        char[] out = new char[n];
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            out[i] = table[c];
            surrogates |= Character.isSurrogate(c);
        }
        if (surrogates) {
            lowerSupplementary(out);
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == 'd' && standsAlone(out, i) && besideChinese(out, i) && !gradeOrPlace(out, i)) {
                out[i] = '党';
            }
        }
        return new String(out);
    }

    /** Outer neighbours that decide how a D at the edge of a query folds in a text. */
    private static final String[] BEFORE = {"", "中", "a", "a、"};
    private static final String[] AFTER = {"", "中", "a", "、a"};

    /**
     * The foldings of a query's text in any surroundings. A D at the edge of a query folds by a
     * neighbour the query does not have: 3D打印 holds D打印 with its D left alone, 开展D员 holds 开展D
     * with its D turned into 党. The query finds a text holding any of them; for a query without a D
     * near its edge there is one, {@link #fold(String)}.
     */
    public static List<String> foldVariants(String text) {
        String folded = fold(text);
        int n = text.length();
        boolean dNearEdge = false;
        for (int i : new int[] {0, 1, n - 2, n - 1}) {
            dNearEdge |= i >= 0 && i < n && fold(text.charAt(i)) == 'd';
        }
        if (!dNearEdge) {
            return List.of(folded);
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(folded);
        for (String before : BEFORE) {
            for (String after : AFTER) {
                out.add(fold(before + text + after).substring(before.length(), before.length() + n));
            }
        }
        return List.copyOf(out);
    }

    /** One char folded without context (D is not turned into 党 here). */
    public static char fold(char c) {
        return Table.MAP[c];
    }

    /** Upper to lower case outside the BMP too (𐐀 → 𐐨), where both forms take two chars, as the index does. */
    private static void lowerSupplementary(char[] s) {
        for (int i = 0; i + 1 < s.length; i++) {
            if (Character.isHighSurrogate(s[i]) && Character.isLowSurrogate(s[i + 1])) {
                int cp = Character.toCodePoint(s[i], s[i + 1]);
                int lower = Character.toLowerCase(cp);
                if (lower != cp && Character.charCount(lower) == 2) {
                    s[i] = Character.highSurrogate(lower);
                    s[i + 1] = Character.lowSurrogate(lower);
                }
                i++;
            }
        }
    }

    /**
     * Not part of Latin text: no letter, digit or &amp; beside it (R&amp;D, CAD, 5D), and not the last or
     * first of letters listed (A、B、C、D四个等次).
     */
    private static boolean standsAlone(char[] s, int i) {
        return !latinBeside(s, i, -1) && !latinBeside(s, i, 1);
    }

    /** Latin text on one side of {@code s[i]} ({@code step} -1 or 1): a letter, digit or &amp;, or a list mark with one beyond it. */
    private static boolean latinBeside(char[] s, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= s.length) {
            return false;
        }
        int k = j + step;
        return isLatinOrDigit(s[j]) || isListMark(s[j]) && k >= 0 && k < s.length && isLatinOrDigit(s[k]);
    }

    /** A D naming a grade, class, block or round: D级危房, D类, D座, D区, D轮融资. */
    private static boolean gradeOrPlace(char[] s, int i) {
        return i + 1 < s.length && "级类座区轮型栋档".indexOf(s[i + 1]) >= 0;
    }

    private static boolean isListMark(char c) {
        return c == '、' || c == ',' || c == '/';
    }

    private static boolean besideChinese(char[] s, int i) {
        return hanBeside(s, i, -1) || hanBeside(s, i, 1);
    }

    /** A Han character on one side of {@code s[i]}: in the BMP, or outside it as a surrogate pair (𠮷). */
    private static boolean hanBeside(char[] s, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= s.length) {
            return false;
        }
        if (isHan(s[j])) {
            return true;
        }
        int cp = step < 0 ? Character.codePointBefore(s, i) : Character.codePointAt(s, j);
        return Character.charCount(cp) == 2 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '&';
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** The shipped pairs (traditional char, simplified char), concatenated. */
    static String shippedTraditionalSimplified() {
        return org.wenzhai.domain.TraditionalChinese.pairs();
    }

    /**
     * The pairs as ICU's Traditional-Simplified transliterator gives them, for each Han char of the
     * BMP it changes into exactly one char. Loading the transliterator takes seconds, so the result
     * is shipped as a resource ({@link #main} writes it; a test checks it still matches ICU).
     */
    static String deriveTraditionalSimplified() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder all = new StringBuilder();
        List<Character> chars = new ArrayList<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(t2s.getSourceSet()); it.next(); ) {
            if (it.codepoint != UnicodeSetIterator.IS_STRING && it.codepoint < 0x10000 && isHan((char) it.codepoint)) {
                chars.add((char) it.codepoint);
                all.append((char) it.codepoint).append('\n');
            }
        }
        String[] out = t2s.transliterate(all.toString()).split("\n", -1);
        boolean aligned = out.length == chars.size() + 1;
        StringBuilder pairs = new StringBuilder();
        for (int k = 0; k < chars.size(); k++) {
            char c = chars.get(k);
            String s = aligned ? out[k] : t2s.transliterate(String.valueOf(c));
            if (s.length() == 1 && s.charAt(0) != c) {
                pairs.append(c).append(s.charAt(0));
            }
        }
        return pairs.toString();
    }

    /** Writes the traditional-simplified table: {@code TextFolding FILE}. */
    public static void main(String[] args) throws IOException {
        String pairs = deriveTraditionalSimplified();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length(); i += 2) {
            sb.append(pairs, i, i + 2).append('\n');
        }
        Files.writeString(Path.of(args[0]), sb, StandardCharsets.UTF_8);
    }

    /** Built on first use from the shipped table: a few milliseconds. */
    private static final class Table {
        static final char[] MAP = build();

        private static char[] build() {
            char[] map = new char[65536];
            for (int c = 0; c < map.length; c++) {
                map[c] = org.wenzhai.domain.TraditionalChinese.simplified((char) c);
            }
            for (int c = 0xFF01; c <= 0xFF5E; c++) {
                map[c] = (char) (c - 0xFEE0);
            }
            map[0x3000] = ' ';
            map['\t'] = ' ';
            map[0x00A0] = ' ';
            map[0x1680] = ' ';
            for (int c = 0x2000; c <= 0x200A; c++) {
                map[c] = ' ';
            }
            map[0x202F] = ' ';
            map[0x205F] = ' ';
            // full-width signs outside the ASCII block: ￠ ￡ ￢ ￣ ￤ ￥ ￦
            String signs = "\u00A2\u00A3\u00AC\u00AF\u00A6\u00A5\u20A9";
            for (int k = 0; k < signs.length(); k++) {
                map[0xFFE0 + k] = signs.charAt(k);
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
