package org.wenzhai.importing.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.importing.formats.RawLine;

/**
 * Normalises raw lines where it is unambiguous and removes noise by the rules, recording every
 * removal. Normalisation: indentation (spaces, ideographic spaces, tabs) and trailing blanks go,
 * 〝〞 become “ ”, 臵 becomes 置; nothing else is rewritten.
 */
public final class Cleaner {
    /** LINE and PAGE rules only look at lines up to this long: real paragraphs are never removed whole. */
    public static final int LINE_RULE_MAX_CHARS = 200;
    static final int ADVERT_SHORT = 25;
    static final int ADVERT_MEDIUM = 80;
    /** Longer lines are never adverts (real ones are one or two sentences); sparing them keeps import fast. */
    static final int ADVERT_MAX_CHARS = 300;
    static final int HEAD_WINDOW = 15;
    static final int HEAD_LINE_MAX = 60;
    /** The id under which the head block's lines are recorded; disabling it keeps the block. */
    public static final String HEAD_BLOCK_ID = "head.block";
    /** The id under which a page number left after the full stop of a page's last line is recorded. */
    public static final String PAGE_NUMBER_AFTER_ID = "page.number-after";
    /** The id under which the links listed after 往期推荐, 相关阅读… are recorded; disabling it keeps them. */
    public static final String LINK_LIST_ID = "web.link-list";
    /** A removed line that announces a list of links to other articles. */
    private static final java.util.regex.Pattern LINK_HEADER = java.util.regex.Pattern.compile(
            "往期推荐|往期回顾|往期精选|喜欢此内容的人还喜欢|热点推荐|推荐阅读|延伸阅读|猜你喜欢|相关阅读|相关文章|相关链接|相关新闻|相关推荐|相关范文|相关文档|相关资料|热文推荐|热门推荐"
            + "|热门文章|精彩推荐|精彩阅读|更多推荐|更多阅读|更多范文|^(?:文章|本文)?标签|^(?i:tags?)"
            + "|^(?:24小时|今日|本周|本月)(?:热点|排行|热文)|^热点新闻|^新闻排行|^图片新闻|^(?:本店|本站)其他");
    /** The longest line taken for a link in such a list. */
    static final int LINK_LINE_MAX = 60;
    /** The id under which running headers and footers are recorded; disabling it keeps them. */
    public static final String RUNNING_HEADER_ID = "page.running-header";

    // the plan's parts (Plan tells what each is), and this cleaner's own answers for a line
    private final List<NoiseRule> inline, lineRules, advert, head;
    private final List<StartChars> inlineFinders, lineFinders, lineStarts;
    private final List<StartChars.Group> inlineGroups, lineGroups;
    private final StartChars anyAdvert;
    private final int[] lineFinderBits;
    private final Requires.Table lineRequires, inlineRequires;
    private final int headBase, advertBase, advertBit;
    private final boolean headBlock, linkLists, pageNumberAfter, runningHeaders, mastheads;
    /** What a line holds of {@link #lineRequires}' and {@link #inlineRequires}' characters. */
    private final long[] lineMet, inlineMet;

    /** What cleaning made of a text: the kept lines and what it removed. */
    public record Result(List<Line> lines, List<RemovedText> removed) {
    }

    /**
     * What a cleaner asks of every line, worked out from the rules once per set of rules and disabled
     * ids (a cleaner is made for every file; making this each time was a sixteenth of parsing).
     */
    static final class Plan {
        final List<NoiseRule> inline = new ArrayList<>();
        /** Exact prefilters of the inline rules: most lines hold no character a match could begin with. */
        final List<StartChars> inlineFinders = new ArrayList<>();
        final List<NoiseRule> lineRules = new ArrayList<>();
        /** Per line rule: the prefilter of its {@code find} form, or null when it is matched whole. */
        final List<StartChars> lineFinders = new ArrayList<>();
        /** Per line rule: the prefilter of the whole pattern, for the rules matched whole. */
        final List<StartChars> lineStarts = new ArrayList<>();
        final List<NoiseRule> advert = new ArrayList<>();
        final List<NoiseRule> head = new ArrayList<>();
        final StartChars anyAdvert;
        /** The inline rules' prefilters, asked over a line in one pass. */
        final List<StartChars.Group> inlineGroups;
        /** The line rules' {@code find} prefilters and then the advert marks', asked over a line in one pass. */
        final List<StartChars.Group> lineGroups;
        /** Per line rule: its bit in {@link #lineGroups}, or -1 when it is matched whole. */
        final int[] lineFinderBits;
        /**
         * The characters each line rule's, head rule's and advert rule's match must hold (in that
         * order), asked before the rule.
         */
        final Requires.Table lineRequires;
        final int headBase;
        final int advertBase;
        /** The same for the inline rules. */
        final Requires.Table inlineRequires;
        /** The advert marks' bit in {@link #lineGroups}, or -1. */
        final int advertBit;
        final boolean headBlock;
        final boolean linkLists;
        final boolean pageNumberAfter;
        final boolean runningHeaders;
        final boolean mastheads;

