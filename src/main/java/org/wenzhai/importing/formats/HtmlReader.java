package org.wenzhai.importing.formats;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.clean.Texts;
import org.wenzhai.importing.decode.Detection;
import org.wenzhai.importing.decode.TextDecoder;

/**
 * Web pages saved to disk. The charset comes from the user's choice, else a byte-order mark, else a
 * {@code <meta charset>} (when the bytes agree with it), else {@link TextDecoder}'s detection. Page
 * chrome is dropped and recorded: what the page hides (display:none, hidden), script, style, nav,
 * header (outside an article, unless it holds the title), footer, aside, forms (a search box, not
 * one that wraps the page's text), and elements whose id or class names navigation, menus,
 * footers, breadcrumbs, comments, sharing or a sidebar. h1–h6 give heading hints; block elements
 * end lines that end a paragraph, a {@code <br>} a line only (reflow decides, as for a .txt);
 * table rows become tab-separated lines. The traversal is iterative (deeply nested pages).
 */
public class HtmlReader implements FormatReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    /** The site's header by its whole name (an article-header holds the article's title). */
    private static final String HEADER_NAMES = "(?:^|\\s)(?:header|site-header|top-header|head-top)(?:\\s|$)";
    /**
     * A name of chrome: a word that starts so after a non-letter or inside a camel-case name
     * (topNav, headerNav); a name that ends in nav, topbar, menu, footer or bottom (blognav,
     * sinatopbar, newsbottom); foot as a word (foot, g_foot; not footnote or foot-note); tag or tags
     * as a word (a WeChat article's #tags, a blog's 标签); comm as a word (a blog's allComm, comm_list);
     * WeChat's profile button and dialog; a site header by its whole name.
     */
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?:^|[^a-zA-Z]|(?<=[a-z])(?=[A-Z]))(?i:nav|menu|footer|breadcrumb|crumb|comment|share|sharing|sidebar|side-bar"
                    + "|pagination|toolbar|topbar|top-bar|top_bar|pre-next|prev-next|prevnext|copyright|related|logo"
                    + "|site-?name|site-?title|login|search|bdshare|bottom(?![a-z])|toptb(?![a-z]))"
                    + "|(?:^|[^a-zA-Z])(?i:foot)(?![a-zA-Z]|[-_]?(?i:note))"
                    + "|(?i:nav|topbar|menu|footer|bottom)(?![a-zA-Z])"
                    + "|(?:^|[^a-zA-Z]|(?<=[a-z])(?=[A-Z]))(?i:tags?)(?![a-z])|(?i:profile)(?:Bt|_?dialog|_?qrcode)"
                    + "|(?:^|[^a-zA-Z]|(?<=[a-z])(?=[A-Z]))(?i:comm)(?![a-z])"
                    + "|(?i:" + HEADER_NAMES + ")");
    private static final Pattern HEADER_NAME = Pattern.compile(HEADER_NAMES, Pattern.CASE_INSENSITIVE);
    /** What a page's footer says: 第 1 页, 共 18 页. */
    private static final Pattern PAGE_MARK = Pattern.compile("第\\s*\\d{1,4}\\s*页|共\\s*\\d{1,4}\\s*页");
    private static final Pattern BOLD_STYLE = Pattern.compile("(?i)font-weight\\s*:\\s*(?:bold|[6-9]00)");
    private static final Pattern CENTRED_STYLE = Pattern.compile("(?i)text-align\\s*:\\s*center");
    private static final String NOISE_TAGS = "script, style, noscript, template, nav, footer, aside, button, "
            + "input, select, textarea, iframe, svg, canvas, object, embed, audio, video, map";
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend", "html");
    private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
    /** A data table's cell holds a figure or a few words; a longer one lays out the page's text. */
    private static final int DATA_CELL_MAX_CHARS = 80;
    /** A table's own structure, which still ends rows inside a cell's nested table. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "thead", "tfoot", "tr", "caption");

    private final TextDecoder decoder;

    public HtmlReader() {
        this(new TextDecoder());
    }

    public HtmlReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean supports(String extension) {
        return extension.equals("html") || extension.equals("htm") || extension.equals("xhtml")
                || extension.equals("shtml");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        if (FileKind.sniff(file.bytes()) == FileKind.MHT) {
            // a page saved as one file under an .htm name
            return new MhtReader(decoder).read(file, options);
        }
        return read(file.bytes(), null, options);
    }

    /**
     * A page's bytes whose charset {@code declared} outside them (a saved page's MIME part), if
     * known, comes after the user's choice and a byte-order mark and before the page's own meta.
     */
    RawText read(byte[] bytes, Charset declared, ImportOptions options) throws ImportException {
        Decoded page = decode(bytes, declared, options);
        return read(page.html(), page.detection().name());
    }

    /** A page's text and the encoding it was read in. */
    record Decoded(String html, Detection detection) {
    }

    /** Decodes a page's bytes as {@link #read(byte[], Charset, ImportOptions)} says. */
    Decoded decode(byte[] bytes, Charset declared, ImportOptions options) throws ImportException {
        Detection detection = options.encoding() != null ? decoder.detect(bytes, options.encoding()) : null;
        String html = null;
        if (detection == null && TextDecoder.byteOrderMark(bytes) == null) {
            for (Charset named : new Charset[] {declared, metaCharset(bytes)}) {
                if (named == null || html != null) {
                    continue;
                }
                try {
                    Detection given = decoder.detect(bytes, named);
                    html = decoder.decodeToStringAs(bytes, given);
                    detection = given;
                } catch (ImportException e) {
                    // the page does not match what it declares: the next guess, or detection
                    html = null;
                }
            }
        }
        if (detection == null) {
            detection = decoder.detect(bytes, null);
        }
        if (html == null) {
            html = decoder.decodeToStringAs(bytes, detection);
        }
        return new Decoded(html, detection);
    }

    /** The lines of a page already decoded. */
    static RawText read(String html, String encoding) {
        List<RemovedText> removed = new ArrayList<>();
        return new RawText(lines(html, removed), encoding, removed);
    }

    /** Lines of an HTML page; public for readers of files that turn out to be HTML (a .doc saved from a browser). */
    public static List<RawLine> lines(String html) {
        return lines(html, new ArrayList<>());
    }

    /** The id under which the site's name above the page's own title is recorded. */
    static final String SITE_NAME_ID = "web.site-name";

    /** The id under which a page's element dropped as chrome (a menu, a footer, a share box) is recorded. */
    static final String CHROME_ID = "html-chrome";

    private static List<RawLine> lines(String html, List<RemovedText> removed) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String title = doc.title();
        Element body = doc.body();
        java.util.Map<Element, RemovedText> dropped = new java.util.IdentityHashMap<>();
        wechatAuthor(body);
        removeNoise(body, dropped);
        LineCollector collector = new LineCollector(dropped, classLefts(doc), wordHtml(doc));
        NodeTraversor.traverse(collector, body);
        collector.flush();
        List<RawLine> lines = collector.lines;
        numberedSections(lines);
        String pageTitle = withoutSiteName(title.strip());
        // (what the page names in full first: a category before the title's separator, 经验交流 of
        // 经验交流｜…, may stand as a label above it)
        int own = -1;
        for (Set<String> titles : titles(doc, title.strip())) {
            if (own < 0) {
                own = ownTitle(lines, titles);
            }
        }
        if (own < 0 && body.select("h1").size() == 1) {
            // the page's one h1 is its title, under the page's labels (a blog's name, a forum's bar)
            own = ownTitle(lines, null);
        }
        if (own > 0) {
            // the text gives the page's title itself, under the site's name (青禾县人民政府门户网站,
            // not in an element named so), or the page's labels (a blog's name, a forum's bar, the
            // rows of a 信息公开 table): the site's, not the document's
            for (int k = 0; k < own; k++) {
                removed.add(new RemovedText(SITE_NAME_ID, k + 1, lines.get(k).text()));
            }
            removed.addAll(renumbered(collector.removed, -own));
            List<RawLine> text = new ArrayList<>(lines.subList(own, lines.size()));
            titleAgain(text, removed);
            return text;
        }
        if (own == 0) {
            titleAgain(lines, removed);
        }
        // the page's <title> is the document's title when the text has none of its own: no h1–h3 and
        // no title line first (党课讲稿 over 以严实作风推动各项工作落地见效 is the site's category)
        if (own < 0 && !title.isBlank() && body.selectFirst("h1, h2, h3") == null
                && (lines.isEmpty() || !titleLike(lines.get(0).text()))) {
            lines.add(0, new RawLine(pageTitle, 1, false, true));
            removed.addAll(renumbered(collector.removed, 1));
            return lines;
        }
        removed.addAll(collector.removed);
        return lines;
    }

    /** The id under which the document's own title, repeated over lines under the page's, is recorded. */
    static final String TITLE_AGAIN_ID = "html-title-again";

    private static final String WHITE = "[\\s\u3000\u00A0]+";

    /**
     * The page's title (the first line) given again by the document's own lines under it, broken
     * over two or three of them (a 文库 page: 关于…述职评议情况的 / 通　报) among the next five lines:
     * those lines go, recorded.
     */
    private static void titleAgain(List<RawLine> lines, List<RemovedText> removed) {
        String title = lines.isEmpty() ? "" : lines.get(0).text().replaceAll(WHITE, "");
        if (title.length() < 8) {
            return;
        }
        for (int start = 1; start < Math.min(6, lines.size()); start++) {
            StringBuilder joined = new StringBuilder(lines.get(start).text().replaceAll(WHITE, ""));
            for (int end = start + 1; end < Math.min(start + 3, lines.size()) && title.startsWith(joined.toString()); end++) {
                joined.append(lines.get(end).text().replaceAll(WHITE, ""));
                if (joined.toString().equals(title)) {
                    for (int k = start; k <= end; k++) {
                        removed.add(new RemovedText(TITLE_AGAIN_ID, start + 1, lines.get(k).text().strip()));
                    }
                    lines.subList(start, end + 1).clear();
                    return;
                }
            }
        }
    }

    /** Removed texts moved by {@code by} lines, as the lines they stood at were (never before the first). */
    private static List<RemovedText> renumbered(List<RemovedText> removed, int by) {
        return removed.stream().map(r -> new RemovedText(r.ruleId(), Math.max(1, r.lineNumber() + by), r.text())).toList();
    }

    /** The id under which an element the page does not show (display:none, hidden) is recorded. */
    static final String HIDDEN_ID = "html-hidden";
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?:^|;)\\s*display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    /** The tag of the empty element that stands where a dropped element was, to record its text there. */
    private static final String DROPPED_TAG = "wenzhai-dropped";
    /** Elements whose content is not the page's text (code, styles), dropped without a record. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "noscript", "template");

    /**
     * Drops an element from the page. When it holds text, an empty element stands in its place so
     * that its text is recorded as removed at the line where it stood (shown by "removed").
     */
    private static void drop(Element e, String id, java.util.Map<Element, RemovedText> dropped) {
        // (the text of an element dropped inside it before goes with it, in its place)
        for (Element inner : e.getElementsByTag(DROPPED_TAG)) {
            RemovedText r = dropped.remove(inner);
            inner.replaceWith(new TextNode(r == null ? "" : " " + r.text() + " "));
        }
        String text = UNSEEN.contains(e.normalName()) ? "" : e.text().strip();
        if (text.isEmpty()) {
            e.remove();
            return;
        }
        Element mark = new Element(DROPPED_TAG);
        e.replaceWith(mark);
        dropped.put(mark, new RemovedText(id, 0, text));
    }

    /** Whether {@code e} is still in the page (not inside an element dropped before it). */
    private static boolean attached(Element e) {
        return e.ownerDocument() != null;
    }

    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:0?[1-9]|[1-9]\\d)$");

    /**
     * A WeChat article's numbered sections: a number alone in its own block (01, 02…) over the
     * section's short title. A page has no page numbers, so the number is the section's: with its
     * title it is one heading (01 深刻认识作风建设的重要意义), at the top level. Only when the numbers
     * count up from 1 over at least two sections. A title numbered on its own (一、…) keeps its number
     * and loses the decorative one.
     */
    static void numberedSections(List<RawLine> lines) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String n = lines.get(i).text().strip();
            String title = lines.get(i + 1).text().strip();
            if (SECTION_NUMBER.matcher(n).matches() && Integer.parseInt(n) == at.size() + 1 && title.length() >= 4
                    && title.length() <= 30 && title.chars().noneMatch(c -> "。！？；：".indexOf(c) >= 0)
                    && !SECTION_NUMBER.matcher(title).matches()) {
                at.add(i);
            }
        }
        if (at.size() < 2) {
            return;
        }
        for (int k = at.size() - 1; k >= 0; k--) {
            int i = at.get(k);
            RawLine number = lines.get(i);
            RawLine title = lines.get(i + 1);
            if (Texts.numberingLevel(title.text().strip()) > 0) {
                // a title numbered on its own (01 over 一、建强网格组织体系…): the 01 is its decoration
                lines.set(i + 1, new RawLine(title.text(), title.headingLevel(), number.pageBreakBefore() || title.pageBreakBefore(),
                        title.paragraphEnd(), title.reachesMargin()));
                lines.remove(i);
                continue;
            }
            lines.set(i, new RawLine(number.text().strip() + " " + title.text().strip(), 1,
                    number.pageBreakBefore(), true));
            lines.remove(i + 1);
        }
    }

    /**
     * What the page says its title is, white space aside: first its {@code og:title},
     * {@code ArticleTitle} and {@code <title>} in full, then the {@code <title>} before each of the
     * separators that put the site's names after it (at least four characters).
     */
    private static List<Set<String>> titles(Document doc, String title) {
        Set<String> full = new java.util.LinkedHashSet<>();
        for (Element meta : doc.select("meta[property=og:title], meta[name=ArticleTitle], meta[name=articletitle]")) {
            full.add(meta.attr("content").replaceAll("\\s+", ""));
        }
        full.add(title.replaceAll("\\s+", ""));
        Set<String> cut = new java.util.LinkedHashSet<>();
        Matcher m = SITE_SEPARATOR.matcher(title);
        while (m.find()) {
            cut.add(title.substring(0, m.start()).replaceAll("\\s+", ""));
        }
        cut.add(withoutSiteName(title).replaceAll("\\s+", ""));
        full.removeIf(t -> t.length() < 4);
        cut.removeIf(t -> t.length() < 4);
        return List.of(full, cut);
    }

    /** The separators before a site's names in a {@code <title>}, and a dash that may be one. */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*(?:_|\\||｜|--|－|-|\\s—\\s)\\s*");

    /**
     * Where the text gives the page's title (a line the page names as its title, or with
     * {@code titles} null the line of its one h1) among its first lines, when only the page's
     * labels stand above it; -1 when it does not.
     */
    private static int ownTitle(List<RawLine> lines, Set<String> titles) {
        for (int k = 0; k < Math.min(TITLE_WITHIN, lines.size()); k++) {
            RawLine l = lines.get(k);
            String t = l.text();
            // (an h1 numbered as a section, 一、总体情况, is the text's heading, not its title)
            if (titles == null ? Integer.valueOf(1).equals(l.headingLevel()) && Texts.numberingLevel(t.strip()) == 0
                    : titles.contains(t.replaceAll("\\s+", ""))) {
                return k;
            }
            // the text's own title says more than the page's: 2023年度述职述廉报告 under <title>述职述廉报告_…
            // (a year may begin it: titleLike would not take 2023年度… for a page's first line)
            if (titles != null && !TITLE_END.matcher(t.strip()).find() && t.indexOf('：') < 0 && t.indexOf(':') < 0
                    && fullerTitle(t.replaceAll("\\s+", ""), titles)) {
                return k;
            }
            // a forum's category before the title: [心得体会] 基层干部学习党纪心得 for 【原创】基层干部学习党纪心得
            Matcher tag = CATEGORY.matcher(t);
            if (titles != null && tag.lookingAt() && titles.stream().map(c -> CATEGORY.matcher(c).replaceFirst(""))
                    .anyMatch(c -> c.equals(t.substring(tag.end()).replaceAll("\\s+", "")))) {
                lines.set(k, new RawLine(t.substring(tag.end()).strip(), l.headingLevel(), l.pageBreakBefore(), l.paragraphEnd()));
                return k;
            }
            // above the title only the page's labels stand (a search box's prompt, a date bar,
            // 当前位置：首页 > …, a blog's name, the rows of a 信息公开 table); a sentence is text
            if (t.length() > LABEL_MAX_CHARS || SENTENCE_END.matcher(t).find() || t.indexOf('。') >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** A line that is one of the page's titles with a year, a place or a unit before it (2023年度 + 述职述廉报告). */
    private static boolean fullerTitle(String line, Set<String> titles) {
        for (String c : titles) {
            if (c.length() >= 4 && line.length() > c.length() && line.length() <= c.length() + 12 && line.endsWith(c)
                    && FULLER_PREFIX.matcher(line.substring(0, line.length() - c.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FULLER_PREFIX = Pattern.compile("[\\p{IsHan}0-9０-９]+");

    /**
     * A WeChat article's author (南溪镇党委 in its meta line, beside the account's name, the time and
     * the place) on a line of its own under the title, as a .txt gives it: the meta line as a whole is
     * a timestamp that goes. Only a unit's name, and not when it is the account's own.
     */
    private static void wechatAuthor(Element body) {
        Element meta = body == null ? null : body.getElementById("meta_content");
        if (meta == null) {
            return;
        }
        Element author = meta.selectFirst("span.rich_media_meta_text");
        Element account = body.getElementById("js_name");
        if (author == null || author.id().equals("js_ip_wording") || author.closest("#js_ip_wording_wrp") != null) {
            return;
        }
        String name = author.text().strip();
        if (name.isEmpty() || name.length() > 30 || (account != null && account.text().strip().equals(name))
                || !UNIT_NAME.matcher(name).find()) {
            return; // (a pen name or an editor's signature, 南湖组工, is left to the text's own lines)
        }
        meta.before(new Element("p").text(name));
        author.remove();
    }

    /** A page saved by Word (its ProgId, or Word's namespace on the html element). */
    private static boolean wordHtml(Document doc) {
        return doc.selectFirst("meta[name=ProgId][content^=Word.]") != null
                || doc.selectFirst("html[xmlns:w=urn:schemas-microsoft-com:office:word]") != null;
    }

    /** How a unit's name ends (南溪镇党委, 县委组织部, 东栅街道办事处). */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:党委|党工委|党组|党支部|总支|政府|办事处|委员会|管委会|局|办公室|委|部|中心|院|所|站|队|厅|联合会|协会|工会|妇联)$");

    /** A category in brackets before a title. */
    private static final Pattern CATEGORY = Pattern.compile("^\\s*(?:\\[[^\\]]{1,8}\\]|【[^】]{1,8}】)\\s*");

    /** How many first lines may hold the page's own title. */
    private static final int TITLE_WITHIN = 12;
    /** The longest label above a page's own title (a row of a 信息公开 table: 索引号：… 主题分类：…). */
    private static final int LABEL_MAX_CHARS = 80;

    private static final Pattern TITLE_END = Pattern.compile("[。！？；：:，,、]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]$");

    /** A first line that reads as a title: short, four Chinese characters or more, no sentence end, no label. */
    static boolean titleLike(String line) {
        String t = line.strip();
        if (t.length() < 4 || t.length() > 60 || TITLE_END.matcher(t).find() || t.indexOf('：') >= 0 || t.indexOf(':') >= 0) {
            return false;
        }
        return Texts.hanCount(t) >= 4 && !Character.isDigit(t.charAt(0));
    }

    /**
     * "在全县教育工作会议上的讲话_领导讲话_某某县人民政府" → the page's own title, before the site's
     * names (after _, |, ｜, --, or a dash between spaces). A dash with no spaces (-新华网, －某某县人民政府)
     * ends the title only before a short name without digits (not 2023-2024学年).
     */
    static String withoutSiteName(String title) {
        String[] parts = title.split("\\s*(?:_|\\||｜|--|\\s[-－—]\\s)\\s*");
        if (parts.length > 1 && parts[0].strip().length() >= 4) {
            return parts[0].strip();
        }
        int dash = Math.max(title.lastIndexOf('-'), title.lastIndexOf('－'));
        if (dash >= 4) {
            String site = title.substring(dash + 1).strip();
            if (!site.isEmpty() && site.length() <= 20 && site.chars().noneMatch(Character::isDigit)) {
                return title.substring(0, dash).strip();
            }
        }
        return title;
    }

    private static void removeNoise(Element body, java.util.Map<Element, RemovedText> dropped) {
        List<Element> holdingControls = new ArrayList<>();
        for (Element e : body.select(NOISE_TAGS)) {
            if (attached(e)) {
                if (CONTROLS.contains(e.normalName()) && e.parent() != null) {
                    holdingControls.add(e.parent());
                }
                drop(e, CHROME_ID, dropped);
            }
        }
        // a box left with only the label of its text field or button (复制本文全文：) goes with it
        for (Element e : holdingControls) {
            String rest = e.text().strip();
            if (attached(e) && !KEEP.contains(e.normalName()) && rest.length() <= 12 && CONTROL_LABEL.matcher(rest).find()) {
                drop(e, CHROME_ID, dropped);
            }
        }
        // what the page does not show (display:none, the hidden attribute) is not its text: a list of
        // search words for search engines, an editor's note, a login box shown on a click; not
        // visibility:hidden, which a WeChat article's text carries until a script shows it, nor an
        // element holding more than half of the text (an article a script unfolds)
        int shown = -1;
        for (Element e : body.select("[hidden], [style]")) {
            if (!attached(e) || !(e.hasAttr("hidden") || DISPLAY_NONE.matcher(e.attr("style")).find())) {
                continue;
            }
            if (shown < 0) {
                shown = body.text().length();
            }
            if (e.text().length() * 2 <= shown) {
                drop(e, HIDDEN_ID, dropped);
            }
        }
        // a site's header goes; one that holds the page's title (h1–h3, with its byline) is the article's
        for (Element e : body.select("header")) {
            if (attached(e) && e.closest("article, main") == null && e.selectFirst("h1, h2, h3") == null) {
                drop(e, CHROME_ID, dropped);
            }
        }
        for (Element list : body.select("ul, ol")) {
            if (attached(list) && linkList(list)) {
                drop(list, CHROME_ID, dropped);
            }
        }
        Element paragraphs = paragraphHolder(body);
        Elements all = body.getAllElements();
        int bodyLength = -1;
        List<Element> noisy = new ArrayList<>();
        for (Element e : all) {
            if (KEEP.contains(e.normalName())) {
                continue;
            }
            // a form is a search or login box, unless it holds the page (an ASP.NET page wraps
            // its whole body in one): it goes as a named element does, unless it holds the text
            String names = e.id() + " " + e.className();
            if (!e.normalName().equals("form") && (names.isBlank() || !NOISE_NAME.matcher(names).find())) {
                continue;
            }
            noisy.add(e);
        }
        for (Element e : noisy) {
            // (a page's header that holds the title, h1–h3, stays; one that holds the site's logo goes)
            String names = e.id() + " " + e.className();
            String keepIfHolding = HEADER_NAME.matcher(names).find() ? "article, main, h1, h2, h3" : "article, main, h1";
            if (!attached(e) || e.selectFirst(keepIfHolding) != null) {
                continue;
            }
            // a box among the article's paragraphs named for a comment is the text's own comment
            // (点评：…, class case-comment), not the readers' comments, which say what they are
            if (paragraphs != null && COMMENT_NAME.matcher(names).find() && within(e, paragraphs)
                    && !READERS_COMMENTS.matcher(e.text()).find()) {
                continue;
            }
            // a wrapper that merely mentions a sidebar ("has-sidebar") must not take the content with it
            if (bodyLength < 0) {
                bodyLength = body.text().length();
            }
            // (a form that holds more than half of the text is the page's, however short the page)
            if ((bodyLength > 200 || e.normalName().equals("form")) && e.text().length() * 2 > bodyLength) {
                continue;
            }
            drop(e, CHROME_ID, dropped);
        }
    }

    /** A form's controls, whose labels are left behind when they go. */
    private static final Set<String> CONTROLS = Set.of("textarea", "input", "select", "button");
    private static final Pattern CONTROL_LABEL = Pattern.compile("[:：]$");

    private static final Pattern COMMENT_NAME = Pattern.compile("(?:^|[^a-zA-Z]|(?<=[a-z])(?=[A-Z]))(?i:comment)");
    /** What a section of the readers' comments says of itself. */
    private static final Pattern READERS_COMMENTS = Pattern.compile("评论|留言|跟帖|网友");

    /**
     * The element that holds the article's paragraphs: the one whose own {@code <p>} children hold
     * the most text; null when the page has no paragraphs.
     */
    private static Element paragraphHolder(Element body) {
        java.util.Map<Element, Integer> text = new java.util.IdentityHashMap<>();
        Element best = null;
        int most = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int n = text.merge(parent, p.text().length(), Integer::sum);
            if (n > most) {
                most = n;
                best = parent;
            }
        }
        return best;
    }

    /** Whether {@code e} stands inside {@code ancestor} (not the element itself). */
    private static boolean within(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A site's menu or a list of links to other pages, whatever its class names: every item is one
     * link and nothing else, and either there are three or more, each of at most 8 characters
     * (首页 政务公开 互动交流), or a heading such as 相关链接 stands right before the list.
     */
    private static boolean linkList(Element list) {
        Elements items = list.children();
        if (items.isEmpty()) {
            return false;
        }
        boolean shortItems = items.size() >= 3;
        for (Element li : items) {
            Elements links = li.select("a");
            String text = li.text().strip();
            if (!li.normalName().equals("li") || links.size() != 1 || !text.equals(links.first().text().strip()) || text.isEmpty()) {
                return false;
            }
            shortItems &= text.length() <= 8;
        }
        Element before = list.previousElementSibling();
        while (before != null && before.normalName().equals(DROPPED_TAG)) {
            before = before.previousElementSibling();
        }
        boolean announced = before != null && RELATED.matcher(before.text().strip()).matches();
        return shortItems || announced;
    }

    private static final Pattern RELATED = Pattern.compile(
            "(?:相关链接|相关文章|相关阅读|相关新闻|相关推荐|热门推荐|热门文章|推荐阅读|延伸阅读|更多推荐|更多阅读|图片新闻"
                    + "|(?:24小时|今日|本周|一周|点击)?(?:热点|排行)(?:新闻|文章|排行|榜)?)\\s*[:：]?");

    private static final Pattern ABSOLUTE = Pattern.compile("position\\s*:\\s*absolute", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT = Pattern.compile("(?:^|;)\\s*left\\s*:\\s*(\\d+)(?:\\.\\d+)?px", Pattern.CASE_INSENSITIVE);
    /** How much further right than its page's other lines a line starts a paragraph (about one character). */
    private static final int INDENT_MIN_PX = 10;

    private static final Pattern TOP = Pattern.compile("(?:^|;)\\s*top\\s*:\\s*(-?\\d+(?:\\.\\d+)?)px", Pattern.CASE_INSENSITIVE);
    /** A style sheet's rule that places a class by its left offset alone (pdf2htmlEX: .x3{left:143px;}). */
    private static final Pattern CLASS_LEFT = Pattern.compile(
            "\\.([\\w-]+)\\s*\\{\\s*left\\s*:\\s*(-?\\d+)(?:\\.\\d+)?px\\s*;?\\s*}", Pattern.CASE_INSENSITIVE);

    /** The left offsets the page's style sheets give classes (pdf2htmlEX places its lines so). */
    private static java.util.Map<String, Integer> classLefts(Document doc) {
        java.util.Map<String, Integer> lefts = new java.util.HashMap<>();
        for (Element style : doc.select("style")) {
            Matcher m = CLASS_LEFT.matcher(style.data());
            while (m.find()) {
                lefts.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return lefts;
    }

    /**
     * A line of a page converted by pdf2htmlEX (文库 mirrors): a {@code div.t} in a page's
     * {@code .pc}, placed only by its classes.
     */
    static boolean pdfLine(Element e) {
        Element page = e.parent();
        return e.normalName().equals("div") && e.hasClass("t") && page != null && page.hasClass("pc");
    }

    /** The {@code top} in an element's own style, or null. */
    private static String top(Element e) {
        Matcher m = TOP.matcher(e.attr("style"));
        return m.find() ? m.group(1) : null;
    }

    /**
     * The left offset in pixels of an absolutely positioned element, or -1. An element whose own
     * style places it by both {@code top} and {@code left} counts too: those take effect only on a
     * positioned element, and document-sharing pages set {@code position:absolute} in a class
     * (`.reader-word-layer`) and each line's place in its style.
     */
    static int positionedLeft(Element e) {
        String style = e.attr("style");
        if (style.isEmpty() || !(ABSOLUTE.matcher(style).find() || TOP.matcher(style).find())) {
            return -1;
        }
        Matcher m = LEFT.matcher(style);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Collects lines while the traversal visits the page (no recursion). */
    private static final class LineCollector implements NodeVisitor {
        final List<RawLine> lines = new ArrayList<>();
        /** The text of the elements dropped as chrome, at the line where each stood. */
        final List<RemovedText> removed = new ArrayList<>();
        private final java.util.Map<Element, RemovedText> dropped;

        LineCollector(java.util.Map<Element, RemovedText> dropped, java.util.Map<String, Integer> classLefts,
                boolean wordHtml) {
            this.dropped = dropped;
            this.classLefts = classLefts;
            this.wordHtml = wordHtml;
        }
        /** A page Word wrote: its source lines break wherever a line may, beside a figure too. */
        private final boolean wordHtml;
        private final StringBuilder line = new StringBuilder();
        private boolean pendingSpace;
        private boolean pendingNewline;
        private int pre;
        private Integer heading;
        private Integer lineHeading;
        /**
         * Depth of a data table's cells: a paragraph inside such a cell is part of the cell's text,
         * not a line. A cell that holds a page's whole text (a portal laid out in a table) is not one.
         */
        private int cell;
        private final java.util.ArrayDeque<Boolean> cells = new java.util.ArrayDeque<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                int before = line.length();
                if (pre > 0) {
                    appendPre(t.getWholeText());
                } else {
                    appendCollapsed(t.getWholeText());
                }
                if (line.length() > before && bold(t)) {
                    for (int k = before; k < line.length(); k++) {
                        boldChars += line.charAt(k) == ' ' ? 0 : 1;
                    }
                }
                if (line.length() > before && t.parent() instanceof Element pe && pe.closest("td, th") != null) {
                    inTable = true;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            RemovedText gone = dropped.get(e);
            if (gone != null) {
                removed.add(new RemovedText(gone.ruleId(), lines.size() + 1, gone.text()));
                if (PAGE_MARK.matcher(gone.text()).find()) {
                    // a document-sharing page's page footer (精品文档　第 1 页 共 18 页) between two
                    // paragraphs: a page break, across which a sentence cut there goes on (reflow decides)
                    flush();
                    pageBreak = true;
                    int last = lines.size() - 1;
                    if (last >= 0 && lines.get(last).paragraphEnd() && lines.get(last).headingLevel() == null
                            && !org.wenzhai.importing.clean.Texts.endsSentence(lines.get(last).text())) {
                        RawLine l = lines.get(last);
                        lines.set(last, new RawLine(l.text(), null, l.pageBreakBefore(), false, l.reachesMargin()));
                    }
                }
                return;
            }
            if (name.equals("br")) {
                // a line break, as in a .txt: a line broken there mid-sentence goes on (reflow decides);
                // the end of a block ends the paragraph
                flush(false);
                return;
            }
            if (name.equals("td") || name.equals("th")) {
                if (line.length() > 0 && e.elementSiblingIndex() > 0) {
                    line.append('\t');
                    pendingSpace = false;
                }
                // (a cell that holds an h1 lays out the page: a forum's title bar)
                boolean data = e.text().length() <= DATA_CELL_MAX_CHARS && e.selectFirst("h1") == null;
                cells.push(data);
                if (data) {
                    cell++;
                }
                return;
            }
            if (cell > 0 && BLOCKS.contains(name) && !TABLE_PARTS.contains(name)) {
                pendingSpace = line.length() > 0 && line.charAt(line.length() - 1) != '\t';
                return;
            }
            if (BLOCKS.contains(name)) {
                if (!nextRun) {
                    flush();
                }
                nextRun = false;
                centred = centred(e);
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                    heading = name.charAt(1) - '0';
                }
                if (name.equals("pre")) {
                    pre++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (name.equals("td") || name.equals("th")) {
                if (!cells.isEmpty() && cells.pop()) {
                    cell--;
                }
                return;
            }
            if (cell > 0 && BLOCKS.contains(name) && !TABLE_PARTS.contains(name)) {
                return;
            }
            if (BLOCKS.contains(name)) {
                int left = left(e);
                if (left >= 0 && heading == null) {
                    // runs of one line of the original, placed apart at one top, make one line
                    // (增强， / “书记项目” / 推进有力…), indented or not by its first run
                    lineLeft = lineLeft < 0 ? left : lineLeft;
                    Element next = e.nextElementSibling();
                    String top = top(e);
                    if (top != null && next != null && top.equals(top(next)) && left(next) >= 0) {
                        nextRun = true;
                        return;
                    }
                    left = lineLeft;
                    lineLeft = -1;
                    // a document-sharing page places every line of the original at its own spot: the
                    // line ends, the paragraph may not (reflow decides); a line further right than
                    // its page's others starts a paragraph, as an indent does
                    indent = left > pageLeft(e) + INDENT_MIN_PX;
                    flush(false);
                    indent = false;
                } else {
                    flush();
                }
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                    heading = null;
                }
                if (name.equals("pre")) {
                    pre--;
                }
            }
        }

        private void appendCollapsed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u00A0') {
                    pendingSpace = true;
                    pendingNewline |= c == '\n' || c == '\r';
                    continue;
                }
                if (pendingSpace && line.length() > 0) {
                    // a line break in the source between two Chinese characters is not a space
                    // (nor beside a Chinese quote mark: 采取“ / 以奖代补”; between a Chinese character and a
                    // digit it stays, as fields of a page's header are apart so: 青禾发布 / 2024-06-18 08:30)
                    // (nor after a Chinese comma or full stop before Chinese text: 融媒矩阵，</span> <span>全年…)
                    char last = line.charAt(line.length() - 1);
                    // (Word wraps its HTML between a figure and a Chinese character too: 1,147 / 家次)
                    boolean drop = (pendingNewline || CLAUSE_END.indexOf(last) >= 0) && chinese(last) && chinese(c)
                            || wordHtml && pendingNewline && (chinese(last) || chinese(c));
                    if (!drop && line.charAt(line.length() - 1) != '\t') {
                        line.append(' ');
                    }
                }
                pendingSpace = false;
                pendingNewline = false;
                start();
                line.append(c);
            }
        }

        private void appendPre(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    flush();
                } else {
                    start();
                    line.append(c);
                }
            }
        }

        private void start() {
            if (line.length() == 0) {
                lineHeading = heading;
                boldChars = 0;
                inTable = false;
            }
        }

        /** Characters of the line being collected that stood in bold (strong, b), white space not counted. */
        private int boldChars;
        /** A page's footer was dropped before the next line: it starts a page. */
        private boolean pageBreak;
        /** The line being collected stands in a table's cell. */
        private boolean inTable;
        /** The block being collected is centred (a title, a byline, a caption). */
        private boolean centred;

        private static boolean centred(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                if (a.normalName().equals("center") || a.attr("align").equalsIgnoreCase("center")
                        || CENTRED_STYLE.matcher(a.attr("style")).find()) {
                    return true;
                }
                if (a.normalName().equals("body")) {
                    return false;
                }
            }
            return false;
        }

        /** Whether a text stands in bold: inside strong or b, or an element styled bold, within its block. */
        private static boolean bold(TextNode t) {
            for (Node n = t.parent(); n instanceof Element e; n = n.parent()) {
                String name = e.normalName();
                if (name.equals("strong") || name.equals("b") || BOLD_STYLE.matcher(e.attr("style")).find()) {
                    return true;
                }
                if (BLOCKS.contains(name) || name.equals("td") || name.equals("th")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A paragraph in bold from end to end, short and no sentence, not centred and in no table: a
         * heading without a number (从“单打独斗”到“抱团发展”), as Word's bold paragraphs are.
         */
        private boolean emphasised(String t, boolean allBold) {
            return allBold && cell == 0 && !inTable && !centred && DocxReader.headingShaped(t);
        }

        void flush() {
            flush(true);
        }

        private void flush(boolean paragraphEnd) {
            pendingSpace = false;
            pendingNewline = false;
            if (line.length() == 0) {
                return;
            }
            // a line the page indents with its own ideographic spaces (a 文库 page's line that starts
            // a paragraph, 　　今年以来…) keeps that indent for reflow, as a .txt's line does
            boolean indented = indent || !paragraphEnd && line.toString().replace(" ", "").startsWith("\u3000\u3000");
            String t = line.toString().strip();
            // (every character of the line stood in bold, white space aside)
            boolean allBold = boldChars > 0 && boldChars >= t.replace(" ", "").length();
            line.setLength(0);
            if (!t.isEmpty()) {
                Integer hint = lineHeading == null && paragraphEnd && emphasised(t, allBold) ? Integer.valueOf(RawLine.EMPHASIS) : lineHeading;
                lines.add(new RawLine(indented ? "\u3000\u3000" + t : t, hint, pageBreak, paragraphEnd || hint != null));
                pageBreak = false;
            }
            lineHeading = null;
            boldChars = 0;
        }

        /** The line being collected is a positioned line further right than its page's others. */
        private boolean indent;
        /** The left offset of the first run of the positioned line being collected, or -1. */
        private int lineLeft = -1;
        /** The next block is the next run of the positioned line being collected. */
        private boolean nextRun;
        private final java.util.Map<Element, Integer> pageLefts = new java.util.IdentityHashMap<>();
        private final java.util.Map<String, Integer> classLefts;

        /**
         * The left offset of a positioned line (by its style, or a pdf2htmlEX line by its classes:
         * 0 when the style sheet does not say), or -1.
         */
        private int left(Element e) {
            int left = positionedLeft(e);
            if (left >= 0 || !pdfLine(e)) {
                return left;
            }
            for (String c : e.classNames()) {
                Integer l = classLefts.get(c);
                if (l != null) {
                    return Math.max(0, l);
                }
            }
            return 0;
        }

        /** The smallest left offset of the positioned lines beside {@code e} (its page's left margin). */
        private int pageLeft(Element e) {
            Element page = e.parent();
            if (page == null) {
                return 0;
            }
            return pageLefts.computeIfAbsent(page, p -> {
                int min = Integer.MAX_VALUE;
                for (Element c : p.children()) {
                    int l = left(c);
                    if (l >= 0) {
                        min = Math.min(min, l);
                    }
                }
                return min == Integer.MAX_VALUE ? 0 : min;
            });
        }

        /** Chinese punctuation after which a space in the page's source is no space. */
        private static final String CLAUSE_END = "，。、；：！？";

        /** A wide character or a Chinese quote mark (“”‘’). */
        private static boolean chinese(char c) {
            return wide(c) || (c >= '\u2018' && c <= '\u201F');
        }

        private static boolean wide(char c) {
            return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                    || (c >= 0xFF00 && c <= 0xFFEF) || Character.isSurrogate(c);
        }
    }

    /** The charset a page declares in its first bytes, when Java knows it. */
    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset cs = TextDecoder.canonicalCharset(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
            // a page in UTF-16 has a byte-order mark; a declaration read through ASCII bytes is wrong
            return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? null : cs;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
