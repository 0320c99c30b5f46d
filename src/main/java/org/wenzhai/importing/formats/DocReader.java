package org.wenzhai.importing.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/**
 * Word 97–2003 .doc, and WPS Office's .wps (the same binary format) (Apache POI HWPF): paragraphs, heading hints from the style names and outline
 * levels, table rows as tab-separated lines, page breaks. Files named .doc that are really .docx, RTF,
 * HTML or a page saved as one file (.mht) or plain text are read by the right reader; encrypted files
 * are refused with a reason. Word 6/95 files give their text without hints.
 * (Automatic list numbers of .doc files are not reproduced.)
 */
public class DocReader implements FormatReader {
    private static final Pattern HEADING_NAME = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");

    @Override
    public boolean supports(String extension) {
        return extension.equals("doc") || extension.equals("dot") || extension.equals("wps") || extension.equals("wpt");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        if (!file.format().equals("wps") && !file.format().equals("wpt")) {
            return readDoc(file, options);
        }
        // WPS Office's own .wps is Word's binary format in the same container; the files of the
        // WPS of the 1990s are not, and get a way out rather than "damaged"
        try {
            return readDoc(file, options);
        } catch (ImportException e) {
            if (e.getMessage().equals(Messages.t("importing.format.doc.damaged"))
                    || e.getMessage().equals(Messages.t("importing.format.docx.notWord"))) {
                throw new ImportException(Messages.t("importing.format.wps.unreadable"), e);
            }
            throw e;
        }
    }

    private RawText readDoc(SourceFile file, ImportOptions options) throws ImportException {
        return switch (FileKind.sniff(file.bytes())) {
            case OLE2 -> readOle2(file.bytes());
            case ZIP -> DocxReader.readDocx(file.bytes());
            case HTML -> new HtmlReader().read(file, options);
            case MHT -> new MhtReader().read(file, options);
            case RTF -> RtfReader.read(file.bytes(), options.encoding());
            case PDF -> throw new ImportException(Messages.t("importing.format.doc.damaged"));
            default -> readAsText(file, options);
        };
    }

    private static RawText readAsText(SourceFile file, ImportOptions options) throws ImportException {
        try {
            return new TxtReader().read(file, options);
        } catch (ImportException e) {
            throw new ImportException(Messages.t("importing.format.doc.damaged"), e);
        }
    }

