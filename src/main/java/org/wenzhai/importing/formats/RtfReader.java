package org.wenzhai.importing.formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/**
 * Rich Text Format (.rtf, and the many .doc files that are RTF: old government sites' downloads,
 * Word's "save as RTF"). A small reader of the format's groups and control words: paragraphs
 * ({@code \par}), line breaks, page breaks, table rows as tab-separated lines, list numbers as Word
 * shows them ({@code \listtext}), field results, footnotes as 注N lines after their paragraph, and
 * heading hints from outline levels and the style sheet's heading styles. Text comes from
 * the Unicode control word (backslash-u and a number; its fallback skipped as the uc word says) and from {@code \'hh} bytes in the code page of
 * the font ({@code \fcharset134} GBK, 136 Big5…) or of the document ({@code \ansicpg936}). Fonts,
 * colours, styles' names, document info, pictures, objects, headers and footers and hidden text
 * are not text.
 */
public class RtfReader implements FormatReader {
    /** Destinations whose text is not the document's (Word writes dozens more under {@code \*}). */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst",
            "listtable", "listoverridetable", "revtbl", "rsidtbl", "xmlnstbl", "generator", "themedata",
            "colorschememapping", "latentstyles", "datastore", "filetbl", "pgdsctbl", "bkmkstart", "bkmkend",
            "nonshppict", "shpinst", "template", "xe", "tc", "background", "mmathPr", "wgrffmtfilter", "pn",
            "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "userprops", "docvar", "listpicture");
    private static final Pattern HEADING_NAME = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    private static final int MAX_DEPTH = 10_000;

    @Override
    public boolean supports(String extension) {
        return extension.equals("rtf");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        if (FileKind.sniff(file.bytes()) != FileKind.RTF) {
            // an .rtf that is really a Word file or a page: its own reader
            return switch (FileKind.sniff(file.bytes())) {
                case ZIP -> DocxReader.readDocx(file.bytes());
                case OLE2 -> DocReader.readOle2(file.bytes());
                case HTML -> new HtmlReader().read(file, options);
                default -> throw new ImportException(Messages.t("importing.format.rtf.damaged"));
            };
        }
        return read(file.bytes(), options.encoding());
    }

    /** The lines of RTF bytes; {@code encoding}, when the user gives one, decodes bytes the fonts do not name. */
    static RawText read(byte[] bytes, Charset encoding) throws ImportException {
        Parser p = new Parser(bytes, encoding);
        try {
            p.run();
        } catch (RuntimeException e) {
            throw new ImportException(Messages.t("importing.format.rtf.damaged"), e);
        }
        return new RawText(p.lines, p.documentCharset().name());
    }

