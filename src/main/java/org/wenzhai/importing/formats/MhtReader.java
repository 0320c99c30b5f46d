package org.wenzhai.importing.formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.decode.TextDecoder;

/**
 * Web pages saved as one file (.mht, .mhtml: Internet Explorer's and Word's 单个文件网页, Chrome's and
 * Edge's "single file"): a MIME message whose page is a {@code text/html} part, its images and
 * frames other parts. The page is the part the message names as its start, else its first HTML
 * part (a frame's page comes after it); its quoted-printable or base64 transfer encoding is undone
 * and the bytes read by {@link HtmlReader} with the part's declared charset, which a user's
 * {@code --encoding} overrides. Images, style sheets and frames are not read.
 */
public class MhtReader implements FormatReader {
    private static final Pattern PARAM = Pattern.compile(
            ";\\s*([A-Za-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    /** How deep multiparts may nest (a page's alternative parts inside its related ones). */
    private static final int MAX_DEPTH = 4;

    private final TextDecoder decoder;

    public MhtReader() {
        this(new TextDecoder());
    }

    public MhtReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean supports(String extension) {
        return extension.equals("mht") || extension.equals("mhtml");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        Part message = message(file.bytes());
        Part page = page(message);
        HtmlReader html = new HtmlReader(decoder);
        HtmlReader.Decoded main = html.decode(page.body(), declaredCharset(page), options);
        RawText text = HtmlReader.read(main.html(), main.detection().name());
        int own = chars(text);
        if (own >= THIN_PAGE_CHARS) {
            return text;
        }
        // a portal's page whose text is in a frame (the frame is a part of its own): the frame with
        // the most text stands where the page has it, when it holds the page's text
        Part best = null;
        HtmlReader.Decoded bestHtml = null;
        int bestChars = 0;
        List<Part> pages = new ArrayList<>();
        htmlParts(message, 0, pages);
        for (Part frame : pages) {
            if (frame.equals(page)) {
                continue;
            }
            HtmlReader.Decoded decoded = html.decode(frame.body(), declaredCharset(frame), options);
            int n = chars(HtmlReader.read(decoded.html(), decoded.detection().name()));
            if (n > bestChars) {
                best = frame;
                bestHtml = decoded;
                bestChars = n;
            }
        }
        if (best == null || bestChars < FRAME_MIN_CHARS || bestChars < 2 * own) {
            return text;
        }
        return HtmlReader.read(withFrame(main.html(), best, bestHtml.html()), main.detection().name());
    }

    /** A page whose text is shorter than this may hold its text in a frame. */
    private static final int THIN_PAGE_CHARS = 200;
    /** A frame with less text than this (a share bar, a login box) is never the page's text. */
    private static final int FRAME_MIN_CHARS = 80;

    private static int chars(RawText text) {
        int n = 0;
        for (RawLine l : text.lines()) {
            n += l.text().strip().length();
        }
        return n;
    }

    /** The page with the frame's body in place of the iframe that shows it (else at the body's end). */
    private static String withFrame(String pageHtml, Part frame, String frameHtml) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(pageHtml);
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(frameHtml).body();
        org.jsoup.nodes.Element wrapper = new org.jsoup.nodes.Element("div");
        for (org.jsoup.nodes.Node n : new ArrayList<>(body.childNodes())) {
            wrapper.appendChild(n);
        }
        String id = frame.header("content-id") == null ? null : stripAngles(frame.header("content-id"));
        String location = frame.header("content-location");
        for (org.jsoup.nodes.Element f : doc.select("iframe[src], frame[src]")) {
            String src = f.attr("src").strip();
            boolean same = (id != null && src.equalsIgnoreCase("cid:" + id))
                    || (location != null && (src.equals(location) || location.endsWith(src) && src.length() > 1));
            if (same) {
                // (a frameset's frame stands in a frameset, which has no body to hold text)
                if (doc.body() != null && f.closest("body") != null) {
                    f.replaceWith(wrapper);
                    return doc.outerHtml();
                }
            }
        }
        doc.body().appendChild(wrapper);
        return doc.outerHtml();
    }

    private static Charset declaredCharset(Part part) {
        String charset = part.param("content-type", "charset");
        if (charset == null) {
            return null;
        }
        try {
            return Charset.forName(charset.strip());
        } catch (IllegalArgumentException e) {
            return null; // an unknown name: the page's own meta or detection decide
        }
    }

    /** A saved web page's MIME message. */
    static Part message(byte[] bytes) throws ImportException {
        // ISO-8859-1 maps every byte to one char and back: headers are ASCII, bodies stay bytes
        Part message = Part.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        if (message == null) {
            throw new ImportException(Messages.t("importing.format.mht.damaged"));
        }
        return message;
    }

    /** The page's HTML part of a saved web page's message. */
    static Part page(Part message) throws ImportException {
        Part page = htmlPart(message, 0);
        if (page == null) {
            throw new ImportException(Messages.t("importing.format.mht.noPage"));
        }
        return page;
    }