    static RawText readOle2(byte[] bytes) throws ImportException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Messages.t("importing.format.doc.damaged"), e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new ImportException(Messages.t("importing.format.doc.encrypted"));
            }
            if (!root.hasEntry("WordDocument")) {
                throw new ImportException(Messages.t("importing.format.docx.notWord"));
            }
            try {
                return new RawText(lines(new HWPFDocument(root)), null);
            } catch (OldWordFileFormatException e) {
                return word6(root);
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportException(Messages.t("importing.format.doc.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Messages.t("importing.format.doc.damaged"), e);
        }
    }

    private static RawText word6(DirectoryNode root) throws IOException {
        List<RawLine> lines = new ArrayList<>();
        try (Word6Extractor extractor = new Word6Extractor(root)) {
            for (String l : extractor.getText().split("[\r\n]+")) {
                String t = clean(l).strip();
                if (!t.isEmpty()) {
                    lines.add(new RawLine(t, null, false, true));
                }
            }
        }
        return new RawText(lines, null);
    }

    private static List<RawLine> lines(HWPFDocument doc) {
        Range range = doc.getRange();
        StyleSheet styles = doc.getStyleSheet();
        List<RawLine> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean pendingPageBreak = false;
        NoteLines notes = new NoteLines(doc);
        DocNumbering numbering = new DocNumbering();
        int n = range.numParagraphs();
        Fields fields = new Fields();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            String raw = fields.results(p.text());
            if (p.isInTable()) {
                if (p.isTableRowEnd()) {
                    String r = String.join("\t", cells);
                    cells.clear();
                    if (!r.isBlank()) {
                        lines.add(new RawLine(r, null, pendingPageBreak, true));
                        pendingPageBreak = false;
                    }
                    continue;
                }
                String piece = clean(raw.replace('\u000B', ' ')).strip();
                if (!piece.isEmpty()) {
                    if (cell.length() > 0) {
                        cell.append(' ');
                    }
                    cell.append(piece.replace('\t', ' '));
                }
                if (raw.indexOf('\u0007') >= 0) {
                    if (cell.length() > 0) {
                        cells.add(cell.toString());
                    }
                    cell.setLength(0);
                }
                continue;
            }
            if (p.pageBreakBefore()) {
                // Word's "page break before" paragraph property, as LibreOffice writes it
                pendingPageBreak = true;
            }
            Integer level = headingLevel(p, styles);
            // manual line breaks (\u000B) and page breaks (\u000C) inside the paragraph: the segments,
            // each with whether a page break comes before it; those a manual break split inside a
            // sentence are joined again, as in .docx
            List<String> segments = new ArrayList<>();
            List<Boolean> breaks = new ArrayList<>();
            boolean pageBefore = pendingPageBreak;
            int start = 0;
            for (int k = 0; k <= raw.length(); k++) {
                char c = k < raw.length() ? raw.charAt(k) : '\r';
                if (c == '\u000B' || c == '\u000C' || c == '\r' || c == '\n') {
                    String t = clean(raw.substring(start, k)).strip();
                    if (!t.isEmpty()) {
                        segments.add(t);
                        breaks.add(pageBefore);
                        pageBefore = false;
                    }
                    if (c == '\u000C') {
                        pageBefore = true;
                    }
                    start = k + 1;
                }
            }
            ManualBreaks.join(segments, breaks, level != null);
            // the automatic number in front of the first line, as Word shows it
            String label = numbering.label(p);
            if (label != null && !segments.isEmpty()) {
                segments.set(0, label + segments.get(0));
            }
            for (int k = 0; k < segments.size(); k++) {
                lines.add(new RawLine(segments.get(k), level, breaks.get(k), true));
            }
            pendingPageBreak = pageBefore;
            notes.after(p, lines);
        }
        return lines;
    }

    /**
     * Footnotes and endnotes, each as a line 注N：… after the paragraph that refers to it, as the
     * .docx reader gives them (the reference mark in the text is Word's number, not text).
     */
    private static final class NoteLines {
        private record Note(int anchor, String text) {
        }

        private final List<Note> notes = new ArrayList<>();
        private int next;

        NoteLines(HWPFDocument doc) {
            add(doc, doc.getFootnotes(), doc.getFootnoteRange());
            add(doc, doc.getEndnotes(), doc.getEndnoteRange());
            notes.sort(java.util.Comparator.comparingInt(Note::anchor));
        }

        private void add(HWPFDocument doc, org.apache.poi.hwpf.usermodel.Notes found, Range range) {
            try {
                for (int i = 0; i < found.getNotesCount(); i++) {
                    int from = range.getStartOffset() + found.getNoteTextStartOffset(i);
                    int to = range.getStartOffset() + found.getNoteTextEndOffset(i);
                    String text = clean(new Fields().results(new Range(from, to, doc).text())
                            .replace('\r', ' ').replace('\u000B', ' ').replace('\u0002', ' ')).strip();
                    if (!text.isEmpty()) {
                        notes.add(new Note(found.getNoteAnchorPosition(i), text));
                    }
                }
            } catch (RuntimeException e) {
                // notes that cannot be read leave the text as it is
            }
        }

        /** Adds the notes anchored in paragraph {@code p} (and any before it not yet given). */
        void after(Paragraph p, List<RawLine> lines) {
            while (next < notes.size() && notes.get(next).anchor() < p.getEndOffset()) {
                lines.add(new RawLine("注" + (next + 1) + "：" + notes.get(next).text(), null, false, true));
                next++;
            }
        }
    }

    private static Integer headingLevel(Paragraph p, StyleSheet styles) {
        try {
            StyleDescription sd = styles.getStyleDescription(p.getStyleIndex());
            if (sd != null && sd.getName() != null) {
                Matcher m = HEADING_NAME.matcher(sd.getName().strip().toLowerCase(Locale.ROOT));
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (RuntimeException e) {
            // a damaged style sheet gives no hint
        }
        int lvl = p.getLvl();
        return lvl >= 0 && lvl < 9 ? lvl + 1 : null;
    }

    /** Word's control characters out: pictures, footnote marks, cell marks, optional hyphens. */
    /**
     * A field is {@code \u0013 code \u0014 result \u0015} (or {@code \u0013 code \u0015}); fields nest,
     * and a field's result may go on over many paragraphs: a table of contents holds a HYPERLINK
     * and a PAGEREF field in each entry. POI's {@code Range.stripFields} sees one paragraph and
     * left the entries' codes in the text ({@code HYPERLINK \l "_Toc…"}). This keeps every result,
     * following the fields from paragraph to paragraph; a code still open at a paragraph's end
     * (codes never hold a paragraph mark) is closed there, so no text after it can be lost.
     */
    static final class Fields {
        /** The open fields, innermost last: true once in its result. */
        private final java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        /** Open fields still in their code. */
        private int inCode;

        String results(String paragraph) {
            if (open.isEmpty() && paragraph.indexOf('\u0013') < 0) {
                return paragraph;
            }
            StringBuilder out = new StringBuilder(paragraph.length());
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (c == '\u0013') {
                    open.addLast(false);
                    inCode++;
                } else if (c == '\u0014') {
                    if (!open.isEmpty() && !open.peekLast()) {
                        open.removeLast();
                        open.addLast(true);
                        inCode--;
                    }
                } else if (c == '\u0015') {
                    if (!open.isEmpty() && !open.removeLast()) {
                        inCode--;
                    }
                } else {
                    if (inCode > 0 && (c == '\r' || c == '\u0007')) {
                        closeCodes();
                    }
                    if (inCode == 0) {
                        out.append(c);
                    }
                }
            }
            closeCodes();
            return out.toString();
        }

        /** Drops the fields still in their code: a code cut off by a paragraph's (or cell's) end. */
        private void closeCodes() {
            if (inCode > 0) {
                open.removeIf(inResult -> !inResult);
                inCode = 0;
            }
        }
    }

    private static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = c < 0x20 && c != '\t';
            if (drop || c == '\u001E') {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                if (c == '\u001E') {
                    sb.append('-');
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