        Plan(NoiseRules rules, Set<String> disabled) {
            StringBuilder any = new StringBuilder();
            for (NoiseRule r : rules.all()) {
                if (disabled.contains(r.id())) {
                    continue;
                }
                switch (r.kind()) {
                    case INLINE -> {
                        inline.add(r);
                        inlineFinders.add(StartChars.of(r.pattern()));
                    }
                    case LINE, PAGE -> {
                        lineRules.add(r);
                        Pattern finder = finderFor(r.pattern());
                        lineFinders.add(finder == null ? null : StartChars.of(finder));
                        lineStarts.add(StartChars.of(r.pattern()));
                    }
                    case ADVERT -> advert.add(r);
                    case HEAD -> head.add(r);
                }
                if (r.kind() == NoiseRule.Kind.ADVERT || r.kind() == NoiseRule.Kind.HEAD) {
                    any.append(any.length() == 0 ? "" : "|").append("(?:").append(r.pattern().pattern()).append(')');
                }
            }
            anyAdvert = any.length() == 0 ? null : StartChars.compile(any.toString());
            inlineGroups = StartChars.Group.of(inlineFinders);
            List<StartChars> lineMembers = new ArrayList<>();
            lineFinderBits = new int[lineFinders.size()];
            for (int i = 0; i < lineFinders.size(); i++) {
                lineFinderBits[i] = lineFinders.get(i) == null ? -1 : lineMembers.size();
                if (lineFinders.get(i) != null) {
                    lineMembers.add(lineFinders.get(i));
                }
            }
            advertBit = anyAdvert == null ? -1 : lineMembers.size();
            if (anyAdvert != null) {
                lineMembers.add(anyAdvert);
            }
            lineGroups = StartChars.Group.of(lineMembers);
            List<Pattern> required = new ArrayList<>();
            lineRules.forEach(r -> required.add(r.pattern()));
            headBase = required.size();
            head.forEach(r -> required.add(r.pattern()));
            advertBase = required.size();
            advert.forEach(r -> required.add(r.pattern()));
            lineRequires = Requires.Table.of(required);
            inlineRequires = Requires.Table.of(inline.stream().map(NoiseRule::pattern).toList());
            headBlock = !disabled.contains(HEAD_BLOCK_ID);
            runningHeaders = !disabled.contains(RUNNING_HEADER_ID);
            mastheads = !disabled.contains(MASTHEAD_ID);
            linkLists = !disabled.contains(LINK_LIST_ID);
            pageNumberAfter = !disabled.contains(PAGE_NUMBER_AFTER_ID);
        }
    }

    public Cleaner(NoiseRules rules, Set<String> disabled) {
        this(rules.plan(disabled, Plan::new));
    }

    private Cleaner(Plan plan) {
        this.inline = plan.inline;
        this.inlineFinders = plan.inlineFinders;
        this.lineRules = plan.lineRules;
        this.lineFinders = plan.lineFinders;
        this.lineStarts = plan.lineStarts;
        this.advert = plan.advert;
        this.head = plan.head;
        this.anyAdvert = plan.anyAdvert;
        this.inlineGroups = plan.inlineGroups;
        this.lineGroups = plan.lineGroups;
        this.lineFinderBits = plan.lineFinderBits;
        this.lineRequires = plan.lineRequires;
        this.headBase = plan.headBase;
        this.advertBase = plan.advertBase;
        this.inlineRequires = plan.inlineRequires;
        this.advertBit = plan.advertBit;
        this.headBlock = plan.headBlock;
        this.linkLists = plan.linkLists;
        this.pageNumberAfter = plan.pageNumberAfter;
        this.runningHeaders = plan.runningHeaders;
        this.mastheads = plan.mastheads;
        this.lineMet = lineRequires.newMet();
        this.inlineMet = inlineRequires.newMet();
    }

    /** Normalises one line's text: indentation and trailing blanks, 〝〞 and 臵. */
    public static String normalise(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        String t = start == 0 && end == s.length() ? s : s.substring(start, end);
        if (t.indexOf('〝') >= 0 || t.indexOf('〞') >= 0 || t.indexOf('臵') >= 0) {
            t = t.replace('〝', '“').replace('〞', '”').replace('臵', '置');
        }
        return t;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\r' || c == '\n'
                || c == '\f' || c == '\u2002' || c == '\u2003' || c == '\u200B';
    }