    private static Part htmlPart(Part part, int depth) {
        String type = part.type();
        if (type.startsWith("multipart/")) {
            String boundary = part.param("content-type", "boundary");
            if (boundary == null || depth >= MAX_DEPTH) {
                return null;
            }
            List<Part> parts = part.split(boundary);
            String start = part.param("content-type", "start");
            if (start != null) {
                for (Part p : parts) {
                    String id = p.header("content-id");
                    if (id != null && stripAngles(id).equals(stripAngles(start))) {
                        Part found = htmlPart(p, depth + 1);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
            for (Part p : parts) {
                Part found = htmlPart(p, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return part.isHtml() ? part : null;
    }

    private static void htmlParts(Part part, int depth, List<Part> into) {
        if (part.type().startsWith("multipart/")) {
            String boundary = part.param("content-type", "boundary");
            if (boundary != null && depth < MAX_DEPTH) {
                for (Part p : part.split(boundary)) {
                    htmlParts(p, depth + 1, into);
                }
            }
        } else if (part.isHtml()) {
            into.add(part);
        }
    }

    private static String stripAngles(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    }

    /** One MIME entity: its headers (names in lower case) and its raw body (bytes as ISO-8859-1 chars). */
    record Part(Map<String, String> headers, String raw) {

        /** Headers up to the first empty line, then the body; null when there are no headers. */
        static Part parse(String text) {
            Map<String, String> headers = new LinkedHashMap<>();
            int pos = 0;
            String last = null;
            // a leading empty line or two (a saved file's stray line end) before the headers
            while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
                pos++;
            }
            while (pos < text.length()) {
                int end = text.indexOf('\n', pos);
                if (end < 0) {
                    end = text.length();
                }
                String line = text.substring(pos, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                pos = Math.min(text.length(), end + 1);
                if (line.isEmpty()) {
                    break;
                }
                if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    headers.put(last, headers.get(last) + " " + line.strip());
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    if (headers.isEmpty()) {
                        return null; // not a MIME message at all
                    }
                    continue; // a stray line among the headers
                }
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(colon + 1).strip());
            }
            return headers.isEmpty() ? null : new Part(headers, text.substring(pos));
        }

        String header(String name) {
            return headers.get(name);
        }

        /** A page (a message without a type is text/plain by MIME's rule; a saved page names its type). */
        boolean isHtml() {
            String type = type();
            return type.equals("text/html") || type.equals("application/xhtml+xml");
        }

        /** The media type in lower case, without parameters. */
        String type() {
            String value = headers.get("content-type");
            if (value == null) {
                return "text/plain";
            }
            int semi = value.indexOf(';');
            return (semi < 0 ? value : value.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }

        String param(String header, String name) {
            String value = headers.get(header);
            if (value == null) {
                return null;
            }
            Matcher m = PARAM.matcher(value);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2) != null ? m.group(2) : m.group(3);
                }
            }
            return null;
        }

        /** The body parts between {@code --boundary} lines, up to {@code --boundary--} (or the end of a cut-short file). */
        List<Part> split(String boundary) {
            List<Part> parts = new ArrayList<>();
            String delimiter = "--" + boundary;
            int at = delimiterAt(raw, delimiter, 0);
            while (at >= 0) {
                int after = at + delimiter.length();
                if (raw.startsWith("--", after)) {
                    break; // the close delimiter
                }
                int bodyStart = raw.indexOf('\n', after);
                if (bodyStart < 0) {
                    break;
                }
                bodyStart++;
                int next = delimiterAt(raw, delimiter, bodyStart);
                int bodyEnd = next < 0 ? raw.length() : next;
                // the line end before a delimiter belongs to the delimiter
                if (bodyEnd > bodyStart && raw.charAt(bodyEnd - 1) == '\n') {
                    bodyEnd--;
                    if (bodyEnd > bodyStart && raw.charAt(bodyEnd - 1) == '\r') {
                        bodyEnd--;
                    }
                }
                Part p = parse(raw.substring(bodyStart, bodyEnd));
                if (p != null) {
                    parts.add(p);
                }
                at = next;
            }
            return parts;
        }

        /** The next delimiter line: at the start of the text or of a line. */
        private static int delimiterAt(String text, String delimiter, int from) {
            int i = text.indexOf(delimiter, from);
            while (i >= 0 && i > 0 && text.charAt(i - 1) != '\n') {
                i = text.indexOf(delimiter, i + 1);
            }
            return i;
        }

        /** The body's bytes, its transfer encoding undone. */
        byte[] body() {
            String encoding = headers.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
            return switch (encoding) {
                case "quoted-printable" -> quotedPrintable(raw);
                case "base64" -> Base64.getMimeDecoder().decode(raw.replaceAll("[^A-Za-z0-9+/=]", ""));
                default -> raw.getBytes(StandardCharsets.ISO_8859_1);
            };
        }
    }

    /** Undoes quoted-printable: =XX is a byte, = at a line's end joins the lines; a malformed = stays. */
    static byte[] quotedPrintable(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '=') {
                out.write(c);
                continue;
            }
            // a soft line break, white space allowed before its line end
            int j = i + 1;
            while (j < n && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) {
                j++;
            }
            if (j < n && (raw.charAt(j) == '\r' || raw.charAt(j) == '\n')) {
                if (raw.charAt(j) == '\r' && j + 1 < n && raw.charAt(j + 1) == '\n') {
                    j++;
                }
                i = j;
                continue;
            }
            if (j == n) {
                break;
            }
            int hi = i + 2 < n ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int lo = i + 2 < n ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
