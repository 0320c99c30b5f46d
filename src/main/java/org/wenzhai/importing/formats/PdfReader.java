package org.wenzhai.importing.formats;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.clean.Texts;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/**
 * PDF (PDFBox 3): the text of each page in reading order (sorted by position), one line per text
 * line, the first line of every page marked {@code pageBreakBefore}; no line is a paragraph end
 * (the reflow joins them). Page numbers (a line that is only a number, "- 3 -", "— 3 —", "第3页",
 * "3/20", "Page 3" at the top or bottom of a page) and running headers and footers (the same line,
 * digits aside, among the top or bottom three lines of at least half the pages, two at least) are
 * left out and recorded as removed ({@code pdf-page-number}, {@code pdf-running-header}); their
 * line number counts the page lines as extracted. Streams are cached in temporary files, not in
 * memory. A PDF that needs a password to open is refused; one restricted by an owner password only
 * is read.
 */
public class PdfReader implements FormatReader {
    static final String PAGE_NUMBER = "pdf-page-number";
    static final String RUNNING_HEADER = "pdf-running-header";
    /**
     * On how many pages a line at a page's edge must repeat to be a running header or footer: on
     * half of them, or on two when it is set in small print (a compilation's header naming each
     * article over its own pages, the header of odd or of even pages only).
     */
    private static int edgeThreshold(List<List<Edges>> edges, Margins margins, int page, int line, int threshold) {
        return margins != null && small(edges.get(page).get(line), margins) ? Math.min(threshold, 2) : threshold;
    }

    /** What could not be read, said among what was removed: pages of images only, glyphs without characters. */
    public static final String UNREADABLE = "pdf-unreadable";

