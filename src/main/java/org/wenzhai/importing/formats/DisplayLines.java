package org.wenzhai.importing.formats;

import java.util.ArrayList;
import java.util.List;
import org.wenzhai.importing.clean.Texts;

/**
 * A Word document made from a PDF by a converter often holds one paragraph per display line: every
 * line ends a "paragraph", most of them in the middle of a sentence, all about as wide. Such
 * paragraphs are handed to reflow as the lines they are (not paragraph ends), with a first-line
 * indent as the two leading spaces a hard-wrapped text shows, so that reflow joins them by the
 * wrap width as it does for a .txt.
 *
 * <p>Only a document whose plain paragraphs clearly look like that is changed: at least 8 of at
 * least 30 columns, half of them within one common width (3 columns short of it to 1 past it) and
 * hardly any wider, at least 4 of those breaking off after a Han character, ，or 、 without ending a
 * sentence, and at least 2 paragraphs ending a sentence (the last lines of paragraphs). A list of
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
        int[] counts = new int[402];
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
            int w = width(t, indented.get(i));
            if (w >= MIN_WIDTH) {
                counts[Math.min(w, 401)]++;
                total++;
            }
        }
        if (total < MIN_LINES || sentenceEnds < 2) {
            return lines;
        }
        int best = 0;
        int bestCount = 0;
        for (int w = MIN_WIDTH; w < 400; w++) {
            int c = counts[w] + counts[w - 1] + counts[w - 2] + counts[w - 3] + counts[w + 1];
            if (c > bestCount) {
                bestCount = c;
                best = w;
            }
        }
        int wider = 0;
        for (int w = best + 2; w < counts.length; w++) {
            wider += counts[w];
        }
        if (bestCount < 0.5 * total || wider > 0.1 * total) {
            return lines;
        }
        int broken = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            int w = width(t, indented.get(i));
            if (plain.get(i) && w >= best - 3 && w <= best + 1 && !Texts.endsSentence(t) && breaksOff(t)) {
                broken++;
            }
        }
        if (broken < MIN_BROKEN || broken < 0.3 * bestCount) {
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
