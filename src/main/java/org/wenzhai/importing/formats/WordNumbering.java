package org.wenzhai.importing.formats;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlObject;

/**
 * The text of Word's automatic list numbering (一、 （一） 1. ①…), computed the way Word counts: one
 * set of counters per abstract numbering definition, a list instance ({@code w:num}) may restart a
 * level with a start override, numbering a level resets the deeper ones. A definition that only
 * names a list style ({@code w:numStyleLink}, what Word writes for a list saved as a list style)
 * is the definition that style's list uses ({@code w:styleLink}), counters included. Read through
 * generic XML access, because poi-ooxml-lite lacks some numbering schema classes.
 */
final class WordNumbering {
    private static final String[] CHINESE_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] COUNTING_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] LEGAL_DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();
    private final Set<String> overridesApplied = new HashSet<>();

    WordNumbering(XWPFNumbering numbering, XWPFStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** A level of a list: what Word shows before the paragraph's text. */
    record Level(int start, String format, String text, String suffix, boolean legal, String paragraphStyle) {
    }

    /**
     * Advances the counters for a paragraph numbered ({@code numId}, {@code ilvl}) and returns its
     * label with the separator Word puts after it, or null when the paragraph shows no number
     * (bullets, "none", unknown list).
     */
    String next(String numId, int ilvl) {
        if (numbering == null || numId == null || numId.equals("0") || ilvl < 0 || ilvl > 8) {
            return null;
        }
        XWPFNum num = numbering.getNum(number(numId));
        if (num == null) {
            return null;
        }
        XmlObject ctNum = num.getCTNum();
        String abstractId = definition(WordXml.childVal(ctNum, "abstractNumId"));
        if (abstractId == null || abstractId.isBlank()) {
            return null;
        }
        Level[] levels = levels(abstractId, ctNum);
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
        boolean[] isStarted = started.computeIfAbsent(abstractId, k -> new boolean[9]);
        if (overridesApplied.add(numId)) {
            for (XmlObject o : ctNum.selectChildren(WordXml.W, "lvlOverride")) {
                Integer lvl = WordXml.intAttr(o, "ilvl");
                Integer start = WordXml.childInt(o, "startOverride");
                if (lvl != null && start != null && lvl >= 0 && lvl < 9) {
                    count[lvl] = start - 1;
                    isStarted[lvl] = true;
                    for (int k = lvl + 1; k < 9; k++) {
                        isStarted[k] = false;
                    }
                }
            }
        }
        Level level = levels[ilvl];
        if (level == null) {
            return null;
        }
        count[ilvl] = isStarted[ilvl] ? count[ilvl] + 1 : level.start();
        isStarted[ilvl] = true;
        for (int k = ilvl + 1; k < 9; k++) {
            isStarted[k] = false;
        }
        if (level.format().equals("bullet")) {
            return null;
        }
        String text = level.text();
        if (text == null) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                Level ref = levels[k];
                int value = isStarted[k] ? count[k] : ref == null ? 1 : ref.start();
                String format = ref == null ? "decimal" : ref.format();
                if (level.legal() || format.equals("bullet")) {
                    format = "decimal";
                }
                label.append(format(value, format));
                i++;
            } else {
                label.append(c);
            }
        }
        String s = label.toString();
        if (s.isBlank()) {
            return null;
        }
        return s + separator(s, level.suffix());
    }

    /** The list level a paragraph style is linked to in a numbering definition (heading styles). */
    Integer levelForStyle(String numId, String styleId) {
        if (numbering == null || numId == null || styleId == null) {
            return null;
        }
        XWPFNum num = numbering.getNum(number(numId));
        if (num == null) {
            return null;
        }
        String abstractId = definition(WordXml.childVal(num.getCTNum(), "abstractNumId"));
        if (abstractId == null || abstractId.isBlank()) {
            return null;
        }
        Level[] levels = levels(abstractId, num.getCTNum());
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null && styleId.equals(levels[i].paragraphStyle())) {
                return i;
            }
        }
        return null;
    }

    /**
     * The abstract numbering definition that holds a list's levels: one that only names a list
     * style ({@code w:numStyleLink}) leads to the definition of the list that style numbers with
     * (its {@code w:numPr/w:numId}), or else to the definition that says it is that style's
     * ({@code w:styleLink}).
     */
    private String definition(String abstractId) {
        String id = abstractId;
        for (int hop = 0; id != null && hop < 5; hop++) {
            XWPFAbstractNum abs = numbering.getAbstractNum(number(id));
            String link = abs == null ? null : WordXml.childVal(abs.getCTAbstractNum(), "numStyleLink");
            if (link == null) {
                return id;
            }
            String next = null;
            XWPFStyle style = styles == null ? null : styles.getStyle(link);
            if (style != null) {
                String numId = WordXml.childVal(WordXml.child(WordXml.child(style.getCTStyle(), "pPr"), "numPr"), "numId");
                XWPFNum num = numId == null ? null : numbering.getNum(number(numId));
                next = num == null ? null : WordXml.childVal(num.getCTNum(), "abstractNumId");
            }
            if (next == null) {
                for (XWPFAbstractNum other : numbering.getAbstractNums()) {
                    if (link.equals(WordXml.childVal(other.getCTAbstractNum(), "styleLink"))) {
                        next = WordXml.attr(other.getCTAbstractNum(), "abstractNumId");
                        break;
                    }
                }
            }
            if (next == null || next.equals(id)) {
                return id;
            }
            id = next;
        }
        return id;
    }

    private Level[] levels(String abstractId, XmlObject ctNum) {
        Level[] levels = new Level[9];
        XWPFAbstractNum abs = numbering.getAbstractNum(number(abstractId));
        if (abs != null) {
            for (XmlObject lvl : abs.getCTAbstractNum().selectChildren(WordXml.W, "lvl")) {
                put(levels, lvl);
            }
        }
        for (XmlObject o : ctNum.selectChildren(WordXml.W, "lvlOverride")) {
            XmlObject lvl = WordXml.child(o, "lvl");
            if (lvl != null) {
                put(levels, lvl);
            }
        }
        return levels;
    }

    private static BigInteger number(String s) {
        try {
            return new BigInteger(s.trim());
        } catch (NumberFormatException e) {
            return BigInteger.valueOf(-1);
        }
    }

    private static void put(Level[] levels, XmlObject lvl) {
        Integer i = WordXml.intAttr(lvl, "ilvl");
        if (i == null || i < 0 || i > 8) {
            return;
        }
        Integer start = WordXml.childInt(lvl, "start");
        String format = WordXml.childVal(lvl, "numFmt");
        String text = WordXml.childVal(lvl, "lvlText");
        String suffix = WordXml.childVal(lvl, "suff");
        boolean legal = WordXml.childOn(lvl, "isLgl");
        levels[i] = new Level(start == null ? 1 : start, format == null ? "decimal" : format, text,
                suffix == null ? "tab" : suffix, legal, WordXml.childVal(lvl, "pStyle"));
    }

    /** Word puts a tab after the number; Chinese labels ending in punctuation read best joined directly. */
    static String separator(String label, String suffix) {
        if (suffix.equals("nothing")) {
            return "";
        }
        char last = label.charAt(label.length() - 1);
        if ("、.．)）:：]】".indexOf(last) >= 0 || Character.isWhitespace(last)) {
            return "";
        }
        return " ";
    }

    static String format(int n, String format) {
        switch (format) {
            case "decimal":
                return Integer.toString(n);
            case "decimalZero":
                return n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case "upperLetter":
                return letters(n, 'A');
            case "lowerLetter":
                return letters(n, 'a');
            case "upperRoman":
                return roman(n);
            case "lowerRoman":
                return roman(n).toLowerCase(java.util.Locale.ROOT);
            case "chineseCounting":
            case "chineseCountingThousand":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "japaneseCounting":
            case "ideographLegalTraditional":
                return chineseCounting(n, COUNTING_DIGITS, "十", "百", "千");
            case "chineseLegalSimplified":
                return chineseCounting(n, LEGAL_DIGITS, "拾", "佰", "仟");
            case "ideographDigital":
            case "taiwaneseDigital":
            case "japaneseDigitalTenThousand": {
                StringBuilder sb = new StringBuilder();
                for (char c : Integer.toString(n).toCharArray()) {
                    sb.append(CHINESE_DIGITS[c - '0']);
                }
                return sb.toString();
            }
            case "ideographTraditional":
                return n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 && n <= 12 ? String.valueOf(EARTHLY_BRANCHES.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
            case "ideographEnclosedCircle":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            case "decimalFullWidth":
            case "decimalFullWidth2": {
                StringBuilder sb = new StringBuilder();
                for (char c : Integer.toString(n).toCharArray()) {
                    sb.append((char) (c - '0' + '０'));
                }
                return sb.toString();
            }
            case "none":
                return "";
            default:
                return Integer.toString(n);
        }
    }

    private static String letters(int n, char base) {
        if (n < 1) {
            return Integer.toString(n);
        }
        char c = (char) (base + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (up to 9999). */
    static String chineseCounting(int n, String[] digits, String ten, String hundred, String thousand) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return ten + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        String[] units = {"", ten, hundred, thousand};
        StringBuilder sb = new StringBuilder();
        String s = Integer.toString(n);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero) {
                sb.append(digits[0]);
                zero = false;
            }
            sb.append(digits[d]).append(units[unit]);
        }
        return sb.toString();
    }
}
