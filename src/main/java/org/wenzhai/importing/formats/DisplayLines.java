package org.wenzhai.importing.formats;

import java.util.ArrayList;
import java.util.List;
import org.wenzhai.importing.clean.Reflow;
import org.wenzhai.importing.clean.Texts;

/**
 * A Word document made from a PDF by a converter often holds one paragraph per display line: every
 * line ends a "paragraph", most of them in the middle of a sentence, all about as wide. Such
 * paragraphs are handed to reflow as the lines they are (not paragraph ends), with a first-line
 * indent as the two leading spaces a hard-wrapped text shows, so that reflow joins them by the
 * wrap width as it does for a .txt.
 *
 * <p>Only a document whose plain paragraphs clearly look like that is changed: at least 8 of at
 * least 30 columns in which reflow's own test finds a wrap width ({@link Reflow#commonWidth}), half
 * of them within it (3 columns short of it to 1 past it), at least 4 of those (and 30 %) breaking
 * off after a Han character, digit, ，or 、 without ending a sentence, and at least 2 paragraphs
 * ending a sentence (the last lines of paragraphs). A list of
 * names or short items of one width has no broken sentences and no sentence ends, and an ordinary
 * document's paragraphs are far wider than one line.
 */
final class DisplayLines {
    private static final int MIN_WIDTH = 30;
    private static final int MIN_LINES = 8;
    private static final int MIN_BROKEN = 4;
    private static final int INDENT_COLUMNS = 4;

    private DisplayLines() {
    }

    static List<RawLine> unwrap(List<RawLine> lines, List<Boolean> plain, List<Boolean> indented) {
        int[] widths = new int[lines.size()];
        int total = 0;
        int sentenceEnds = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!plain.get(i)) {
                continue;
            }
            String t = lines.get(i).text();
            if (Texts.endsSentence(t)) {
                sentenceEnds++;
            }
            widths[i] = width(t, indented.get(i));
            total += widths[i] >= MIN_WIDTH ? 1 : 0;
        }
        // the width reflow would find in the lines, counted here among the paragraphs of one line
        int common = total < MIN_LINES || sentenceEnds < 2 ? 0 : Reflow.commonWidth(widths, MIN_WIDTH);
        if (common == 0) {
            return lines;
        }
        int atWidth = 0;
        int broken = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (plain.get(i) && widths[i] >= common - 3 && widths[i] <= common + 1) {
                atWidth++;
                String t = lines.get(i).text();
                broken += !Texts.endsSentence(t) && breaksOff(t) ? 1 : 0;
            }
        }
        if (atWidth < 0.5 * total || broken < MIN_BROKEN || broken < 0.3 * atWidth) {
            return lines;
        }
        List<RawLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            RawLine l = lines.get(i);
            out.add(plain.get(i)
                    ? new RawLine((indented.get(i) ? "\u3000\u3000" : "") + l.text(), null, l.pageBreakBefore(), false)
                    : l);
        }
        return out;
    }

    private static int width(String text, boolean indented) {
        return Texts.displayWidth(text) + (indented ? INDENT_COLUMNS : 0);
    }

    /** Ends as a line broken inside a sentence does: on a Han character, a digit, ，or 、. */
    private static boolean breaksOff(String t) {
        char c = t.charAt(t.length() - 1);
        return c == '，' || c == '、' || Character.isDigit(c) || Texts.isHan(c);
    }
}