    /** What a group inherits and may change. */
    private static final class State {
        boolean skip;
        boolean hidden;
        int uc = 1;
        Charset charset;
        String destination = "";
        boolean footnote;
        /** The group that opened a footnote: its end ends the note. */
        boolean footnoteRoot;
        boolean listText;
        /** Where the list number's text starts in the paragraph. */
        int listStart;
        /** Paragraph properties, which RTF keeps per group too. */
        Integer level;
        boolean inTable;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.hidden = hidden;
            s.uc = uc;
            s.charset = charset;
            s.destination = destination;
            s.footnote = footnote;
            s.listText = listText;
            s.listStart = listStart;
            s.level = level;
            s.inTable = inTable;
            return s;
        }
    }

    private static final class Parser {
        private final byte[] b;
        private final Charset userCharset;
        private int pos;
        private Charset ansi = Charset.forName("windows-1252");
        private boolean ansiNamed;
        private final Map<Integer, Charset> fontCharsets = new HashMap<>();
        private final Map<Integer, Integer> headingStyles = new HashMap<>();
        private int defaultFont = -1;
        final List<RawLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private Charset pendingCharset;
        private final List<String> cells = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private StringBuilder note;
        private boolean pageBreak;
        private boolean lineBroken;
        private int skipFallback;
        // the font or style group being read inside the font table or the style sheet
        private int groupFont = -1;
        private int groupStyle = -1;
        private final StringBuilder groupName = new StringBuilder();

        Parser(byte[] bytes, Charset userCharset) {
            this.b = bytes;
            this.userCharset = userCharset;
        }

        Charset documentCharset() {
            return userCharset != null ? userCharset : ansiNamed ? ansi : fontCharsets.values().stream()
                    .filter(c -> !c.name().equals("windows-1252")).findFirst().orElse(ansi);
        }

        void run() {
            Deque<State> stack = new ArrayDeque<>();
            State st = new State();
            while (pos < b.length) {
                int c = b[pos] & 0xFF;
                if (c == '{') {
                    pos++;
                    flushBytes(st);
                    stack.push(st);
                    if (stack.size() > MAX_DEPTH) {
                        throw new IllegalStateException("groups nested too deep");
                    }
                    st = st.copy();
                    if (pos + 1 < b.length && b[pos] == '\\' && b[pos + 1] == '*') {
                        // an optional destination: skipped unless it is one we read
                        pos += 2;
                        String word = peekWord();
                        if (!word.equals("listtext") && !word.equals("fldrslt")) {
                            st.skip = true;
                        }
                    }
                } else if (c == '}') {
                    pos++;
                    flushBytes(st);
                    endGroup(st);
                    if (stack.isEmpty()) {
                        break; // the document's closing brace; anything after it is not RTF
                    }
                    st = stack.pop();
                } else if (c == '\\') {
                    pos++;
                    control(st);
                } else if (c == '\r' || c == '\n') {
                    pos++;
                } else {
                    pos++;
                    textByte(st, c, false);
                }
            }
            flushBytes(st);
            endParagraph(st, true);
        }

        /**
         * A byte of text, written raw or escaped ({@code \\'hh}): a Unicode word's fallback is skipped,
         * a font's or style's name collected, and escaped and 8-bit bytes decoded together.
         */
        private void textByte(State st, int v, boolean escaped) {
            if (skipFallback > 0) {
                skipFallback--;
                return;
            }
            if (st.skip || st.hidden) {
                if (inTables(st)) {
                    tableText(st, v);
                }
                return;
            }
            // (an 8-bit byte written raw, as some writers do, goes with the escaped ones; so does a
            // double-byte character's second byte written as the ASCII it is, \\'a4@ for Big5's 一)
            boolean trail = pending.size() % 2 == 1 && v >= 0x40 && pendingCharset != null
                    && !pendingCharset.name().startsWith("windows-125");
            if (escaped || v >= 0x80 || trail) {
                pendingByte(st, v);
            } else {
                flushBytes(st);
                append(st, (char) v);
            }
        }

        private boolean inTables(State st) {
            return st.destination.equals("fonttbl") || st.destination.equals("stylesheet");
        }

        /** A font's or style's name in its table. */
        private void tableText(State st, int c) {
            if (c == ';') {
                if (st.destination.equals("stylesheet") && groupStyle >= 0) {
                    Matcher m = HEADING_NAME.matcher(groupName.toString().strip().toLowerCase(java.util.Locale.ROOT));
                    if (m.matches()) {
                        headingStyles.put(groupStyle, Integer.parseInt(m.group(1)));
                    }
                }
                groupName.setLength(0);
                groupStyle = -1;
            } else if (c < 0x80) {
                groupName.append((char) c);
            }
        }

        private String peekWord() {
            int p = pos;
            if (p < b.length && b[p] == '\\') {
                p++;
            }
            int start = p;
            while (p < b.length && Character.isLetter(b[p])) {
                p++;
            }
            return new String(b, start, p - start, StandardCharsets.US_ASCII);
        }

        private void control(State st) {
            if (pos >= b.length) {
                return;
            }
            int c = b[pos] & 0xFF;
            if (!Character.isLetter(c)) {
                pos++;
                switch (c) {
                    case '\'' -> {
                        int v = pos + 1 < b.length ? hex(b[pos], b[pos + 1]) : -1;
                        pos += 2;
                        if (v >= 0) {
                            textByte(st, v, true);
                        }
                    }
                    case '~' -> text(st, "\u00A0");
                    case '_' -> text(st, "-");
                    case '-' -> {
                        // an optional hyphen: nothing
                    }
                    case '{', '}', '\\' -> {
                        if (skipFallback > 0) {
                            skipFallback--;
                        } else {
                            text(st, String.valueOf((char) c));
                        }
                    }
                    case '\r', '\n' -> endParagraph(st, false);
                    case '*' -> st.skip = true;
                    default -> {
                        // other control symbols (\|, \:) carry no text
                    }
                }
                return;
            }
            int start = pos;
            while (pos < b.length && Character.isLetter(b[pos]) && pos - start < 32) {
                pos++;
            }
            String word = new String(b, start, pos - start, StandardCharsets.US_ASCII);
            Integer param = null;
            int sign = 1;
            if (pos < b.length && b[pos] == '-') {
                sign = -1;
                pos++;
            }
            int digits = pos;
            long value = 0;
            while (pos < b.length && Character.isDigit(b[pos]) && pos - digits < 10) {
                value = value * 10 + (b[pos] - '0');
                pos++;
            }
            if (pos > digits) {
                param = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sign * value));
            }
            if (pos < b.length && b[pos] == ' ') {
                pos++;
            }
            word(st, word, param);
        }

        private void word(State st, String word, Integer param) {
            if (st.destination.isEmpty() && SKIPPED.contains(word)) {
                flushBytes(st);
                st.destination = word;
                st.skip = true;
                return;
            }
            switch (word) {
                case "ansicpg" -> {
                    Charset cs = codePage(param);
                    if (cs != null) {
                        ansi = cs;
                        ansiNamed = true;
                    }
                }
                case "deff" -> defaultFont = param == null ? -1 : param;
                case "f" -> {
                    flushBytes(st);
                    if (st.destination.equals("fonttbl")) {
                        groupFont = param == null ? -1 : param;
                    } else if (param != null) {
                        st.charset = fontCharsets.get(param);
                    }
                }
                case "fcharset" -> {
                    if (st.destination.equals("fonttbl") && groupFont >= 0 && param != null) {
                        Charset cs = fontCharset(param);
                        if (cs != null) {
                            fontCharsets.put(groupFont, cs);
                        }
                    }
                }
                case "s" -> {
                    if (st.destination.equals("stylesheet")) {
                        groupStyle = param == null ? 0 : param;
                    } else if (!st.skip && param != null && headingStyles.containsKey(param)) {
                        st.level = headingStyles.get(param);
                    }
                }
                case "outlinelevel" -> {
                    if (!st.skip && param != null && param >= 0 && param < 9) {
                        st.level = param + 1;
                    }
                }
                case "pard" -> {
                    if (!st.skip) {
                        st.level = null;
                        st.inTable = false;
                    }
                }
                case "intbl" -> st.inTable = true;
                case "plain" -> st.hidden = false;
                case "v" -> st.hidden = param == null || param != 0;
                case "uc" -> st.uc = param == null ? 1 : Math.max(0, param);
                case "u" -> {
                    if (param != null) {
                        flushBytes(st);
                        int ch = param < 0 ? param + 65536 : param;
                        if (!st.skip && !st.hidden) {
                            append(st, (char) ch);
                        }
                        skipFallback = st.uc;
                    }
                }
                case "par", "sect" -> {
                    if (!st.skip) {
                        flushBytes(st);
                        if (st.footnote) {
                            note.append('\n');
                        } else {
                            endParagraph(st, false);
                        }
                    }
                }
                case "line" -> {
                    if (!st.skip && !st.footnote) {
                        flushBytes(st);
                        lineBroken = true;
                        endParagraph(st, false);
                    }
                }
                case "page" -> {
                    if (!st.skip) {
                        flushBytes(st);
                        endParagraph(st, false);
                        pageBreak = true;
                    }
                }
                case "tab" -> text(st, "\t");
                case "cell", "nestcell" -> {
                    if (!st.skip) {
                        flushBytes(st);
                        cells.add(text.toString().strip());
                        text.setLength(0);
                    }
                }
                case "row", "nestrow" -> {
                    if (!st.skip) {
                        flushBytes(st);
                        if (!text.toString().isBlank()) {
                            cells.add(text.toString().strip());
                        }
                        text.setLength(0);
                        String row = String.join("\t", cells);
                        cells.clear();
                        if (!row.isBlank()) {
                            lines.add(new RawLine(row, null, pageBreak, true));
                            pageBreak = false;
                        }
                        flushNotes();
                    }
                }
                case "footnote" -> {
                    flushBytes(st);
                    st.footnote = true;
                    st.footnoteRoot = true;
                    note = new StringBuilder();
                }
                case "listtext", "pntext" -> {
                    flushBytes(st);
                    st.listText = true;
                    st.listStart = text.length();
                }
                case "emdash" -> text(st, "—");
                case "endash" -> text(st, "–");
                case "lquote" -> text(st, "‘");
                case "rquote" -> text(st, "’");
                case "ldblquote" -> text(st, "“");
                case "rdblquote" -> text(st, "”");
                case "bullet" -> text(st, "•");
                case "bin" -> pos += param == null ? 0 : Math.max(0, Math.min(param, b.length - pos));
                default -> {
                    // formatting: no text
                }
            }
        }

        private void endGroup(State st) {
            if (st.destination.equals("fonttbl") || st.destination.equals("stylesheet")) {
                groupName.setLength(0);
            }
            if (st.footnoteRoot && note != null) {
                String n = note.toString().replaceAll("\\s*\n\\s*", " ").strip();
                if (!n.isEmpty()) {
                    notes.add(n);
                }
                note = null;
            }
            if (st.listText && st.listStart <= text.length()) {
                // a list number shown as Word shows it: 一、 without the spaces and tab around it
                // (a bullet of a symbol font, Wingdings' U+F06C, is no character a reader can show)
                String number = text.substring(st.listStart).replaceAll("[\uE000-\uF8FF]", "").strip();
                text.setLength(st.listStart);
                text.append(number);
            }
        }

        private void text(State st, String s) {
            flushBytes(st);
            if (skipFallback > 0) {
                skipFallback--;
                return;
            }
            if (!st.skip && !st.hidden) {
                for (int i = 0; i < s.length(); i++) {
                    append(st, s.charAt(i));
                }
            }
        }

        private void append(State st, char c) {
            if (st.footnote) {
                if (note != null) {
                    note.append(c);
                }
                return;
            }
            text.append(c);
        }

        private void pendingByte(State st, int v) {
            Charset cs = charsetOf(st);
            if (pendingCharset != null && !pendingCharset.equals(cs)) {
                flushBytes(st);
            }
            pendingCharset = cs;
            pending.write(v);
        }

        private Charset charsetOf(State st) {
            if (userCharset != null) {
                return userCharset;
            }
            if (st.charset != null) {
                return st.charset;
            }
            Charset def = fontCharsets.get(defaultFont);
            return def != null && !ansiNamed ? def : ansi;
        }

        private void flushBytes(State st) {
            if (pending.size() == 0) {
                return;
            }
            byte[] bytes = pending.toByteArray();
            String s = new String(bytes, wide(bytes, pendingCharset));
            pending.reset();
            pendingCharset = null;
            for (int i = 0; i < s.length(); i++) {
                append(st, s.charAt(i));
            }
        }

        /**
         * Bytes under a Western font of a Chinese document (Word selects the font of Chinese text
         * with {@code \\dbch\\afN}, which this reader does not follow) are the document's
         * double-byte code page when they decode cleanly in it, pair by pair.
         */
        private Charset wide(byte[] bytes, Charset charset) {
            if (userCharset != null || !charset.name().startsWith("windows-125") || bytes.length % 2 != 0) {
                return charset;
            }
            Charset dbcs = ansiNamed && !ansi.name().startsWith("windows-125") ? ansi : fontCharsets.values().stream()
                    .filter(c -> !c.name().startsWith("windows-125")).findFirst().orElse(null);
            if (dbcs == null) {
                return charset;
            }
            try {
                dbcs.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
                return dbcs;
            } catch (java.nio.charset.CharacterCodingException e) {
                return charset;
            }
        }

        private void endParagraph(State st, boolean last) {
            String t = text.toString().replace('\u00A0', ' ');
            text.setLength(0);
            if (st.inTable && !last) {
                // a paragraph inside a cell: the cell goes on
                text.append(t).append(' ');
                return;
            }
            if (!t.isBlank()) {
                lines.add(new RawLine(t.stripTrailing(), st.level, pageBreak, !lineBroken));
                pageBreak = false;
            }
            lineBroken = false;
            flushNotes();
        }

        private void flushNotes() {
            for (String n : notes) {
                lines.add(new RawLine("注" + (++noteNumber) + "：" + n, null, false, true));
            }
            notes.clear();
        }

        private int noteNumber;

        private static int hex(byte hi, byte lo) {
            int h = Character.digit(hi, 16);
            int l = Character.digit(lo, 16);
            return h < 0 || l < 0 ? -1 : h * 16 + l;
        }

        private static Charset codePage(Integer cp) {
            if (cp == null) {
                return null;
            }
            return switch (cp) {
                case 936 -> Charset.forName("GB18030");
                case 950 -> Charset.forName("Big5");
                case 932 -> Charset.forName("Shift_JIS");
                case 949 -> Charset.forName("x-windows-949");
                case 65001 -> StandardCharsets.UTF_8;
                default -> {
                    try {
                        yield Charset.forName("windows-" + cp);
                    } catch (IllegalArgumentException e) {
                        yield null;
                    }
                }
            };
        }

        private static Charset fontCharset(int fcharset) {
            return switch (fcharset) {
                case 134 -> Charset.forName("GB18030");
                case 136 -> Charset.forName("Big5");
                case 128 -> Charset.forName("Shift_JIS");
                case 129 -> Charset.forName("x-windows-949");
                case 0 -> Charset.forName("windows-1252");
                default -> null;
            };
        }
    }
}
