package org.wenzhai.importing.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.importing.clean.Line;
import org.wenzhai.importing.clean.Texts;

/**
 * Turns cleaned lines into a document of articles, headings and paragraphs.
 * <ul>
 *   <li>The first title-like line is the document's title ("（6篇）" on the next line joins it);
 *       a "来源：…" line gives the document's source.</li>
 *   <li>A compilation (汇编, （6篇）, 摘登, 经验交流材料, 发言材料… or a table of contents) is split by
 *       its table of contents when the entries name the articles, otherwise by title-like lines:
 *       unnumbered, short, no sentence punctuation, after a blank line, scored higher when a unit line
 *       follows or a new run of 一、 headings starts. The table of contents is dropped.</li>
 *   <li>Each article: title, author or unit (own line or glued to the title's end), date.</li>
 *   <li>Headings by numbering (see {@link Texts#numberingLevel}); a heading written inline before its
 *       body is split after the first sentence end (or a short heading's colon), which the heading
 *       keeps; headings are at most {@link #HEADING_MAX_CHARS}.</li>
 *   <li>Paragraphs longer than {@link #PARAGRAPH_MAX_CHARS} are split at sentence ends.</li>
 * </ul>
 */
public final class StructureBuilder {
    public static final int HEADING_MAX_CHARS = 60;
    public static final int PARAGRAPH_MAX_CHARS = 5000;
    static final int TITLE_MAX_CHARS = 80;

    private static final Pattern COMPILATION = Pattern.compile(
            "汇编|[（(]\\s*\\d+\\s*篇\\s*[）)]|摘登|摘编|选编|合集|汇总|文集|经验交流材料|交流发言|发言材料|典型(?:经验|案例|材料)|范文\\d+篇|\\d+篇");
    private static final Pattern COUNT_LINE = Pattern.compile("^[（(]\\s*(\\d+)\\s*篇\\s*[）)]$");
    private static final Pattern COUNT_IN_TITLE = Pattern.compile("[（(]\\s*(\\d+)\\s*篇\\s*[）)]");
    /** A numbered entry: 1．标题, 2、标题, or a two-digit number and a space (01　标题). */
    private static final Pattern TOC_ENTRY = Pattern.compile("^(\\d{1,2})\\s*[.．、]\\s*(.*)$|^0?(\\d{1,2})(?<=0\\d|\\d{2})[\\s\u3000]+(\\S.*)$");
    private static final Pattern TOC_LEADER = Pattern.compile("(?:[.…·．]{3,}|\\s)\\s*\\d{1,4}$");
    private static final Pattern TOC_BARE_LEADER = Pattern.compile("[.…·．]{4,}\\s*$");
    private static final Pattern TOC_PAGE = Pattern.compile("(?:\\s+|[.…·．—-]{2,}\\s*)\\d{1,4}$");
    /** A page number glued to an entry's last Chinese word (一、总体要求1), looked for only under 目录. */
    private static final Pattern GLUED_PAGE = Pattern.compile("(?<=\\p{IsHan})\\d{1,3}$");

    private static final Pattern ITEM_START = Pattern.compile("^[一二三四五六七八九十]+是");
    /** A label that numbers the articles of a compilation: 材料一, 【发言二】, 典型案例之三, 第4篇, 【篇一】, 【经验一】, 心得体会二. */
    private static final String MARKER = "[【\\[〔]?(?:(?:交流|发言|经验|典型|参考|优秀)?(?:材料|发言|案例|范文|文章|稿件|例文|经验|心得体会|心得)(?:之)?"
            + "[一二三四五六七八九十百\\d]{1,3}|第[一二三四五六七八九十百\\d]{1,3}篇|篇[一二三四五六七八九十百\\d]{1,3})[】\\]〕]?";
    private static final Pattern ARTICLE_MARKER = Pattern.compile("^" + MARKER + "[：:]?$");
    /** A label glued before a title that the table of contents names without it: 材料五社区党员干部…, 材料2：…. */
    private static final Pattern GLUED_LABEL = Pattern.compile("^" + MARKER + "[：:、．.]?");
    /** The lines where an article starts whose title the contents name after such a label. */
    private final java.util.Set<Integer> labelledTitles = new java.util.HashSet<>();
    /** The same label written before the title on its line: 材料一：标题. */
    private static final Pattern MARKED_TITLE = Pattern.compile("^" + MARKER
            // (a title of at least four characters, or of short phrases apart by spaces: 学条例　明底线…)
            + "(?:[：:、．.][\\s\u3000]*|[\\s\u3000]+|(?<=[】\\]〕]))(?=[^\\s\u3000]{4}|[^\\s\u3000]{2,3}[\\s\u3000]+[^\\s\u3000]{2})");

    /** What structure took out of the text that is neither title nor author (the dash before a unit). */
    private final List<org.wenzhai.domain.RemovedText> separators = new ArrayList<>();

    /** The ids under which a compilation's cover lines and its table of contents are recorded. */
    public static final String COVER_ID = "structure.cover";
    public static final String CONTENTS_ID = "structure.contents";
    /** The id under which an article's title written a second time right under itself is recorded. */
    public static final String TITLE_AGAIN_ID = "structure.title-again";
    /** The name of a part of a compilation (一、领导讲话) written again in the body between its articles. */
    public static final String PART_ID = "structure.part";
    /** The id under which 来源：… lines are recorded (the first one is the document's source). */
    public static final String SOURCE_ID = "structure.source";

    /** The id under which separators between a title and its author are recorded. */
    public static final String SEPARATOR_ID = "structure.author-separator";

    private void separator(int lineNumber, String text) {
        record(SEPARATOR_ID, lineNumber, text);
    }

    /** Records text that structure takes out of the articles, so that nothing leaves unrecorded. */
    private void record(String id, int lineNumber, String text) {
        if (!text.isEmpty()) {
            separators.add(new org.wenzhai.domain.RemovedText(id, lineNumber, text));
        }
    }

