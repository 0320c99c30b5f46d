package org.wenzhai.importing.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/**
 * Word .docx (Apache POI XWPF). Each paragraph is a line that ends a paragraph (a manual line break
 * starts another); Word heading styles (Heading 1…, 标题 1…, Chinese Word's style ids "1", "2"…)
 * and outline levels give heading hints; the text of automatic list numbering is put in front of
 * the paragraph (一、 1. （一）…); table rows become tab-separated lines, single-column layout tables
 * are read as the paragraphs they hold; page and section breaks mark the next line. A footnote's or
 * endnote's text follows the paragraph that refers to it, as a paragraph of its own marked
 * 注1：… (the reference mark in the text is Word's number, not text). The body is read from its
 * XML, not POI's body elements: content controls, custom XML and alternate content are looked
 * through, and a text box's paragraphs follow the paragraph it is anchored in.
 *
 * <p>Zip bombs are refused while unzipping: an entry that expands more than 100 times its
 * compressed size, or beyond {@value #MAX_ENTRY_BYTES} bytes, stops the read at once.
 */
public class DocxReader implements FormatReader {
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** A table's or figure's caption (表1 …, 附表2 …): bold, short, and not a heading. */
    private static final Pattern CAPTION = Pattern.compile("^(?:附?表|附?图)\\s*[0-9一二三四五六七八九十]");

    /**
     * Whether a paragraph set apart by emphasis alone (bold from end to end) has the shape of a heading
     * without a number: short, no sentence or clause at its end, no table's or figure's caption.
     */
    static boolean headingShaped(String t) {
        return t.length() >= 2 && t.length() <= EMPHASIS_MAX_CHARS && "。！？；：，,;:!?".indexOf(t.charAt(t.length() - 1)) < 0
                && !CAPTION.matcher(t).find();
    }
    /** The longest bold paragraph taken for a heading without a number. */
    static final int EMPHASIS_MAX_CHARS = 30;
    private static final Pattern HEADING_NAME = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public boolean supports(String extension) {
        return extension.equals("docx") || extension.equals("docm") || extension.equals("dotx");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        return switch (FileKind.sniff(file.bytes())) {
            case ZIP -> readDocx(file.bytes());
            case OLE2 -> DocReader.readOle2(file.bytes());
            case HTML -> new HtmlReader().read(file, options);
            case MHT -> new MhtReader().read(file, options);
            case RTF -> RtfReader.read(file.bytes(), options.encoding());
            default -> throw new ImportException(Messages.t("importing.format.docx.damaged"));
        };
    }