    /**
     * Records, at the first line of their page, a page that holds an image but no text (a page
     * scanned after signing) and the glyphs of a page that no table maps to characters: the text
     * there is missing from the document, and the user is told so.
     */
    static void unreadable(List<List<String>> pages, Map<Integer, Integer> unmapped, Set<Integer> imagePages,
            List<RemovedText> removed) {
        int line = 1;
        List<RemovedText> notes = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).isEmpty() && imagePages.contains(p)) {
                notes.add(new RemovedText(UNREADABLE, line, Messages.t("importing.format.pdf.imageOnlyPage", p + 1)));
            }
            Integer n = unmapped.get(p);
            if (n != null && n > 0) {
                notes.add(new RemovedText(UNREADABLE, line, Messages.t("importing.format.pdf.unmappedGlyphs", p + 1, n)));
            }
            line += pages.get(p).size();
        }
        removed.addAll(notes);
        removed.sort(java.util.Comparator.comparingInt(RemovedText::lineNumber));
    }

    /** A line set this much larger than the text's type is a title, never a running header. */
    private static final float TITLE_SIZE_RATIO = 1.15f;
    private static final int EDGE = 3;
    private static final Pattern EXPLICIT_NUMBER = Pattern.compile(
            "^(?:[-－—–―~·•]+\\s*\\d{1,4}\\s*[-－—–―~·•]+"
                    + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
                    + "|第[一二三四五六七八九十百零〇]{1,5}页"
                    + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
                    + "|[Pp]age\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?)$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

    @Override
    public boolean supports(String extension) {
        return extension.equals("pdf");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        List<List<String>> pages;
        List<List<Edges>> edges;
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.bytes(), "", null, null, MemoryUsageSetting.setupTempFileOnly().streamCache);
        } catch (InvalidPasswordException e) {
            throw new ImportException(Messages.t("importing.format.pdf.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Messages.t("importing.format.pdf.damaged"), e);
        }
        PageStripper stripper = new PageStripper();
        try (doc) {
            stripper.writeText(doc, new StringWriter());
            pages = stripper.pages;
            edges = stripper.edges;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Messages.t("importing.format.pdf.damaged"), e);
        }
        List<RemovedText> removed = new ArrayList<>();
        List<RawLine> lines = withoutPageNoise(pages, edges, removed);
        int unreadable = stripper.unmapped.values().stream().mapToInt(Integer::intValue).sum();
        if (lines.isEmpty()) {
            throw new ImportException(Messages.t(unreadable > 0 ? "importing.format.pdf.noMappedText" : "importing.format.pdf.noText"));
        }
        unreadable(pages, stripper.unmapped, stripper.imagePages, removed);
        return new RawText(lines, null, removed);
    }

    /** Drops page numbers and running headers/footers from the page edges; records them in {@code removed}. */
    static List<RawLine> withoutPageNoise(List<List<String>> pages, List<RemovedText> removed) {
        return withoutPageNoise(pages, null, removed);
    }

    /**
     * The same, with where each line sits ({@code edges}, or null): a line that starts well right
     * of the text's left edge is indented (written so, with two ideographic spaces, as a .txt
     * would); one that runs to the right edge may go on on the next line. One that stops short of
     * it is not marked as a paragraph's end: a sentence broken by a hard return (…增长 / 6.8%，…)
     * is still joined by its words.
     */
    static List<RawLine> withoutPageNoise(List<List<String>> pages, List<List<Edges>> edges, List<RemovedText> removed) {
        Margins margins = edges == null ? null : Margins.of(pages, edges);
        int pageCount = pages.size();
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> bottom = new HashMap<>();
        for (List<String> page : pages) {
            count(top, page.subList(0, Math.min(EDGE, page.size())));
            count(bottom, page.subList(Math.max(0, page.size() - EDGE), page.size()));
        }
        int threshold = Math.max(2, (pageCount + 1) / 2);
        int offset = bareNumberOffset(pages);

        List<RawLine> out = new ArrayList<>();
        List<String> held = new ArrayList<>();
        int lineNumber = 0;
        float lastEm = Float.NaN;
        for (int p = 0; p < pageCount; p++) {
            List<String> page = pages.get(p);
            String[] rule = new String[page.size()];
            for (int i = 0; i < Math.min(EDGE, page.size()); i++) {
                String r = noise(page.get(i), p, offset, top, edgeThreshold(edges, margins, p, i, threshold), pageCount);
                // an unnumbered first page is a cover: its top is the title that later pages repeat;
                // so is a numbered one of a few lines (the title, the compiling unit, a date)
                if (p == 0 && RUNNING_HEADER.equals(r) && (!numbered(page, p, offset, pageCount)
                        || page.size() <= COVER_MAX_LINES)) {
                    r = null;
                }
                // a title that speeches share (表态发言, one a page) is followed by its speaker or a
                // salutation; a header is followed by the text going on
                if (RUNNING_HEADER.equals(r) && i + 1 < page.size() && Texts.signsATitle(page.get(i + 1))) {
                    r = null;
                }
                // a header is a short label; a line that runs to the right margin is the text going on
                // (the same sentence may start two pages of a compilation)
                if (RUNNING_HEADER.equals(r) && margins != null && page.get(i).strip().length() >= 15
                        && margins.reaches(edges.get(p).get(i))) {
                    r = null;
                }
                // a header is set no larger than the text; a title that the header repeats is larger
                // (the title over a page that carries it as its header too)
                if (RUNNING_HEADER.equals(r) && margins != null && !Float.isNaN(edges.get(p).get(i).em())
                        && edges.get(p).get(i).em() > margins.em * TITLE_SIZE_RATIO) {
                    r = null;
                }
                // the header's text again under it on the same page is the title it repeats
                if (RUNNING_HEADER.equals(r) && i > 0 && RUNNING_HEADER.equals(rule[i - 1])
                        && key(page.get(i)).equals(key(page.get(i - 1)))) {
                    r = null;
                }
                if (r == null) {
                    break;
                }
                rule[i] = r;
            }
            for (int i = page.size() - 1; i >= Math.max(0, page.size() - EDGE); i--) {
                if (rule[i] != null) {
                    break;
                }
                String r = noise(page.get(i), p, offset, bottom, edgeThreshold(edges, margins, p, i, threshold), pageCount);
                if (r == null) {
                    break;
                }
                rule[i] = r;
            }
            int notesFrom = margins == null ? page.size() : footnotesFrom(page, edges.get(p), rule, margins);
            resolveNoteMarks(page, notesFrom);
            int pageStart = out.size();
            boolean first = true;
            for (int i = 0; i < page.size(); i++) {
                lineNumber++;
                if (rule[i] != null) {
                    removed.add(new RemovedText(rule[i], lineNumber, page.get(i)));
                    continue;
                }
                if (i >= notesFrom) {
                    held.add(page.get(i));
                    continue;
                }
                Edges e = margins == null ? Edges.NONE : edges.get(p).get(i);
                RawLine line;
                boolean indented = false;
                // a table's row stands alone
                boolean row = page.get(i).indexOf('\t') >= 0;
                if (margins == null || Float.isNaN(e.left())) {
                    line = new RawLine(page.get(i), null, first, row);
                } else {
                    indented = e.left() - margins.left >= INDENT_EMS * margins.em;
                    boolean reaches = !row && margins.reaches(e);
                    line = new RawLine(indented ? "\u3000\u3000" + page.get(i) : page.get(i), null, first, row, reaches);
                }
                // the notes of an earlier page follow the paragraph they were read in: before the next
                // one begins (indented), the paragraph before them ending there
                if (indented && !held.isEmpty()) {
                    releaseNotes(held, out);
                }
                // a line in another size of type is not the same paragraph: a compilation's name above
                // its first title, a cover line or a page's header above a title, a title above its text
                float em = margins == null ? Float.NaN : e.em();
                if (resized(lastEm, em) && !out.isEmpty()) {
                    RawLine last = out.get(out.size() - 1);
                    out.set(out.size() - 1, new RawLine(last.text(), last.headingLevel(), last.pageBreakBefore(), true,
                            last.reachesMargin()));
                }
                if (!Float.isNaN(em) && em > 0) {
                    lastEm = em;
                }
                out.add(line);
                first = false;
            }
            placeNearMark(held, out, pageStart);
        }
        releaseNotes(held, out);
        return out;
    }

    /** A superscript digit after Chinese text, written as {@code NOTE_MARK + digit} until the page's notes are known. */
    static final char NOTE_MARK = '\uF8E0';
    private static final Pattern NOTE_NUMBER = Pattern.compile("^(\\d{1,2})[\\s\u3000]*(?=\\S)");

    /**
     * A superscript number after Chinese text that a note at the page's foot starts with is that
     * note's mark: it goes (…农产品¹名录 reads …农产品名录) and the note reads 注1：…, as from Word.
     * Any other superscript digit is text again (an exponent, a mark of a note elsewhere).
     */
    private static void resolveNoteMarks(List<String> page, int notesFrom) {
        Set<String> notes = new HashSet<>();
        for (int i = notesFrom; i < page.size(); i++) {
            Matcher m = NOTE_NUMBER.matcher(page.get(i));
            if (m.find()) {
                notes.add(m.group(1));
            }
        }
        Set<String> marked = new HashSet<>();
        for (int i = 0; i < page.size(); i++) {
            String t = page.get(i);
            if (t.chars().noneMatch(c -> c >= NOTE_MARK && c <= NOTE_MARK + 9)) {
                continue;
            }
            StringBuilder out = new StringBuilder(t.length());
            for (int k = 0; k < t.length(); ) {
                int end = k;
                while (end < t.length() && t.charAt(end) >= NOTE_MARK && t.charAt(end) <= NOTE_MARK + 9) {
                    end++;
                }
                if (end == k) {
                    out.append(t.charAt(k++));
                    continue;
                }
                StringBuilder digits = new StringBuilder();
                for (int d = k; d < end; d++) {
                    digits.append((char) ('0' + (t.charAt(d) - NOTE_MARK)));
                }
                if (i < notesFrom && notes.contains(digits.toString())) {
                    marked.add(digits.toString());
                } else {
                    out.append(digits);
                }
                k = end;
            }
            page.set(i, out.toString());
        }
        for (int i = notesFrom; i < page.size(); i++) {
            Matcher m = NOTE_NUMBER.matcher(page.get(i));
            if (m.find() && marked.contains(m.group(1))) {
                page.set(i, "注" + m.group(1) + "：" + page.get(i).substring(m.end()));
            }
        }
    }

    /** Type sizes (the widest Han glyph of a line) that differ by more than this share are not one size. */
    private static final float RESIZED_SHARE = 0.06f;

    private static boolean resized(float before, float now) {
        return !Float.isNaN(before) && !Float.isNaN(now) && before > 0 && now > 0
                && Math.abs(before - now) > RESIZED_SHARE * Math.max(before, now);
    }

    /** A note's first line: a circled number, a number, 注, an asterisk or a bracketed number, then its text (after a space or not: 1 本次…). */
    private static final Pattern NOTE_START = Pattern.compile("^(?:[\u2460-\u2473]|\\d{1,2}(?=[^\\d.．、%])|注\\d*[:：]?|[*※]|[\\[〔［]\\d{1,2}[\\]〕］])[ \\t\u3000]*\\S");
    /** Notes are set smaller than the text: at most this share of its usual Han glyph width. */
    private static final float NOTE_EM_SHARE = 0.85f;
    private static final int NOTE_MAX_LINES = 8;

    /**
     * Where the footnotes at the foot of a page begin, or {@code page.size()}: the lines above the
     * page's bottom noise set in a smaller font than the text (by their Han glyph width), the first
     * of them starting with a note's mark, below at least one line of the text's own size. A note
     * read in place would stand inside the sentence that goes on to the next page.
     */
    private static int footnotesFrom(List<String> page, List<Edges> edges, String[] rule, Margins margins) {
        int end = page.size();
        while (end > 0 && rule[end - 1] != null) {
            end--;
        }
        int from = end;
        while (from > 0 && end - from < NOTE_MAX_LINES && rule[from - 1] == null && small(edges.get(from - 1), margins)) {
            from--;
        }
        // the block's first note mark: a note's second line may start with anything
        while (from < end && !NOTE_START.matcher(page.get(from)).find()) {
            from++;
        }
        if (from == end || from == 0 || rule[from - 1] != null || small(edges.get(from - 1), margins)) {
            return page.size();
        }
        return from;
    }

    private static boolean small(Edges e, Margins margins) {
        return !Float.isNaN(e.em()) && e.em() > 0 && e.em() <= NOTE_EM_SHARE * margins.em;
    }

    /**
     * Notes marked with a circled number (①) whose mark stands in a paragraph of their own page that
     * ends on that page go right after that paragraph (before the next indented line).
     */
    private static void placeNearMark(List<String> held, List<RawLine> out, int pageStart) {
        if (held.isEmpty() || held.get(0).isEmpty()) {
            return;
        }
        char mark = held.get(0).charAt(0);
        if (mark < '\u2460' || mark > '\u2473') {
            return;
        }
        for (int k = pageStart; k < out.size(); k++) {
            if (out.get(k).text().indexOf(mark) >= 0) {
                for (int next = k + 1; next < out.size(); next++) {
                    if (out.get(next).text().startsWith("\u3000\u3000")) {
                        List<RawLine> tail = new ArrayList<>(out.subList(next, out.size()));
                        out.subList(next, out.size()).clear();
                        releaseNotes(held, out);
                        out.addAll(tail);
                        return;
                    }
                }
                return;
            }
        }
    }

    /** The held notes, each as a paragraph of its own (a note's wrapped lines joined), after a paragraph's end. */
    private static void releaseNotes(List<String> held, List<RawLine> out) {
        if (held.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            RawLine last = out.get(out.size() - 1);
            out.set(out.size() - 1, new RawLine(last.text(), last.headingLevel(), last.pageBreakBefore(), true,
                    last.reachesMargin()));
        }
        StringBuilder note = new StringBuilder();
        for (String l : held) {
            if (note.length() > 0 && NOTE_START.matcher(l).find()) {
                out.add(new RawLine(note.toString(), null, false, true));
                note.setLength(0);
            }
            note.append(l.strip());
        }
        if (note.length() > 0) {
            out.add(new RawLine(note.toString(), null, false, true));
        }
        held.clear();
    }

    /** Words of a line this many Han characters apart (or more) are in different cells of a table. */
    static final float CELL_GAP_EMS = 1f;

    /** A line starting this many Han characters (or more) right of the text's left edge is indented. */
    static final float INDENT_EMS = 1.5f;
    /** A line ending within this many Han characters of the text's right edge runs to the margin. */
    static final float MARGIN_SLACK_EMS = 1.5f;

    /**
     * The text's left and right edges over the whole document (a tenth of the lines of four or
     * more characters start left of the left edge, a tenth of those of eight or more end right of
     * the right one) and the usual Han glyph width; null when too few lines tell.
     */
    private record Margins(float left, float right, float em) {
        /** Whether the line ends within MARGIN_SLACK_EMS Han characters of the right edge. */
        boolean reaches(Edges e) {
            return !Float.isNaN(e.right()) && right - e.right() <= MARGIN_SLACK_EMS * em;
        }

        static Margins of(List<List<String>> pages, List<List<Edges>> edges) {
            List<Float> ems = new ArrayList<>();
            for (List<Edges> page : edges) {
                for (Edges e : page) {
                    if (!Float.isNaN(e.left()) && !Float.isNaN(e.em()) && e.em() > 0) {
                        ems.add(e.em());
                    }
                }
            }
            if (ems.isEmpty()) {
                return null;
            }
            java.util.Collections.sort(ems);
            float em = ems.get(ems.size() / 2);
            // lines in small print (footnotes) run to their own width: they do not set the text's margins
            List<Float> lefts = new ArrayList<>();
            List<Float> rights = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                for (int i = 0; i < pages.get(p).size(); i++) {
                    Edges e = edges.get(p).get(i);
                    int len = pages.get(p).get(i).length();
                    if (Float.isNaN(e.left()) || (!Float.isNaN(e.em()) && e.em() > 0 && e.em() <= NOTE_EM_SHARE * em)) {
                        continue;
                    }
                    if (len >= 4) {
                        lefts.add(e.left());
                    }
                    if (len >= 8) {
                        rights.add(e.right());
                    }
                }
            }
            if (rights.size() < 3) {
                return null;
            }
            java.util.Collections.sort(lefts);
            java.util.Collections.sort(rights);
            return new Margins(lefts.get(lefts.size() / 10), rights.get(rights.size() - 1 - rights.size() / 10), em);
        }
    }

    /** A first page of at most this many lines (page number included) is a cover. */
    private static final int COVER_MAX_LINES = 4;

    /** The top and bottom {@value #EDGE} lines of a page, where page numbers and running headers sit. */
    private static List<String> edges(List<String> page) {
        List<String> edges = new ArrayList<>(page.subList(0, Math.min(EDGE, page.size())));
        edges.addAll(page.subList(Math.max(0, page.size() - EDGE), page.size()));
        return edges;
    }

    /** Whether a page carries its page number on one of its edges. */
    private static boolean numbered(List<String> page, int p, int offset, int pageCount) {
        for (String l : edges(page)) {
            if (PAGE_NUMBER.equals(noise(l, p, offset, Map.of(), Integer.MAX_VALUE, pageCount))) {
                return true;
            }
        }
        return false;
    }

    private static String noise(String line, int page, int offset, Map<String, Integer> edgeCounts, int threshold,
                                int pageCount) {
        // (footers typed in a 公文's style space the number with ideographic spaces: －　1　－, 第　10　页)
        String n = Texts.halfWidthDigitsAndSpaces(line).strip();
        if (EXPLICIT_NUMBER.matcher(n).matches()) {
            return PAGE_NUMBER;
        }
        if (BARE_NUMBER.matcher(n).matches()) {
            int value = Integer.parseInt(n);
            if (offset != Integer.MIN_VALUE ? value - page == offset : pageCount == 1 && value <= 2) {
                return PAGE_NUMBER;
            }
        }
        // a running header or footer is a label; a sentence (谢谢大家！ at the foot of each speech) is text
        if (pageCount >= 2 && edgeCounts.getOrDefault(key(line), 0) >= threshold && !Texts.endsWithFullStop(line.strip())) {
            return RUNNING_HEADER;
        }
        return null;
    }

    /**
     * The usual difference between a bare number at a page's edge and the page's index, when the
     * same difference is seen on at least two pages and a third of them (numbering that starts
     * after a cover counts too); {@code Integer.MIN_VALUE} when there is none.
     */
    private static int bareNumberOffset(List<List<String>> pages) {
        Map<Integer, Set<Integer>> pagesByOffset = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            for (String l : edges(page)) {
                String n = Texts.halfWidthDigitsAndSpaces(l).strip();
                if (BARE_NUMBER.matcher(n).matches()) {
                    pagesByOffset.computeIfAbsent(Integer.parseInt(n) - p, k -> new HashSet<>()).add(p);
                }
            }
        }
        int best = Integer.MIN_VALUE;
        int bestCount = 0;
        for (Map.Entry<Integer, Set<Integer>> e : pagesByOffset.entrySet()) {
            if (e.getValue().size() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue().size();
            }
        }
        return bestCount >= 2 && bestCount * 3 >= pages.size() ? best : Integer.MIN_VALUE;
    }

    private static void count(Map<String, Integer> counts, List<String> lines) {
        Set<String> seen = new HashSet<>();
        for (String l : lines) {
            String k = key(l);
            if (!k.isEmpty() && seen.add(k)) {
                counts.merge(k, 1, Integer::sum);
            }
        }
    }

    /** A line compared across pages: digits (page numbers, dates in footers) and spaces do not count. */
    private static String key(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            sb.append(Character.isDigit(c) ? '#' : c);
        }
        return sb.toString();
    }

    /**
     * Where a line of a page sits: its left and right edges and the width of its widest Han
     * glyph (about the font size), in page units; NaN when the line has no glyph positions.
     */
    record Edges(float left, float right, float em) {
        static final Edges NONE = new Edges(Float.NaN, Float.NaN, Float.NaN);
    }

    /** Collects the text of each page as its non-blank lines, and where each of them sits. */
    private static final class PageStripper extends PDFTextStripper {
        final List<List<String>> pages = new ArrayList<>();
        final List<List<Edges>> edges = new ArrayList<>();
        /** Glyphs that no table maps to a character (a font embedded without ToUnicode), by page index. */
        final Map<Integer, Integer> unmapped = new java.util.TreeMap<>();
        /** The indexes of the pages that hold an image. */
        final Set<Integer> imagePages = new HashSet<>();

        /**
         * Counts the glyphs PDFBox cannot read: it drops those of a composite font and writes those of
         * a simple one (a Type3 font's /g33) as their codes, ASCII that was never in the text. Those
         * are dropped here too; the count tells the user what could not be read.
         */
        @Override
        protected void showGlyph(org.apache.pdfbox.util.Matrix matrix, org.apache.pdfbox.pdmodel.font.PDFont font, int code,
                org.apache.pdfbox.util.Vector displacement) throws IOException {
            org.apache.pdfbox.pdmodel.font.encoding.GlyphList names = font.getName() != null && font.getName().contains("ZapfDingbats")
                    ? org.apache.pdfbox.pdmodel.font.encoding.GlyphList.getZapfDingbats()
                    : org.apache.pdfbox.pdmodel.font.encoding.GlyphList.getAdobeGlyphList();
            if (font.toUnicode(code, names) == null) {
                unmapped.merge(getCurrentPageNo() - 1, 1, Integer::sum);
                return;
            }
            super.showGlyph(matrix, font, code, displacement);
        }
        /** The glyph spans written on the current page: offset in the page's output, left, right, em. */
        private final List<float[]> spans = new ArrayList<>();

        /** A word separator PDFBox asked for, written or not once the next word is known. */
        private boolean separatorPending;
        /** Where the last word written ends. */
        private float lastRight = Float.NaN;
        /** Word's automatic spacing is a quarter of an em; half an em or more is a space laid out. */
        private static final float AUTO_SPACE_MAX_EMS = 0.5f;

        /**
         * Word and WPS set digits and Latin letters in a Western font and space them from Chinese
         * text (中西文自动间距): a gap PDFBox reads as a word break, though nobody typed a space
         * (事项达到 1876项). Between Chinese text and a digit or Latin letter the gap is no space; a
         * space glyph written in the page is kept as it is.
         */
        @Override
        protected void writeWordSeparator() {
            separatorPending = true;
        }

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
            StringBuffer written = ((StringWriter) output).getBuffer();
            if (separatorPending) {
                separatorPending = false;
                char before = written.length() == 0 ? '\n' : written.charAt(written.length() - 1);
                // after a space written in the page (an ideographic one, 治理　打通) a gap adds nothing
                boolean spaced = Character.isWhitespace(before) || before == '\u3000'
                        || !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || text.charAt(0) == '\u3000');
                // (a wider gap is a space typed or laid out: 东岭市农业农村局　2024年6月)
                float gap = positions.isEmpty() || Float.isNaN(lastRight) ? Float.NaN : positions.get(0).getXDirAdj() - lastRight;
                float size = positions.isEmpty() ? Float.NaN : positions.get(0).getFontSizeInPt();
                boolean narrow = !Float.isNaN(gap) && size > 0 && gap < AUTO_SPACE_MAX_EMS * size;
                if (!spaced && (text.isEmpty() || !narrow || !autoSpaced(before, text.charAt(0)))) {
                    output.write(getWordSeparator());
                }
            }
            if (!positions.isEmpty()) {
                org.apache.pdfbox.text.TextPosition last = positions.get(positions.size() - 1);
                lastRight = last.getXDirAdj() + last.getWidthDirAdj();
            }
            text = markSuperscripts(text, positions);
            int at = written.length();
            super.writeString(text, positions);
            float left = Float.NaN;
            float right = Float.NaN;
            float em = Float.NaN;
            for (org.apache.pdfbox.text.TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isBlank()) {
                    continue; // indentation written as spaces is indentation too
                }
                // a column right of the first is measured as if it stood where the first one does
                float x0 = p.getXDirAdj() - shifts.getOrDefault(p, 0f);
                float x1 = x0 + p.getWidthDirAdj();
                left = Float.isNaN(left) ? x0 : Math.min(left, x0);
                right = Float.isNaN(right) ? x1 : Math.max(right, x1);
                if (Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HAN) {
                    em = Float.isNaN(em) ? p.getWidthDirAdj() : Math.max(em, p.getWidthDirAdj());
                }
            }
            if (!Float.isNaN(left)) {
                spans.add(new float[] {at, left, right, em});
            }
        }

        /** The last glyph written on the line, and whether it was a superscript digit marked. */
        private org.apache.pdfbox.text.TextPosition previous;
        private boolean previousMarked;

        @Override
        protected void writeLineSeparator() throws IOException {
            previous = null;
            previousMarked = false;
            separatorPending = false;
            super.writeLineSeparator();
        }

        /**
         * Superscript digits right after Chinese text (a note's mark: …农产品¹名录), written as
         * {@link #NOTE_MARK} + digit: smaller than the glyph before and raised above its baseline.
         * A digit after a letter (m²) or a number (10⁴) is text.
         */
        private String markSuperscripts(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
            if (text.length() != positions.size()) {
                previous = positions.isEmpty() ? previous : positions.get(positions.size() - 1);
                previousMarked = false;
                return text;
            }
            char[] out = null;
            for (int k = 0; k < positions.size(); k++) {
                org.apache.pdfbox.text.TextPosition p = positions.get(k);
                char c = text.charAt(k);
                boolean mark = false;
                if (c >= '0' && c <= '9' && previous != null) {
                    float size = previous.getFontSizeInPt();
                    String u = previous.getUnicode();
                    boolean afterChinese = u != null && !u.isEmpty() && (chinese(u.charAt(0)) || u.charAt(0) == '”' || u.charAt(0) == '’');
                    boolean raised = size > 0 && p.getFontSizeInPt() <= 0.75f * size && p.getYDirAdj() <= previous.getYDirAdj() - 0.15f * size;
                    // (the next digit of a marked number: no larger than the one before, on its baseline)
                    mark = previousMarked ? p.getFontSizeInPt() <= 1.005f * size
                            && Math.abs(p.getYDirAdj() - previous.getYDirAdj()) < 0.1f * size + 0.5f
                            : afterChinese && raised;
                }
                if (mark) {
                    out = out == null ? text.toCharArray() : out;
                    out[k] = (char) (NOTE_MARK + (c - '0'));
                }
                // (a run of marked digits keeps the size of the glyph before it to compare with)
                if (!(mark && previousMarked)) {
                    previous = p;
                }
                previousMarked = mark;
            }
            return out == null ? text : new String(out);
        }

        /** Chinese text on one side and a digit or Latin letter on the other. */
        static boolean autoSpaced(char a, char b) {
            // (and two Chinese characters a little apart: an OCR'd text layer's glyphs jitter, 重要 意义)
            return chinese(a) && latinOrDigit(b) || latinOrDigit(a) && chinese(b) || chinese(a) && chinese(b);
        }

        private static boolean chinese(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c)
                    || (c >= 0x3000 && c <= 0x303F && c != 0x3000) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                    || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
        }

        private static boolean latinOrDigit(char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        /** How far right of the first column the glyphs of the other columns of this page sit. */
        private final java.util.Map<org.apache.pdfbox.text.TextPosition, Float> shifts = new java.util.IdentityHashMap<>();
        /** The gutter between the first columns of the last page set in columns (NaN: none yet). */
        private float gutter = Float.NaN;

        PageStripper() {
            setSortByPosition(true);
            setLineSeparator("\n");
            // the groups of a page set in columns are written one after another, each from a new line
            setArticleEnd("\n");
            setSuppressDuplicateOverlappingText(true);
        }

        /** Reads a page set in columns column by column (PdfColumns) instead of across them. */
        @Override
        protected void writePage() throws IOException {
            shifts.clear();
            // without article beads every glyph is in one list (PDFBox keeps the lists of the page
            // before, emptied, and fills the last one)
            List<org.apache.pdfbox.text.TextPosition> only = null;
            int filled = 0;
            for (List<org.apache.pdfbox.text.TextPosition> list : charactersByArticle) {
                if (!list.isEmpty()) {
                    only = list;
                    filled++;
                }
            }
            if (filled == 1) {
                List<org.apache.pdfbox.text.TextPosition> all = only;
                List<PdfColumns.Glyph> boxes = new ArrayList<>(all.size());
                for (org.apache.pdfbox.text.TextPosition p : all) {
                    String u = p.getUnicode();
                    boxes.add(u == null || u.isBlank() ? null
                            : new PdfColumns.Glyph(p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), p.getHeightDir()));
                }
                PdfColumns.Layout layout = PdfColumns.split(boxes, gutter);
                if (!Float.isNaN(layout.gutter())) {
                    gutter = layout.gutter();
                }
                List<PdfColumns.Group> groups = layout.groups();
                if (groups.size() > 1) {
                    charactersByArticle.clear();
                    for (PdfColumns.Group g : groups) {
                        List<org.apache.pdfbox.text.TextPosition> group = new ArrayList<>(g.glyphs().length);
                        for (int i : g.glyphs()) {
                            group.add(all.get(i));
                            if (g.shift() != 0) {
                                shifts.put(all.get(i), g.shift());
                            }
                        }
                        charactersByArticle.add(group);
                    }
                }
            }
            super.writePage();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            output.flush();
            ((StringWriter) output).getBuffer().setLength(0);
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            if (resources != null) {
                for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        imagePages.add(getCurrentPageNo() - 1);
                        break;
                    }
                }
            }
            super.startPage(page);
        }

        /**
         * A table's row: the line's text with its cells apart by tabs. A line is a row when its words
         * stand two or more times at least {@value #CELL_GAP_EMS} Han characters apart (the widest
         * Han glyph of the line): three pieces or more. Written as one line of words, the rows of a
         * ruled table were joined into each other by reflow.
         */
        private static String cells(StringBuffer buffer, int start, int end, List<float[]> pieces) {
            String text = buffer.substring(start, end);
            StringBuilder row = new StringBuilder();
            int from = 0;
            for (int k = 1; k < pieces.size(); k++) {
                int cut = (int) pieces.get(k)[2] - start;
                row.append(text.substring(from, cut).stripTrailing()).append('\t');
                from = cut;
            }
            return row.append(text.substring(from)).toString();
        }

        /**
         * A line's pieces: its words, grouped wherever a gap of at least {@value #CELL_GAP_EMS} Han
         * characters opens; each as {left, right, first offset, end offset} in the page's output.
         */
        private static List<float[]> pieces(List<float[]> lineSpans, int end, float em) {
            List<float[]> out = new ArrayList<>();
            for (int k = 0; k < lineSpans.size(); k++) {
                float[] s = lineSpans.get(k);
                float to = k + 1 < lineSpans.size() ? lineSpans.get(k + 1)[0] : end;
                if (out.isEmpty() || s[1] - lineSpans.get(k - 1)[2] >= CELL_GAP_EMS * em) {
                    out.add(new float[] {s[1], s[2], s[0], to});
                } else {
                    float[] p = out.get(out.size() - 1);
                    p[1] = Math.max(p[1], s[2]);
                    p[3] = to;
                }
            }
            return out;
        }

        /** Where the pieces of a line start. */
        private static float[] lefts(List<float[]> pieces) {
            float[] lefts = new float[pieces.size()];
            for (int k = 0; k < lefts.length; k++) {
                lefts[k] = pieces.get(k)[0];
            }
            return lefts;
        }

        /**
         * The table's row with the line added to its cells, when the line holds the rest of cells
         * too long for their column: each of its pieces starts where a cell of the row starts (within
         * half a character) and ends before the next cell does, or, in the last cell, by the row's
         * end. A line starting alone under the first cell is the text going on after the table, not
         * a cell. Null when the line is not such a rest.
         */
        private static String wrappedCells(String row, float[] cellLefts, float rowRight, StringBuffer buffer,
                                           List<float[]> pieces, float em) {
            String[] cells = row.split("\t", -1);
            if (cells.length != cellLefts.length) {
                return null;
            }
            String[] added = new String[cells.length];
            for (float[] p : pieces) {
                int k = -1;
                for (int c = 0; c < cellLefts.length && k < 0; c++) {
                    if (Math.abs(p[0] - cellLefts[c]) <= 0.5f * em) {
                        k = c;
                    }
                }
                if (k < 0 || (k == 0 && pieces.size() == 1) || added[k] != null) {
                    return null;
                }
                float limit = k + 1 < cellLefts.length ? cellLefts[k + 1] : rowRight + 0.5f * em;
                if (p[1] > limit) {
                    return null;
                }
                added[k] = buffer.substring((int) p[2], (int) p[3]).strip();
            }
            StringBuilder out = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(cells[c]);
                if (added[c] != null) {
                    out.append(added[c]);
                }
            }
            return out.toString();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            StringBuffer buffer = ((StringWriter) output).getBuffer();
            List<String> lines = new ArrayList<>();
            List<Edges> lineEdges = new ArrayList<>();
            int start = 0;
            int span = 0;
            // where the cells of the table's row just read start, and where the row ends
            float[] rowCells = null;
            float rowRight = Float.NaN;
            for (int i = 0; i <= buffer.length(); i++) {
                if (i == buffer.length() || buffer.charAt(i) == '\n' || buffer.charAt(i) == '\r') {
                    float left = Float.NaN;
                    float right = Float.NaN;
                    float em = Float.NaN;
                    int first = span;
                    for (; span < spans.size() && spans.get(span)[0] < i; span++) {
                        float[] g = spans.get(span);
                        left = Float.isNaN(left) ? g[1] : Math.min(left, g[1]);
                        right = Float.isNaN(right) ? g[2] : Math.max(right, g[2]);
                        em = Float.isNaN(em) ? g[3] : (Float.isNaN(g[3]) ? em : Math.max(em, g[3]));
                    }
                    List<float[]> lineSpans = spans.subList(first, span);
                    List<float[]> pieces = Float.isNaN(em) || em <= 0 ? List.of() : pieces(lineSpans, i, em);
                    boolean tableRow = pieces.size() >= 3;
                    String l = (tableRow ? cells(buffer, start, i, pieces) : buffer.substring(start, i)).strip();
                    if (!l.isEmpty()) {
                        float[] cellsHere = tableRow ? lefts(pieces) : null;
                        String row = !tableRow && rowCells != null && !pieces.isEmpty()
                                ? wrappedCells(lines.get(lines.size() - 1), rowCells, rowRight, buffer, pieces, em)
                                : null;
                        if (row != null) {
                            lines.set(lines.size() - 1, row);
                        } else {
                            lines.add(l);
                            lineEdges.add(Float.isNaN(left) ? Edges.NONE : new Edges(left, right, em));
                            rowCells = cellsHere;
                            rowRight = right;
                        }
                    }
                    start = i + 1;
                }
            }
            pages.add(lines);
            edges.add(lineEdges);
            spans.clear();
            buffer.setLength(0);
        }
    }
}