    /** The separators the last {@link #build} took out of the text, to be recorded with what cleaning removed. */
    public List<org.wenzhai.domain.RemovedText> separators() {
        return List.copyOf(separators);
    }

    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:标[\\s\u3000]*题|题[\\s\u3000]*目)[\\s\u3000]*[:：][\\s\u3000]*(\\S.{3,})$");

    /** What structure made of a document. */
    public record Result(String title, String source, List<ImportedArticle> articles) {
    }

    public Result build(List<Line> in, String fallbackTitle) {
        List<Line> lines = new ArrayList<>(in.size());
        String source = null;
        LocalDate sourceDate = null;
        for (Line l : in) {
            String s = l.text().length() <= 90 ? Metadata.sourceLine(l.text()) : null;
            if (s != null) {
                if (source == null) {
                    source = s;
                    // (来源：某某日报　2024年06月14日: the date of a page's single article)
                    Matcher d = Metadata.dateMatcher(l.text());
                    sourceDate = d == null ? null : Metadata.date(d);
                }
                // the first gives the document its source; every one is recorded, none lost unseen
                record(SOURCE_ID, l.number(), l.text());
                continue;
            }
            lines.add(l);
        }
        lines = titleFirst(lines);
        // a disclosure table's 标　　题：… row on top: the title without its label
        if (!lines.isEmpty()) {
            Matcher labelled = TITLE_LABEL.matcher(lines.get(0).text());
            if (labelled.matches()) {
                lines.set(0, lines.get(0).withText(labelled.group(1).strip()));
            }
        }
        int pos = 0;
        String title;
        if (!lines.isEmpty() && isDocumentTitle(lines.get(0).text())) {
            title = lines.get(0).text();
            pos = 1;
            if (pos < lines.size() && issuedBy(title, lines.get(pos).text()) && isDocumentTitle(lines.get(pos).text())) {
                title = title.strip() + lines.get(pos).text().strip();
                pos++;
            } else if (pos < lines.size() && titleGoesOnWithItsKind(title, lines.get(pos))) {
                // a title over two lines: 某某县2024年乡村振兴 / 经验交流材料汇编, 2023年度民主生活会 / 个人对照检查材料
                title = title.strip() + lines.get(pos).text().strip();
                pos++;
            } else {
                // over three lines or more: 东岭市2024年 / 优化营商环境 / 典型案例汇编; 关于 / 进一步规范 /
                // 村级小微权力运行的 / 实施意见
                String joined = title.strip();
                for (int k = pos; k < Math.min(lines.size() - 1, pos + MORE_TITLE_LINES) && shortTitleLine(lines.get(k)); k++) {
                    joined += lines.get(k).text().strip();
                    if (titleGoesOnWithItsKind(joined, lines.get(k + 1))) {
                        title = joined + lines.get(k + 1).text().strip();
                        pos = k + 2;
                        break;
                    }
                }
            }
            // a page's heading and its text's first line both give the title (h1, then the same in a
            // paragraph): once is the title
            if (pos < lines.size() && squeeze(lines.get(pos).text()).equals(squeeze(title))) {
                pos++;
            }
        } else {
            title = fallbackTitle;
        }
        int expected = countIn(title);
        if (pos < lines.size()) {
            Matcher cm = COUNT_LINE.matcher(lines.get(pos).text());
            if (cm.matches()) {
                title = title + lines.get(pos).text();
                expected = Integer.parseInt(cm.group(1));
                pos++;
            }
        }
        // a cover page: the compiling unit and a date under the title, the text starting on the next page
        int cover = pos;
        boolean imprint = false;
        while (cover < lines.size() && cover - pos < 3) {
            String t = lines.get(cover).text();
            boolean both = imprintLine(t);
            if (!(both || unitLine(t) != null || Metadata.dateLine(t) != null || Metadata.monthLine(t)
                    || COMPILED_BY.matcher(t).matches() || PERIOD_LINE.matcher(t.strip()).matches())) {
                break;
            }
            imprint |= both;
            cover++;
        }
        boolean compiledBy = false;
        boolean unitAndDate = false;
        for (int k = pos; k < cover; k++) {
            String t = lines.get(k).text();
            compiledBy |= COMPILED_BY.matcher(t).matches();
            // (a unit over a date under a compilation's title: its issuer and month, 某某办公室 / 2024年3月)
            unitAndDate |= k > pos && unitLine(lines.get(k - 1).text()) != null && (Metadata.dateLine(t) != null || Metadata.monthLine(t));
        }
        // the text starts on the next page, or after a blank line under 某某局　编
        // (the compiling unit and the date on one line is a cover's imprint, whatever follows it)
        // (under a single text's title, 某某局2023年工作总结 / 某某局　2024年1月10日, the line signs and dates it)
        String coverUnit = null;
        LocalDate coverDate = null;
        if (cover > pos && cover < lines.size()
                && (lines.get(cover).pageBreakBefore() || compiledBy && lines.get(cover).blankBefore() > 0
                || (compiledBy || unitAndDate && lines.get(cover).blankBefore() > 0) && COMPILATION.matcher(title).find()
                || imprint && (COMPILATION.matcher(title).find() || findToc(lines, cover) != null))) {
            for (int k = pos; k < cover; k++) {
                String t = lines.get(k).text();
                record(COVER_ID, lines.get(k).number(), t);
                Matcher m = IMPRINT.matcher(t.strip());
                String unit = m.matches() ? unitLine(m.group(1).strip()) : unitLine(t);
                coverUnit = coverUnit == null ? unit : coverUnit;
                coverDate = coverDate == null ? Metadata.dateLine(t) : coverDate;
            }
            pos = cover;
        }
        Toc toc = findToc(lines, pos);
        int body = toc == null ? pos : toc.end;
        ImportedArticle preface = null;
        if (toc != null) {
            // an editor's note before the contents (编者按：…。) is text, as it is without contents: the
            // first article, under the document's title
            boolean note = false;
            for (int k = pos; k < toc.start && !note; k++) {
                String t = lines.get(k).text();
                note = t.length() > 30 && (Texts.endsSentence(t) || containsSentenceEnd(t));
            }
            if (note) {
                preface = article(lines, pos, toc.start, title, false);
            }
            // neither articles nor paragraphs, but not lost: the cover's lines before the contents
            // (the compiling unit, a date) and the contents themselves are recorded
            for (int k = note ? toc.start : pos; k < toc.end; k++) {
                record(k < toc.start ? COVER_ID : CONTENTS_ID, lines.get(k).number(), lines.get(k).text());
            }
        }
        if (toc != null && expected < 0) {
            expected = toc.articleEntries().size();
        }
        if (toc == null) {
            // a table of contents at the end (a converted file's): recorded as contents, not the last article's text
            Toc atEnd = trailingToc(lines, body);
            if (atEnd != null) {
                for (int k = atEnd.start; k < lines.size(); k++) {
                    record(CONTENTS_ID, lines.get(k).number(), lines.get(k).text());
                }
                lines = lines.subList(0, atEnd.start);
                expected = expected < 0 ? atEnd.entries.size() : expected;
            }
        }
        boolean announced = COMPILATION.matcher(title).find();
        List<Integer> starts = toc == null ? List.of() : withLabels(lines, body, matchToc(lines, body, toc, announced, labelledTitles));
        boolean headingsToc = toc != null && starts.isEmpty() && toc.entries.stream().anyMatch(e -> !e.isEmpty());
        boolean compilation = announced || (toc != null && !headingsToc);
        if (starts.size() < 2) {
            if (compilation) {
                lines = speechesOnTheirOwnLines(lines, body);
            }
            // a document whose own title is signed (the title, then its speaker or unit) may hold a
            // second speech signed the same way, without a compilation's title (两篇讲话 in one file)
            boolean headSigned = pos > 0 && toc == null && body < lines.size()
                    && (Metadata.authorLine(lines.get(body).text(), true) != null || Metadata.speakerLine(lines.get(body).text()) != null);
            starts = candidates(lines, body, compilation, expected, headSigned);
        }
        List<ImportedArticle> articles = new ArrayList<>();
        if (starts.isEmpty()) {
            ImportedArticle only = article(lines, body, lines.size(), title, false);
            articles.add(only);
            title = only.title();
        } else {
            int head = partsOut(lines, toc, body, starts.get(0));
            if (head > body && coverLinesOnly(lines, body, head)) {
                // 某某办公室编印, a date: the compilation's cover, recorded, not an article without text
                for (int k = body; k < head; k++) {
                    record(COVER_ID, lines.get(k).number(), lines.get(k).text());
                }
            } else if (head > body && toc != null && starts.size() + 1 >= toc.articleEntries().size()
                    && isTitleShape(lines.get(body).text()) && head - body > 2) {
                // the first article, whose title the contents wrote too differently to be found (an entry
                // left a word out): it is still an article of its own, not more of the document's title
                articles.add(article(lines, body, head, null, true));
            } else if (head > body) {
                articles.add(article(lines, body, head, title, false));
            }
            for (int k = 0; k < starts.size(); k++) {
                int end = partsOut(lines, toc, starts.get(k) + 1, k + 1 < starts.size() ? starts.get(k + 1) : lines.size());
                if (k == 0 && articles.isEmpty() && end - starts.get(k) == 1 && k + 1 < starts.size()
                        && coverLinesOnly(lines, starts.get(k), end)) {
                    // a line taken for a title with nothing under it before the first article: the cover's
                    record(COVER_ID, lines.get(starts.get(k)).number(), lines.get(starts.get(k)).text());
                    continue;
                }
                articles.add(article(lines, starts.get(k), end, null, true));
            }
        }
        articles = attachmentsApart(articles);
        if (preface != null) {
            articles.add(0, preface);
        }
        if (sourceDate != null && articles.size() == 1 && articles.get(0).date() == null) {
            ImportedArticle a = articles.get(0);
            articles.set(0, new ImportedArticle(a.title(), a.author(), sourceDate, a.blocks()));
        }
        // a single report's cover names the unit that wrote it and when
        if (articles.size() == 1 && !COMPILATION.matcher(title).find() && (coverUnit != null || coverDate != null)) {
            ImportedArticle a = articles.get(0);
            articles.set(0, new ImportedArticle(a.title(), a.author() == null ? coverUnit : a.author(),
                    a.date() == null ? coverDate : a.date(), a.blocks()));
        }
        return new Result(unbracketed(title), source, articles);
    }

    private static final Pattern INFO_SOURCE = Pattern.compile("(?:来源|信息来源|文章来源)\\s*[:：]\\s*([^\\s　|｜【\\[]{2,30})");
    /** The next field of an information line, where a source whose spans ran into it ends (来源：区政务服务管理局作者：…). */
    private static final Pattern INFO_NEXT_FIELD = Pattern.compile("(?:作者|编辑|责任编辑|责编|浏览|阅读|点击|字号|字体|发布|更新|时间|日期)"
            + "(?:次数|数|时间|日期)?\\s*[:：]");
    private static final String BARE_TIMESTAMP_RULE = "web.timestamp";
    /** Information lines: dated first (web.info), starting with their author or source (web.info-fields), or a view counter's line that names them (web.views). */
    private static final java.util.Set<String> INFO_LINE_RULES = java.util.Set.of("web.info", "web.info-fields", "web.views");
    private static final String DOCSHARE_INFO_RULE = "notice.docshare-info";
    private static final Pattern INFO_DATE = Pattern.compile("(?:发布|发表|更新)?(?:时间|日期)\\s*[:：]\\s*" + Metadata.DATE);
    /** 作者：… on an information line, up to a wide gap, a bar or the next label. */
    private static final Pattern INFO_AUTHOR = Pattern.compile(
            "作者\\s*[:：]\\s*([^\\s　|｜【\\[](?:[^　|｜【\\[]{0,29}?)(?:　\\p{IsHan}{2,4})?)(?=\\s{2,}|　|[|｜【\\[\\]】]|\\s*(?:来源|编辑|责任编辑|发布|时间|浏览|阅读|点击|字号)|\\s*" + Metadata.DATE_BEGINS + "|\\s*$)");

    /**
     * A web page's information line (发布时间：… 来源：… 作者：… 浏览次数：…) is removed as page chrome,
     * but its date, source and author are the article's: taken from the removed lines near the top
     * when the document has no source and a single article has no date or author of its own.
     */
    public static Result withPageInfo(Result r, List<RemovedText> removed, int firstLines) {
        String source = r.source();
        List<ImportedArticle> articles = r.articles();
        for (RemovedText t : removed) {
            if (t.lineNumber() > firstLines || t.text().length() > 200) {
                continue;
            }
            if (source == null) {
                Matcher m = INFO_SOURCE.matcher(t.text());
                if (m.find()) {
                    Matcher next = INFO_NEXT_FIELD.matcher(m.group(1));
                    source = next.find(2) ? m.group(1).substring(0, next.start()) : m.group(1);
                }
            }
            // an information line's 作者：… signs a single article that has no author of its own
            if (articles.size() == 1 && articles.get(0).author() == null && INFO_LINE_RULES.contains(t.ruleId())) {
                Matcher m = INFO_AUTHOR.matcher(t.text());
                if (m.find() && Metadata.authorLine(m.group(1).strip(), true) != null) {
                    ImportedArticle a = articles.get(0);
                    articles = List.of(new ImportedArticle(a.title(), m.group(1).strip(), a.date(), a.blocks()));
                }
            }
            // (a document-sharing page's upload time is not when the text was written)
            if (articles.size() == 1 && articles.get(0).date() == null && !t.ruleId().equals(DOCSHARE_INFO_RULE)) {
                Matcher m = INFO_DATE.matcher(t.text());
                // a bare timestamp line (2024-05-20 08:30 发表于湖南) is the date of the page too
                if (m.find() || ((t.ruleId().equals(BARE_TIMESTAMP_RULE) || INFO_LINE_RULES.contains(t.ruleId()))
                        && (m = Metadata.dateMatcher(t.text())) != null)) {
                    LocalDate d = Metadata.date(m);
                    if (d != null) {
                        ImportedArticle a = articles.get(0);
                        articles = List.of(new ImportedArticle(a.title(), a.author(), d, a.blocks()));
                    }
                }
            }
        }
        return source == r.source() && articles == r.articles() ? r : new Result(r.title(), source, articles);
    }

    private static int countIn(String title) {
        Matcher m = COUNT_IN_TITLE.matcher(title);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static boolean isDocumentTitle(String t) {
        if (t.length() <= QUESTION_TITLE_MAX_CHARS && (t.endsWith("？") || t.endsWith("！")) && t.indexOf('。') < 0
                && t.indexOf('；') < 0 && asksInPhrases(t.substring(0, t.length() - 1))
                && Texts.numberingLevel(t) == 0 && !t.endsWith("：？")) {
            // a web or WeChat title asks or calls: 为基层减负，减的是什么、增的是什么？ (or asks twice:
            // 改革为了谁？改革依靠谁？)
            return true;
        }
        return t.length() <= TITLE_MAX_CHARS && !Texts.endsSentence(t) && !Texts.endsWithPunctuation(t)
                && Texts.numberingLevel(t) == 0 && !containsSentenceEnd(t);
    }

    /** Before a title's last ？ or ！: no other, or questions of three characters or more (not 同志们！大家好). */
    private static boolean asksInPhrases(String t) {
        if (!containsSentenceEnd(t)) {
            return true;
        }
        if (SALUTATION_WORDS.matcher(t).find()) {
            return false;
        }
        for (String part : t.split("[？！]", -1)) {
            if (part.length() < 3) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SALUTATION_WORDS = Pattern.compile("同志|大家|朋友|各位|你好|您好");

    /** The longest first line ending in ？ or ！ taken for the document's title. */
    private static final int QUESTION_TITLE_MAX_CHARS = 32;

    private static boolean containsSentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                return true;
            }
        }
        return false;
    }

    // ---- table of contents ----

    /** Who speaks in a dialogue (答记者问, 访谈): 问, 答, 记者, 主持人. */
    private static final Pattern DIALOGUE_LABEL = Pattern.compile("问|答|提问|记者|主持人");

    /** The line over a table of contents; briefings and journals say 本期要目 or 要目. */
    private static final Pattern CONTENTS_HEADER = Pattern.compile("[【\\[〔■]?(?:目录|目次|目錄|(?:本期)?(?:要目|目录|导读))[】\\]〕■]?");

    /** A table of contents: its 目录 line (or first entry) at {@code start}, its lines up to {@code end}. */
    private record Toc(int start, int end, List<String> entries) {
        /**
         * Whether the contents has two levels, each article's title and under it its 一、 headings:
         * then its unnumbered entries name the articles.
         */
        boolean twoLevels() {
            long unnumbered = entries.stream().filter(e -> !e.isEmpty() && Texts.numberingLevel(e) == 0).count();
            // the headings' numbering starts again under each title (a report's 前言 and 结语 around
            // one run of 一、二、三、 are not titles of articles)
            long restarts = entries.stream().filter(e -> e.startsWith("一") && Texts.numberingLevel(e) == 1).count();
            return unnumbered >= 2 && restarts >= 2;
        }

        /**
         * Whether the contents groups the articles in parts, each numbered 一、 and followed by its
         * articles' unnumbered entries (一、领导讲话 / 在全市…会议上的讲话 / 二、典型发言 / …).
         */
        boolean parts() {
            if (twoLevels() || entries.isEmpty() || !partHeader(entries.get(0))) {
                return false;
            }
            int parts = 0;
            for (int k = 0; k < entries.size(); k++) {
                if (partHeader(entries.get(k))) {
                    if (k + 1 >= entries.size() || partHeader(entries.get(k + 1)) || Texts.numberingLevel(entries.get(k + 1)) != 0) {
                        return false;
                    }
                    parts++;
                }
            }
            return parts >= 2;
        }

        /** The entries that name articles. */
        List<String> articleEntries() {
            return twoLevels() ? entries.stream().filter(e -> Texts.numberingLevel(e) == 0).toList()
                    : parts() ? entries.stream().filter(e -> !partHeader(e)).toList() : entries;
        }

        /** Whether a line of the body is one of the parts the contents groups its articles in. */
        boolean namesPart(String line) {
            return partHeader(line) && parts() && entries.stream()
                    .anyMatch(e -> partHeader(e) && titleKey(e).equals(titleKey(line)));
        }
    }

    /** Where a contents entry's unit or speaker after a slash begins (标题／龙泉镇党委, 标题/县委书记　李某), else -1. */
    private static int slashedUnit(String entry) {
        int slash = Math.max(entry.lastIndexOf('／'), entry.lastIndexOf('/'));
        return slash >= 4 && Metadata.authorLine(entry.substring(slash + 1).strip(), false) != null ? slash : -1;
    }

    /** A part of a compilation named without 一、: 第二部分　县区经验, 【大会发言】. */
    private static final Pattern PART_HEADER = Pattern.compile("第[一二三四五六七八九十]{1,3}部分(?:[\\s\u3000：:]*\\S.{0,14})?|【[^】\\d]{2,10}】");

    /** The header of a part the contents groups articles in: 一、领导讲话, 第一部分　市州经验, 【大会发言】. */
    static boolean partHeader(String entry) {
        String t = entry.strip();
        return Texts.numberingLevel(t) == 1 || PART_HEADER.matcher(t).matches();
    }

    /**
     * A table of contents right after the title: a 目录 line followed by entries (numbered 1．…,
     * numbered 一、…, or ending in dot leaders and a page number; entries may be empty), or,
     * without a 目录 line, two or more numbered 1．… entries whose texts come back later.
     */
    /** The shortest entry taken for one wrapped before its page number. */
    private static final int WRAPPED_ENTRY_MIN = 16;

    /**
     * Under 目录 whose entries end with their pages, a blank line before the next group's header and
     * its paged entries (第二部分　县区经验 / 清河县委：…………13): the contents go on.
     */
    private static boolean pagedGroupGoesOn(List<Line> lines, int i) {
        for (int k = i; k < Math.min(lines.size(), i + 2); k++) {
            if (k > i && lines.get(k).blankBefore() > 0) {
                return false;
            }
            String t = Texts.halfWidthDigitsAndSpaces(lines.get(k).text());
            if (LEADER_DOTS.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LEADER_DOTS = Pattern.compile("[.…·．]{3,}\\s*\\d{1,4}$");

    private static Toc findToc(List<Line> lines, int from) {
        int header = -1;
        for (int i = from; i < Math.min(lines.size(), from + 4); i++) {
            String t = squeeze(lines.get(i).text());
            if (CONTENTS_HEADER.matcher(t).matches()) {
                header = i;
                break;
            }
        }
        int i = header < 0 ? from : header + 1;
        List<String> entries = new ArrayList<>();
        boolean paged = false;
        // whether the last entry ended with its page number
        boolean lastPaged = true;
        // entries that are neither numbered in sequence nor paged: without a 目录 line, all must come back
        boolean plain = false;
        int firstEntry = i;
        // the index of the last group's header among the entries (一、经验交流), -1 before any
        int groupAt = -1;
        int numberedEntries = 0;
        while (i < lines.size()) {
            String t = lines.get(i).text();
            if (!entries.isEmpty() && lines.get(i).blankBefore() > 0
                    && !(header >= 0 && paged && lastPaged && pagedGroupGoesOn(lines, i))) {
                break;
            }
            Matcher m = TOC_ENTRY.matcher(t);
            // (page numbers in full-width digits or after an ideographic space; under 目录, a numbered
            // entry's page glued to its last word: 一、总体要求1)
            String tn = Texts.halfWidthDigitsAndSpaces(t);
            // (under 目录, an entry may end in its leader dots alone: its page number went onto a line
            // of its own, a page number to cleaning)
            Matcher bareLeader = header >= 0 ? TOC_BARE_LEADER.matcher(t) : null;
            boolean leaderOnly = bareLeader != null && bareLeader.find() && bareLeader.start() > 0;
            boolean leader = TOC_LEADER.matcher(tn).find() || leaderOnly
                    || header >= 0 && Texts.numberingLevel(t) > 0 && GLUED_PAGE.matcher(tn).find();
            String entry;
            if (header >= 0 && !entries.isEmpty() && !lastPaged && leader && !m.matches() && Texts.numberingLevel(t) == 0
                    && entries.get(entries.size() - 1).length() >= WRAPPED_ENTRY_MIN
                    && Texts.numberingLevel(entries.get(entries.size() - 1)) != 1) {
                // an entry wrapped before its page number: 1.坚持…——县发展和改革局局长2023年度 / 述职述责述廉报告……2
                // (not the part over its first entry: 一、领导讲话 / 在全市…上的讲话……1)
                String rest = leaderOnly ? t.substring(0, bareLeader.start()).strip() : t;
                Matcher restPage = TOC_PAGE.matcher(Texts.halfWidthDigitsAndSpaces(rest));
                if (restPage.find()) {
                    rest = rest.substring(0, restPage.start()).strip();
                }
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + rest);
                paged = true;
                lastPaged = true;
                i++;
                continue;
            }
            if (header >= 0 && !entries.isEmpty() && SUBTITLE_ENTRY.matcher(t).lookingAt()) {
                // an entry's subtitle on the next line (——在…上的发言……4): part of the entry above
                i++;
                continue;
            }
            int number = m.matches() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3)) : -1;
            if (number > 0 && (number == entries.size() + 1
                    || groupAt >= 0 && (number == entries.size() - groupAt || number == numberedEntries + 1))) {
                // (numbered from 1 again under each group's header, 一、经验交流 / 1．… / 二、心得体会 / 1．…, or
                // on through the groups, 一、组织振兴篇 / 01　… / 03　… / 二、人才振兴篇 / 04　…)
                entry = m.group(2) != null ? m.group(2) : m.group(4);
                numberedEntries++;
            } else if (leader || Texts.numberingLevel(t) == 1) {
                groupAt = Texts.numberingLevel(t) == 1 && !leader ? entries.size() : groupAt;
                // (without a 目录 line, such entries count only when their texts come back, below;
                // 一、 entries out of sequence as plain lines do)
                entry = t;
                plain |= header < 0 && !leader && entries.size() > 0 && !t.startsWith(NTH[Math.min(entries.size(), NTH.length - 1)]);
            } else if (header >= 0 && MARKED_TITLE.matcher(t).find()) {
                // 材料一  标题——单位: the compilation's label is not part of the title
                Matcher label = MARKED_TITLE.matcher(t);
                entry = label.find() ? t.substring(label.end()) : t;
            } else if (header >= 0 && !entries.isEmpty() && Metadata.authorLine(t, false) != null
                    && Metadata.splitTrailingAuthor(t) == null && slashedUnit(t) < 0) {
                // the unit listed on its own line under its entry (not an entry that ends with its unit:
                // 小网格托起大民生——某某街道网格化服务管理中心)
                i++;
                continue;
            } else if ((isTitleShape(t) || firstUnderHeader(header, entries, t)) && !(paged && lines.get(i).pageBreakBefore())) {
                plain |= header < 0;
                // (a plain line at the top of a page after entries with page numbers is the first article's title)
                entry = t;
            } else {
                break;
            }
            if (leaderOnly && entry.equals(t)) {
                entry = t.substring(0, bareLeader.start()).strip();
            }
            String en = Texts.halfWidthDigitsAndSpaces(entry);
            Matcher page = TOC_PAGE.matcher(en);
            boolean entryPaged = page.find();
            if (!entryPaged && header >= 0 && Texts.numberingLevel(entry) > 0) {
                page = GLUED_PAGE.matcher(en);
                entryPaged = page.find();
            }
            if (entryPaged) {
                paged = true;
                entry = entry.substring(0, page.start()).strip();
            }
            // the unit named after the title (……——XX县民政局, ……（XX市委组织部）) is not written so in the body
            Metadata.Signed signed = Metadata.splitTrailingAuthor(entry);
            int slash = signed == null ? slashedUnit(entry) : -1;
            if (signed != null) {
                entry = signed.title();
            } else if (slash > 0) {
                // 党建联建“链”出共富新路径／龙泉镇党委: the unit after a slash
                entry = entry.substring(0, slash).strip();
            }
            // a repeated entry ends an unnumbered list (the body's own headings follow); numbered entries may repeat
            // (the body's title without the unit its entry named: 标题　某某镇党委……1, then 标题), and so may
            // entries with their page (a two-level contents lists each article's 一、主要做法)
            // (an entry set in 【】 or 《》 names the title written without them; a part's short name in 【】,
            // 【大会发言】, keeps them: it is a part's header)
            entry = PART_HEADER.matcher(entry.strip()).matches() ? entry.strip() : unbracketed(entry);
            String again = squeeze(entry);
            boolean repeated = !m.matches() && !entryPaged && !entry.isEmpty() && entries.stream().map(StructureBuilder::squeeze)
                    .anyMatch(e -> e.equals(again) || again.length() >= 6 && e.startsWith(again));
            // (an entry may ask, as its title does: 一、“双减”之后，课后服务如何提质？)
            boolean asks = asks(withoutNumbering(entry).strip());
            if (entry.length() > TITLE_MAX_CHARS || containsSentenceEnd(entry) && !asks || repeated) {
                break;
            }
            entries.add(entry);
            lastPaged = entryPaged;
            i++;
        }
        if (header >= 0) {
            return new Toc(header, i, entries);
        }
        if (entries.size() >= 2 && entries.stream().noneMatch(String::isEmpty)) {
            // numbered lines right after the title (1．, 一、) or entries with page numbers count when
            // most of their texts come back; plain lines only when every one does
            List<String> later = new ArrayList<>();
            for (int k = i; k < lines.size(); k++) {
                if (lines.get(k).text().length() <= TITLE_MAX_CHARS + 40) {
                    later.add(titleKey(lines.get(k).text()));
                }
            }
            long found = 0;
            for (String e : entries) {
                String entry = titleKey(withoutNumbering(e));
                // (an entry that is a number alone, 第一章 8, or a word or two names nothing that comes back as a title)
                if (entry.length() >= 4 && later.stream().anyMatch(l -> l.startsWith(entry))) {
                    found++;
                } else if (plain) {
                    return null;
                }
            }
            if (found * 2 >= entries.size()) {
                return new Toc(firstEntry, i, entries);
            }
        }
        return null;
    }

    /**
     * A 目录 line near the end with the rest of the text its entries, two or more, each naming a
     * title-like line above it (its page number and unit aside), or null.
     */
    private static Toc trailingToc(List<Line> lines, int body) {
        for (int h = lines.size() - 3; h > body + 2 && h >= lines.size() - TRAILING_TOC_LINES; h--) {
            if (!CONTENTS_HEADER.matcher(squeeze(lines.get(h).text())).matches()) {
                continue;
            }
            Toc toc = findToc(lines, h);
            if (toc == null || toc.start != h || toc.end != lines.size() || toc.entries.size() < 2) {
                return null;
            }
            java.util.Set<String> above = new java.util.HashSet<>();
            for (int k = body; k < h; k++) {
                String t = lines.get(k).text();
                if (t.length() <= TITLE_MAX_CHARS + 40) {
                    above.add(titleKey(withoutNumbering(t)));
                }
            }
            for (String e : toc.entries) {
                String key = titleKey(withoutNumbering(e));
                if (key.isEmpty() || above.stream().noneMatch(a -> a.startsWith(key))) {
                    return null;
                }
            }
            return toc;
        }
        return null;
    }

    /** How far from the end a table of contents is looked for. */
    private static final int TRAILING_TOC_LINES = 80;

    /**
     * The end of an article's lines without the part's name the body writes again before the next
     * article (一、领导讲话, as the contents grouped them), which is recorded.
     */
    private int partsOut(List<Line> lines, Toc toc, int from, int end) {
        int k = end;
        while (toc != null && k - 1 >= from && toc.namesPart(lines.get(k - 1).text())) {
            k--;
            record(PART_ID, lines.get(k).number(), lines.get(k).text());
        }
        return k;
    }

    /** A subtitle's dash at the start of a line: ——在…上的发言. */
    private static final Pattern SUBTITLE_ENTRY = Pattern.compile("^[\\s\u3000]*(?:——|－－|--)");

    private static final String[] NTH = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** The text without white space (ASCII white space and the ideographic space). */
    static String squeeze(String s) {
        StringBuilder out = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, k);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * A title as a table of contents and the body are compared: without white space and punctuation,
     * since an entry may write ， where its title has a space (坚守初心使命，争做… / 坚守初心使命　争做…),
     * other quotation marks, or a dash before the unit.
     */
    static String titleKey(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (Character.getType(c)) {
                case Character.SPACE_SEPARATOR, Character.CONTROL, Character.CONNECTOR_PUNCTUATION,
                        Character.DASH_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION -> {
                    // left out
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutNumbering(String s) {
        return s.substring(Texts.numberingPrefix(s).length());
    }

    /** Whether a line (squeezed, unnumbered) holds the entry, or the entry holds the line and it reads as a title. */
    private static boolean holdsEntry(String line, String entry, String text) {
        return line.startsWith(entry) || (line.length() >= 6 && entry.startsWith(line) && isTitleShape(text));
    }

    /** Where the entries' articles start; empty when the entries name headings of one text rather than articles. */
    private static List<Integer> matchToc(List<Line> lines, int from, Toc toc, boolean announced, java.util.Set<Integer> labelled) {
        List<Integer> starts = new ArrayList<>();
        int numbered = 0;
        int pos = from;
        for (String entry : toc.articleEntries()) {
            String e = titleKey(withoutNumbering(entry));
            if (e.length() < 2) {
                continue;
            }
            // (an entry 东阳市委组织部：坚持… names the unit before the title the body writes alone)
            String[] unitFirst = unitTitled(withoutNumbering(entry).strip());
            String titleOnly = unitFirst == null ? null : titleKey(unitFirst[1]);
            for (int i = pos; i < lines.size(); i++) {
                String t = lines.get(i).text();
                if (t.length() > TITLE_MAX_CHARS + 40) {
                    continue;
                }
                String line = titleKey(withoutNumbering(t));
                // the line holds the entry (a unit may be glued after it), or the entry holds the line (the
                // entry names the unit too: "标题——XX县委组织部")
                boolean found = holdsEntry(line, e, t) || titleOnly != null && titleOnly.length() >= 4 && line.startsWith(titleOnly);
                // (after the compilation's label for the article, which the contents leave out: 材料2：标题)
                Matcher label = found ? null : GLUED_LABEL.matcher(line);
                if (label != null && label.lookingAt() && label.end() < line.length()
                        && holdsEntry(line.substring(label.end()), e, t)) {
                    found = true;
                    labelled.add(i);
                }
                if (found) {
                    starts.add(i);
                    if (Texts.numberingLevel(t) > 0) {
                        numbered++;
                    }
                    pos = i + 1;
                    break;
                }
            }
        }
        if (!announced && numbered * 2 > starts.size()) {
            return List.of();
        }
        return starts;
    }

    // ---- article starts without a table of contents ----

    /** An article found by its title starts at the compilation's label just above it (【发言一】, 材料二). */
    private static List<Integer> withLabels(List<Line> lines, int body, List<Integer> starts) {
        List<Integer> out = new ArrayList<>(starts.size());
        for (int s : starts) {
            boolean labelAbove = s - 1 >= body && ARTICLE_MARKER.matcher(lines.get(s - 1).text()).matches()
                    && (out.isEmpty() || out.get(out.size() - 1) < s - 1);
            out.add(labelAbove ? s - 1 : s);
        }
        return out;
    }

    private List<Integer> candidates(List<Line> lines, int from, boolean compilation, int expected, boolean headSigned) {
        record Candidate(int index, int score, boolean signed) {
        }
        List<Candidate> found = new ArrayList<>();
        boolean sawLevelOneSinceLast = false;
        // a 摘登 whose articles each start "（一）某某县：标题"
        boolean unitTitles = compilation && lines.subList(from, lines.size()).stream()
                .filter(l -> unitTitled(l.text()) != null).limit(2).count() == 2;
        // a 发言材料 whose speeches are numbered like headings, each with its unit in brackets:
        // 一、坚持“三治融合”　打造平安乡村（青石镇）
        boolean bracketUnitTitles = compilation && !unitTitles && lines.subList(from, lines.size()).stream()
                .filter(l -> numberedWithUnit(l.text())).limit(2).count() == 2;
        // a 表态发言 compilation whose speeches each start "某某镇党委书记 张某某：", or a 摘登 whose
        // articles each start with their unit alone on a line (某某区, 【某某县】)
        // (the two kinds may be mixed: 某某镇 alone, then 县水利局局长 吴刚)
        boolean speakerOrUnitLines = compilation && !unitTitles && java.util.stream.IntStream.range(from, lines.size())
                .filter(k -> speakerOrUnitStartsArticle(lines, from, k)).limit(2).count() == 2;
        // a compilation whose articles are numbered like headings (1. / （一） / 一、), each signed by
        // its unit or speaker on the next line: 1.坚持以学正风　锤炼过硬作风 / 柳溪县财政局局长　何建军
        boolean numberedSigned = compilation && !unitTitles && !bracketUnitTitles && !speakerOrUnitLines
                && java.util.stream.IntStream.range(from, lines.size()).filter(k -> numberedAndSigned(lines, k)).limit(2).count() == 2;
        // a compilation announcing N pieces whose only level-1 lines are N titles, each with its unit
        // glued at its end (一、以“一件事一次办”改革提升政务服务效能东岭市政务服务和大数据管理局)
        boolean numberedGluedUnits = compilation && expected > 1 && !unitTitles && !bracketUnitTitles && !speakerOrUnitLines
                && levelOneLinesAreSignedTitles(lines, from, expected);
        // a compilation announcing N pieces whose N numbered lines name each piece and its kind
        // (（一）赵晓燕同志个人检视剖析材料 … （四）…), each over its own 一、 headings
        boolean numberedKinds = compilation && expected > 1 && !unitTitles && !bracketUnitTitles && !speakerOrUnitLines
                && !numberedSigned && !numberedGluedUnits && numberedKindTitles(lines, from, expected);
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (numberedKinds) {
                if (numberedKindTitle(l.text())) {
                    found.add(new Candidate(i, 4 + Math.min(l.blankBefore(), 3), true));
                }
                continue;
            }
            if (numberedGluedUnits) {
                if (Texts.numberingLevel(l.text()) == 1) {
                    found.add(new Candidate(i, 4 + Math.min(l.blankBefore(), 3), true));
                }
                continue;
            }
            if (speakerOrUnitLines && speakerOrUnitStartsArticle(lines, from, i)) {
                found.add(new Candidate(i, 4 + Math.min(l.blankBefore(), 3), true));
                sawLevelOneSinceLast = false;
                continue;
            }
            if (bracketUnitTitles) {
                if (numberedWithUnit(l.text())) {
                    found.add(new Candidate(i, 4 + Math.min(l.blankBefore(), 3), true));
                }
                continue;
            }
            if (numberedSigned && numberedAndSigned(lines, i)) {
                found.add(new Candidate(i, 4 + Math.min(l.blankBefore(), 3), true));
                sawLevelOneSinceLast = false;
                continue;
            }
            if (unitTitles && unitTitled(l.text()) != null) {
                found.add(new Candidate(i, 4 + Math.min(l.blankBefore(), 3), true));
                sawLevelOneSinceLast = false;
                continue;
            }
            if (Texts.numberingLevel(l.text()) == 1) {
                sawLevelOneSinceLast = true;
            }
            if (i + 1 >= lines.size() || ARTICLE_MARKER.matcher(l.text()).matches()) {
                continue;
            }
            // signed by a name alone on the next line, the body after a blank line (心得体会 compilations)
            // (a title that asks, 减的是什么？, when its unit or author signs it on the next line)
            // (in a compilation, a title that asks stands alone between blank lines too)
            // (signed directly under it: a speech's closing 我的发言完毕，谢谢！ stands before the next
            // speaker with a blank line between)
            boolean shape = isTitleShape(l.text())
                    || (lines.get(i + 1).blankBefore() == 0 && asksAndIsSigned(l.text(), lines.get(i + 1).text()))
                    || (compilation && l.blankBefore() > 0 && lines.get(i + 1).blankBefore() > 0 && asks(l.text()));
            if (!shape && !SHORT_TITLE.matcher(l.text()).matches()) {
                continue;
            }
            // (or by a unit with its writer's name, which needs no blank line before the body)
            boolean nameBelow = compilation && l.blankBefore() > 0 && i + 2 < lines.size()
                    && lines.get(i + 1).blankBefore() == 0
                    && (lines.get(i + 2).blankBefore() > 0 && Metadata.authorLine(lines.get(i + 1).text(), true) != null
                    || Metadata.authorLine(lines.get(i + 1).text(), false) != null);
            if (!shape && !nameBelow) {
                continue;
            }
            boolean atStart = i == from;
            String next = lines.get(i + 1).text();
            // signed on the next line, or at the end of its own (——XX社区居委会, （王建国 市委副书记）)
            boolean authorNext = Metadata.authorLine(next, false) != null || Metadata.splitTrailingAuthor(l.text()) != null
                    || Metadata.speakerLine(next) != null || signedUnderSubtitle(lines, i + 1) || nameBelow
                    || (l.blankBefore() > 0 && signedBelowTitleLines(lines, i));
            boolean afterSentence = i > from && Texts.endsSentence(lines.get(i - 1).text());
            // 材料一 on the line before, or before the title on its own line
            boolean markerBefore = i > from && ARTICLE_MARKER.matcher(lines.get(i - 1).text()).matches();
            boolean marked = markerBefore || MARKED_TITLE.matcher(l.text()).find();
            // no blank line, no unit: a title line after a finished sentence that starts 一、 again
            boolean restartsRun = afterSentence && sawLevelOneSinceLast && startsLevelOneRun(lines, i + 1);
            // the top of a page counts like a blank line (a PDF of speeches, each starting a page)
            int gap = Math.min(markerBefore ? lines.get(i - 1).blankBefore() : l.blankBefore(), 3)
                    + (l.pageBreakBefore() && i > 0 ? 1 : 0);
            if (!atStart && gap == 0 && !(l.headingHint() != null && l.headingHint() == 1)
                    && !(authorNext && afterSentence) && !marked && !restartsRun) {
                continue;
            }
            int score = Math.min(gap, 3);
            if (marked) {
                score += 4;
            }
            if (atStart) {
                score += 2;
            }
            if (authorNext) {
                score += 3;
            } else if (Metadata.splitGluedUnit(l.text()) != null) {
                score += 2;
            }
            // the previous piece ended with its signature (unit or name, then the date): the line after
            // it begins another (研讨发言 compilations whose pieces are signed only at their end)
            if (compilation && !atStart && signatureEndsAt(lines, from, i - 1)) {
                score += 3;
            }
            if (l.headingHint() != null && l.headingHint() == 1) {
                score += 2;
            }
            // a compilation's title set in 【】 or 《》 as a whole, apart from the text before it
            if (compilation && gap > 0 && bracketedTitle(l.text())) {
                score += 2;
            }
            if (sawLevelOneSinceLast && startsLevelOneRun(lines, i + 1)) {
                score += 2;
            }
            // an article marked by a line of its own starts at that line, which is dropped as a label
            found.add(new Candidate(markerBefore ? i - 1 : i, score, authorNext));
            if (score >= 2) {
                sawLevelOneSinceLast = false;
            }
        }
        List<Candidate> chosen;
        if (compilation && expected > 1 && found.size() >= expected) {
            chosen = new ArrayList<>(found);
            chosen.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::index));
            chosen = new ArrayList<>(chosen.subList(0, expected));
            chosen.sort(Comparator.comparingInt(Candidate::index));
        } else if (compilation && expected > 1 && found.stream().filter(c -> c.score() >= 2).count() * 2 < expected) {
            // no more title lines than （N篇） announces, and few of them signed or set apart: unsigned
            // pieces, each title after one blank line (信息汇编), are the articles
            chosen = found;
        } else if (compilation) {
            chosen = found.stream().filter(c -> c.score() >= 2).toList();
        } else {
            // not announced as a compilation: split only on titles followed by their unit or author
            chosen = found.stream().filter(c -> c.score() >= 4).toList();
            boolean secondSignedSpeech = chosen.size() == 1 && headSigned && chosen.get(0).signed();
            if (chosen.size() < 2 && !secondSignedSpeech) {
                return List.of();
            }
            if (secondSignedSpeech) {
                // the first article is the head's, under the document's title
                return List.of(chosen.get(0).index());
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Candidate c : chosen) {
            out.add(c.index());
        }
        return out.size() < 2 && !compilation ? List.of() : out;
    }

    /** Whether exactly {@code n} numbered lines of the text are {@link #numberedKindTitle}s. */
    private static boolean numberedKindTitles(List<Line> lines, int from, int n) {
        int count = 0;
        for (int i = from; i < lines.size() && count <= n; i++) {
            count += numberedKindTitle(lines.get(i).text()) ? 1 : 0;
        }
        return count == n;
    }

    /** What a compiled piece's title says it is (…个人检视剖析材料, …述职报告, …交流发言). */
    private static final Pattern KIND_END = Pattern.compile("(?:材料|报告|发言|讲话|讲稿|发言稿|体会|总结|汇报|党课)$");

    /** A numbered line that is a piece's title, not a heading: （一）赵晓燕同志个人检视剖析材料. */
    private static boolean numberedKindTitle(String t) {
        if (Texts.numberingLevel(t) == 0 || t.length() > TITLE_MAX_CHARS || Texts.endsSentence(t) || containsSentenceEnd(t)) {
            return false;
        }
        String title = withoutNumbering(t).strip();
        return title.length() >= 6 && KIND_END.matcher(title).find();
    }

    /** Whether the text's level-1 lines are exactly {@code n} titles, each a short line with a unit glued at its end. */
    private static boolean levelOneLinesAreSignedTitles(List<Line> lines, int from, int n) {
        int count = 0;
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (Texts.numberingLevel(t) != 1) {
                continue;
            }
            String title = withoutNumbering(t).strip();
            if (++count > n || t.length() > TITLE_MAX_CHARS || Texts.endsSentence(t) || containsSentenceEnd(t)
                    || Texts.isPart(t) || Metadata.splitGluedUnit(title) == null) {
                return false;
            }
        }
        return count == n;
    }

    /**
     * Whether line {@code k} is the date of a signature (2024年5月20日, or 2024年5月) under a line that
     * names a unit or a writer, which follows a finished sentence: the end of a piece.
     */
    private static boolean signatureEndsAt(List<Line> lines, int from, int k) {
        if (k - 2 < from) {
            return false;
        }
        String date = lines.get(k).text();
        if (Metadata.dateLine(date) == null && !Metadata.monthLine(date)) {
            return false;
        }
        return lines.get(k).blankBefore() == 0 && lines.get(k - 1).blankBefore() == 0
                && Metadata.authorLine(lines.get(k - 1).text(), false) != null
                && Texts.endsSentence(lines.get(k - 2).text());
    }

    /**
     * A title numbered like a heading (1. / （一） / 一、), short and no sentence, signed by a unit or a
     * speaker directly on the next line, which is neither numbered nor a sentence.
     */
    private static boolean numberedAndSigned(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i + 1).blankBefore() > 0) {
            return false;
        }
        String t = lines.get(i).text();
        String next = lines.get(i + 1).text();
        int level = Texts.numberingLevel(t);
        return level >= 1 && level <= 3 && t.length() <= TITLE_MAX_CHARS && !Texts.endsSentence(t) && !containsSentenceEnd(t)
                && withoutNumbering(t).strip().length() >= 4 && Texts.numberingLevel(next) == 0 && !Texts.endsSentence(next)
                && (Metadata.authorLine(next, true) != null || Metadata.speakerLine(next) != null);
    }

    /** 一、title（unit）: a level-1 numbered title line that ends with its unit or a place in brackets. */
    private static final Pattern NUMBERED_WITH_UNIT = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}[篇部分]?[、：:　 ])\\s*([^。！？；：:]{4,40})[（(]([\\p{IsHan}·]{2,24})[）)]$");

    /** True for 一、坚持“三治融合”　打造平安乡村（青石镇）: a numbered title signed by a unit or place in brackets. */
    static boolean numberedWithUnit(String line) {
        if (line.length() > 70) {
            return false;
        }
        Matcher m = NUMBERED_WITH_UNIT.matcher(line.strip());
        if (!m.matches() || Texts.endsSentence(m.group(1)) || m.group(1).indexOf('，') >= 0) {
            return false;
        }
        String inner = m.group(2);
        // （试点县）, （全市）: what the line is about, not who speaks
        return !Metadata.NOT_A_PLACE.matcher(inner).lookingAt()
                && (Metadata.authorLine(inner, false) != null || Metadata.PLACE.matcher(inner).matches());
    }

    private static final Pattern UNIT_TITLED = Pattern.compile(
            "^(?:[（(]?[一二三四五六七八九十]{1,3}[）)]?[、．.]?\\s*)?([^：:，。]{2,24})[：:]\\s*([^：:]{4,40})$");

    /** {unit, title} of a line that starts an article of a 摘登 by its unit (（一）某某县：坚持产业为基), else null. */
    static String[] unitTitled(String line) {
        Matcher m = UNIT_TITLED.matcher(line);
        if (!m.matches() || !isTitleShape(m.group(2).strip())) {
            return null;
        }
        String unit = Metadata.authorLine(m.group(1), false);
        return unit == null || unit.indexOf(' ') >= 0 ? null : new String[] {unit, m.group(2).strip()};
    }

    /** Bullets a compilation puts before a speaker or a title: ■, ●, ◆, ▲, ★. */
    private static final String BULLET = "[■●◆▲★►•]";
    private static final Pattern LEADING_BULLET = Pattern.compile("^" + BULLET + "[\\s\u3000]*");
    /** A name, or a two-character name padded to the width of three (许　静). */
    private static final String SPEAKER_NAME = "(?:" + Metadata.NAME_WORD + "|\\p{IsHan}[\\s\u3000]{1,2}\\p{IsHan})";
    private static final Pattern SPEAKER_TITLED = Pattern.compile(
            "^(?:" + BULLET + "\\s*)?(.{2,40}?)[\\s\u3000]+(" + SPEAKER_NAME + ")\\s*[：:]$");

    /** {unit and post, name} of a line that starts a speech of a 表态发言 compilation (某某镇党委书记 张某某：), else null. */
    // (after a bullet, ■青禾食品有限公司总经理　许　静：)
    static String[] speakerTitled(String line) {
        Matcher m = SPEAKER_TITLED.matcher(line.strip());
        if (!m.matches() || Metadata.authorLine(m.group(1), false) == null && !Metadata.hasPost(m.group(1))) {
            return null;
        }
        return new String[] {m.group(1).strip(), m.group(2).replaceAll("[\\s\u3000]", "")};
    }

    /** A speaker's post and name alone on a line, without the colon: 县交通运输局局长　孙明. */
    // (after a bullet, ■ 市委副书记　林志强; a two-character name padded to three, 许　静)
    private static final Pattern SPEAKER_ALONE = Pattern.compile(
            "^(?:" + BULLET + "\\s*)?(.{2,40}?)[\\s\u3000]+(" + SPEAKER_NAME + ")$");
    /** The same with the speech after the colon on the same line: 县水利局局长　吴刚：我局将…. */
    private static final Pattern SPEAKER_WITH_SPEECH = Pattern.compile("^(.{2,40}?[\\s\u3000]+" + SPEAKER_NAME + "\\s*[：:])\\s*(\\S.{7,})$");

    /** {post, name} of a post and a name alone on a line (the post named: 局长, 书记…), else null. */
    static String[] speakerAlone(String line) {
        Matcher m = SPEAKER_ALONE.matcher(line.strip());
        return m.matches() && Metadata.hasPost(m.group(1))
                ? new String[] {m.group(1).strip(), m.group(2).replaceAll("[\\s\u3000]", "")} : null;
    }

    /**
     * In a compilation of speeches, "post name：speech" on one line becomes the speaker's line and
     * the speech's first paragraph, when at least two lines are written so.
     */
    private static List<Line> speechesOnTheirOwnLines(List<Line> lines, int from) {
        long written = lines.subList(from, lines.size()).stream().filter(l -> speakerWithSpeech(l.text()) != null).limit(2).count();
        if (written < 2) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size() + 8);
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            Matcher m = k >= from ? speakerWithSpeech(l.text()) : null;
            if (m == null) {
                out.add(l);
                continue;
            }
            // the speaker's line as written (its spaces and colon), the speech on a line of its own
            out.add(l.withText(m.group(1)));
            out.add(new Line(l.number(), m.group(2), null, false, l.paragraphEnd(), 0, l.indented()));
        }
        return out;
    }

    private static Matcher speakerWithSpeech(String line) {
        Matcher m = SPEAKER_WITH_SPEECH.matcher(line.strip());
        if (!m.matches() || m.group(1).length() > 36) {
            return null;
        }
        String[] speaker = speakerTitled(m.group(1));
        return speaker != null && Metadata.hasPost(speaker[0]) ? m : null;
    }

    /**
     * A line that starts a speech or an article of a 摘登: 某某镇党委书记 张某某：; a post and a name
     * alone, or a unit alone, when the text before it is finished and body text follows (under a
     * title such a line is the title's author instead).
     */
    private static boolean speakerOrUnitStartsArticle(List<Line> lines, int from, int i) {
        String t = lines.get(i).text();
        if (speakerTitled(t) != null) {
            return true;
        }
        if (speakerAlone(t) == null) {
            return unitLineStartsArticle(lines, from, i);
        }
        return betweenFinishedTextAndBody(lines, from, i) && Texts.numberingLevel(lines.get(i + 1).text()) == 0;
    }

    /** A unit alone on its line, as a 摘登 puts it over its article; its name may hold a placeholder (XX县委组织部) or D for 党. */
    private static final Pattern UNIT_LINE = Pattern.compile("^[【\\[■●◆]?\\s*((?=[^】\\]]*\\p{IsHan})[\\p{IsHan}XＸ×○＊*D]{2,20})\\s*[】\\]]?$");

    /** The unit of a line that is a unit's name alone (某某区, 【某某县】, ■某某镇), else null. */
    private static final Pattern IMPRINT = Pattern.compile("^(.{2,30}?)[\\s\u3000]+(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,2}\\s*月(?:\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$");

    /** An official document's imprint: its issuing office, a wide gap, the day it was issued and 印发. */
    private static final Pattern ISSUED_IMPRINT = Pattern.compile(
            "^(.{2,30}?)[\\s\u3000]{2,}(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,2}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日\\s*印发$");

    /** A unit and a month or date on one line (东岭市农业农村局　2024年6月): a compilation's imprint. */
    static boolean imprintLine(String line) {
        Matcher m = IMPRINT.matcher(line.strip());
        return m.matches() && unitLine(m.group(1).strip()) != null;
    }

    static String unitLine(String line) {
        Matcher m = UNIT_LINE.matcher(line.strip());
        return m.matches() && Metadata.authorLine(m.group(1), false) != null ? m.group(1) : null;
    }

    /**
     * A unit alone on its line starts an article of a 摘登 when the text before it is finished (or
     * the compilation's head) and body text follows: under a title it is that title's unit instead.
     */
    private static boolean unitLineStartsArticle(List<Line> lines, int from, int i) {
        return unitLine(lines.get(i).text()) != null
                && (betweenFinishedTextAndBody(lines, from, i) || unitOverItsTitle(lines, from, i));
    }

    /** ■某某镇 / 【某某县】 after finished text, with its article's title under it and the body under that. */
    private static boolean unitOverItsTitle(List<Line> lines, int from, int i) {
        if (i + 2 >= lines.size() || !isTitleShape(lines.get(i + 1).text()) || unitLine(lines.get(i + 1).text()) != null) {
            return false;
        }
        String body = lines.get(i + 2).text();
        return finishedBefore(lines, from, i) && (body.length() >= 30 || Texts.endsSentence(body));
    }

    /** The text before line {@code i} is finished (or is the compilation's head) and body text follows it. */
    private static boolean betweenFinishedTextAndBody(List<Line> lines, int from, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return finishedBefore(lines, from, i) && (next.length() >= 30 || Texts.endsSentence(next));
    }

    /** The text before line {@code i} is finished: a sentence's end, the compilation's （N篇）, or nothing. */
    private static boolean finishedBefore(List<Line> lines, int from, int i) {
        String before = i > from ? lines.get(i - 1).text() : "";
        return i == from || Texts.endsSentence(before) || COUNT_IN_TITLE.matcher(before).find();
    }

    /** A few short lines that are neither sentences nor headings (a compiling unit, a date) before the first article. */
    private static boolean coverLinesOnly(List<Line> lines, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String t = lines.get(k).text();
            if (t.length() > 30 || Texts.endsWithPunctuation(t) || Texts.numberingLevel(t) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLevelOneRun(List<Line> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + 6); i++) {
            String t = lines.get(i).text();
            if (Texts.numberingLevel(t) > 0) {
                return Texts.numberingLevel(t) == 1 && t.startsWith("一");
            }
        }
        return false;
    }

    /** The compiling unit on a compilation's cover: 某某县委办公室编, 某某市委组织部编印. */
    /** The period a compilation or bulletin covers, under its title: （2024年第二季度）, 2024年上半年, （2024年第3期）. */
    private static final Pattern PERIOD_LINE = Pattern.compile(
            "[（(]?\\s*\\d{4}\\s*年\\s*(?:第[一二三四1-4]季度|[上下]半年|第\\s*\\d{1,3}\\s*期|度)?\\s*[）)]?");
    private static final Pattern COMPILED_BY = Pattern.compile(".{2,24}(?:办公室|委员会|部|局|委|厅|处|室|中心|政府|组)[\\s\u3000]*(?:编|编印|印|印发)");

    /** An attachment's label alone on its line: 附件, 附件1, 附件2：. */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("附\\s*件\\s*\\d{0,2}\\s*[：:]?");

    /**
     * An attachment after a notice's signature (its date, or （此件公开发布）), labelled 附件1 on a line of
     * its own over a title and text of its own, is an article of its own: its title is the line under
     * the label, and the label stays as its first paragraph.
     */
    private static List<ImportedArticle> attachmentsApart(List<ImportedArticle> articles) {
        List<ImportedArticle> out = new ArrayList<>(articles.size());
        for (ImportedArticle a : articles) {
            String title = a.title();
            String author = a.author();
            java.time.LocalDate date = a.date();
            List<ImportedBlock> blocks = a.blocks();
            int i = 2;
            boolean attached = false;
            while (i + 3 < blocks.size()) {
                if (!attachmentAt(blocks, i, attached)) {
                    i++;
                    continue;
                }
                out.add(new ImportedArticle(title, author, date, blocks.subList(0, i)));
                title = blocks.get(i + 1).text().strip();
                author = null;
                date = null;
                // (the label is kept as the attachment's first paragraph: nothing of the text is lost)
                blocks = concat(List.of(blocks.get(i)), blocks.subList(i + 2, blocks.size()));
                attached = true;
                i = 2;
            }
            out.add(new ImportedArticle(title, author, date, blocks));
        }
        return out;
    }

    /**
     * Whether an attachment begins at block i; {@code attached}: the blocks are an attachment already,
     * and the next one (附件2 after 附件1's table) needs no signature before it.
     */
    private static boolean attachmentAt(List<ImportedBlock> blocks, int i, boolean attached) {
        ImportedBlock label = blocks.get(i);
        ImportedBlock head = blocks.get(i + 1);
        if (label.type() != BlockType.PARAGRAPH || !ATTACHMENT_LABEL.matcher(label.text().strip()).matches()
                || head.type() != BlockType.PARAGRAPH || !isTitleShape(head.text().strip())) {
            return false;
        }
        if (attached) {
            return NUMBERED_ATTACHMENT.matcher(label.text().strip()).matches();
        }
        return signedBefore(blocks, i) && blocks.subList(i + 2, blocks.size()).stream().anyMatch(b -> b.type() == BlockType.HEADING);
    }

    private static final Pattern NUMBERED_ATTACHMENT = Pattern.compile("附\\s*件\\s*\\d{1,2}\\s*[：:]?");

    private static List<ImportedBlock> concat(List<ImportedBlock> a, List<ImportedBlock> b) {
        List<ImportedBlock> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A signature's date, or （此件公开发布）, among the four blocks before {@code at}. */
    private static boolean signedBefore(List<ImportedBlock> blocks, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
            String t = blocks.get(k).text().strip();
            if (Metadata.dateLine(t) != null || PUBLICATION_NOTE.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A unit and a name in brackets on a line of their own: （某某街道党工委　王某）. */
    private static final Pattern SIGNED_IN_BRACKETS = Pattern.compile("[（(][^（()）。，]{3,24}[\\s\u3000]+[^（()）。，\\s\u3000]{2,5}[）)]");
    private static final Pattern PUBLICATION_NOTE = Pattern.compile("[（(]此件(?:公开发布|不公开|依申请公开|主动公开)[）)]");

    /** Where what is appended after a signature begins: 附件, 附件1, 附件：防汛值班表, 附表, 注释：, 参考文献. */
    private static final Pattern ATTACHMENTS_START = Pattern.compile("(?:附件\\s*\\d{0,2}|附表\\s*\\d{0,2}|附图\\s*\\d{0,2}|注释|注|参考文献)(?:[：:].{0,30})?");

    /** The status of a regulation written under its title: （试行）, （征求意见稿）. */
    private static final Pattern TITLE_STATUS = Pattern.compile("[（(](?:试行|暂行|草案|征求意见稿|修订稿|修订|送审稿|讨论稿|代拟稿)[）)]");

    private static boolean continuesTitle(String title, String part, String after, boolean ownTitle) {
        String p = part.strip();
        if (p.length() >= 6 && squeeze(title).contains(squeeze(p))) {
            // the title again, as a web page writes it over the text and the text under it ([转载]…讲话 / …讲话)
            return false;
        }
        if (TITLE_STATUS.matcher(p).matches()) {
            return true;
        }
        if (issuedBy(title, p) || endsOfficialTitle(p) || aboutClosedBy(title, p)) {
            return !Texts.endsSentence(p) && !containsSentenceEnd(p) && p.length() <= TITLE_MAX_CHARS;
        }
        if (Metadata.speakerLine(p) != null || DOC_NUMBER.matcher(p).matches()) {
            // nor is a document's number (青政阅〔2024〕7号) ever part of its title
            return false;
        }
        if (endsOpen(title)) {
            // "在全县安全生产工作会议上的" + "讲话": a title cannot end on 的, 和, 与…
            // (nor is the unit under it: …让干部干事有方向 / 市自然资源和规划局)
            return !p.isEmpty() && p.length() <= 30 && Texts.numberingLevel(p) == 0 && !startsWithDash(p)
                    && !Texts.endsSentence(p) && !containsSentenceEnd(p) && Metadata.dateLine(p) == null
                    && unitLine(p) == null;
        }
        // the metadata follows, or ends the part itself: 以“链长制”为牵引 / 推动…提质增效恒州市投资促进局
        // (a part that ends with its unit may look like a unit line as a whole: …以高质量项目 /
        // 支撑县域经济高质量发展庆丰县商务局)
        boolean unitGluedToPart = gluedTitlePart(title, p, ownTitle);
        // a short part with its unit may read as a unit line as a whole (落地见效中共云山市委组织部):
        // then the part before the unit is what must look like a title's
        return p.length() >= 4 && p.length() <= 30 && (isTitleShape(p) || unitGluedToPart)
                && !startsWithDash(p)
                && (Metadata.authorLine(p, true) == null || unitGluedToPart) && !ARTICLE_MARKER.matcher(p).matches()
                && (isMetadata(after) || unitGluedToPart || gluedTitlePart(title, after, ownTitle));
    }

    /** Whether {@code line} ends the title with its unit glued on: 推动基层减负 / 落地见效中共云山市委组织部. */
    private static boolean gluedTitlePart(String title, String line, boolean ownTitle) {
        String t = line.strip();
        if (!ownTitle || t.length() > 30 || Metadata.splitGluedUnit(title) != null) {
            return false;
        }
        String[] glued = Metadata.splitGluedUnit(t);
        return glued != null && isTitleShape(glued[0]);
    }

    /** A title of two or three characters (守初心), taken only when a name or unit signs it below. */
    private static final Pattern SHORT_TITLE = Pattern.compile("\\p{IsHan}{2,3}");

    /**
     * A —— subtitle at {@code at} that names the unit itself (——XX街道党工委) or is followed by the
     * unit or a date: 小支部撬动大产业 / ——XX县电子商务产业园党支部推动电商产业发展纪实 / XX县委两新工委.
     */
    private static boolean signedUnderSubtitle(List<Line> lines, int at) {
        if (at >= lines.size() || !startsWithDash(lines.get(at).text())) {
            return false;
        }
        Matcher dashes = LEADING_DASHES.matcher(lines.get(at).text());
        dashes.lookingAt();
        if (Metadata.authorLine(lines.get(at).text().substring(dashes.end()), false) != null) {
            return true;
        }
        return at + 1 < lines.size() && lines.get(at + 1).blankBefore() == 0
                && Metadata.authorLine(lines.get(at + 1).text(), false) != null;
    }

    /**
     * A title over two or three lines after a blank line (以科技创新引领产业创新 / 加快培育县域新质生产力),
     * or written twice, signed on the line after its last: by a unit, a post and name, a speaker or
     * a —— subtitle naming them (县长　孟庆川, ——桃源乡党委书记　方明远), or by a unit glued to its
     * last line.
     */
    private static boolean signedBelowTitleLines(List<Line> lines, int i) {
        String title = squeeze(lines.get(i).text());
        for (int k = i + 1; k <= i + 2 && k + 1 < lines.size(); k++) {
            Line part = lines.get(k);
            if (part.blankBefore() > 0 || !(shortTitlePart(part) || squeeze(part.text()).equals(title))) {
                return false;
            }
            if (Metadata.splitGluedUnit(part.text()) != null) {
                return true; // the unit glued to the title's last line (…推动共同富裕南河镇党委)
            }
            Line after = lines.get(k + 1);
            if (after.blankBefore() == 0 && (Metadata.authorLine(after.text(), false) != null
                    || Metadata.speakerLine(after.text()) != null || signedUnderSubtitle(lines, k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A line of at most 20 characters that can be part of a title broken over lines. */
    private static boolean shortTitlePart(Line l) {
        String t = l.text().strip();
        return l.blankBefore() == 0 && t.length() <= 20 && isTitleShape(t) && Metadata.authorLine(t, true) == null;
    }

    /** What may follow a title: its author or unit, a —— subtitle, a date, a speaker line. */
    private static boolean isMetadata(String t) {
        return Metadata.authorLine(t, true) != null || startsWithDash(t) || Metadata.dateLine(t) != null
                || Metadata.speakerLine(t) != null;
    }

    /** The letterhead of an official document: XX县人民政府办公室文件, or its number X政办发〔2024〕15号. */
    private static final Pattern LETTERHEAD = Pattern.compile("^.{2,40}文件$");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "^[\\p{IsHan}A-Za-zＸ]{1,12}\\s*[〔\\[［【(（]\\s*\\d{4}\\s*[〕\\]］】)）]\\s*第?\\s*\\d{1,4}\\s*号"
                    + "(?:[\\s　]+签[\\s　]*发[\\s　]*人[\\s　]*[:：][\\s　]*\\S{2,10})?$");
    /** The head's other fields of a document sent up or marked: 签发人：李某某, 紧急程度：特急, 密级：…, 份号：… */
    private static final Pattern HEAD_FIELD = Pattern.compile(
            "^(?:签[\\s　]*发[\\s　]*人|紧急程度|密[\\s　]*级|份[\\s　]*号)[\\s　]*[:：][\\s　]*\\S{1,12}(?:[\\s　]+(?:签[\\s　]*发[\\s　]*人|紧急程度|密[\\s　]*级)[\\s　]*[:：][\\s　]*\\S{1,12})*$");

    /**
     * An official document whose title comes after its letterhead and number (XX县人民政府办公室文件 /
     * X政办发〔2024〕15号 / 关于…的实施意见): the title line, with the 的… line that ends it, is put first
     * and the letterhead lines after it, where they stay text.
     */
    private static List<Line> titleFirst(List<Line> lines) {
        boolean head = false;
        for (int k = 0; k < Math.min(5, lines.size()); k++) {
            String t = lines.get(k).text().strip();
            boolean number = DOC_NUMBER.matcher(t).matches() || (head && HEAD_FIELD.matcher(t).matches());
            if (LETTERHEAD.matcher(t).matches() || number
                    || (k == 0 && k + 1 < lines.size() && Metadata.authorLine(t, false) != null
                    && DOC_NUMBER.matcher(lines.get(1).text().strip()).matches())) {
                head = true;
                continue;
            }
            if (!head || k == 0) {
                return lines;
            }
            List<Line> out = new ArrayList<>(lines.size());
            int end = issuedTitleEnd(lines, k);
            if (end > k) {
                // 某某办公室关于印发 / 某某重点任务清单的通知: one title line, issuer and all
                StringBuilder title = new StringBuilder(t);
                for (int j = k + 1; j < end; j++) {
                    title.append(lines.get(j).text().strip());
                }
                out.add(lines.get(k).withText(title.toString()));
            } else if (t.startsWith("关于") && isDocumentTitle(t)) {
                end = k + 1;
                if (end < lines.size() && endsOfficialTitle(lines.get(end).text().strip())) {
                    end++;
                }
                out.addAll(lines.subList(k, end));
            } else {
                return lines;
            }
            out.addAll(lines.subList(0, k));
            out.addAll(lines.subList(end, lines.size()));
            return out;
        }
        return lines;
    }

    /**
     * Under a letterhead, a title that begins with 关于 or with its issuer and 关于 (某某办公室关于印发…),
     * on one line or broken over up to four, ends on the line that says what the document is
     * (…的通知): the index after that line, or {@code k} when the lines at {@code k} are no such title.
     */
    private static int issuedTitleEnd(List<Line> lines, int k) {
        String first = lines.get(k).text().strip();
        int about = first.indexOf("关于");
        StringBuilder title = new StringBuilder(first);
        int end = k + 1;
        // the issuer alone on its line, 关于… under it (某某县人民政府办公室 / 关于开展…的通知)
        if (about < 0 && end < lines.size() && lines.get(end).blankBefore() == 0
                && lines.get(end).text().strip().startsWith("关于") && first.length() <= 24) {
            about = first.length();
            title.append(lines.get(end).text().strip());
            end++;
        }
        if (about < 0 || about > 0 && (about > 24 || Metadata.authorLine(first.substring(0, about), false) == null)) {
            return k;
        }
        while (!DOCUMENT_KIND_END.matcher(title).find() && end < Math.min(lines.size(), k + 4)) {
            Line next = lines.get(end);
            String n = next.text().strip();
            if (next.blankBefore() > 0 || n.length() > 30 || Texts.endsSentence(n) || containsSentenceEnd(n)
                    || Texts.numberingLevel(n) > 0) {
                break;
            }
            title.append(n);
            end++;
        }
        String t = title.toString();
        return DOCUMENT_KIND_END.matcher(t).find() && t.indexOf('的', about) > 0 && isDocumentTitle(t) ? end : k;
    }

    /**
     * The first line under a 目录 line is an entry even when it ends like a unit (…带富一个村): a unit
     * is listed under its entry, never before the first.
     */
    private static boolean firstUnderHeader(int header, List<String> entries, String t) {
        return header >= 0 && entries.isEmpty() && t.length() >= 4 && Texts.numberingLevel(t) == 0 && isDocumentTitle(t)
                && !ITEM_START.matcher(t).find() && Metadata.dateLine(t) == null;
    }

    /** The end of an official title broken before it: 的实施意见, 的通知, 的若干意见. */
    private static boolean endsOfficialTitle(String t) {
        return t.startsWith("的") && t.length() <= 15 && !Texts.endsSentence(t) && !containsSentenceEnd(t);
    }

    /**
     * Two or three characters directly under the title, then a —— subtitle, then the speaker or
     * author: the title's last words (坚持以人民为中心 / 奋力谱写高质量发展 / 新篇章 / ——在…上的讲话 /
     * 区委书记　周建平), not a name, since the line under the subtitle signs the text.
     */
    private static boolean lastWordsBeforeSubtitle(List<Line> lines, int i) {
        Line part = lines.get(i);
        Line subtitle = lines.get(i + 1);
        String signs = lines.get(i + 2).text();
        return part.blankBefore() == 0 && SHORT_TITLE.matcher(part.text().strip()).matches() && subtitle.blankBefore() == 0
                && startsWithDash(subtitle.text()) && !subtitle.text().matches("[—–][^—–].*")
                && (Metadata.speakerLine(signs) != null || Metadata.authorLine(signs, true) != null);
    }

    /** A few words of a title on their own line, directly under the line before: no mark, no blank line. */
    /** How many short lines a title scattered over lines may have before the one that says its kind. */
    private static final int MORE_TITLE_LINES = 3;

    private static boolean shortTitleLine(Line l) {
        String t = l.text().strip();
        return l.blankBefore() == 0 && !l.pageBreakBefore() && t.length() >= 2 && t.length() <= 16 && isDocumentTitle(t)
                && !Texts.endsWithPunctuation(t) && Texts.numberingLevel(t) == 0;
    }

    /**
     * The next line, directly under, finishes the title with what it is (…汇编, …经验交流材料,
     * 个人对照检查材料, …讲话), the first line not: 2023年度民主生活会 / 个人对照检查材料.
     */
    private static boolean titleGoesOnWithItsKind(String title, Line next) {
        String t = next.text().strip();
        boolean compilation = COMPILATION.matcher(title).find();
        // (under a compilation's title, a text's kind ends the first article's title: …材料（3篇） /
        // 县委常委、组织部部长对照检查材料)
        // (never a —— subtitle: ——在…现场推进会上的交流发言 names the occasion, not the title's end)
        boolean kind = COMPILATION.matcher(t).find() && !compilation && !LEADING_DASHES.matcher(t).lookingAt()
                || TEXT_KIND_END.matcher(t).find() && !compilation && !TEXT_KIND_END.matcher(title.strip()).find()
                && !Texts.endsWithPunctuation(title.strip()) && !LEADING_DASHES.matcher(t).lookingAt()
                // (or what the document is: 柳溪县农村生活污水治理 / 三年行动实施方案（2024—2026年）)
                || PLAN_KIND_END.matcher(t).find() && !compilation && !DOCUMENT_KIND_END.matcher(title.strip()).find()
                && !TEXT_KIND_END.matcher(title.strip()).find() && !Texts.endsWithPunctuation(title.strip())
                && !LEADING_DASHES.matcher(t).lookingAt();
        // (the kind's line may be long: 中共某某乡委员会领导班子 / 2023年度主题教育专题民主生活会对照检查材料)
        // (past 16 characters only under a title that has not said what it is: not under …的通知)
        boolean fits = t.length() <= 16 || t.length() <= KIND_LINE_MAX && !DOCUMENT_KIND_END.matcher(title.strip()).find();
        return next.blankBefore() == 0 && !next.pageBreakBefore() && fits && isDocumentTitle(t) && kind
                && !COUNT_LINE.matcher(t).matches() && title.strip().length() + t.length() <= TITLE_MAX_CHARS;
    }

    /** The longest line that finishes a title with the text's kind. */
    private static final int KIND_LINE_MAX = 30;

    /** What a speech or report says it is at the end of its title. */
    private static final Pattern TEXT_KIND_END = Pattern.compile("(?:材料|讲话|讲稿|发言|发言提纲|报告|总结|汇报|心得体会|党课|致辞)$");

    /** What a plan or rule says it is at the end of its title, with its years or status after it: …实施方案（2024—2026年）. */
    private static final Pattern PLAN_KIND_END = Pattern.compile(
            "(?:方案|实施意见|指导意见|若干意见|管理办法|实施办法|实施细则|规划|行动计划)(?:[（(][^（()）]{1,16}[）)])?$");

    private static final Pattern DOCUMENT_KIND_END = Pattern.compile(
            "(?:报告|通知|意见|方案|决定|办法|请示|批复|总结|规划|计划|细则|规定|汇报|说明|函|通报|要点|措施)$");

    /**
     * A 关于… title broken before its 的…: 关于县委第三巡察组巡察反馈意见 / 整改进展情况的报告. A 关于 with
     * no 的 after it has not said what the document is; a short line ending in a document's kind does.
     */
    private static boolean aboutClosedBy(String title, String part) {
        int about = title.lastIndexOf("关于");
        return about >= 0 && title.indexOf('的', about) < 0 && part.length() <= 30 && Texts.numberingLevel(part) == 0
                && DOCUMENT_KIND_END.matcher(part).find();
    }

    private static boolean issuedBy(String title, String next) {
        return next.strip().startsWith("关于") && Metadata.authorLine(title, false) != null;
    }

    private static final Pattern LEADING_DASHES = Pattern.compile("(?:[—–]+|－{2,}|-{2,})\\s*");

    /** Whether a line starts with a dash: ——, —, or a dash typed as two hyphens (－－在…上的讲话, --). */
    static boolean startsWithDash(String t) {
        return t.startsWith("—") || t.startsWith("–") || t.startsWith("－－") || t.startsWith("--");
    }

    /** An issue's number under a bulletin's or minutes' title: 〔2024〕第9期, 2024年第6期, 第12期（总第86期）. */
    private static final Pattern ISSUE_LINE = Pattern.compile(
            "[（(〔\\[［]?\\s*(?:\\d{4}\\s*[〕\\]］）)]?\\s*年?\\s*)?第\\s*\\d{1,4}\\s*期\\s*[）)〕\\]］]?"
                    + "(?:\\s*[（(]\\s*总第\\s*\\d{1,5}\\s*期\\s*[）)])?");

    /** Words a title cannot end with: the line broke inside it. */
    /** A title cannot stop on these; but on the words they end (问题所在, 积极应对, 问题导向, 有方向, 无所适从) it can. */
    private static final Pattern OPEN_END = Pattern.compile("(?:的|和|与|及|暨|(?<![存所实自现潜])在|之|(?<![应核比面相绝])对|把"
            + "|(?<![服适])从|(?<![方导走取指动去志意])向|关于|以及)$");

    static boolean endsOpen(String title) {
        return OPEN_END.matcher(title.strip()).find();
    }

    /** A title that asks or calls (…难在哪里？), as web and WeChat titles do. */
    private static boolean asks(String t) {
        return (t.endsWith("？") || t.endsWith("！")) && isDocumentTitle(t);
    }

    private static boolean asksAndIsSigned(String t, String next) {
        return asks(t) && Metadata.authorLine(next, false) != null;
    }

    static boolean isTitleShape(String t) {
        return t.length() >= 4 && t.length() <= TITLE_MAX_CHARS && Texts.numberingLevel(t) == 0
                && !Texts.endsWithPunctuation(t) && !Texts.endsSentence(t) && !containsSentenceEnd(t)
                && !ITEM_START.matcher(t).find() && Metadata.dateLine(t) == null
                && !(t.length() <= 15 && Metadata.authorLine(t, false) != null);
    }

    // ---- one article ----

    private ImportedArticle article(List<Line> lines, int from, int to, String givenTitle, boolean titleFromFirstLine) {
        String title = givenTitle;
        String author = null;
        LocalDate date = null;
        int i = from;
        if (!titleFromFirstLine && title != null && i < to && squeeze(lines.get(i).text()).equals(squeeze(title))) {
            i++; // the title written twice (file heading and article heading)
        }
        if (titleFromFirstLine && i + 1 < to && ARTICLE_MARKER.matcher(lines.get(i).text()).matches()) {
            i++; // 材料一: the compilation's label for the article, not its text
        }
        String[] ut = titleFromFirstLine && i < to ? unitTitled(lines.get(i).text()) : null;
        String[] speakerTitle = titleFromFirstLine && i < to && ut == null ? speakerTitled(lines.get(i).text()) : null;
        if (speakerTitle == null && titleFromFirstLine && ut == null && i + 1 < to && !isTitleShape(lines.get(i + 1).text())
                && Metadata.authorLine(lines.get(i + 1).text(), false) == null) {
            speakerTitle = speakerAlone(lines.get(i).text());
        }
        String unitAlone = titleFromFirstLine && i < to && ut == null && speakerTitle == null ? unitLine(lines.get(i).text()) : null;
        if (unitAlone != null && i + 2 < to && lines.get(i + 1).blankBefore() == 0 && isTitleShape(lines.get(i + 1).text())
                && unitLine(lines.get(i + 1).text()) == null && Metadata.authorLine(lines.get(i + 1).text(), false) == null) {
            // ■某某镇 over its title: the unit signs the article the next line titles
            author = unitAlone;
            title = lines.get(i + 1).text();
            i += 2;
            unitAlone = null;
        } else if (ut != null) {
            author = ut[0];
            title = ut[1];
            if (Metadata.PLACE.matcher(ut[0]).matches()) {
                // 石门镇：“四议两公开”让村务晒在阳光下 / （青石县石门镇党委）: the unit under it signs it, not the place
                String under = i + 1 < to ? lines.get(i + 1).text().strip() : "";
                if (under.startsWith("（") || under.startsWith("(")) {
                    String unit = Metadata.authorLine(under, true);
                    if (unit != null) {
                        author = unit;
                        i++;
                    }
                }
            }
            i++;
        } else if (speakerTitle != null) {
            title = speakerTitle[0];
            author = speakerTitle[1];
            i++;
        } else if (unitAlone != null && i + 1 < to && Metadata.authorLine(lines.get(i + 1).text(), false) == null
                && !isTitleShape(lines.get(i + 1).text())) {
            // a title with its unit glued on (坚决扛起行业监管责任青禾县交通运输局) is not a unit alone
            String[] glued = Metadata.splitGluedUnit(unitAlone);
            title = glued != null ? glued[0] : unitAlone;
            author = glued != null ? glued[1] : unitAlone;
            i++;
        } else if (titleFromFirstLine && i < to && numberedWithUnit(lines.get(i).text())) {
            String t = lines.get(i).text().strip();
            int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
            title = withoutNumbering(t.substring(0, open)).strip();
            author = t.substring(open + 1, t.length() - 1).strip();
            i++;
        } else if (titleFromFirstLine && i < to) {
            // a bullet before the title (■坚持…) is not part of it
            title = LEADING_BULLET.matcher(lines.get(i).text().strip()).replaceFirst("");
            Matcher marked = MARKED_TITLE.matcher(title);
            Matcher glued = labelledTitles.contains(i) ? GLUED_LABEL.matcher(title.strip()) : null;
            if (marked.find()) {
                title = title.substring(marked.end());
            } else if (glued != null && glued.lookingAt()) {
                title = title.strip().substring(glued.end());
            }
            String unnumbered = withoutNumbering(title).strip();
            if (unnumbered.length() >= 4) {
                title = unnumbered;
            }
            i++;
        }
        // the title again on the next line (a PDF page's header naming its article, over the title)
        if (titleFromFirstLine && title != null && i < to && squeeze(lines.get(i).text()).equals(squeeze(title))) {
            record(TITLE_AGAIN_ID, lines.get(i).number(), lines.get(i).text());
            i++;
        }
        // a title broken over two lines: the second part is title-like too, and the metadata follows
        // it; over three, two short title-like lines in a row before the metadata
        while (title != null && i + 1 < to) {
            int parts;
            if (continuesTitle(title, lines.get(i).text(), lines.get(i + 1).text(), titleFromFirstLine)) {
                parts = 1;
            } else if (i + 2 < to && shortTitlePart(lines.get(i)) && shortTitlePart(lines.get(i + 1))
                    && isMetadata(lines.get(i + 2).text())) {
                parts = 2;
            } else if (i + 2 < to && lastWordsBeforeSubtitle(lines, i)) {
                parts = 1;
            } else {
                break;
            }
            for (int p = 0; p < parts; p++, i++) {
                // phrases already set apart by a space keep the next line apart too
                title = title + (title.indexOf(' ') > 0 || title.indexOf('\u3000') > 0 ? " " : "") + lines.get(i).text().strip();
            }
        }
        if (title != null) {
            Metadata.Signed signed = Metadata.splitTrailingAuthor(title);
            if (signed != null) {
                title = signed.title();
                author = signed.author();
                // the title's line: the last one read, or for a given title (the document's) the line
                // above the article that holds it
                int at = Math.min(Math.max(from, i - 1), lines.size() - 1);
                if (!titleFromFirstLine) {
                    for (int k = Math.min(from, lines.size()) - 1; k >= 0; k--) {
                        if (lines.get(k).text().contains(signed.title())) {
                            at = k;
                            break;
                        }
                    }
                }
                for (String d : signed.dropped()) {
                    separator(at < 0 ? 1 : lines.get(at).number(), d);
                }
            }
            Object[] dated = Metadata.splitTrailingDate(title);
            if (dated != null) {
                title = (String) dated[0];
                date = (LocalDate) dated[1];
            }
            boolean authorNext = i < to && Metadata.authorLine(lines.get(i).text(), true) != null;
            if (!authorNext && author == null) {
                String[] glued = Metadata.splitGluedUnit(title);
                if (glued != null) {
                    title = glued[0];
                    author = glued[1];
                }
            }
        }
        List<ImportedBlock> blocks = new ArrayList<>();
        // metadata lines right under the title: author or unit, date; a subtitle (——在…上的讲话) stays a
        // paragraph, while a unit signed with a dash (——XX区XX街道党工委) is the author
        boolean afterSubtitleOrDate = false;
        for (int k = 0; k < 4 && i < to; k++) {
            String t = lines.get(i).text();
            afterSubtitleOrDate = k > 0 && (startsWithDash(lines.get(i - 1).text())
                    || Metadata.dateLine(lines.get(i - 1).text()) != null);
            if (k < 2 && startsWithDash(t) && t.length() <= TITLE_MAX_CHARS) {
                Matcher dashes = LEADING_DASHES.matcher(t);
                dashes.lookingAt();
                // ——记某某党委书记赵某: the subtitle of a profile names whom it is about, not who wrote it
                String rest = t.substring(dashes.end());
                String signed = author == null && !rest.startsWith("记") ? Metadata.authorLine(rest, k == 0) : null;
                if (signed != null) {
                    author = signed;
                    separator(lines.get(i).number(), dashes.group().strip());
                } else {
                    blocks.add(ImportedBlock.paragraph(t));
                    // ——2025年1月15日在…会议上: the subtitle dates the speech
                    date = date == null ? Metadata.findDate(t) : date;
                    // ——陈卫东同志在全市…上的总结讲话: and names its speaker
                    author = author == null ? Metadata.speakerLine("（" + rest + "）") : author;
                }
                i++;
                continue;
            }
            if (k < 2 && ISSUE_LINE.matcher(t.strip()).matches()) {
                // a bulletin's or minutes' issue (〔2024〕第9期) over its issuer and date: text, and the
                // lines under it are still the head's
                blocks.add(ImportedBlock.paragraph(t));
                i++;
                continue;
            }
            String speaker = k < 2 ? Metadata.speakerLine(t) : null;
            if (speaker != null) {
                // （王建军同志在…上的讲话）: the speaker signs the speech; the line stays text, like a subtitle
                author = author == null ? speaker : author;
                date = date == null ? Metadata.findDate(t) : date;
                blocks.add(ImportedBlock.paragraph(t));
                i++;
                continue;
            }
            boolean afterIssue = k == 1 && ISSUE_LINE.matcher(lines.get(i - 1).text().strip()).matches();
            Metadata.AuthorAndDate both = (k == 0 || afterIssue) && author == null && date == null
                    ? Metadata.authorAndDateLine(t) : null;
            if (both != null) {
                author = both.author();
                date = both.date();
                i++;
                continue;
            }
            // a name alone right under the title, or under the subtitle and date of a speech
            String a = author == null ? Metadata.authorLine(t, k == 0 || afterIssue || (k > 0 && afterSubtitleOrDate)) : null;
            if (a != null) {
                author = a;
                LocalDate d = Metadata.findDate(t);
                if (d != null && date == null) {
                    date = d;
                }
                i++;
                continue;
            }
            LocalDate d = date == null ? Metadata.dateLine(t) : null;
            if (d != null) {
                date = d;
                if (Metadata.saysMoreThanTheDate(t)) {
                    blocks.add(ImportedBlock.paragraph(t));
                }
                i++;
                continue;
            }
            break;
        }
        for (; i < to; i++) {
            addBlocks(lines.get(i), blocks);
        }
        // a signature block at the end: "XX县委组织部 / 2023年3月12日" (kept as paragraphs) dates the
        // article, and its unit signs it when nothing under the title did; or at the end of the text
        // before the attachments that follow it (附件 / 防汛值班表 / …)
        List<Integer> ends = new ArrayList<>();
        ends.add(blocks.size());
        for (int k = 2; k < blocks.size(); k++) {
            if (ATTACHMENTS_START.matcher(blocks.get(k).text()).matches()) {
                ends.add(k);
            }
        }
        boolean signatureFound = false;
        for (int end : ends) {
            if (signatureFound) {
                break;
            }
            for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
                if (blocks.get(k).type() != org.wenzhai.domain.BlockType.PARAGRAPH) {
                    continue;
                }
                LocalDate signed = Metadata.dateLine(blocks.get(k).text());
                if (signed == null) {
                    // 2024年5月 under the unit: no day to date the article by, but the unit still signs it
                    if (author == null && k > 0 && Metadata.monthLine(blocks.get(k).text())
                            && blocks.get(k - 1).type() == BlockType.PARAGRAPH) {
                        author = Metadata.authorLine(blocks.get(k - 1).text(), false);
                        if (author != null) {
                            signatureFound = true;
                            break;
                        }
                    }
                    continue;
                }
                date = date == null ? signed : date;
                if (author == null && k > 0 && blocks.get(k - 1).type() == org.wenzhai.domain.BlockType.PARAGRAPH) {
                    author = Metadata.authorLine(blocks.get(k - 1).text(), false);
                }
                signatureFound = true;
                break;
            }
        }
        // a document's imprint at its end (青禾县机关事务管理局办公室　　2024年4月2日印发) dates it when
        // nothing else did (its signature stood before the text it issues)
        for (int k = blocks.size() - 1; date == null && k >= Math.max(0, blocks.size() - 3); k--) {
            Matcher issued = ISSUED_IMPRINT.matcher(blocks.get(k).text().strip());
            if (blocks.get(k).type() == BlockType.PARAGRAPH && issued.matches() && unitLine(issued.group(1).strip()) != null) {
                date = Metadata.findDate(blocks.get(k).text());
            }
        }
        // a piece signed at its end with a label (（供稿：临江区应急管理局）): the unit that wrote it
        if (author == null && !blocks.isEmpty() && blocks.get(blocks.size() - 1).type() == BlockType.PARAGRAPH) {
            String credit = Metadata.creditLine(blocks.get(blocks.size() - 1).text());
            if (credit != null) {
                author = credit;
                blocks.remove(blocks.size() - 1);
            }
        }
        // or with its unit and name in brackets (（某某街道党工委　王某）): they sign it, and the line stays
        if (author == null && !blocks.isEmpty() && blocks.get(blocks.size() - 1).type() == BlockType.PARAGRAPH) {
            String last = blocks.get(blocks.size() - 1).text().strip();
            if (SIGNED_IN_BRACKETS.matcher(last).matches()) {
                author = Metadata.authorLine(last, false);
            }
        }
        if (author == null && title != null) {
            author = Metadata.speakerInTitle(title);
        }
        return new ImportedArticle(unbracketed(title), author, date, nestUnderParts(itemsNotHeadings(blocks)));
    }

    /**
     * A title without the 【】, 《》 or 「」 a compilation put around the whole of it (【坚定理想信念　筑牢思想根基】):
     * a source line quotes it in 《》 of its own. A title that only begins or ends with one
     * (《条例》学习体会) keeps it.
     */
    /** A line that is a title in brackets as a whole (【坚定理想信念　筑牢思想根基】), not a part's name (【基本案情】). */
    private static boolean bracketedTitle(String text) {
        String inner = unbracketed(text);
        return inner != text && inner.length() >= 6 && !containsSentenceEnd(inner);
    }

    static String unbracketed(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        if (t.length() < 4) {
            return title;
        }
        int pair = "【《「".indexOf(t.charAt(0));
        if (pair < 0 || t.charAt(t.length() - 1) != "】》」".charAt(pair)) {
            return title;
        }
        String inner = t.substring(1, t.length() - 1);
        return inner.indexOf(t.charAt(0)) >= 0 || inner.indexOf(t.charAt(t.length() - 1)) >= 0 || inner.isBlank()
                ? title : inner.strip();
    }

    /**
     * Numbered lines of the third or fourth level that follow one another with nothing under them,
     * each a whole sentence of clauses (1.镇区污水处理厂提标改造项目，总投资2600万元，已建成投用。;
     * 3. 加强绩效评价结果运用，将评价结果与预算安排挂钩。), are the items of a list, not headings.
     */
    static List<ImportedBlock> itemsNotHeadings(List<ImportedBlock> blocks) {
        List<ImportedBlock> out = new ArrayList<>(blocks);
        int k = 0;
        while (k < out.size()) {
            int end = k;
            while (end < out.size() && reportedItem(out.get(end)) && out.get(end).level().equals(out.get(k).level())) {
                end++;
            }
            if (end - k >= 2) {
                for (int j = k; j < end; j++) {
                    out.set(j, ImportedBlock.paragraph(out.get(j).text()));
                }
            }
            k = Math.max(end, k + 1);
        }
        return out;
    }

    private static boolean reportedItem(ImportedBlock b) {
        if (b.type() != BlockType.HEADING || b.level() == null || b.level() < 3) {
            return false;
        }
        String t = b.text();
        return Texts.numberingLevel(t) >= 3 && Texts.endsSentence(t) && t.indexOf('，') > 0;
    }

    /**
     * A text in parts (第一讲, 第二章, 第一部分) numbers its sections 一、 again inside each: those
     * sections, and everything under them, sit one level below the part. Levels a format already set
     * apart (Word's outline levels) are left alone; 4 stays the deepest.
     */
    /** Whether the line, numbered (（1）, 1．, 一、), holds the next number in the same style after a sentence's end. */
    /**
     * Where the next section starts inside a line that starts a level-1 section with a short heading
     * sentence and a body of its own (一、盘活资源增收入。清理…186万元。二、发展产业强支撑。…), or -1:
     * points that are only clauses (一、要…；二、要…) stay one paragraph.
     */
    static int nextHeadingInside(String t) {
        String prefix = Texts.numberingPrefix(t).strip();
        String next = Texts.shiftedNumbering(prefix, 1);
        if (next == null || next.equals(prefix) || !next.endsWith("、")) {
            return -1;
        }
        int headEnd = t.indexOf('。');
        if (headEnd < 0 || headEnd > HEADING_SENTENCE_MAX || firstSentenceEnd(t) != headEnd) {
            return -1;
        }
        int at = t.indexOf("。" + next, headEnd + 1);
        if (at < 0 || at - headEnd < SECTION_BODY_MIN) {
            return -1;
        }
        int nextHeadEnd = t.indexOf('。', at + 1 + next.length());
        return nextHeadEnd > 0 && nextHeadEnd - at <= HEADING_SENTENCE_MAX ? at + 1 : -1;
    }

    /** The longest heading sentence of a section run onto the line before (一、盘活资源增收入。). */
    private static final int HEADING_SENTENCE_MAX = 20;
    /** The shortest body that makes a section of it, not a point of a list. */
    private static final int SECTION_BODY_MIN = 30;

    static boolean nextItemInside(String t) {
        String prefix = Texts.numberingPrefix(t).strip();
        String next = Texts.shiftedNumbering(prefix, 1);
        return next != null && !next.equals(prefix) && Texts.standsAfterMark(t, next, prefix.length(), "。；;");
    }

    private static final Pattern SECTION_NUMBER = Pattern.compile("^第[一二三四五六七八九十百零〇\\d]{1,4}节");

    static List<ImportedBlock> nestUnderParts(List<ImportedBlock> blocks) {
        Integer partLevel = null;
        boolean shift = false;
        for (ImportedBlock b : blocks) {
            if (b.type() != BlockType.HEADING) {
                continue;
            }
            if (Texts.isPart(b.text())) {
                partLevel = b.level();
            } else if (partLevel != null && Texts.numberingLevel(b.text()) == 1 && !b.text().startsWith("第")) {
                shift = b.level().equals(partLevel);
                break;
            }
        }
        if (!shift) {
            return blocks;
        }
        List<ImportedBlock> out = new ArrayList<>(blocks.size());
        boolean inPart = false;
        // a part's sections (第一节, level 2) keep their level, and what they hold goes one further down
        boolean inSection = false;
        for (ImportedBlock b : blocks) {
            if (b.type() == BlockType.HEADING && Texts.isPart(b.text())) {
                inPart = true;
                inSection = false;
                out.add(b);
            } else if (inPart && b.type() == BlockType.HEADING && SECTION_NUMBER.matcher(b.text()).lookingAt()) {
                inSection = true;
                out.add(b);
            } else if (inPart && b.type() == BlockType.HEADING) {
                out.add(ImportedBlock.heading(Math.min(4, b.level() + (inSection ? 2 : 1)), b.text()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static final Pattern DEFINITION = Pattern.compile("^[^：。，]{2,24}[：:](?:是指|指|即|意为|意思是)[^：]{4,}。$");

    /**
     * The next entry of a glossary whose entry before it defined its term (1.“四上”企业：指… /
     * 2.“亩均效益”评价：以单位用地面积…): a term, a colon and a sentence, not a heading, though its
     * definition does not start with 指.
     */
    private static boolean glossaryGoesOn(String t, int level, List<ImportedBlock> blocks) {
        if (blocks.isEmpty() || !GLOSSARY_ENTRY.matcher(t).find()) {
            return false;
        }
        ImportedBlock last = blocks.get(blocks.size() - 1);
        String prefix = Texts.numberingPrefix(t).strip();
        String before = Texts.shiftedNumbering(prefix, -1);
        return last.type() == BlockType.PARAGRAPH && before != null && !before.equals(prefix)
                && last.text().startsWith(before) && Texts.numberingLevel(last.text()) == level
                && DEFINITION.matcher(last.text()).find();
    }

    /** A term, a colon and a sentence that defines it. */
    private static final Pattern GLOSSARY_ENTRY = Pattern.compile("^[^：。，]{2,24}[：:][^：]{4,}。$");

    static void addBlocks(Line line, List<ImportedBlock> blocks) {
        String t = line.text();
        int level = Texts.numberingLevel(t);
        if (level > 0 && (listItem(t) || endsList(level, blocks) || inAttachmentList(level, blocks) || Texts.tableRow(t))) {
            addParagraph(t, blocks);
            return;
        }
        if (level > 0 && Texts.isClause(t) && firstSentenceEnd(t) >= 0) {
            addParagraph(t, blocks);
            return;
        }
        int nextHeading = level == 1 ? nextHeadingInside(t) : -1;
        if (nextHeading > 0) {
            // 一、盘活资源增收入。…增收186万元。二、发展产业强支撑。…: sections run together on one
            // line (a paragraph break lost), each a heading and its body
            addBlocks(line.withText(t.substring(0, nextHeading)), blocks);
            addBlocks(line.withText(t.substring(nextHeading)), blocks);
            return;
        }
        if (level > 0 && nextItemInside(t)) {
            // （1）合理提高投入标准。建议…。（2）严格工程质量监管。…: points numbered inside one paragraph,
            // as 一是…二是… are, not a heading
            addParagraph(t, blocks);
            return;
        }
        if (level > 0 && (DEFINITION.matcher(t).find() || glossaryGoesOn(t, level, blocks))) {
            // a glossary's entry, 1.“四上”企业：指规模以上…: a term and its definition, not a heading
            addParagraph(t, blocks);
            return;
        }
        if (level > 0) {
            int end = firstSentenceEnd(t);
            int colon = t.indexOf('：');
            // (一、问：…？ is a numbered question, its 问： a label, not the end of a heading)
            boolean label = colon > 0 && DIALOGUE_LABEL.matcher(t.substring(Texts.numberingPrefix(t).length(), colon).strip()).matches();
            if (colon > 0 && colon <= 30 && !label && (end < 0 || colon < end) && t.length() - colon - 1 >= 10
                    && firstSentenceEnd(t.substring(0, colon)) < 0 && balanced(t.substring(0, colon))) {
                end = colon; // "一、指导思想：以…为指导" is a heading and its body
            }
            if (end < 0) {
                if (t.length() <= HEADING_MAX_CHARS) {
                    blocks.add(ImportedBlock.heading(level, t));
                    return;
                }
            } else {
                // the mark that ends the heading stays with it: it is what the source says, and
                // nothing may be rewritten silently
                String head = t.substring(0, end + 1).strip();
                String rest = t.substring(end + 1).strip();
                if (head.length() <= HEADING_MAX_CHARS && head.length() > Texts.numberingPrefix(t).length() + 2) {
                    blocks.add(ImportedBlock.heading(level, head));
                    if (!rest.isEmpty()) {
                        addParagraph(rest, blocks);
                    }
                    return;
                }
            }
        } else if (line.headingHint() != null && t.length() <= HEADING_MAX_CHARS && !Texts.endsSentence(t)) {
            int hint = line.headingHint() == Line.EMPHASIS
                    ? Math.min(4, lastHeadingLevel(blocks) + 1) : line.headingHint();
            blocks.add(ImportedBlock.heading(Math.max(1, Math.min(6, hint)), t));
            return;
        } else if (BRACKET_SUBHEAD.matcher(t).matches() && !ARTICLE_MARKER.matcher(t).matches() && unitLine(t) == null
                && !Metadata.PLACE.matcher(t.substring(1, t.length() - 1)).matches()) {
            // 【基本案情】, 【处理结果】, 【典型意义】: a case's or a report's parts, named in brackets
            blocks.add(ImportedBlock.heading(1, t));
            return;
        }
        addParagraph(t, blocks);
    }

    /** A short name in 【】 alone on its line: the part of a case or report that follows. */
    private static final Pattern BRACKET_SUBHEAD = Pattern.compile("^【\\p{IsHan}{2,8}】$");

    /**
     * The level of the last numbered heading among {@code blocks}, 0 when there is none: headings set
     * apart by emphasis alone sit under it, side by side.
     */
    private static int lastHeadingLevel(List<ImportedBlock> blocks) {
        for (int k = blocks.size() - 1; k >= 0; k--) {
            if (blocks.get(k).type() == BlockType.HEADING && Texts.numberingLevel(blocks.get(k).text()) > 0) {
                return blocks.get(k).level();
            }
        }
        return 0;
    }

    /** 2.… 3.… under 附件：1.…: the attachments a notice lists, not headings. */
    private static boolean inAttachmentList(int level, List<ImportedBlock> blocks) {
        for (int k = blocks.size() - 1; k >= 0; k--) {
            ImportedBlock b = blocks.get(k);
            if (b.type() != BlockType.PARAGRAPH) {
                return false;
            }
            Matcher m = ATTACHMENTS.matcher(b.text());
            if (m.find()) {
                // 附件：防汛值班表 names its one attachment: what follows is text again
                String rest = b.text().substring(m.end()).strip();
                return rest.isEmpty() || Texts.numberingLevel(rest) > 0 || Character.isDigit(rest.charAt(0));
            }
            // (an item whose name starts with a year reads as a decimal: 2.2024年…任务分解表)
            if (Texts.numberingLevel(b.text()) != level && !(level == 3 && DIGIT_ITEM.matcher(b.text()).lookingAt())) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern DIGIT_ITEM = Pattern.compile("\\d{1,2}[.．、]");

    private static final Pattern ATTACHMENTS = Pattern.compile("^附\\s*件\\s*[:：]");

    /** The item after a list item of the same numbering ends the list: （3）…。 after （2）…； is an item too. */
    private static boolean endsList(int level, List<ImportedBlock> blocks) {
        if (blocks.isEmpty()) {
            return false;
        }
        ImportedBlock prev = blocks.get(blocks.size() - 1);
        return prev.type() == BlockType.PARAGRAPH && Texts.numberingLevel(prev.text()) == level && listItem(prev.text());
    }

    /**
     * A numbered line that is an item of a list, not a heading: it ends as items do (；，), or it is
     * a clause of rules that introduces a list (第三条 …工作法：).
     */
    static boolean listItem(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '；' || last == ';' || last == '，' || last == ','
                || (Texts.isClause(t) && (last == '：' || last == ':'));
    }

    private static boolean balanced(String s) {
        return s.chars().filter(c -> c == '“').count() == s.chars().filter(c -> c == '”').count()
                && s.chars().filter(c -> c == '（').count() == s.chars().filter(c -> c == '）').count();
    }

    /** Index of the first 。！？； outside quotes, or -1. */
    static int firstSentenceEnd(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '《' || c == '（' || c == '(') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '！' || c == '？' || c == '；')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds a paragraph, split when it is longer than {@link #PARAGRAPH_MAX_CHARS}: after the last
     * sentence end in the second half of the limit that stands outside quotation marks (a quoted
     * speech of several sentences stays whole), else after the last sentence end there, else after
     * the last ，、；, and only where there is none of these at the limit itself.
     */
    static void addParagraph(String t, List<ImportedBlock> blocks) {
        while (t.length() > PARAGRAPH_MAX_CHARS) {
            int cut = cutPoint(t);
            blocks.add(ImportedBlock.paragraph(t.substring(0, cut)));
            t = t.substring(cut).strip();
        }
        if (!t.isEmpty()) {
            blocks.add(ImportedBlock.paragraph(t));
        }
    }

    /** Where {@link #addParagraph} cuts a text longer than the limit. */
    private static int cutPoint(String t) {
        int outside = -1;
        int inside = -1;
        int clause = -1;
        int depth = 0;
        for (int i = 0; i < PARAGRAPH_MAX_CHARS; i++) {
            char c = t.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
            }
            if (i < PARAGRAPH_MAX_CHARS / 2) {
                continue;
            }
            if (Texts.isSentenceEnd(c)) {
                int end = i + 1;
                int after = depth;
                while (end < t.length() && end < PARAGRAPH_MAX_CHARS && (t.charAt(end) == '”' || t.charAt(end) == '’' || t.charAt(end) == '）')) {
                    after -= t.charAt(end) == '”' ? 1 : 0;
                    end++;
                }
                inside = end;
                if (after <= 0) {
                    outside = end;
                }
            } else if (depth == 0 && (c == '，' || c == '、' || c == '；' || c == ',' || c == ';')) {
                clause = i + 1;
            }
        }
        int cut = outside > 0 ? outside : inside > 0 ? inside : clause > 0 ? clause : PARAGRAPH_MAX_CHARS;
        if (cut == PARAGRAPH_MAX_CHARS && Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