    static RawText readDocx(byte[] bytes) throws ImportException {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
        try (doc) {
            return new RawText(new Walker(doc).lines(), null);
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    static ImportException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max size of the expanded data") || m.contains("exceed the max")) {
                return new ImportException(Messages.t("importing.format.docx.zipBomb"), e);
            }
        }
        return new ImportException(Messages.t("importing.format.docx.damaged"), e);
    }

    /**
     * Walks the body's XML in order, iteratively (tables inside tables, content controls and text
     * boxes included).
     */
    private static final class Walker {
        private static final QName TXBX_CONTENT = new QName(WordXml.W, "txbxContent");
        private static final QName FOOTNOTE_REF = new QName(WordXml.W, "footnoteReference");
        private static final QName ENDNOTE_REF = new QName(WordXml.W, "endnoteReference");
        private static final QName RUN = new QName(WordXml.W, "r");
        private static final QName SDT = new QName(WordXml.W, "sdt");

        private final XWPFStyles styles;
        private final WordNumbering numbering;
        private final List<RawLine> lines = new ArrayList<>();
        /** Per line: a body paragraph of one line (no heading, number or manual break), and whether its first line is indented. */
        private final List<Boolean> plainParagraph = new ArrayList<>();
        private final List<Boolean> indentedFirstLine = new ArrayList<>();
        private boolean currentPlain;
        private boolean currentIndented;
        private boolean pendingPageBreak;
        private final XWPFDocument doc;
        private int notes;
        /** Notes referred to from a title or a byline, held until the text under them begins. */
        private final List<String> heldNotes = new ArrayList<>();

        Walker(XWPFDocument doc) {
            this.doc = doc;
            this.styles = doc.getStyles();
            this.numbering = new WordNumbering(doc.getNumbering(), doc.getStyles());
        }

        /** Block elements (w:p, w:tbl) still to walk, and whether a section ends after the last of them. */
        private record Frame(Iterator<XmlObject> blocks, boolean sectionBreakAfter) {
        }

        List<RawLine> lines() {
            Deque<Frame> stack = new ArrayDeque<>();
            XmlObject body = doc.getDocument().getBody();
            if (body != null) {
                stack.push(new Frame(blocks(body).iterator(), false));
            }
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (!frame.blocks().hasNext()) {
                    stack.pop();
                    if (frame.sectionBreakAfter()) {
                        pendingPageBreak = true;
                    }
                    continue;
                }
                XmlObject e = frame.blocks().next();
                if (isW(e, "p")) {
                    boolean sectionBreak = paragraph(e);
                    // a text box's paragraphs follow the paragraph they are anchored in, before the
                    // section ends
                    List<XmlObject> boxes = textBoxBlocks(e);
                    if (!boxes.isEmpty()) {
                        stack.push(new Frame(boxes.iterator(), sectionBreak));
                    } else if (sectionBreak) {
                        pendingPageBreak = true;
                    }
                } else if (isW(e, "tbl")) {
                    List<XmlObject> inner = table(e);
                    if (inner != null) {
                        stack.push(new Frame(inner.iterator(), false));
                    }
                }
            }
            releaseNotes();
            return DisplayLines.unwrap(lines, plainParagraph, indentedFirstLine);
        }

        private void releaseNotes() {
            for (String n : heldNotes) {
                add(n, null, true);
            }
            heldNotes.clear();
        }

        /** Reads a paragraph (w:p); true when a section that starts a new page ends with it. */
        private boolean paragraph(XmlObject p) {
            XmlObject pPr = WordXml.child(p, "pPr");
            if (WordXml.childOn(pPr, "pageBreakBefore")) {
                pendingPageBreak = true;
            }
            List<String> segments = new ArrayList<>();
            List<Boolean> breaks = new ArrayList<>();
            text(p, segments, breaks);
            String styleId = WordXml.childVal(pPr, "pStyle");
            Integer level = headingLevel(pPr, styleId);
            String label = deletedWhole(pPr, segments) ? null : numberLabel(pPr, styleId);
            if (level == null && label == null && segments.size() == 1 && emphasised(p, pPr, segments.get(0))) {
                level = RawLine.EMPHASIS;
            }
            ManualBreaks.join(segments, breaks, level != null);
            currentPlain = level == null && label == null && segments.size() == 1;
            currentIndented = currentPlain && (indentedFirstLine(pPr) || (!segments.get(0).isEmpty()
                    && Character.isWhitespace(segments.get(0).charAt(0))));
            boolean first = true;
            for (int i = 0; i < segments.size(); i++) {
                if (breaks.get(i)) {
                    pendingPageBreak = true;
                }
                String s = segments.get(i);
                if (first && label != null && !s.isBlank()) {
                    s = label + s.stripLeading();
                }
                if (!s.isBlank()) {
                    first = false;
                }
                // a manual line break (w:br) ends a line, not the paragraph: a line broken there
                // mid-sentence goes on in the next, as in a hard-wrapped text (reflow decides);
                // a page break ends the paragraph
                boolean lastSegment = i + 1 == segments.size() || breaks.get(i + 1);
                add(s, level, lastSegment || level != null);
            }
            currentPlain = false;
            currentIndented = false;
            // a note on a title (标题¹) would stand between the title and its unit: it waits for the
            // first sentence of the text
            String whole = String.join("", segments).strip();
            boolean sentence = !whole.isEmpty() && "。！？；…”".indexOf(whole.charAt(whole.length() - 1)) >= 0;
            boolean hold = level != null || (!whole.isEmpty() && !sentence && whole.length() <= 40);
            List<String> own = notes(p);
            if (hold) {
                heldNotes.addAll(own);
            } else {
                // held notes were referred to, and numbered, before this paragraph's own
                if (sentence) {
                    releaseNotes();
                }
                for (String note : own) {
                    add(note, null, true);
                }
            }
            XmlObject sectPr = WordXml.child(pPr, "sectPr");
            if (sectPr != null) {
                String type = WordXml.childVal(sectPr, "type");
                return type == null || !type.equals("continuous");
            }
            return false;
        }

        /**
         * The text of the footnotes and endnotes a paragraph refers to (not those in its text boxes,
         * which are paragraphs of their own), each as a line 注1：….
         */
        private List<String> notes(XmlObject p) {
            List<String> found = new ArrayList<>();
            for (XmlObject ref : inParagraph(p, FOOTNOTE_REF, ENDNOTE_REF)) {
                boolean footnote = isW(ref, "footnoteReference");
                XWPFAbstractFootnoteEndnote note;
                try {
                    int n = Integer.parseInt(WordXml.attr(ref, "id"));
                    note = footnote ? doc.getFootnoteByID(n) : doc.getEndnoteByID(n);
                } catch (NumberFormatException | NullPointerException e) {
                    // a reference without a readable note: nothing to add
                    continue;
                }
                if (note == null) {
                    continue;
                }
                List<XmlObject> paragraphs = new ArrayList<>();
                for (XWPFParagraph np : note.getParagraphs()) {
                    paragraphs.add(np.getCTP());
                }
                String text = joined(paragraphs);
                if (!text.isEmpty()) {
                    found.add("注" + (++notes) + "：" + text);
                }
            }
            return found;
        }

        /** A short paragraph, not a sentence, whose every run of text is bold: a heading without a number. */
        private static boolean emphasised(XmlObject p, XmlObject pPr, String text) {
            if (!headingShaped(text.strip())) {
                return false;
            }
            // centred bold lines are titles, letterheads and captions, not section headings
            String align = WordXml.childVal(pPr, "jc");
            if ("center".equals(align) || "right".equals(align) || "end".equals(align)) {
                return false;
            }
            boolean any = false;
            for (XmlObject r : inParagraph(p, RUN)) {
                List<String> runText = new ArrayList<>();
                text(r, runText, new ArrayList<>());
                if (String.join("", runText).isBlank()) {
                    continue;
                }
                if (!WordXml.childOn(WordXml.child(r, "rPr"), "b")) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        private void add(String text, Integer level, boolean paragraphEnd) {
            String t = text.strip();
            if (t.isEmpty()) {
                return;
            }
            lines.add(new RawLine(t, level, pendingPageBreak, paragraphEnd));
            plainParagraph.add(currentPlain);
            indentedFirstLine.add(currentIndented);
            pendingPageBreak = false;
        }

        /**
         * A paragraph deleted with tracked changes, its mark and all its text: Word's final view has
         * no such paragraph, and it takes no number in its list.
         */
        private static boolean deletedWhole(XmlObject pPr, List<String> segments) {
            XmlObject mark = WordXml.child(pPr, "rPr");
            if (!WordXml.hasChild(mark, "del") && !WordXml.hasChild(mark, "moveFrom")) {
                return false;
            }
            for (String s : segments) {
                if (!s.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** A first-line indent in the paragraph's own properties ({@code w:ind w:firstLine} or {@code w:firstLineChars}). */
        private static boolean indentedFirstLine(XmlObject pPr) {
            XmlObject ind = WordXml.child(pPr, "ind");
            if (ind == null) {
                return false;
            }
            Integer twips = WordXml.intAttr(ind, "firstLine");
            Integer chars = WordXml.intAttr(ind, "firstLineChars");
            return (twips != null && twips > 0) || (chars != null && chars > 0);
        }

        /** A row per line, or the cells' own blocks when the table is a one-column layout frame. */
        private List<XmlObject> table(XmlObject t) {
            List<List<XmlObject>> rows = new ArrayList<>();
            boolean oneColumn = true;
            for (XmlObject row : rows(t)) {
                List<XmlObject> cells = children(row, "tc");
                rows.add(cells);
                oneColumn &= cells.size() <= 1;
            }
            if (oneColumn) {
                List<XmlObject> inner = new ArrayList<>();
                for (List<XmlObject> cells : rows) {
                    for (XmlObject cell : cells) {
                        inner.addAll(blocks(cell));
                    }
                }
                return inner;
            }
            for (List<XmlObject> cells : rows) {
                StringBuilder sb = new StringBuilder();
                List<String> rowNotes = new ArrayList<>();
                for (XmlObject cell : cells) {
                    String c = cellText(cell, rowNotes);
                    if (c.isEmpty()) {
                        continue;
                    }
                    if (sb.length() > 0) {
                        sb.append('\t');
                    }
                    sb.append(c);
                }
                add(sb.toString(), null, true);
                // a note referred to from a cell follows its row
                for (String note : rowNotes) {
                    add(note, null, true);
                }
            }
            return null;
        }

        /** A table's rows, but for those deleted with tracked changes ({@code w:trPr/w:del}), which Word's final view drops. */
        private static List<XmlObject> rows(XmlObject table) {
            List<XmlObject> rows = new ArrayList<>();
            for (XmlObject row : children(table, "tr")) {
                if (!WordXml.hasChild(WordXml.child(row, "trPr"), "del")) {
                    rows.add(row);
                }
            }
            return rows;
        }

        /**
         * A cell's paragraphs as one line, set apart by spaces, each after its list number (a 序号
         * column numbered by Word shows the number alone); the numbers count on as in the body. A
         * table inside the cell and the cell's text boxes add their text to it; the notes its
         * paragraphs refer to go to {@code notesOut}.
         */
        private String cellText(XmlObject cell, List<String> notesOut) {
            StringBuilder sb = new StringBuilder();
            Deque<Iterator<XmlObject>> stack = new ArrayDeque<>();
            stack.push(blocks(cell).iterator());
            while (!stack.isEmpty()) {
                Iterator<XmlObject> it = stack.peek();
                if (!it.hasNext()) {
                    stack.pop();
                    continue;
                }
                XmlObject b = it.next();
                if (isW(b, "tbl")) {
                    List<XmlObject> inner = new ArrayList<>();
                    for (XmlObject row : rows(b)) {
                        for (XmlObject c : children(row, "tc")) {
                            inner.addAll(blocks(c));
                        }
                    }
                    stack.push(inner.iterator());
                    continue;
                }
                XmlObject pPr = WordXml.child(b, "pPr");
                String text = joined(List.of(b));
                String label = deletedWhole(pPr, List.of(text)) ? null : numberLabel(pPr, WordXml.childVal(pPr, "pStyle"));
                if (label != null) {
                    text = text.isEmpty() ? label.strip() : label + text;
                }
                if (!text.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(text);
                }
                notesOut.addAll(notes(b));
                List<XmlObject> boxes = textBoxBlocks(b);
                if (!boxes.isEmpty()) {
                    stack.push(boxes.iterator());
                }
            }
            return sb.toString().replace('\t', ' ');
        }

        /** The visible text of some paragraphs (a table cell, a footnote) as one line, parts set apart by a space. */
        private static String joined(List<XmlObject> paragraphs) {
            StringBuilder sb = new StringBuilder();
            for (XmlObject p : paragraphs) {
                List<String> segments = new ArrayList<>();
                text(p, segments, new ArrayList<>());
                for (String s : segments) {
                    String t = s.strip();
                    if (!t.isEmpty()) {
                        sb.append(sb.length() == 0 ? "" : " ").append(t);
                    }
                }
            }
            return sb.toString();
        }

        /** The paragraphs and tables of the text boxes anchored in a paragraph, in order. */
        private static List<XmlObject> textBoxBlocks(XmlObject p) {
            List<XmlObject> found = new ArrayList<>();
            for (XmlObject box : inParagraph(p, TXBX_CONTENT)) {
                found.addAll(blocks(box));
            }
            return found;
        }

        /** The paragraphs and tables of a body, cell, text box or content control, in order. */
        private static List<XmlObject> blocks(XmlObject container) {
            return children(container, "p", "tbl");
        }

        /**
         * The children of an element named {@code names} (in the WordprocessingML namespace), in
         * order, looking through the wrappers around them: content controls ({@code w:sdt}),
         * custom XML and the {@code mc:Choice} of alternate content (never its {@code mc:Fallback}
         * copy).
         */
        private static List<XmlObject> children(XmlObject parent, String... names) {
            List<String> wanted = List.of(names);
            List<XmlObject> found = new ArrayList<>();
            Deque<Iterator<XmlObject>> stack = new ArrayDeque<>();
            stack.push(elements(parent).iterator());
            while (!stack.isEmpty()) {
                Iterator<XmlObject> it = stack.peek();
                if (!it.hasNext()) {
                    stack.pop();
                    continue;
                }
                XmlObject e = it.next();
                QName q = name(e);
                if (WordXml.W.equals(q.getNamespaceURI())) {
                    String local = q.getLocalPart();
                    if (wanted.contains(local)) {
                        found.add(e);
                    } else if ((local.equals("sdt") && !placeholder(e)) || local.equals("sdtContent") || local.equals("customXml")) {
                        stack.push(elements(e).iterator());
                    }
                } else if (MC.equals(q.getNamespaceURI()) && q.getLocalPart().equals("AlternateContent")) {
                    for (XmlObject choice : elements(e)) {
                        if (name(choice).equals(new QName(MC, "Choice"))) {
                            stack.push(elements(choice).iterator());
                            break;
                        }
                    }
                }
            }
            return found;
        }

        private static List<XmlObject> elements(XmlObject parent) {
            List<XmlObject> out = new ArrayList<>();
            try (XmlCursor c = parent.newCursor()) {
                if (c.toFirstChild()) {
                    do {
                        out.add(c.getObject());
                    } while (c.toNextSibling());
                }
            }
            return out;
        }

        private static QName name(XmlObject e) {
            try (XmlCursor c = e.newCursor()) {
                return c.getName();
            }
        }

        private static boolean isW(XmlObject e, String local) {
            return name(e).equals(new QName(WordXml.W, local));
        }

        /**
         * The elements named {@code names} inside a paragraph, in order, not looking into them, into
         * text boxes (their paragraphs are read on their own), {@code mc:Fallback} copies, or
         * deleted text.
         */
        private static List<XmlObject> inParagraph(XmlObject p, QName... names) {
            List<QName> wanted = List.of(names);
            List<XmlObject> found = new ArrayList<>();
            try (XmlCursor c = p.newCursor()) {
                if (!c.toFirstChild()) {
                    return found;
                }
                int depth = 1;
                while (depth > 0) {
                    QName q = c.getName();
                    boolean descend = true;
                    if (wanted.contains(q)) {
                        found.add(c.getObject());
                        descend = false;
                    } else if (q.equals(TXBX_CONTENT) || (MC.equals(q.getNamespaceURI()) && q.getLocalPart().equals("Fallback"))
                            || (WordXml.W.equals(q.getNamespaceURI()) && deleted(q.getLocalPart()))
                            || (q.equals(SDT) && placeholder(c.getObject()))) {
                        descend = false;
                    }
                    if (descend && c.toFirstChild()) {
                        depth++;
                        continue;
                    }
                    while (depth > 0 && !c.toNextSibling()) {
                        c.toParent();
                        depth--;
                    }
                }
            }
            return found;
        }

        /**
         * A content control showing its placeholder (单击或点击此处输入文字。): the form's prompt, not
         * text of the document.
         */
        private static boolean placeholder(XmlObject sdt) {
            return WordXml.childOn(WordXml.child(sdt, "sdtPr"), "showingPlcHdr");
        }

        /** Tracked deletions: text Word's final view leaves out. */
        private static boolean deleted(String local) {
            return local.equals("del") || local.equals("moveFrom");
        }

        private Integer headingLevel(XmlObject pPr, String styleId) {
            Integer outline = WordXml.childInt(pPr, "outlineLvl");
            if (outline != null) {
                return outline >= 0 && outline < 9 ? outline + 1 : null;
            }
            String id = styleId;
            for (int hop = 0; id != null && hop < 10; hop++) {
                XWPFStyle style = styles == null ? null : styles.getStyle(id);
                if (style == null) {
                    return id.length() == 1 && id.charAt(0) >= '1' && id.charAt(0) <= '9' ? id.charAt(0) - '0' : null;
                }
                String name = style.getName();
                if (name != null) {
                    Matcher m = HEADING_NAME.matcher(name.strip().toLowerCase(Locale.ROOT));
                    if (m.matches()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
                Integer styleOutline = WordXml.childInt(WordXml.child(style.getCTStyle(), "pPr"), "outlineLvl");
                if (styleOutline != null) {
                    return styleOutline >= 0 && styleOutline < 9 ? styleOutline + 1 : null;
                }
                id = style.getBasisStyleID();
            }
            return null;
        }

        private String numberLabel(XmlObject pPr, String styleId) {
            XmlObject numPr = WordXml.child(pPr, "numPr");
            String numId = WordXml.childVal(numPr, "numId");
            Integer ilvl = WordXml.childInt(numPr, "ilvl");
            if (numId == null) {
                // numbering linked to the paragraph's style (headings numbered by a multilevel list)
                String id = styleId;
                for (int hop = 0; id != null && hop < 10 && numId == null; hop++) {
                    XWPFStyle style = styles == null ? null : styles.getStyle(id);
                    if (style == null) {
                        break;
                    }
                    XmlObject styleNumPr = WordXml.child(WordXml.child(style.getCTStyle(), "pPr"), "numPr");
                    numId = WordXml.childVal(styleNumPr, "numId");
                    if (ilvl == null) {
                        ilvl = WordXml.childInt(styleNumPr, "ilvl");
                    }
                    id = style.getBasisStyleID();
                }
                if (numId != null && ilvl == null) {
                    ilvl = numbering.levelForStyle(numId, styleId);
                }
            }
            if (numId == null) {
                return null;
            }
            return numbering.next(numId, ilvl == null ? 0 : ilvl);
        }

        /**
         * The paragraph's visible text in document order, split at manual line breaks; {@code breaks}
         * tells which segment starts after a page break.
         */
        private static void text(XmlObject ctp, List<String> segments, List<Boolean> breaks) {
            StringBuilder sb = new StringBuilder();
            boolean pageBreak = false;
            try (XmlCursor c = ctp.newCursor()) {
                int depth = 0;
                do {
                    XmlCursor.TokenType token = c.currentTokenType();
                    if (token.isStart()) {
                        QName q = c.getName();
                        String ns = q.getNamespaceURI();
                        String local = q.getLocalPart();
                        if (depth > 0 && (skipped(ns, local) || (q.equals(SDT) && placeholder(c.getObject())))) {
                            c.toEndToken();
                            continue;
                        }
                        if (WordXml.W.equals(ns)) {
                            switch (local) {
                                case "t" -> {
                                    sb.append(c.getTextValue());
                                    c.toEndToken();
                                    continue;
                                }
                                case "tab", "ptab" -> sb.append('\t');
                                case "noBreakHyphen" -> sb.append('-');
                                case "sym" -> {
                                    String ch = c.getAttributeText(new QName(WordXml.W, "char"));
                                    appendSymbol(sb, ch);
                                }
                                case "br", "cr" -> {
                                    String type = c.getAttributeText(new QName(WordXml.W, "type"));
                                    segments.add(sb.toString());
                                    breaks.add(pageBreak);
                                    sb.setLength(0);
                                    pageBreak = "page".equals(type);
                                }
                                default -> {
                                }
                            }
                        }
                        depth++;
                    } else if (token.isEnd()) {
                        depth--;
                        if (depth <= 0) {
                            break;
                        }
                    }
                } while (c.toNextToken() != XmlCursor.TokenType.NONE);
            }
            segments.add(sb.toString());
            breaks.add(pageBreak);
        }

        private static boolean skipped(String ns, String local) {
            if (MC.equals(ns)) {
                return local.equals("Fallback");
            }
            if (!WordXml.W.equals(ns)) {
                return false;
            }
            return switch (local) {
                case "pPr", "rPr", "delText", "instrText", "drawing", "pict", "object", "moveFrom", "del",
                     "sdtPr", "footnoteReference", "endnoteReference", "commentReference" -> true;
                default -> false;
            };
        }

        private static void appendSymbol(StringBuilder sb, String hex) {
            if (hex == null) {
                return;
            }
            try {
                int cp = Integer.parseInt(hex, 16);
                // Symbol-font characters are mapped to the private use area (F0xx): no meaning as text
                if (cp >= 0x20 && !(cp >= 0xF000 && cp <= 0xF0FF)) {
                    sb.appendCodePoint(cp);
                }
            } catch (NumberFormatException e) {
                // not a character
            }
        }
    }
}