    public Result clean(List<RawLine> raw, List<RemovedText> alreadyRemoved) {
        int[] inlineCandidates = new int[inlineGroups.size()];
        int[] lineCandidates = new int[lineGroups.size()];
        List<RemovedText> removed = new ArrayList<>(alreadyRemoved);
        List<Line> lines = new ArrayList<>();
        int blanks = 0;
        boolean pendingPageBreak = false;
        for (int i = 0; i < raw.size(); i++) {
            RawLine r = raw.get(i);
            String text = r.text();
            boolean indented = !text.isEmpty() && isBlank(text.charAt(0));
            text = normalise(text);
            if (text.isEmpty()) {
                blanks++;
                pendingPageBreak |= r.pageBreakBefore();
                continue;
            }
            int number = i + 1;
            String cutInside = "";
            candidates(inlineGroups, text, inlineCandidates);
            boolean metKnown = false;
            for (int k = 0; k < inline.size(); k++) {
                NoiseRule rule = inline.get(k);
                if (!may(inlineCandidates, k)) {
                    continue;
                }
                if (!metKnown) {
                    inlineRequires.met(text, inlineMet);
                    metKnown = true;
                }
                if (!inlineRequires.allows(k, inlineMet) || !inlineFinders.get(k).find(text)) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(text);
                if (m.find()) {
                    StringBuilder sb = new StringBuilder();
                    do {
                        removed.add(new RemovedText(rule.id(), number, m.group()));
                        if (m.end() < text.length() && m.start() > 0) {
                            cutInside = cutInside.concat(m.group());
                        }
                        m.appendReplacement(sb, "");
                    } while (m.find());
                    m.appendTail(sb);
                    text = normalise(sb.toString());
                    candidates(inlineGroups, text, inlineCandidates);
                }
            }
            int page = pageNumberAfter ? pageNumberAfterStop(text) : -1;
            if (page >= 0) {
                removed.add(new RemovedText(PAGE_NUMBER_AFTER_ID, number, text.substring(page).strip()));
                text = normalise(text.substring(0, page));
            }
            if (text.isEmpty()) {
                pendingPageBreak |= r.pageBreakBefore();
                continue;
            }
            lines.add(new Line(number, text, r.headingLevel(), r.pageBreakBefore() || pendingPageBreak,
                    r.paragraphEnd(), blanks, indented, r.reachesMargin(), cutInside));
            blanks = 0;
            // the page's number ended this line: the next one starts a page (where a running header may stand)
            pendingPageBreak = page >= 0;
        }
        removeHeadBlock(lines, removed);
        List<Line> kept = new ArrayList<>(lines.size());
        int carriedBlanks = 0;
        boolean carriedPage = false;
        boolean inLinks = false;
        boolean inTags = false;
        // a document that dashes its page numbers (— 1 —) writes no bare ones: a bare number is text
        // there (a table's cell, written one a line)
        boolean dashedPages = lines.stream().anyMatch(l -> DASHED_PAGE.matcher(l.text()).matches());
        boolean[] listItems = listItems(lines);
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            // (longer lines are asked neither kind of rule)
            String asked = l.text().length() <= Math.max(ADVERT_MAX_CHARS, LINE_RULE_MAX_CHARS) ? l.text() : "";
            candidates(lineGroups, asked, lineCandidates);
            // (what the rules' matches must hold, for this line and the parts of it asked below)
            lineRequires.met(asked, lineMet);
            NoiseRule hit = lineRule(l.text(), lineCandidates);
            if (hit != null && hit.kind() == NoiseRule.Kind.PAGE
                    && (isTableCell(lines, li) || (dashedPages && PLAIN_NUMBER.matcher(l.text().strip()).matches()))) {
                hit = null;
            }
            if (hit != null && GLUED_NOTICES.contains(hit.id())) {
                // a site's credit glued after a paragraph's last sentence (…重要依据。（本文由某某素材库整理，
                // 转载请注明出处）): only the glued part goes
                int cut = gluedNoticeStart(hit, l.text());
                if (cut > 0) {
                    removed.add(new RemovedText(hit.id(), l.number(), l.text().substring(cut)));
                    l = l.withText(l.text().substring(0, cut));
                    // what stays may be a site's notice itself (本文档由用户上传，仅供学习参考。如有侵权请联系删除。)
                    // (it holds no character the line does not: the line's prefilters still answer for it)
                    hit = lineRule(l.text(), lineCandidates);
                }
            }
            if (hit != null && hit.kind() == NoiseRule.Kind.LINE && !GLUED_NOTICES.contains(hit.id())) {
                // a notice matched whole with a sentence of the paragraph's own before it (…位居全县前列。
                // 更多精彩范文请访问…): only the notice goes, and what stays is asked the rules again
                int cut = ownSentencesEnd(hit, l.text());
                if (cut > 0) {
                    removed.add(new RemovedText(hit.id(), l.number(), l.text().substring(cut)));
                    l = l.withText(l.text().substring(0, cut));
                    hit = lineRule(l.text(), lineCandidates);
                }
            }
            boolean mayBeMarked = may(lineCandidates, advertBit);
            String advertRules = hit == null ? advertMarks(l.text(), mayBeMarked, lineMet) : null;
            if (advertRules != null) {
                // a seller's line glued after a paragraph's last sentence (…提高组织生活质量。更多精品范文请关注
                // 公众号…): only the glued part goes
                int cut = advertTailStart(l.text(), lineMet);
                if (cut > 0) {
                    removed.add(new RemovedText(advertRules, l.number(), l.text().substring(cut)));
                    l = l.withText(l.text().substring(0, cut));
                    advertRules = null;
                }
            }
            if (advertRules == null && hit == null && mayBeMarked && l.text().length() > ADVERT_SHORT) {
                // a paragraph too long for its marks to condemn it, with a seller's contact glued after
                // its last sentence (…发挥了生力军作用。更多精品范文请加QQ群：563218820获取)
                int cut = gluedContactStart(l.text(), lineMet);
                // (a part of the line holds no character the line does not)
                String tailMarks = cut > 0 ? advertMarks(l.text().substring(cut), true, lineMet) : null;
                if (tailMarks != null) {
                    removed.add(new RemovedText(tailMarks, l.number(), l.text().substring(cut)));
                    l = l.withText(l.text().substring(0, cut));
                }
            }
            // one weak mark in an item of a list the text introduces (这五类诈骗是： / 刷单返利诈骗 / 扫码领取补贴诈骗 / …)
            if (advertRules != null && listItems[li] && advertRules.indexOf('+') < 0) {
                advertRules = null;
            }
            String id = hit != null ? hit.id() : advertRules;
            // a page's tags are a word or two each (述职报告, 党建); a longer line under them is text again
            if (id == null && inLinks && (inTags ? isTag(l.text()) : isLink(l.text()))) {
                id = LINK_LIST_ID;
            }
            // the links under 往期推荐 go with it, up to the first line that is not one
            inLinks = linkLists && (hit != null ? linkHeader(l.text()) : inLinks && id != null);
            inTags = hit != null ? TAGS_RULE_ID.equals(hit.id()) : inTags && inLinks;
            if (id != null) {
                removed.add(new RemovedText(id, l.number(), l.text()));
                carriedBlanks += l.blankBefore();
                carriedPage |= l.pageBreakBefore() || (hit != null && hit.kind() == NoiseRule.Kind.PAGE);
                continue;
            }
            if (carriedBlanks > 0 || carriedPage) {
                l = new Line(l.number(), l.text(), l.headingHint(), l.pageBreakBefore() || carriedPage, l.paragraphEnd(),
                        l.blankBefore() + carriedBlanks, l.indented(), l.reachesMargin(), l.cutInside());
            }
            kept.add(l);
            carriedBlanks = 0;
            carriedPage = false;
        }
        if (mastheads) {
            removeMasthead(kept, removed);
        }
        if (runningHeaders) {
            // a page number removed after the last line: that line stands before a page break too
            kept = removeRunningHeaders(kept, carriedPage, removed);
        }
        if (headBlock) {
            removeListingTitle(kept, removed);
        }
        removed.sort(java.util.Comparator.comparingInt(RemovedText::lineNumber));
        return new Result(kept, removed);
    }

    /** The id under which a web page's masthead over its chrome is recorded; disabling it keeps the masthead. */
    public static final String MASTHEAD_ID = "web.masthead";
    /** The rules of a page's chrome that stand under its masthead: breadcrumbs, menus, navigation, portal bars. */
    private static final java.util.Set<String> SITE_CHROME = java.util.Set.of("web.breadcrumb", "web.menu", "web.nav",
            "web.login-bar", "web.topbar", "web.welcome", "web.today");
    /** How a site's name ends: 人民政府, 门户网站, 人民网首页, 学习平台, 的博客, 融媒体中心. */
    private static final Pattern SITE_NAME = Pattern.compile("(?:政府|网站|门户|网|首页|平台|博客|论坛|融媒体?中心|发布|日报|晚报|在线|之窗|之声|频道|客户端|信息公开)"
            + "(?:[\\s\u3000]*(?:门户网站|网站|首页|官网))?$");
    /** How far down a page's chrome may stand under the masthead, in lines from the first. */
    private static final int MASTHEAD_LINES = 4;

    /**
     * A web page's masthead copied over its chrome (临川市人民政府　门户网站 / 首页 > 政务公开 > 领导讲话, 学习强国 /
     * 学习平台 / 首页 > …): the one or two short lines at the head, above a breadcrumb or menu among the
     * first lines, are the site's name, not the article's title.
     */
    private static void removeMasthead(List<Line> kept, List<RemovedText> removed) {
        if (kept.isEmpty()) {
            return;
        }
        int first = Math.min(kept.get(0).number(), removed.isEmpty() ? Integer.MAX_VALUE : removed.get(0).lineNumber());
        int chrome = -1;
        for (RemovedText r : removed) {
            if (r.lineNumber() <= first + MASTHEAD_LINES && SITE_CHROME.contains(r.ruleId())) {
                chrome = chrome < 0 ? r.lineNumber() : Math.min(chrome, r.lineNumber());
            }
        }
        if (chrome < 0) {
            return;
        }
        int n = 0;
        while (n < kept.size() && kept.get(n).number() < chrome) {
            String t = kept.get(n).text().strip();
            if (n >= 2 || t.length() > 20 || Texts.hasClauseMark(t) || Texts.numberingLevel(t) > 0 || !SITE_NAME.matcher(t).find()) {
                return;
            }
            n++;
        }
        for (int k = 0; k < n; k++) {
            removed.add(new RemovedText(MASTHEAD_ID, kept.get(k).number(), kept.get(k).text()));
        }
        kept.subList(0, n).clear();
    }

    /** A seller's word after the title it lists a document under: …述职报告（精选）, …（通用5篇）, 【完整版】. */
    private static final Pattern LISTING_SUFFIX = Pattern.compile(
            "[（(【\\[]\\s*(?:精选|通用|范文|优秀范文|完整版|最新版?|精品|推荐|热门)(?:\\s*\\d{1,3}\\s*篇)?\\s*[）)】\\]]$");

    /**
     * A seller's listing title over the document's own (…述职报告（精选） / 下载提示… / …述职报告): the
     * first line, when one of the next three is the same title without the seller's word, goes with
     * the head's adverts, and the document's own title stands first.
     */
    private static void removeListingTitle(List<Line> lines, List<RemovedText> removed) {
        if (lines.size() < 2) {
            return;
        }
        String first = lines.get(0).text();
        Matcher m = LISTING_SUFFIX.matcher(first);
        if (!m.find() || m.start() < 4) {
            return;
        }
        String own = first.substring(0, m.start()).strip();
        for (int j = 1; j < Math.min(4, lines.size()); j++) {
            if (lines.get(j).text().equals(own)) {
                removed.add(new RemovedText(HEAD_BLOCK_ID, lines.get(0).number(), first));
                lines.remove(0);
                return;
            }
        }
    }

    private static final Pattern NUMBER_CELL = Pattern.compile("[-+]?\\d[\\d,，]*(?:[.．]\\d+)?\\s*[%％‰]?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern DASHED_PAGE = Pattern.compile("\\s*[-－—–]+\\s*\\d{1,4}\\s*[-－—–]+\\s*");

    /**
     * A bare number next to another number-only line (312 above or below 40.9, 26%, 205) is a cell
     * of a table written one cell a line, not a page number: page numbers stand between text.
     */
    static boolean isTableCell(List<Line> lines, int i) {
        if (!PLAIN_NUMBER.matcher(lines.get(i).text().strip()).matches()) {
            return false;
        }
        for (int j = Math.max(0, i - 1); j <= Math.min(lines.size() - 1, i + 1); j++) {
            if (j != i && NUMBER_CELL.matcher(lines.get(j).text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a page number such as {@code - 3 -} starts when it ends the line right after a full stop
     * (…挽回经济损失187.4万元。 - 3 -) or a Chinese character (（五）规范行业管理－ 2 －), else -1. A scan
     * from the end: a regular expression would be tried at every position of every line.
     */
    static int pageNumberAfterStop(String t) {
        int k = t.length() - 1;
        if (k < 4 || !isDash(t.charAt(k))) {
            return -1;
        }
        k--;
        while (k >= 0 && isBlank(t.charAt(k))) {
            k--;
        }
        int digits = 0;
        while (k >= 0 && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
            k--;
            digits++;
        }
        if (digits < 1 || digits > 4) {
            return -1;
        }
        while (k >= 0 && isBlank(t.charAt(k))) {
            k--;
        }
        if (k < 1 || !isDash(t.charAt(k))) {
            return -1;
        }
        int dash = k;
        k--;
        int blanks = 0;
        while (k >= 0 && isBlank(t.charAt(k)) && blanks < 4) {
            k--;
            blanks++;
        }
        return k >= 0 && ("。！？”）)".indexOf(t.charAt(k)) >= 0 || Texts.isHan(t.charAt(k))) ? dash : -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '－' || c == '—' || c == '–';
    }

    /** A line that can be a link to another article: short, not numbered, not ending a sentence with 。；：. */
    private static final String TAGS_RULE_ID = "web.tags";

    private static boolean isTag(String t) {
        return t.length() <= 8 && t.chars().noneMatch(Character::isDigit) && isLink(t);
    }

    /**
     * A list's header (往期推荐, 更多范文：), not a seller's request that names more of them (更多范文请关注微信公众号
     * “…”，回复…获取): the lines under a request are the text again, the compilation's first title among them.
     */
    private static boolean linkHeader(String t) {
        return t.length() <= LINK_HEADER_MAX && t.indexOf('请') < 0 && !t.contains("关注") && LINK_HEADER.matcher(t).find();
    }

    /** The longest line taken for a list's header (本站其他精品材料推荐（点击下载）). */
    private static final int LINK_HEADER_MAX = 24;

    private static boolean isLink(String t) {
        char last = t.charAt(t.length() - 1);
        // (a list of links may number them 1. 2. 3.; a heading 一、 or （一） is the text going on)
        int level = Texts.numberingLevel(t);
        return t.length() <= LINK_LINE_MAX && (level == 0 || level == 3) && last != '。' && last != '；' && last != '：'
                && last != '，' && last != ':' && last != ';';
    }

    /**
     * The line rule that removes this line, given its {@code find} rules' {@link StartChars.Group#candidates}
     * and, in {@link #lineMet}, what the line holds of their characters.
     */
    private NoiseRule lineRule(String text, int[] candidates) {
        if (text.length() > LINE_RULE_MAX_CHARS) {
            return null;
        }
        for (int i = 0; i < lineRules.size(); i++) {
            if (!lineRequires.allows(i, lineMet)) {
                continue;
            }
            StartChars finder = lineFinders.get(i);
            boolean hit = finder != null ? may(candidates, lineFinderBits[i]) && finder.find(text)
                    : lineStarts.get(i).mayMatchWhole(text) && lineRules.get(i).pattern().matcher(text).matches();
            if (hit && !spared(lineRules.get(i), text)) {
                return lineRules.get(i);
            }
        }
        return null;
    }

    /** The rules that match a site's notice by a word (温馨提示, 客服热线), which a sentence of the text may hold. */
    private static final String TIP_RULE = "notice.tip";
    private static final Set<String> SITE_NOTICES = Set.of(TIP_RULE, "notice.service");
    private static final Pattern BARE_TIP = Pattern.compile("[【\\[]?温馨提示[】\\]]?\\s*[:：]?");
    /** What a site's notice speaks of: the site, its documents, members, downloads and copyright. */
    private static final Pattern SITE_TALK = Pattern.compile(
            "本站|本网|网站|网友|范文|文档|素材|下载|上传|会员|(?i:vip)|版权|侵权|侵删|转载|外传|仅供|删除");

    /** The rules that match a page's prompts by a word (关注我们, 欢迎交流, 喜欢…分享), which a sentence of the text may hold. */
    private static final String LIKE_RULE = "web.like";
    private static final Set<String> WORD_PROMPTS = Set.of("web.follow", LIKE_RULE, "web.discuss");

    /**
     * Whether a line a web page's rule matched is text after all: a numbered heading (二、欢迎交流互鉴，深化区域合作,
     * 四、推荐阅读书目), or a sentence with a clause that a prompt's rule matched by one word; or a sentence
     * with a clause that a site notice's rule matched (温馨提示, 客服热线) and that says nothing of a site.
     */
    private static boolean spared(NoiseRule rule, String text) {
        if (SITE_NOTICES.contains(rule.id())) {
            boolean tip = TIP_RULE.equals(rule.id());
            // a notice's own 温馨提示： over its numbered points (a site's tip says its piece on its line)
            if (tip && BARE_TIP.matcher(text).matches()) {
                return true;
            }
            // 拨打客服热线12345反映问题，…。 / 温馨提示：预约成功后请携带…，…。 / 温馨提示：请广大居民注意以下事项。:
            // the text's own sentence (a tip needs no clause)
            return Texts.endsWithFullStop(text) && (tip || text.indexOf('，') >= 0 || text.indexOf('；') >= 0)
                    && !SITE_TALK.matcher(text).find()
                    && !(tip && text.contains("客服"));
        }
        if (!rule.id().startsWith("web.")) {
            return false;
        }
        if (Texts.numberingLevel(text) > 0) {
            return true;
        }
        // a plea to like and share is not stated: 觉得有用的话，请点赞、转发支持一下吧！ goes, …点赞，转发…。 stays
        return WORD_PROMPTS.contains(rule.id()) && (LIKE_RULE.equals(rule.id()) ? text.endsWith("。") : Texts.endsWithFullStop(text))
                && (text.indexOf('，') >= 0 || text.indexOf('；') >= 0);
    }

    /**
     * For a whole-line pattern {@code .*X.*} the same test as {@code find(X)} (lines hold no line
     * ends), without the backtracking of the leading {@code .*}; null for other patterns.
     */
    static Pattern finderFor(Pattern whole) {
        String p = whole.pattern();
        if (p.length() > 4 && p.startsWith(".*") && p.endsWith(".*") && !p.endsWith("\\.*")) {
            try {
                return Pattern.compile(p.substring(2, p.length() - 2));
            } catch (java.util.regex.PatternSyntaxException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Running headers and footers: the same short line met at two or more page breaks (just before
     * or just after one) is page furniture, not text. Not in formats made of paragraphs (Word, web
     * pages), whose page breaks separate text only.
     */
    private static List<Line> removeRunningHeaders(List<Line> lines, boolean breakAtEnd, List<RemovedText> removed) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Integer> tops = new java.util.HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).pageBreakBefore()) {
                counts.merge(lines.get(k).text(), 1, Integer::sum);
                tops.merge(lines.get(k).text(), 1, Integer::sum);
                // the line before, unless it is its page's only line (a cover's title), counted once
                if (k > 0 && !lines.get(k - 1).pageBreakBefore()) {
                    counts.merge(lines.get(k - 1).text(), 1, Integer::sum);
                }
            }
        }
        if (breakAtEnd && !lines.isEmpty()) {
            counts.merge(lines.get(lines.size() - 1).text(), 1, Integer::sum);
        }
        // a paragraph of a Word or web document is never page furniture: Word keeps its headers apart;
        // nor is a PDF's line that runs to the right margin (a sentence going on: the same one may
        // start two pages of a compilation), while a header is a short label
        // — except a short label at the top of two pages or more in a PDF (a bulletin's name over its
        // pages, set across both columns, or in a smaller type than the title under it)
        int madeOfParagraphs = -1;
        for (Line l : lines) {
            if (!(l.paragraphEnd() || l.reachesMargin()) || !counts.containsKey(l.text())) {
                continue;
            }
            boolean label = tops.getOrDefault(l.text(), 0) >= 2 && l.text().length() <= 30 && !HAS_CLAUSE.matcher(l.text()).find();
            if (label && l.paragraphEnd() && madeOfParagraphs < 0) {
                madeOfParagraphs = lines.stream().filter(Line::paragraphEnd).count() * 2 > lines.size() ? 1 : 0;
            }
            if ((l.paragraphEnd() && (!label || madeOfParagraphs == 1)) || (l.reachesMargin() && !label)) {
                counts.remove(l.text());
            }
        }
        java.util.Set<String> furniture = new java.util.HashSet<>();
        counts.forEach((t, n) -> {
            if (n >= 2 && t.length() <= 40 && Texts.numberingLevel(t) == 0 && !Texts.endsSentence(t)) {
                furniture.add(t);
            }
        });
        boolean sectionHeaders = furniture.stream().filter(t -> tops.getOrDefault(t, 0) > 0).limit(2).count() == 2;
        String head = repeatedHead(lines);
        if (furniture.isEmpty() && head == null) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        boolean carryPage = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            boolean atBreak = l.pageBreakBefore() || (k + 1 < lines.size() ? lines.get(k + 1).pageBreakBefore() : breakAtEnd);
            // headers that change through the document name its articles (甲县的做法 over the pages of
            // that article): the first one at the top of a page is the article's title
            boolean titleOnItsPage = (sectionHeaders && l.pageBreakBefore() && !seen.contains(l.text()))
                    || (l.pageBreakBefore() && k + 1 < lines.size() && Texts.signsATitle(lines.get(k + 1).text()));
            if (furniture.contains(l.text())) {
                seen.add(l.text());
            }
            // the document's title over its pages: also where the page's number was glued to the
            // line before, so that no page break was seen (…采取3 / 某某汇编 / 正文)
            boolean headAgain = k > 0 && l.text().equals(head);
            // a header met at page breaks elsewhere, here after a line that ends in a number (the
            // page's number glued to its last line): the same page break
            boolean afterGluedNumber = k > 0 && endsInDigit(lines.get(k - 1).text()) && l.blankBefore() == 0;
            if (((atBreak || afterGluedNumber) && furniture.contains(l.text()) && !titleOnItsPage) || headAgain) {
                removed.add(new RemovedText(RUNNING_HEADER_ID, l.number(), l.text()));
                // the title over a page says a page starts there, even where no page number did
                carryPage |= l.pageBreakBefore() || headAgain || (!atBreak && afterGluedNumber);
                continue;
            }
            if (carryPage && !l.pageBreakBefore()) {
                l = new Line(l.number(), l.text(), l.headingHint(), true, l.paragraphEnd(), l.blankBefore(), l.indented(),
                        l.reachesMargin(), l.cutInside());
            }
            carryPage = false;
            out.add(l);
        }
        return out;
    }

    private static final Pattern HAS_CLAUSE = Pattern.compile("[，。、；：！？,;]");

    private static boolean endsInDigit(String t) {
        return !t.isEmpty() && t.charAt(t.length() - 1) >= '0' && t.charAt(t.length() - 1) <= '9';
    }

    /**
     * The first line (the document's title) when it comes back at least twice more, once at least
     * at a page break: a running header that repeats the title. Else null.
     */
    private static String repeatedHead(List<Line> lines) {
        if (lines.size() < 3) {
            return null;
        }
        String head = lines.get(0).text();
        if (head.length() > 40 || Texts.numberingLevel(head) > 0 || Texts.endsSentence(head)) {
            return null;
        }
        int again = 0;
        boolean atBreak = false;
        for (int k = 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.text().equals(head) && !l.paragraphEnd()) {
                again++;
                atBreak |= l.pageBreakBefore() || (k + 1 < lines.size() && lines.get(k + 1).pageBreakBefore());
            }
        }
        return again >= 2 && atBreak ? head : null;
    }

    /**
     * The items of lists the text introduces: a run of three or more short lines (no sentence end,
     * no clause) right under a line that ends with ：, most of them without an advert mark. A
     * seller's block of contacts is marked nearly throughout.
     */
    private boolean[] listItems(List<Line> lines) {
        boolean[] items = new boolean[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            String intro = lines.get(i - 1).text();
            if (!intro.endsWith("：") && !intro.endsWith(":")) {
                continue;
            }
            int end = i;
            int unmarked = 0;
            while (end < lines.size() && isListItem(lines.get(end), end == i)) {
                unmarked += marked(lines.get(end).text()) ? 0 : 1;
                end++;
            }
            int n = end - i;
            if (n >= 3 && unmarked >= 2 && 2 * unmarked > n) {
                java.util.Arrays.fill(items, i, end, true);
            }
        }
        return items;
    }

    private static boolean isListItem(Line l, boolean first) {
        String t = l.text();
        return t.length() <= ADVERT_SHORT && (first || l.blankBefore() == 0) && !l.pageBreakBefore()
                && !Texts.endsSentence(t) && t.indexOf('，') < 0;
    }

    /** The notice rules whose notice may be glued after a paragraph's last sentence. */
    private static final Set<String> GLUED_NOTICES = Set.of("notice.copyright", "notice.service");

    /** Where a notice that this line rule found inside the line begins after a paragraph's last sentence, or -1. */
    private int gluedNoticeStart(NoiseRule rule, String text) {
        Pattern finder = finderFor(rule.pattern());
        if (finder == null) {
            return -1;
        }
        Matcher m = finder.matcher(text);
        // (the paragraph kept may name a mark of its own: 村民微信群)
        return m.find() ? sentenceEndBefore(text, m.start()) : -1;
    }

    /**
     * Where the text after the first of a line's sentences that a line rule's match can do without
     * begins: after a 。！？ (and any closing quote or bracket) with at least {@link #GLUED_HEAD_MIN}
     * characters before it, when the rest alone is matched whole by {@code rule}; -1 when there is none.
     */
    private int ownSentencesEnd(NoiseRule rule, String text) {
        for (int i = GLUED_HEAD_MIN - 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != '。' && c != '！' && c != '？') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && "”’）)】」』".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            String rest = text.substring(end).strip();
            if (!rest.isEmpty() && rule.pattern().matcher(rest).matches() && !spared(rule, rest)) {
                return end;
            }
        }
        return -1;
    }

    /** The advert rule that finds a seller's contact (客服微信：, QQ：123456). */
    private static final String SERVICE_RULE = "advert.service";

    /** A seller's QQ number or WeChat id (five digits or more, or six letters and digits), or its site's address. */
    private static final Pattern CONTACT_ID = Pattern.compile("\\d{5,}|[A-Za-z][A-Za-z0-9_-]{5,}|(?:www\\.|https?://)[A-Za-z0-9-]{2,}\\.[A-Za-z]{2,}");

    /**
     * Where a seller's contact glued after a paragraph's last sentence may begin, or -1: the part after
     * the sentence names an id to add and holds no clause (a wrapped line's next words, 各村建立微信群和
     * QQ群，及时, are text); it goes when its marks condemn it on their own (the caller asks them).
     */
    private int gluedContactStart(String text, long[] met) {
        // (cheapest first: an id or an address holds a run of five of an id's characters at least)
        if (!asciiRun(text, 5) || anyAdvert == null || !anyAdvert.find(text)) {
            return -1;
        }
        int cut = advertTailStart(text, met);
        if (cut <= 0) {
            return -1;
        }
        String tail = text.substring(cut);
        return tail.length() <= ADVERT_SHORT + 15 && tail.indexOf('，') < 0 && tail.indexOf(',') < 0
                && CONTACT_ID.matcher(tail).find() ? cut : -1;
    }

    /** Whether the text holds a run of at least {@code n} ASCII letters, digits, _ or - (an id's characters). */
    private static boolean asciiRun(String text, int n) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-' ? run + 1 : 0;
            if (run >= n) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph's own text before a glued advert is at least this long. */
    static final int GLUED_HEAD_MIN = 12;

    /**
     * Where an advert glued after a sentence begins in a condemned line (the character after the
     * last 。！？, or closing quote or bracket after it, before the first advert mark), or -1 when
     * the line is the advert alone: no full stop before its first mark, or too little text before it.
     */
    int advertTailStart(String text) {
        return advertTailStart(text, met(text));
    }

    /** {@link #advertTailStart(String)}, given what the text (or the line it is part of) holds of the rules' characters. */
    private int advertTailStart(String text, long[] met) {
        int first = text.length();
        for (int j = 0; j < head.size() + advert.size(); j++) {
            if (!lineRequires.allows(headBase + j, met)) {
                continue;
            }
            Matcher m = (j < head.size() ? head.get(j) : advert.get(j - head.size())).pattern().matcher(text);
            if (m.find()) {
                first = Math.min(first, m.start());
            }
        }
        // (no mark begins in the part kept: the first mark of every rule is after it)
        return sentenceEndBefore(text, first);
    }

    /**
     * Where the text after the last sentence before {@code first} begins (after its 。！？ and any
     * closing quote or bracket), or -1 when less than {@link #GLUED_HEAD_MIN} characters come before.
     */
    private static int sentenceEndBefore(String text, int first) {
        int end = -1;
        for (int i = first - 1; i >= GLUED_HEAD_MIN - 1 && end < 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                end = i + 1;
            }
        }
        if (end < 0) {
            return -1;
        }
        while (end < first && "”’）)】」』".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end >= GLUED_HEAD_MIN ? end : -1;
    }

    /** The ids of the advert rules that condemn this line (joined by '+'), or null when it stays. */
    String advertMarks(String text) {
        return advertMarks(text, true, met(text));
    }

    /** A fresh answer of {@link #lineRequires} for this text. */
    private long[] met(String text) {
        long[] met = lineRequires.newMet();
        lineRequires.met(text, met);
        return met;
    }

    /**
     * {@link #advertMarks(String)}, where {@code mayBeMarked} false tells that the prefilter of the marks
     * finds none, and {@code met} what the text (or the line it is part of) holds of the rules' characters.
     */
    private String advertMarks(String text, boolean mayBeMarked, long[] met) {
        if (anyAdvert == null || text.length() > ADVERT_MAX_CHARS || !mayBeMarked || !anyAdvert.find(text)) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        int n = markCount(text, met, ids);
        int len = text.length();
        // a real sentence of a notice may name two marks (微信群、QQ群 … 订阅通知。): one that ends as a
        // sentence needs a third
        boolean remove = n >= 3
                || (n == 2 && len <= ADVERT_MEDIUM && !Texts.endsWithFullStop(text))
                || (n == 1 && len <= ADVERT_SHORT && Texts.numberingLevel(text) == 0 && !text.endsWith("。")
                        && !OPENED_TITLE.matcher(text).matches());
        return remove ? String.join("+", ids) : null;
    }

    /**
     * How many advert marks the text carries (a line naming two ways to reach a seller, 客服微信：…　QQ：…,
     * counts them as two); their rules' ids are added to {@code ids}.
     */
    private int markCount(String text, long[] met, List<String> ids) {
        for (int j = 0; j < head.size(); j++) {
            NoiseRule r = head.get(j);
            if (text.length() <= ADVERT_SHORT && lineRequires.allows(headBase + j, met) && r.pattern().matcher(text).find()) {
                ids.add(r.id());
            }
        }
        int contacts = 0;
        for (int j = 0; j < advert.size(); j++) {
            NoiseRule r = advert.get(j);
            if (!lineRequires.allows(advertBase + j, met)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            if (m.find()) {
                ids.add(r.id());
                if (SERVICE_RULE.equals(r.id()) && m.find()) {
                    contacts = 1;
                }
            }
        }
        return ids.size() + contacts;
    }

    /**
     * An unmarked line that is the material's own: a sentence (it ends with 。！？), a salutation
     * or any line ending with ：, or a speech's, report's or compilation's title (…材料, …汇编,
     * …选编（2024）, （6篇）). The slogans between a reseller's marks are none of these.
     */
    static boolean beginsTheText(String text) {
        String t = text.strip();
        return Texts.endsWithFullStop(t) || t.endsWith("：") || t.endsWith(":") || SPEECH_TITLE.matcher(t).find();
    }

    private static final Pattern SPEECH_TITLE = Pattern.compile(
            "^(?:在.{2,40}上的|关于.{2,40}的)|(?:讲话|发言|报告|致辞|总结|意见|方案|通知|党课|述职|材料|汇编|选编|摘编|摘登)(?:稿|提纲)?(?:[（(][^（()）]{1,12}[）)])?$"
                    + "|[（(][0-9一二三四五六七八九十]{1,3}篇[）)]$");

    /** A short title opened as titles are (关于推行“扫码亮证”…的情况汇报): one mark's word in it is the title's. */
    private static final Pattern OPENED_TITLE = Pattern.compile(
            "(?:在.{2,30}上的|关于.{2,30}的).{0,10}(?:讲话|发言|报告|汇报|致辞|总结|意见|方案|通知|党课|材料|体会|决定|办法|规定)");

    /** Fills {@code out} with the groups' {@link StartChars.Group#candidates} of the text. */
    private static void candidates(List<StartChars.Group> groups, String text, int[] out) {
        for (int g = 0; g < out.length; g++) {
            out[g] = groups.get(g).candidates(text);
        }
    }

    /** Whether member k of the groups may find a match, by their candidates. */
    private static boolean may(int[] candidates, int k) {
        return k >= 0 && (candidates[k / StartChars.Group.MAX] >>> (k % StartChars.Group.MAX) & 1) != 0;
    }

    private boolean marked(String text) {
        return anyAdvert != null && anyAdvert.find(text);
    }

    /**
     * The resellers' block at the head of a document: from the first line, when it carries a mark,
     * to the last marked line among the first {@link #HEAD_WINDOW}, all of them short.
     */
    /** A line drawn with marks only (━━━━, ★★★★): a frame around a seller's banner, not its text. */
    private static final java.util.regex.Pattern DRAWN_LINE = java.util.regex.Pattern.compile(
            "(?:[—－\\-=＝_＿*＊~～·•…★☆◆◇■□●○▲△※━─═┈┉┄┅▁▔]\\s*){6,}");

    /**
     * A title or sentence of the material's own that names one mark's word (关于推行“扫码亮证”…的情况汇报,
     * 我局推行“扫码亮证”…。): the text has begun, it is no line of a seller's banner.
     */
    private boolean textWithAMarksWord(String t) {
        return beginsTheText(t) && markCount(t, met(t), new ArrayList<>()) < 2;
    }

    private void removeHeadBlock(List<Line> lines, List<RemovedText> removed) {
        // (the banner may be framed: the frame's first line is not the block's first)
        int start = 0;
        while (start < lines.size() && start < 2 && DRAWN_LINE.matcher(lines.get(start).text()).matches()) {
            start++;
        }
        if (!headBlock || start >= lines.size() || !marked(lines.get(start).text())) {
            return;
        }
        if (textWithAMarksWord(lines.get(start).text())) {
            return;
        }
        int last = -1;
        for (int i = start; i < Math.min(HEAD_WINDOW, lines.size()); i++) {
            String t = lines.get(i).text();
            // (the block is its first page's: a seller's header repeated on the next page is removed
            // there on its own, never with the cover between)
            if (t.length() > HEAD_LINE_MAX || (i > start && (Texts.numberingLevel(t) > 0 || lines.get(i).pageBreakBefore()))) {
                break;
            }
            if (marked(t) && !textWithAMarksWord(t)) {
                last = i;
            } else if (beginsTheText(t)) {
                // the material itself has begun: a later mark (a notice after its first paragraph)
                // is removed line by line, never with what lies between
                break;
            }
        }
        if (last < 0) {
            return;
        }
        for (int i = start; i <= last; i++) {
            Line l = lines.get(i);
            removed.add(new RemovedText(HEAD_BLOCK_ID, l.number(), l.text()));
        }
        lines.subList(start, last + 1).clear();
    }
}
