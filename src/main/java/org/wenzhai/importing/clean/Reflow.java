package org.wenzhai.importing.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.domain.RemovedText;

/**
 * Mends lines broken by hard wrapping or page breaks, conservatively: a wrong join destroys a
 * paragraph boundary, so lines are joined only when the text shows it was wrapped.
 * <ul>
 *   <li>A title scattered over three or more one-word lines at the start of a section becomes one line.</li>
 *   <li>A numbered heading continued on a short line starting with a connective (和, 与, 及…) is joined.</li>
 *   <li>In hard-wrapped text (most lines share one display width), a line that fills the width and
 *       does not end a sentence is joined with the next one, unless that one is a heading, starts an
 *       item, follows a blank line, or (when the text indents its paragraphs) is indented.</li>
 *   <li>A page number stuck to the end of such a broken line is dropped when a page starts at the
 *       next line or the numbers found this way run in sequence.</li>
 * </ul>
 * Lines whose format marks a paragraph end (Word, HTML) are never joined by width.
 */
public final class Reflow {
    /** A share of lines at least this large must fill the common width for text to count as hard-wrapped. */
    static final double WRAPPED_SHARE = 0.4;
    static final int MIN_LINES_FOR_WIDTH = 5;
    /** The display width (a Han character counts 2) from which a line of unknown wrap width may continue on the next page. */
    static final int PAGE_JOIN_MIN_WIDTH = 40;
    /**
     * Where 1–3 ASCII digits at the end of a line start, or 第 before them and 页 after, when a Han
     * character, ，、；： or an opening “《 stands before them (a page number stuck to a broken line), else -1. A regex with lookbehind tried
     * every position of every line.
     */
    static int trailingPageStart(String t) {
        int k = t.length();
        // written 第2页 (…地方政府专第2页)
        if (k > 3 && t.charAt(k - 1) == '页') {
            int d = k - 1;
            while (d > 0 && k - 1 - d < 3 && t.charAt(d - 1) >= '0' && t.charAt(d - 1) <= '9') {
                d--;
            }
            if (d == k - 1 || d < 2 || t.charAt(d - 1) != '第' || (t.charAt(d - 2) >= '0' && t.charAt(d - 2) <= '9')) {
                return -1;
            }
            char before = t.charAt(d - 2);
            return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN || before == '，' || before == '、'
                    || before == '；' || before == '：' ? d - 1 : -1;
        }
        while (k > 0 && t.length() - k < 3 && t.charAt(k - 1) >= '0' && t.charAt(k - 1) <= '9') {
            k--;
        }
        if (k == t.length() || k == 0 || (t.charAt(k - 1) >= '0' && t.charAt(k - 1) <= '9')) {
            return -1;
        }
        char before = t.charAt(k - 1);
        boolean han = Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
        // (or an opening quote: 成功举办“2 / 青川消费季”…)
        return han || before == '，' || before == '、' || before == '；' || before == '：' || before == '“' || before == '《' ? k : -1;
    }
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:和|与|及|并|暨|以及|或|同|的|之|、|，)");
    /**
     * The last words of a centred title or heading too long for one line (PDF): the first line runs
     * from margin to margin without a mark at its end, the rest is short and centred, which reads as
     * indented (…五年行动实施方 / 案, 一、…统一到全会精 / 神上来).
     */
    private static boolean centredTail(Line a, Line b) {
        String at = a.text();
        String bt = b.text();
        // (a unit, a speaker or a date centred under a title that happened to fill the line is its own)
        return a.reachesMargin() && !a.indented() && b.blankBefore() == 0 && bt.length() <= 12
                && !at.isEmpty() && !Texts.endsWithPunctuation(at) && !Texts.endsSentence(bt)
                && !Texts.endsWithPunctuation(bt) && !Texts.findAtEnd(UNIT_END, bt, Texts.UNIT_SUFFIX_MAX) && !Texts.isSpeaker(bt)
                && !Character.isDigit(bt.charAt(0)) && bt.indexOf(' ') < 0 && bt.indexOf('\u3000') < 0
                && !(bt.length() >= 4 && COMPILED_BY.matcher(bt).find());
    }

    /** A cover's compiler under the title: 中共某某市委组织部编, …编印. */
    private static final Pattern COMPILED_BY = Pattern.compile("(?:编|编印|印发|主办)$");

    private static final Pattern UNIT_END = Pattern.compile(Texts.UNIT_SUFFIX + "$");

    /** Marks that end a clause or a sentence: no text starts with one. */
    private static final String CLAUSE_MARKS = "，、；：。！？";

    /** Marks that may not start a line: a word before one goes down with it. */
    private static final String NO_LINE_START = "。，、；：！？”’）》";

    /**
     * A line left a few characters short because the last character of a word went down with the
     * mark after it, which may not start a line (…同落实、同考 + 核。下一步…): as full as the others.
     */
    private static boolean pushedDown(Line a, Line b, int width, int chars, int aWidth, int aChars) {
        String bt = b.text();
        if (bt.length() < 2 || NO_LINE_START.indexOf(bt.charAt(1)) < 0
                || Character.UnicodeScript.of(bt.charAt(0)) != Character.UnicodeScript.HAN) {
            return false;
        }
        return (width > 0 && aWidth >= width - 8) || (chars > 0 && aChars >= chars - 4);
    }

    private static final Pattern TO = Pattern.compile("^(?:向|到|转向|转为|迈向|走向|变为)");

    /**
     * The rest of a heading carried over a page break (二、深化重大事故隐患 / - 8 - / 专项排查整治): a few
     * words without any punctuation, not a unit, a speaker or a point
     * (一是), followed by a line that is not as short or is a sentence (the text under the heading),
     * or by the next heading: a run of short lines is a list or a table's column, not a heading's tail.
     * Only across a page: on the same page a short line under a heading is as often the start of
     * its text (一、工作回顾 / 全年地区生产总值增长 / 6.8%，…), and the two cannot be told apart.
     */
    private static boolean shortTail(String heading, Line tail, Line after) {
        String t = tail.text();
        if (t.length() < 2 || t.length() > 10 || Texts.numberingPrefix(heading).length() >= heading.length() - 1
                || ITEM_START.matcher(t).lookingAt() || Texts.isSpeaker(t) || Texts.findAtEnd(UNIT_END, t, Texts.UNIT_SUFFIX_MAX)) {
            return false;
        }
        return wordsOnly(t) && (after == null || after.blankBefore() > 0 || Texts.numberingLevel(after.text()) > 0
                || after.text().length() > 20 || Texts.endsSentence(after.text()));
    }

    /** Whether a line holds words only: letters, digits and the quotes or title marks around them. */
    private static boolean wordsOnly(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '“' && c != '”' && c != '《' && c != '》') {
                return false;
            }
        }
        return true;
    }

    /**
     * A heading that says where something goes from (…推动政务服务从“能办”) and a line that says where
     * to (向“好办”“智办”转变): the from-to phrase was broken.
     */
    /**
     * Whether a heading stops on a word that needs what follows it (…制约高质量发展的 / 突出矛盾和深层次问题,
     * …坚持党的领导和 / 全面从严治党): the rest of it is on the next line. Only words no heading ends with
     * (a heading may end in 作为, 应对, 方向, so not those).
     */
    static boolean danglingEnd(String heading) {
        if (heading.isEmpty()) {
            return false;
        }
        return DANGLING_END.indexOf(heading.charAt(heading.length() - 1)) >= 0;
    }

    private static final String DANGLING_END = "的和与及暨或把将被让";

    private static boolean fromGoesOnTo(String heading, String next) {
        int from = heading.lastIndexOf('从');
        return from > 0 && heading.indexOf('向', from) < 0 && heading.indexOf('到', from) < 0 && TO.matcher(next).find();
    }

    private static final Pattern ITEM_START = Pattern.compile("^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|首先|其次|最后|[①-⑳])");

    private Reflow() {
    }

    /** The id under which page numbers dropped from the end of broken lines are recorded. */
    public static final String GLUED_PAGE_NUMBER_ID = "reflow.page-number";

    /**
     * @param disabled rule ids the user turned off ({@value #GLUED_PAGE_NUMBER_ID} keeps glued page numbers)
     * @param removed  receives what reflow removed (page numbers stuck to broken lines)
     */
    public static List<Line> apply(List<Line> in, java.util.Set<String> disabled, List<RemovedText> removed) {
        List<Line> lines = collapseScatteredTitles(in);
        lines = joinSplitHeadings(lines);
        return joinWrapped(lines, !disabled.contains(GLUED_PAGE_NUMBER_ID), removed);
    }

    static List<Line> collapseScatteredTitles(List<Line> in) {
        List<Line> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            Line l = in.get(i);
            // a line announcing a list (…如下：, …就座的县领导有) is followed by its items, not by a title
            boolean sectionStart = i == 0 || (l.blankBefore() > 0 && !announcesList(in.get(i - 1).text()));
            int j = i;
            if (sectionStart) {
                while (j < in.size() && isWordLine(in.get(j)) && (j == i || in.get(j).blankBefore() <= 1)) {
                    j++;
                }
            }
            if (j - i >= 3) {
                // the title's last part may be a longer phrase ("会议上的讲话")
                // (not the unit under it: 交通铁军 / 市交通运输局)
                if (j < in.size() && in.get(j).blankBefore() == 0 && in.get(j).text().length() <= 12
                        && !Texts.endsWithPunctuation(in.get(j).text()) && Texts.numberingLevel(in.get(j).text()) == 0
                        && !Texts.findAtEnd(UNIT_END, in.get(j).text(), Texts.UNIT_SUFFIX_MAX) && !Texts.isSpeaker(in.get(j).text())) {
                    j++;
                }
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < j; k++) {
                    sb.append(in.get(k).text());
                }
                out.add(l.withText(sb.toString()));
                i = j;
            } else {
                out.add(l);
                i++;
            }
        }
        return out;
    }

    /** …如下：, …就座的领导有, …名单: the lines after it are a list. */
    private static final Pattern LIST_INTRO = Pattern.compile("(?:[：:]|有|是|为|如下|包括|名单|分别是)$");

    private static boolean announcesList(String t) {
        return LIST_INTRO.matcher(t).find();
    }

    private static boolean isWordLine(Line l) {
        String t = l.text();
        if (t.length() > 4 || Texts.numberingLevel(t) > 0) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!Texts.isHan(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static List<Line> joinSplitHeadings(List<Line> in) {
        List<Line> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Line a = in.get(i);
            if (i + 1 < in.size() && !a.paragraphEnd()) {
                Line b = in.get(i + 1);
                String at = a.text();
                String bt = b.text();
                int tails = brokenHeadingTails(in, i);
                if (tails > 0) {
                    StringBuilder sb = new StringBuilder(at);
                    for (int k = 1; k <= tails; k++) {
                        sb.append(in.get(i + k).text());
                    }
                    out.add(a.withText(sb.toString()));
                    i += tails;
                    continue;
                }
                if (Texts.numberingLevel(at) > 0 && at.length() <= 30 && !Texts.endsWithPunctuation(at)
                        && (b.blankBefore() == 0 || b.pageBreakBefore()) && bt.length() <= 20 && Texts.numberingLevel(bt) == 0
                        && (CONNECTIVE.matcher(bt).find() || fromGoesOnTo(at, bt) || danglingEnd(at)
                            || (b.pageBreakBefore() && shortTail(at, b, i + 2 < in.size() ? in.get(i + 2) : null)))
                        && !Texts.endsSentence(bt)) {
                    out.add(a.withText(at + bt));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The most lines a heading's rest may be broken over (三、锤炼过硬作风 / 以实干实绩 / 检验工作成效). */
    private static final int MAX_HEADING_TAILS = 2;

    /**
     * How many lines after line i are the rest of a numbered heading broken over lines, or 0: a heading
     * number alone on its line (一、 / 坚持问题导向，…); a heading stopped at a comma (一、坚持自治为基， /
     * 让群众的事 / 群众商量着办) over one or two short lines; or any heading over two short lines, before
     * text that is no such line. A short line of words without a mark at its end under a heading is
     * as often its text's first words, so one such line alone is not taken.
     */
    static int brokenHeadingTails(List<Line> in, int i) {
        String at = in.get(i).text();
        if (at.length() > 30 || Texts.endsSentence(at)) {
            return 0;
        }
        String number = Texts.numberingPrefix(at).strip();
        if (!number.isEmpty() && number.length() == at.strip().length()) {
            Line b = in.get(i + 1);
            return b.blankBefore() == 0 && Texts.numberingPrefix(b.text()).isEmpty() && b.text().length() >= 2
                    && b.text().length() <= 40 ? 1 : 0;
        }
        if (Texts.numberingLevel(at) == 0) {
            return 0;
        }
        // (after a comma the heading goes on: its last words are no unit, 群众商量着办)
        boolean comma = at.endsWith("，") || at.endsWith("、");
        int tails = 0;
        while (tails < MAX_HEADING_TAILS && i + tails + 1 < in.size() && headingTailWords(in.get(i + tails + 1), tails == 0, comma)) {
            tails++;
        }
        if (tails == 0 || i + tails + 1 >= in.size()) {
            return 0;
        }
        Line after = in.get(i + tails + 1);
        boolean textFollows = after.blankBefore() > 0 || after.indented() || after.text().length() > 12
                || Texts.numberingLevel(after.text()) > 0;
        return textFollows && (comma || tails == MAX_HEADING_TAILS) ? tails : 0;
    }

    /** A short line of words only, no mark at its end, no unit or speaker: the rest of a broken heading. */
    private static boolean headingTailWords(Line l, boolean first, boolean afterComma) {
        String t = l.text();
        if ((l.blankBefore() > 0 && !(first && l.pageBreakBefore())) || t.length() < 2 || t.length() > 12
                || !Texts.numberingPrefix(t).isEmpty() || ITEM_START.matcher(t).lookingAt() || Texts.isSpeaker(t)
                || !afterComma && Texts.findAtEnd(UNIT_END, t, Texts.UNIT_SUFFIX_MAX)) {
            return false;
        }
        return wordsOnly(t);
    }

    /** The common display width of a hard-wrapped text, or 0 when the text is not hard-wrapped. */
    static int wrapWidth(List<Line> lines) {
        return wrapWidth(lines, measure(lines, Reflow::displayWidth), 0, lines.size(), 20);
    }

    /**
     * A paragraph's indented first line takes the place of its indent in the wrap: two characters
     * (两个全角空格, the convention of Chinese documents), four columns. Counting them makes the
     * first line as full as the others, so that it is joined like them.
     */
    private static final int INDENT_CHARS = 2;

    private static int displayWidth(Line l) {
        return columnGap(l.text()) ? 0 : Texts.displayWidth(l.text()) + (l.indented() ? 2 * INDENT_CHARS : 0);
    }

    private static int charWidth(Line l) {
        return columnGap(l.text()) ? 0 : l.text().length() + (l.indented() ? INDENT_CHARS : 0);
    }

    /**
     * Whether a line filled the width with what cleaning cut from inside it (帮助企业##paidbegin##解决…,
     * wrapped with the marker in it), and not beyond it (a marker put in after the wrapping).
     */
    private static boolean filledWithCut(Line a, int width, int chars, int aWidth, int aChars) {
        if (a.cutInside().isEmpty()) {
            return false;
        }
        int w = aWidth + Texts.displayWidth(a.cutInside());
        int c = aChars + a.cutInside().length();
        return width > 0 ? w >= width - 4 && w <= width + 6 : chars > 0 && c >= chars - 2 && c <= chars + 3;
    }

    /** A gap of four or more spaces inside a line: the parts of an imprint or a signature pushed apart. */
    static final Pattern WIDE_GAP = Pattern.compile("\\S[ \u3000]{4,}\\S");

    /**
     * {@code WIDE_GAP.matcher(t).find()} without the regular expression (it was tried at every
     * position of every line): a character that is not white space in Java's sense (an ideographic
     * space is not), four or more spaces or ideographic spaces, and again one that is not.
     */
    static boolean wideGap(String t) {
        int n = t.length();
        for (int i = 0; i + 5 < n; i++) {
            if (isJavaSpace(t.charAt(i)) || !isGap(t.charAt(i + 1))) {
                continue;
            }
            int end = i + 1;
            while (end < n && isGap(t.charAt(end))) {
                end++;
            }
            // the run after i is t[i+1, end): the match may end on an ideographic space inside it
            // (after at least four) or on the first character after it
            if (end - (i + 1) >= 4 && end < n && !isJavaSpace(t.charAt(end))) {
                return true;
            }
            for (int k = i + 5; k < end; k++) {
                if (t.charAt(k) == '\u3000') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\u3000';
    }

    /** Java's {@code \s}: not the ideographic space. */
    private static boolean isJavaSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A table's row: cells apart by an ideographic space or two spaces inside the line. */
    private static boolean columnGap(String t) {
        // the space after a number (第一条　为…, 第一章　总则) is not a gap between cells
        int from = Texts.numberingPrefix(t).length();
        while (from < t.length() && (t.charAt(from) == '\u3000' || t.charAt(from) == ' ')) {
            from++;
        }
        return t.indexOf('\u3000', from) > from || t.indexOf("  ", from) > from || t.indexOf('\t', from) > from;
    }

    /** Each line's measure, taken once (a line's width asks for its numbering and its gaps). */
    private static int[] measure(List<Line> lines, java.util.function.ToIntFunction<Line> measure) {
        int[] out = new int[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = measure.applyAsInt(lines.get(i));
        }
        return out;
    }

    /** {@link #commonWidth} of the measures of lines {@code from} to {@code to}, paragraph ends left out. */
    private static int wrapWidth(List<Line> lines, int[] measures, int from, int to, int min) {
        int[] kept = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!lines.get(i).paragraphEnd()) {
                kept[n++] = measures[i];
            }
        }
        return commonWidth(java.util.Arrays.copyOf(kept, n), min);
    }

    /**
     * The width at which lines of these widths were wrapped, by the test described for
     * {@link #wrapWidth(List)} (widths below {@code min} are not counted), or 0 when they show none.
     */
    public static int commonWidth(int[] widths, int min) {
        int[] counts = new int[402];
        int total = 0;
        for (int w : widths) {
            if (w >= min) {
                counts[Math.min(w, 401)]++;
                total++;
            }
        }
        if (total < MIN_LINES_FOR_WIDTH) {
            return 0;
        }
        // lines end at the width or up to 3 before it (a word or a punctuation mark that may not start
        // a line moved down) or 1 after it (punctuation hung past the margin)
        int best = 0;
        int bestCount = 0;
        // (the last slot gathers every longer line: unwrapped paragraphs, never a width)
        for (int w = min; w < 400; w++) {
            int c = window(counts, w);
            if (c > bestCount) {
                bestCount = c;
                best = w;
            }
        }
        // the width is where most lines of the window end, when a window placed there holds about as
        // many: one longer line in the hanging slot (a subtitle of 30 over lines of 26) must not pull
        // the width above them
        int mode = best;
        for (int w = best + 1; w >= Math.max(min, best - 3); w--) {
            if (counts[w] > counts[mode]) {
                mode = w;
            }
        }
        if (window(counts, mode) >= bestCount - 1) {
            best = mode;
        }
        int wider = 0;
        for (int w = best + 3; w < counts.length; w++) {
            wider += counts[w];
        }
        // hard wrapping leaves almost nothing wider than the common width
        return bestCount >= WRAPPED_SHARE * total && bestCount >= 4 && wider <= 0.1 * total ? best : 0;
    }

    /** The lines of a window whose width is {@code w}: ending 3 short of it to 1 past it. */
    private static int window(int[] counts, int w) {
        return counts[w] + counts[w - 1] + counts[w - 2] + counts[w - 3] + counts[w + 1];
    }

    /**
     * The wrap width each line is measured by: the text's own, or, when the text as a whole shows
     * none, that of the line's page (from one page break to the next) where the page shows one. A
     * page in another width (a column, a smaller font: 13 characters after pages of 28) makes the
     * text's widths disagree, and it must not stop the joining of the other pages' lines.
     */
    private static void pageWidths(List<Line> in, int[] lineWidths, int[] lineChars, int textWidth, int textChars,
            int[] widths, int[] charCounts) {
        java.util.Arrays.fill(widths, textWidth);
        java.util.Arrays.fill(charCounts, textChars);
        if (textWidth > 0 || textChars > 0) {
            return;
        }
        int start = 0;
        for (int i = 1; i <= in.size(); i++) {
            if (i == in.size() || in.get(i).pageBreakBefore()) {
                if (start > 0 || i < in.size()) {
                    java.util.Arrays.fill(widths, start, i, wrapWidth(in, lineWidths, start, i, 20));
                    java.util.Arrays.fill(charCounts, start, i, wrapWidth(in, lineChars, start, i, 10));
                }
                start = i;
            }
        }
    }

    static List<Line> joinWrapped(List<Line> in, boolean dropGluedPageNumbers, List<RemovedText> removed) {
        int[] lineWidths = measure(in, Reflow::displayWidth);
        // the length in characters, for a text wrapped at a number of characters (a Han character and a
        // digit alike): such text is narrower in display width wherever a line holds digits or Latin
        // letters (…增长6. / 8%，…), so its width alone does not show the wrap
        int[] lineChars = measure(in, Reflow::charWidth);
        int textWidth = wrapWidth(in, lineWidths, 0, in.size(), 20);
        // both: a text wrapped at a count of characters may still show a common display width (its lines without digits)
        int textChars = wrapWidth(in, lineChars, 0, in.size(), 10);
        int[] widths = new int[in.size()];
        int[] charCounts = new int[in.size()];
        pageWidths(in, lineWidths, lineChars, textWidth, textChars, widths, charCounts);
        long indentedCount = in.stream().filter(Line::indented).count();
        boolean indentsParagraphs = indentedCount >= 3;
        boolean measured = in.stream().anyMatch(Line::reachesMargin);
        List<Integer> pageCandidates = new ArrayList<>();
        boolean[] joinAfter = new boolean[in.size()];
        // lines that are the next item of a list running through the sentence, not headings
        boolean[] listItem = new boolean[in.size()];
        StandalonePages pageLines = null;
        for (int i = 0; i + 1 < in.size(); i++) {
            Line a = in.get(i);
            Line b = in.get(i + 1);
            int width = widths[i];
            int chars = charCounts[i];
            // (where paragraphs are indented, an item (二是…) on an unindented line goes on the paragraph)
            // a line much wider than the wrapped text's lines (抄送：…) is not one of them, and a line
            // whose parts stand apart by a wide gap (an imprint: 某某办公室　　　　2024年3月8日印发) is no
            // sentence's end
            // (by the measure the text was wrapped by: digits are narrower on screen than Chinese)
            boolean beyondWidth = width > 0 ? lineWidths[i] > width + 6 : chars > 0 && lineChars[i] > chars + 3;
            // (a list the sentence runs through, 主要内容是：一、要…；/ 二、要…；三、要…: its next item goes on
            // at a line's start as it did inside the line)
            boolean listGoesOn = (a.text().endsWith("；") || a.text().endsWith(";")) && b.blankBefore() == 0
                    && itemOfListGoesOn(in, i, joinAfter);
            listItem[i + 1] = listGoesOn;
            boolean headingA = isHeadingLike(a) && !listItem[i];
            if (a.paragraphEnd() || (isHeadingLike(b) && !listGoesOn) || (beyondWidth && !a.reachesMargin()) || wideGap(b.text())
                    || (ITEM_START.matcher(b.text()).lookingAt() && (!(indentsParagraphs && !b.indented())
                        // (a list's first item after its colon and a page break: 主要做法有三点： / Page 1 / ①推进…)
                        || (b.blankBefore() > 0 || b.pageBreakBefore()) && (a.text().endsWith("：") || a.text().endsWith(":"))))
                    || (indentsParagraphs && b.indented() && !centredTail(a, b))) {
                continue;
            }
            String at = a.text();
            // a line cannot start with a comma or a full stop: one that does goes on the line before it
            // (…提出对策建议12条 / ，其中9条被采纳。)
            if (b.blankBefore() == 0 && !b.pageBreakBefore() && !b.text().isEmpty()
                    && CLAUSE_MARKS.indexOf(b.text().charAt(0)) >= 0 && !headingA && !hasLeaders(at)) {
                joinAfter[i] = true;
                continue;
            }
            // a table of contents: its heading and each entry that ends with its page stand alone; an
            // entry whose leader dots run on to the next line is one entry
            boolean leaders = hasLeaders(at);
            if ((leaders && CONTENTS_ENTRY.matcher(at).find()) || CONTENTS_HEADING.matcher(b.text()).matches()) {
                continue;
            }
            // an entry that ends in its leader dots, its page number gone to the next line (removed as
            // a page number), stands alone as well; a text's own ellipsis (……) is shorter
            if (leaders && LONG_LEADER_AT_END.matcher(at).find() && !LEADER_AT_START.matcher(b.text()).lookingAt()) {
                continue;
            }
            if (leaders && LEADER_AT_END.matcher(at).find() && LEADER_AT_START.matcher(b.text()).lookingAt()) {
                joinAfter[i] = true;
                continue;
            }
            // a table's row (cells apart by wide gaps) fills no width: it is never joined by it
            boolean full = a.reachesMargin() || ((width > 0 && lineWidths[i] >= width - 4)
                    || (chars > 0 && lineChars[i] >= chars - 2)) || pushedDown(a, b, width, chars, lineWidths[i], lineChars[i])
                    || filledWithCut(a, width, chars, lineWidths[i], lineChars[i]);
            // across a page break, a line joins the next page only when it ran to the margin or, the
            // width unknown, is long, holds a clause (，) or ends in a stuck page number: a short label
            // (a cover's unit, a title) ends before the break
            // a page's number glued to its full last line before the blank line, between the numbers of
            // the pages around it on lines of their own (1 / …发放等开展2 / blank / 专项监督检查… / 3),
            // is a page break as well
            boolean gluedBreak = false;
            if (full && !b.pageBreakBefore() && b.blankBefore() > 0 && trailingPageStart(at) >= 0) {
                pageLines = pageLines == null ? StandalonePages.of(removed) : pageLines;
                gluedBreak = pageLines.besides(a.number(), trailingNumber(at));
            }
            boolean brokenByPage = (b.pageBreakBefore() || gluedBreak) && (full || (width == 0 && (Texts.displayWidth(at) >= PAGE_JOIN_MIN_WIDTH
                    || at.indexOf('，') >= 0 || at.indexOf('、') >= 0 || trailingPageStart(at) >= 0)));
            if (!full && !brokenByPage && b.blankBefore() == 0 && (!headingA || inlineHeading(at) || clauseWithBody(at))
                    && brokenSentence(in, i)) {
                joinAfter[i] = true;
                continue;
            }
            // blank lines end a paragraph, except those around a page break ("千" / "" / "- 12 -" / "" / "企”"),
            // when the line before it fills the width
            // (in text that is not wrapped, a paragraph's line that stops at a ，or 、 goes on after the page too)
            boolean stopsMidSentence = width == 0 && chars == 0 && (at.endsWith("，") || at.endsWith("、"));
            if ((!full && !brokenByPage) || (b.blankBefore() > 0 && !(brokenByPage && (full || stopsMidSentence)))
                    || (headingA && !clauseWithBody(at)
                    && !(full && (wrappedHeading(at, b.text(), width) || centredTail(a, b) || headingTail(in, i + 1, indentsParagraphs))))) {
                continue;
            }
            int page = trailingPageStart(at);
            String core = page >= 0 ? at.substring(0, page) : at;
            // a line that runs to the margin (or fills the wrapping width) goes on in the unindented line
            // after it even after a full stop, when paragraphs begin indented (the sentence happened to
            // end at the margin)
            // (where the format measures margins, the line's position says so; in hard-wrapped text, its length)
            boolean sameParagraph = (measured ? a.reachesMargin() : full) && indentsParagraphs && !b.indented() && !BLOCK_START.matcher(b.text()).find();
            // a full line ending in ； goes on: a clause of the sentence ends there, not the paragraph
            // (list items each a line start with their numbers or 一是, and stay apart)
            boolean clauseEnds = full && (core.endsWith("；") || core.endsWith(";"));
            if ((!Texts.endsSentence(core) || sameParagraph || clauseEnds) && (startsContinuation(b.text()) || clauseEnds && listGoesOn)) {
                joinAfter[i] = true;
                if (core.length() < at.length()) {
                    pageCandidates.add(i);
                }
            }
        }
        StandalonePages standalone = pageCandidates.isEmpty() ? null : pageLines != null ? pageLines : StandalonePages.of(removed);
        boolean[] dropNumber = new boolean[in.size()];
        for (int k = 0; k < pageCandidates.size(); k++) {
            int i = pageCandidates.get(k);
            int n = trailingNumber(in.get(i).text());
            // the page before or after this one, or the one beyond it (a page whose number was not
            // glued to a broken line, - 3 - after a full stop, leaves a gap of one)
            int before = k > 0 ? n - trailingNumber(in.get(pageCandidates.get(k - 1)).text()) : -1;
            int after = k + 1 < pageCandidates.size() ? trailingNumber(in.get(pageCandidates.get(k + 1)).text()) - n : -1;
            // or a page number on its own line (removed by cleaning) just before or after: 2 / …不是3 / 4
            boolean seq = before == 1 || before == 2 || after == 1 || after == 2
                    || standalone.besides(in.get(i).number(), n);
            // never when the next line goes on with the number (停车场1 / 1个, 控制在5 / .5%): a digit
            // of the text is worth more than a page number left in it
            // — unless the pages on both sides agree (…在1 / 二、三季度, …难题2 / 93个, …更4 / 多企业)
            // (or the numbers on lines of their own: 2 / …大量案3 / 例表明… / 4)
            boolean bothSides = (before == 1 || before == 2) && (after == 1 || after == 2)
                    || standalone.between(in.get(i).number(), n);
            // a page that ends with its own number on a line of its own (…为27 / — 1 — / 名留守老人…)
            // has no other: the digits are the text's
            boolean ownNumber = standalone.otherBetween(in.get(i).number(), in.get(i + 1).number(), n);
            // (第2页 is no number the next line can go on with: 地方政府专第2页 / 项债券…)
            boolean written = in.get(i).text().endsWith("页");
            dropNumber[i] = dropGluedPageNumbers && (seq || in.get(i + 1).pageBreakBefore() && !ownNumber)
                    && (bothSides || written || !continuesNumber(in.get(i + 1).text()));
        }
        // a page number stuck after a full stop, or to a heading, before a page break: …的情况。1 /
        // 第 1 页 / 二、…, 三、全面加强政府自身建设2 / (next page)
        // where that number starts, per line (0: none)
        int[] standingPage = new int[in.size()];
        for (int k = 0; k + 1 < in.size(); k++) {
            if (!joinAfter[k] && dropGluedPageNumbers && in.get(k + 1).pageBreakBefore()) {
                String t = in.get(k).text();
                Matcher m = AFTER_FULL_STOP.matcher(t);
                standingPage[k] = m.find() ? m.start(1) : Texts.numberingLevel(t) > 0 ? trailingPageStart(t) : -1;
            }
        }
        // the last page's number stuck after the text's last full stop (…营造安全稳定的环境！5), next in
        // sequence after the numbers stuck to broken lines before it
        int lastLine = in.size() - 1;
        int lastDropped = -1;
        for (int k = pageCandidates.size() - 1; k >= 0 && lastDropped < 0; k--) {
            lastDropped = dropNumber[pageCandidates.get(k)] ? trailingNumber(in.get(pageCandidates.get(k)).text()) : -1;
        }
        if (lastDropped > 0 && !joinAfter[lastLine]) {
            Matcher m = AFTER_FULL_STOP.matcher(in.get(lastLine).text());
            int step = m.find() && m.start(1) > 0 ? Integer.parseInt(m.group(1)) - lastDropped : 0;
            if (step >= 1 && step <= 2) {
                standingPage[lastLine] = m.start(1);
            }
        }
        int endPage = lastLine >= 0 ? standingPage[lastLine] : 0;
        List<Line> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            Line first = in.get(i);
            int standing = standingPage[i];
            if (!joinAfter[i] && standing > 0) {
                removed.add(new RemovedText(GLUED_PAGE_NUMBER_ID, first.number(), first.text().substring(standing)));
                out.add(first.withText(first.text().substring(0, standing)));
                i++;
                continue;
            }
            if (!joinAfter[i]) {
                out.add(first);
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int j = i;
            while (true) {
                String t = in.get(j).text();
                if (dropNumber[j]) {
                    int page = trailingPageStart(t);
                    if (page >= 0) {
                        removed.add(new RemovedText(GLUED_PAGE_NUMBER_ID, in.get(j).number(), t.substring(page)));
                        t = t.substring(0, page);
                    }
                } else if (j == lastLine && endPage > 0) {
                    removed.add(new RemovedText(GLUED_PAGE_NUMBER_ID, in.get(j).number(), t.substring(endPage)));
                    t = t.substring(0, endPage);
                }
                sb.append(t);
                if (!joinAfter[j]) {
                    break;
                }
                j++;
            }
            out.add(first.withText(sb.toString()));
            i = j + 1;
        }
        return out;
    }

    private static final Pattern AFTER_FULL_STOP = Pattern.compile("[。！？；”」』）)](\\d{1,3})$");
    /** What starts a block of its own even when the line above ran to the margin after a full stop. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:附件|特此|此致|谢谢|以上|专此|.{1,15}$)");
    /** A quantity that begins a line and goes on: 6.8%，…, 112家。, 1.2万户… (not a number alone, a table cell). */
    private static final Pattern QUANTITY_START = Pattern.compile(
            "^\\d+(?:[.．]\\d+)?(?:%|％|‰|个|家|户|万|亿|元|人|名|项|所|台|辆|吨|亩|倍|次|件|座|套|间|处|批|场|公里|千米|平方米|立方米|千瓦)+(?=\\S)");
    /** A line without a clause joins a quantity only when it ends on a word that asks for one (增长, 达到, 共计…). */
    private static final Pattern ASKS_FOR_QUANTITY = Pattern.compile(
            "(?:增长|下降|达到|达|完成|实现|超过|突破|占|为|是|共|有|增加|减少|提高|降低|新增|累计|共计|总计|合计|约|近|超|至|到|同比|增|减|分别)$");

    /**
     * A sentence broken without the text being hard-wrapped: the line ends after a comma (，、) and
     * the next is not numbered, or the line ends in the middle of a phrase (a Han character) and
     * the next begins with the quantity it was about (…生产总值增长 / 6.8%，…). A line standing
     * after a blank line joins only when it holds a comma itself: alone, it may be a title.
     */
    private static boolean brokenSentence(List<Line> in, int i) {
        String a = in.get(i).text();
        String b = in.get(i + 1).text();
        // a numbered line joins only when its body runs on after the heading (（一）…提质增效。新引进…达到)
        if (a.length() < 4 || Texts.numberingLevel(b) > 0 || (Texts.numberingLevel(a) > 0 && !inlineHeading(a) && !clauseWithBody(a))) {
            return false;
        }
        char last = a.charAt(a.length() - 1);
        if (last == '，' || last == '、') {
            // a list written a line an item (名单, 排比, 上联/下联) keeps its lines
            return !(listLine(a) && (listLine(b) || (i > 0 && listLine(in.get(i - 1).text()))));
        }
        boolean han = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
        boolean titlePlace = i == 0 || in.get(i).blankBefore() > 0;
        boolean clause = a.indexOf('，') >= 0 || a.indexOf('、') >= 0 || a.indexOf('；') >= 0;
        // a title or a table's row label (青石镇2023年工作总结, 规模以上工业增加值) is not a sentence
        boolean asks = clause || ASKS_FOR_QUANTITY.matcher(a).find();
        return han && asks && (clause || !titlePlace) && QUANTITY_START.matcher(b).find();
    }

    /** A short line ending in ，、； — one item of a list written a line an item. */
    private static boolean continuesNumber(String t) {
        if (t.isEmpty() || NUMBER_GOES_ON.indexOf(t.charAt(0)) < 0) {
            return false;
        }
        // 多 and 余 go on with a number only before what it counts (40 / 多个, 1 / 余万元), not as a
        // word of their own (更4 / 多企业争创名牌)
        return (t.charAt(0) != '多' && t.charAt(0) != '余') || (t.length() > 1 && COUNTED.indexOf(t.charAt(1)) >= 0);
    }

    /** What 多 or 余 after a number counts: 40多个, 300余人, 1万多元. */
    private static final String COUNTED = "个万亿千百元人名家户项次件场所台辆吨亩年天月倍平米公条份篇座批";

    /** How a line starts that goes on with the number the line before ended in: a digit, a decimal point, %, a count's word. */
    private static final String NUMBER_GOES_ON = "0123456789０１２３４５６７８９.．%％‰个万亿元倍余多"
            // what a number counts (撰写1 / 篇理论文章): a digit lost from the text is worse than a page's left in it
            + "千百人名家户项次件场所台辆吨亩年天月平米公条份篇座批位岁处栋套间册本期届例起类支只张部周公顷斤度";

    private static boolean listLine(String t) {
        if (t.isEmpty() || t.length() > 20) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '，' || c == '、' || c == '；';
    }

    /** Whether the line holds the dots a contents entry's leader is made of (checked before the patterns: most lines have none). */
    private static boolean hasLeaders(String t) {
        return t.indexOf('…') >= 0 || t.indexOf("....") >= 0 || t.indexOf("···") >= 0;
    }

    /** A heading written inline before its body: a full stop inside the line, text after it. */
    private static boolean inlineHeading(String t) {
        int stop = t.indexOf('。');
        return stop > 0 && stop < t.length() - 1;
    }

    private static final java.util.regex.Pattern CONTENTS_ENTRY = java.util.regex.Pattern.compile("(?:…{2,}|\\.{4,}|·{3,}).{0,30}?\\d{1,3}\\s*$");
    private static final java.util.regex.Pattern LONG_LEADER_AT_END = java.util.regex.Pattern.compile("(?:…{4,}|\\.{8,}|·{6,})\\s*$");
    private static final java.util.regex.Pattern LEADER_AT_END = java.util.regex.Pattern.compile("(?:…{2,}|\\.{4,}|·{3,})\\s*$");
    private static final java.util.regex.Pattern LEADER_AT_START = java.util.regex.Pattern.compile("\\s*(?:…|\\.{2,}|·{2,})");
    private static final java.util.regex.Pattern CONTENTS_HEADING = java.util.regex.Pattern.compile("\\s*目\\s*录\\s*");

    private static int trailingNumber(String t) {
        int page = trailingPageStart(t);
        return page >= 0 ? Integer.parseInt(t.substring(page).replaceAll("\\D", "")) : -99;
    }

    /**
     * A numbered line that fills the width was wrapped when its body follows on the same line
     * (（一）…蓝天保卫战。要以…为主 + 线，加快…), when only a short tail of it is on the next line
     * (…增强信心和决 + 心), or when it is a heading written as a sentence (it holds a ， or 、) whose
     * full stop comes early on the next line, after no ，, its body after it (（一）建立健全制度体系，推动…制度化、程
     * + 序化轨道。县里先后出台…); a heading that merely ends at the width is followed by a full line.
     */
    private static boolean wrappedHeading(String heading, String next, int width) {
        int end = heading.length() - 1;
        for (int k = 0; k < end; k++) {
            char c = heading.charAt(k);
            if (c == '。' || c == '！' || c == '？') {
                return true;
            }
        }
        if (Texts.displayWidth(next) <= width / 3) {
            return true;
        }
        // (the tail has no clause of its own: a body's first sentence, 过去五年，…。, is not the heading's end)
        int stop = next.indexOf('。');
        return (heading.indexOf('，') > 0 || heading.indexOf('、') > 0) && stop > 0 && stop < next.length() - 1
                && next.lastIndexOf('，', stop) < 0 && Texts.displayWidth(next.substring(0, stop + 1)) <= width / 3;
    }

    /**
     * Where paragraphs begin indented, an unindented line without a closing mark under a heading
     * that fills the width, before an indented line or the next heading, is the heading's end
     * (一、2023年工作开展情况及取得的主要成效，特别是在粮 / 食生产、产业发展和农村改革等方面的突出进展).
     */
    private static boolean headingTail(List<Line> in, int b, boolean indentsParagraphs) {
        Line tail = in.get(b);
        return indentsParagraphs && !tail.indented() && !Texts.endsWithPunctuation(tail.text())
                && (b + 1 >= in.size() || in.get(b + 1).indented() || isHeadingLike(in.get(b + 1)));
    }

    /** 第一条　为加快推进…，: a clause of rules, its text on the same line (body text, not a heading). */
    private static boolean clauseWithBody(String t) {
        return Texts.isClause(t) && (t.indexOf('，') > 0 || t.indexOf('、') > 0 || t.length() >= 20);
    }

    private static boolean isHeadingLike(Line l) {
        return l.headingHint() != null || (Texts.numberingLevel(l.text()) > 0 && l.text().length() <= 40
                && !Texts.endsWithPunctuation(l.text()));
    }

    /** The page numbers that stood on lines of their own (as cleaning recorded them), by line. */
    private record StandalonePages(int[] lines, int[] numbers) {
        private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

        static StandalonePages of(List<RemovedText> removed) {
            List<int[]> found = new ArrayList<>();
            for (RemovedText r : removed) {
                if (r.ruleId().startsWith("page.number")) {
                    Matcher m = NUMBER.matcher(r.text());
                    if (m.find()) {
                        found.add(new int[] {r.lineNumber(), Integer.parseInt(m.group())});
                    }
                }
            }
            found.sort(java.util.Comparator.comparingInt(a -> a[0]));
            return new StandalonePages(found.stream().mapToInt(a -> a[0]).toArray(), found.stream().mapToInt(a -> a[1]).toArray());
        }

        /** Whether a page number other than {@code n} stands on a line of its own between lines {@code from} and {@code to}. */
        boolean otherBetween(int from, int to, int n) {
            int at = java.util.Arrays.binarySearch(lines, from + 1);
            for (int k = at >= 0 ? at : -at - 1; k < lines.length && lines[k] < to; k++) {
                if (numbers[k] != n) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the nearest page number before {@code line} is {@code n - 1} and the nearest after it {@code n + 1}. */
        boolean between(int line, int n) {
            int at = java.util.Arrays.binarySearch(lines, line);
            int next = at >= 0 ? at + 1 : -at - 1;
            int prev = at >= 0 ? at - 1 : -at - 2;
            return prev >= 0 && numbers[prev] == n - 1 && next < lines.length && numbers[next] == n + 1;
        }

        /** Whether the nearest page number before {@code line} is {@code n - 1} or the nearest after it {@code n + 1}. */
        boolean besides(int line, int n) {
            int at = java.util.Arrays.binarySearch(lines, line);
            int next = at >= 0 ? at + 1 : -at - 1;
            int prev = at >= 0 ? at - 1 : -at - 2;
            return (prev >= 0 && numbers[prev] == n - 1) || (next < lines.length && numbers[next] == n + 1);
        }
    }

    /**
     * Whether line {@code i + 1} starts with the next item of a list whose previous item stands inside
     * the paragraph running to line {@code i}, after a colon or a clause's end (…的主要内容是：一、要…；).
     */
    private static boolean itemOfListGoesOn(List<Line> in, int i, boolean[] joinAfter) {
        String prefix = Texts.numberingPrefix(in.get(i + 1).text()).strip();
        String previous = prefix.isEmpty() ? null : Texts.shiftedNumbering(prefix, -1);
        if (previous == null) {
            return false;
        }
        for (int k = i; k >= 0 && k > i - 6 && (k == i || joinAfter[k]); k--) {
            if (Texts.standsAfterMark(in.get(k).text(), previous, 0, "：:；;，")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsContinuation(String t) {
        // a speaker's line (post, space, name) stands alone under a subtitle that fills the width
        return Texts.numberingLevel(t) == 0 && !Texts.isSpeaker(t);
    }
}
