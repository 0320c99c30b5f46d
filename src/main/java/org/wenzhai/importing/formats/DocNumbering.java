package org.wenzhai.importing.formats;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The automatic numbers of a .doc (Word 97–2003) as Word shows them in front of list paragraphs,
 * counted as {@link WordNumbering} counts those of a .docx: one counter per list and level, a
 * level's first number its start, numbering a level restarting the deeper ones. The level's number
 * text holds the place of each level's number as a character 0–8; each is formatted by that
 * level's number format (MS-DOC MSONFC codes, mapped to the .docx names {@link WordNumbering#format}
 * knows). Bullets and "no number" give no label.
 */
final class DocNumbering {
    /** MSONFC code (index) to the ECMA-376 number format name; null where none is known (decimal then). */
    private static final String[] FORMATS = new String[0x3C];

    static {
        String[] names = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "decimal", "decimal",
            "decimal", "decimal", "decimal", "ideographDigital", "japaneseCounting", null, null, "decimalFullWidth",
            "decimal", "decimal", "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", null, null,
            "decimalZero", "bullet", null, null, "decimalEnclosedFullstop", "decimalEnclosedParen",
            "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", null,
            "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
            "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand", "decimal"};
        System.arraycopy(names, 0, FORMATS, 0, names.length);
    }

    private static final int BULLET = 0x17;
    private static final int NONE = 0xFF;

    /** Per list (its lsid): the last number given at each level, 0 while a level has none since its restart. */
    private final Map<Integer, int[]> counters = new HashMap<>();

    /** The label Word shows in front of {@code p} ("一、", "（二）", "1."), or null when it has none. */
    String label(Paragraph p) {
        if (!p.isInList()) {
            return null;
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            // a list reference without its list table: no number to show
            return null;
        }
        int level = p.getIlvl();
        if (list == null || level < 0 || level > 8) {
            return null;
        }
        int nfc = list.getNumberFormat((char) level);
        int[] counter = counters.computeIfAbsent(list.getLsid(), k -> new int[9]);
        counter[level] = counter[level] == 0 ? Math.max(list.getStartAt((char) level), 0) : counter[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            counter[deeper] = 0;
        }
        if (nfc == BULLET || nfc == NONE) {
            return null;
        }
        String text = list.getNumberText((char) level);
        if (text == null) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c <= 8) {
                int n = counter[c] == 0 ? Math.max(list.getStartAt(c), 0) : counter[c];
                label.append(WordNumbering.format(n, name(list.getNumberFormat(c))));
            } else {
                label.append(c);
            }
        }
        String s = label.toString();
        if (s.isBlank()) {
            return null;
        }
        byte follow = list.getTypeOfCharFollowingTheNumber((char) level);
        return s + WordNumbering.separator(s, follow == 2 ? "nothing" : follow == 1 ? "space" : "tab");
    }

    private static String name(int nfc) {
        String n = nfc >= 0 && nfc < FORMATS.length ? FORMATS[nfc] : null;
        return n == null || n.equals("bullet") ? "decimal" : n;
    }
}
