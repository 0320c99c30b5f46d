package org.wenzhai.importing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.decode.DecodedText;
import org.wenzhai.importing.decode.TextDecoder;

/**
 * Markdown as a writer sees it rendered: {@code #} headings (and underlined ones) become heading
 * hints, emphasis, links, images and inline code lose their syntax, list bullets and quote markers
 * go, ordered-list numbers stay as written (they are often the material's own 1. 2.), table rows
 * become tab-separated lines. Lines of one paragraph are soft-wrapped: only a paragraph's last line
 * (before a blank line, heading, list item or hard break) is a paragraph end. A YAML front matter
 * block is left out and recorded as removed ({@code md-front-matter}); its title, author and date
 * open the text when it has no {@code #} title of its own. Lines over 20,000 characters
 * keep their inline syntax (the patterns would go quadratic on them).
 */
public class MarkdownReader implements FormatReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)+\\|?[ \\t]*$");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^[ \\t]*(\\d{1,9}[.)][ \\t]+.*)$");
    private static final Pattern QUOTE = Pattern.compile("^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:span|font|b|i|u|em|strong|sup|sub|mark|small|big|a)(?:\\s[^>]*)?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BR_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final char ESCAPED_BASE = '\uE000';
    private static final int MAX_INLINE = 20_000;

    private final TextDecoder decoder;

    public MarkdownReader() {
        this(new TextDecoder());
    }

    public MarkdownReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean supports(String extension) {
        return extension.equals("md") || extension.equals("markdown");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        DecodedText text = decoder.decode(file.bytes(), options.encoding());
        List<String> src = text.lines();
        List<RawLine> out = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>();
        int i = skipFrontMatter(src, removed);
        boolean open = false; // a paragraph is open: its last line is out.get(out.size() - 1)
        String fence = null;
        boolean inQuote = false;
        int paragraphLines = 0;
        for (; i < src.size(); i++) {
            String line = src.get(i);
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                } else {
                    out.add(new RawLine(line, null, false, true));
                }
                continue;
            }
            Matcher quote = QUOTE.matcher(line);
            boolean quoted = false;
            while (quote.lookingAt()) {
                quoted = true;
                line = line.substring(quote.end());
                quote = QUOTE.matcher(line);
            }
            if (quoted != inQuote) {
                open = endParagraph(out, open);
                inQuote = quoted;
            }
            if (line.isBlank()) {
                open = endParagraph(out, open);
                continue;
            }
            Matcher m = FENCE.matcher(line);
            if (m.matches()) {
                open = endParagraph(out, open);
                fence = m.group(1);
                continue;
            }
            m = ATX.matcher(line);
            if (m.matches()) {
                open = endParagraph(out, open);
                String title = m.group(2) == null ? "" : inline(m.group(2));
                if (!title.isBlank()) {
                    out.add(new RawLine(title, m.group(1).length(), false, true));
                }
                continue;
            }
            m = SETEXT.matcher(line);
            if (m.matches() && open && paragraphLines == 1) {
                RawLine last = out.remove(out.size() - 1);
                out.add(new RawLine(last.text(), m.group(1).charAt(0) == '=' ? 1 : 2, false, true));
                open = false;
                continue;
            }
            if (THEMATIC.matcher(line).matches()) {
                open = endParagraph(out, open);
                continue;
            }
            if (REFERENCE.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches()) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("|")) {
                open = endParagraph(out, open);
                out.add(new RawLine(tableRow(stripped), null, false, true));
                continue;
            }
            m = BULLET.matcher(line);
            if (m.matches()) {
                open = endParagraph(out, open);
                line = m.group(1);
            } else {
                m = ORDERED.matcher(line);
                if (m.matches()) {
                    open = endParagraph(out, open);
                    line = m.group(1);
                }
            }
            boolean hardBreak = line.endsWith("  ") || line.endsWith("\\");
            String t = inline(hardBreak && line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).strip();
            out.add(new RawLine(t, null, false, hardBreak));
            paragraphLines = open ? paragraphLines + 1 : 1;
            open = !hardBreak;
        }
        endParagraph(out, open);
        List<RawLine> lines = joinSoftBreaks(out);
        List<RawLine> front = frontMatterLines(src.subList(0, i), lines);
        if (!front.isEmpty()) {
            lines = new ArrayList<>(lines);
            lines.addAll(0, front);
        }
        return new RawText(belowTheTitle(lines), text.encoding(), removed);
    }

    /**
     * A paragraph's lines joined at its soft line breaks, as a Markdown viewer shows them: directly
     * where either side is Chinese (a line may break inside a word: …同一个段 / 落，…), with a space
     * between Latin words. Only lines of prose join: short lines without punctuation (a unit above its
     * date, names one a line) were written as lines, whatever Markdown says.
     */
    private static List<RawLine> joinSoftBreaks(List<RawLine> lines) {
        List<RawLine> out = new ArrayList<>(lines.size());
        List<RawLine> paragraph = new ArrayList<>();
        for (RawLine l : lines) {
            if (!paragraph.isEmpty() && !(prose(joined(paragraph).text()) && prose(l.text()))) {
                out.add(joined(paragraph));
                paragraph.clear();
            }
            paragraph.add(l);
            if (l.paragraphEnd() || l.headingLevel() != null) {
                out.add(joined(paragraph));
                paragraph.clear();
            }
        }
        if (!paragraph.isEmpty()) {
            out.add(joined(paragraph));
        }
        return out;
    }

    /** A paragraph's lines as one line, with a space only between two Latin characters. */
    private static RawLine joined(List<RawLine> paragraph) {
        RawLine first = paragraph.get(0);
        if (paragraph.size() == 1) {
            return first;
        }
        StringBuilder text = new StringBuilder(first.text());
        for (RawLine l : paragraph.subList(1, paragraph.size())) {
            if (l.text().isEmpty()) {
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) < 0x2E80 && l.text().charAt(0) < 0x2E80) {
                text.append(' ');
            }
            text.append(l.text());
        }
        return new RawLine(text.toString(), first.headingLevel(), first.pageBreakBefore(), true, first.reachesMargin());
    }

    /**
     * A document whose only {@code #} heading is its title, at the top, has its sections at {@code ##}:
     * those are its first level (as 一、 is), so every heading under the title moves one level up.
     */
    private static List<RawLine> belowTheTitle(List<RawLine> lines) {
        int first = -1;
        int ones = 0;
        for (int k = 0; k < lines.size(); k++) {
            Integer h = lines.get(k).headingLevel();
            if (h != null && first < 0) {
                first = k;
            }
            if (h != null && h == 1) {
                ones++;
            }
        }
        if (first < 0 || ones != 1 || lines.get(first).headingLevel() != 1) {
            return lines;
        }
        List<RawLine> out = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            RawLine l = lines.get(k);
            Integer h = l.headingLevel();
            out.add(k == first || h == null ? l : new RawLine(l.text(), h - 1, l.pageBreakBefore(), l.paragraphEnd(), l.reachesMargin()));
        }
        return out;
    }

    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile(
            "^(title|标题|author|作者|date|日期|source|来源)[ \\t]*[:：][ \\t]*[\"']?(.*?)[\"']?[ \\t]*$", Pattern.CASE_INSENSITIVE);

    /**
     * The front matter's title, author, date and source as the lines a document would begin with (the
     * title as its heading, 作者：…, the date, 来源：…), when the text does not begin with a title heading of its own;
     * otherwise none. The front matter itself stays recorded as removed.
     */
    private static List<RawLine> frontMatterLines(List<String> front, List<RawLine> body) {
        String title = null;
        String author = null;
        String date = null;
        String source = null;
        for (String l : front) {
            Matcher m = FRONT_MATTER_FIELD.matcher(l.strip());
            if (!m.matches() || m.group(2).isBlank()) {
                continue;
            }
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = m.group(2).strip();
            if (key.equals("title") || key.equals("标题")) {
                title = title == null ? value : title;
            } else if (key.equals("author") || key.equals("作者")) {
                author = author == null ? value : author;
            } else if (key.equals("source") || key.equals("来源")) {
                source = source == null ? value : source;
            } else {
                date = date == null ? value : date;
            }
        }
        boolean ownTitle = !body.isEmpty() && Integer.valueOf(1).equals(body.get(0).headingLevel());
        List<RawLine> out = new ArrayList<>();
        if (title != null && !ownTitle) {
            out.add(new RawLine(title, 1, false, true));
            if (author != null) {
                out.add(new RawLine("作者：" + author, null, false, true));
            }
            if (date != null) {
                out.add(new RawLine(date, null, false, true));
            }
        }
        // (the source is no part of a title: the document's, whoever titles it)
        if (source != null) {
            out.add(new RawLine("来源：" + source, null, false, true));
        }
        return out;
    }

    private static int skipFrontMatter(List<String> src, List<RemovedText> removed) {
        if (src.isEmpty() || !src.get(0).strip().equals("---")) {
            return 0;
        }
        for (int j = 1; j < Math.min(src.size(), 60); j++) {
            String l = src.get(j).strip();
            if (l.equals("---") || l.equals("...")) {
                for (int k = 0; k <= j; k++) {
                    removed.add(new RemovedText("md-front-matter", k + 1, src.get(k)));
                }
                return j + 1;
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[，。、；：！？,.;:!?]");

    /** A line of running text: it holds punctuation or is longer than a label. */
    private static boolean prose(CharSequence t) {
        return t.length() > 20 || PUNCTUATION.matcher(t).find();
    }

    private static boolean endParagraph(List<RawLine> out, boolean open) {
        if (open && !out.isEmpty()) {
            RawLine last = out.get(out.size() - 1);
            if (!last.paragraphEnd()) {
                out.set(out.size() - 1, new RawLine(last.text(), last.headingLevel(), last.pageBreakBefore(), true));
            }
        }
        return false;
    }

    private static String tableRow(String row) {
        String r = row;
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        String[] cells = r.split("(?<!\\\\)\\|", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(inline(cells[i].strip().replace("\\|", "|")));
        }
        return sb.toString();
    }

    /** Removes inline Markdown syntax, keeping what a reader of the rendered page sees. */
    static String inline(String s) {
        if (s.length() > MAX_INLINE) {
            // the emphasis patterns scan ahead for their closing mark: keep huge lines linear
            return s;
        }
        boolean escaped = false;
        if (s.indexOf('\\') >= 0) {
            escaped = true;
            Matcher m = ESCAPE.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, "");
                sb.append((char) (ESCAPED_BASE + m.group(1).charAt(0)));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        if (s.indexOf('`') >= 0) {
            s = CODE.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(2).strip()));
        }
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("$1");
            s = LINK.matcher(s).replaceAll("$1");
            s = REF_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll("$1");
            s = BR_TAG.matcher(s).replaceAll(" ");
            s = INLINE_TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = STRONG.matcher(s).replaceAll("$2");
            s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
            s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        }
        if (s.contains("~~")) {
            s = STRIKE.matcher(s).replaceAll("$1");
        }
        if (!escaped) {
            return s;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ESCAPED_BASE && c < ESCAPED_BASE + 128) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append((char) (c - ESCAPED_BASE));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
