package org.wenzhai.importing.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenzhai.importing.clean.Texts;

/** Recognises the metadata lines of an article: authors and units, dates, sources. */
final class Metadata {
    private Metadata() {
    }

    /** The commonest single-character surnames (about nine in ten people), less those that begin words of a title (党员, 单位, 关于). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝习";
    /** A name a seller hid behind a placeholder: 张××, 周XX (a surname and one or two marks), ×××, XXX. */
    static final String PLACEHOLDER_NAME = "(?:[" + SURNAMES + "](?:×{1,2}|X{1,2}|Ｘ{1,2})|×{3}|X{3}|Ｘ{3})";
    /** A person's name as written: two to four characters, or a placeholder name. */
    static final String NAME_WORD = "(?:[\\p{IsHan}·]{2,4}|" + PLACEHOLDER_NAME + ")";

    /** Suffixes of units that may sign a material on their own line, and a unit's 领导班子 (a 班子's report). */
    private static final Pattern UNIT_LINE = Pattern.compile("(?:" + Texts.UNIT_SUFFIX + "|领导班子)$");
    private static final int UNIT_LINE_MAX = Math.max(Texts.UNIT_SUFFIX_MAX, "领导班子".length());
    /** Suffixes strict enough to cut a unit glued to the end of a title. */
    private static final Pattern GLUED_UNIT_SUFFIX = Pattern.compile(
            "(?:委员会|办公室|办公厅|党工委|工委|党委|党组|党支部|组织部|宣传部|统战部|政法委|纪委|委|局|组织部|办|厅|院|中心|政府"
                    + "|街道办事处|街道|管委会|联合会|工商联|工会|妇联|协会|科协|文联|残联|研究室|党校|居委会|村委会|D组|D工委|D支部|D校)$");
    private static final int GLUED_UNIT_SUFFIX_MAX = Texts.longestAlternative(GLUED_UNIT_SUFFIX.pattern());
    /** Words a title ends with that look like a place name before 市/县/区 (成长市, 发展区). */
    private static final String TITLE_WORDS = "成长|增长|发展|振兴|治理|建设|服务|提升|转型|融合|创新|改革|开放|和谐|平安|美丽"
            + "|幸福|文明|法治|智慧|数字|生态|绿色|共享|协调|示范|先行|样板|引领|强盛"
            // and nouns a title ends with (…工作要点 + 县直机关工委)
            + "|要点|工作|报告|方案|意见|总结|计划|规划|讲话|发言|材料|汇报|做法|经验|情况|措施|纪实|调研"
            // and what a title builds or becomes (…建功立业新平台 + 市总工会, …服务高地 + 市…管委会)
            + "|平台|高地|品牌|阵地|标杆|名片|样本|屏障|堡垒|纽带|桥梁|引擎|篇章|画卷|答卷"
            // and what a title strengthens or reaches (…同频共振 + 市交通投资集团党委, …人才队伍 + 市城投集团党委)
            + "|共振|同频|队伍|活力|防线|底线|红线|环境|动力|动能|合力|实效|质效|效能|效率|效益|成效|水平|能力|本领|基础|根基"
            + "|保障|体系|机制|格局|局面|新路|路子|优势|氛围|品质|质量|作用|力量|先锋|担当|作为|使命|初心|短板|难题|瓶颈"
            + "|温度|速度|力度|深度|福祉|家园|产业|经济|人才|干部|党员|群众|组织|支部|窗口|一线|末梢|网格|基层|载体|抓手"
            + "|新局|佳绩|实绩|成果|蓝图|目标|任务|大局|主线|落地|见效|走实|走深|提速|提质|增效|赋能|护航|添彩|助力|争先";
    /** Where a glued unit may start: placeholder names first, then place names, then bare 市委/县委…. */
    private static final Pattern[] UNIT_START = {
            Pattern.compile("X{2,}|Ｘ{2,}|x{2,}|×+|某某|\\*{2,}|＊{2,}|○{2,}"),
            Pattern.compile("(?:省|市|县|区)直"),
            // a place name, not a word a title ends with (…干部成长 + 市教育局党组)
            // (not the 市 of 市场, 市值 or the 区/县 of 区域, 县域: words, no place ends there)
            // (nor 全县, 本市, 各区, nor the 乡 of 返乡, 城乡, 下乡, 乡村 (扎根乡村…); nor a year's 年: 2024年全县…)
            Pattern.compile("(?<![0-9０-９])(?:中共)?(?!" + TITLE_WORDS + ")(?![\\p{IsHan}][全本各该我][省市县区])"
                    + "(?![\\p{IsHan}][返回城下进入到]乡)[\\p{IsHan}]{2}(?:省|市(?![场值])|县(?!域)|区(?!域)|州|盟|旗|镇|乡(?!村))"),
            Pattern.compile("(?:省|市|县|区|州)(?:委|直|政府|人大|政协|纪委)"),
            // 市教育局党组: a bare level before a department; 市工商联, 市总工会: before a people's organisation
            Pattern.compile("(?:省|市|县|区)(?=[\\p{IsHan}]{1,10}(?:局|委员会|管委会|办公室|办|厅|院|中心|党组|党委|党工委)$"
                    + "|[\\p{IsHan}]{0,10}(?:联合会|工商联|工会|妇联|协会|科协|文联|残联)$)"),
    };
    /** Posts that sign a speech or material, before or after the name. */
    private static final String POSTS = "(?:书记|市长|县长|区长|镇长|乡长|部长|主任|局长|主席|厅长|院长|处长|校长|董事长|经理";
    // authorLine turns every run of white space (ideographic included) into one space before these match
    private static final Pattern PADDED_NAME = Pattern.compile("(^| )(\\p{IsHan}) (\\p{IsHan})$");
    /** A three-character name spaced out to the width of a line (王　建　国). */
    private static final Pattern SPACED_NAME = Pattern.compile("(^| )(\\p{IsHan}) (\\p{IsHan}) (\\p{IsHan})$");
    /** A name signed with 同志 under a title (孙志刚同志, XXX同志). */
    private static final Pattern COMRADE = Pattern.compile("^((?:[\\p{IsHan}]{2,3}|" + PLACEHOLDER_NAME + "))同志$");
    private static final Pattern POST_AT_END = Pattern.compile(POSTS + ")$");

    /** Whether a line ends with a post (…党委书记, …局长): the signer of a speech before the name. */
    static boolean hasPost(String text) {
        return POST_AT_END.matcher(text.strip()).find();
    }

    // (posts that are also words, 委员 of 委员会, sign only with a space before the name: 东门社区党委委员　黄静)
    private static final Pattern POSITION_NAME = Pattern.compile(".{0,20}(?:" + POSTS + ")\\s*|"
            + "(?:委员|常委|组长|科长|所长|站长|队长|社长|会长|馆长|干事|专员|调研员|行长) )(?:" + NAME_WORD + "|×{2}|X{2}|Ｘ{2})");
    /** A 县-level bureau's section, named after its bureau: 县市场监督管理局特种设备安全监察股. */
    private static final Pattern SECTION = Pattern.compile("^\\p{IsHan}{2,20}?(?:局|委员会|委|办公室|办|院|中心|政府)\\p{IsHan}{2,14}股$");
    /** A whole line in brackets. */
    private static final Pattern WRAPPED = Pattern.compile("^[（(]([^（()）]{2,30})[）)]$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^(?:作者|撰稿|执笔|撰文|文|撰写人|执笔人|述职人|报告人|汇报人|发言人"
            + "|对照检查人|检查人|剖析人|述责述廉人|述廉人|述责人|整理人|起草人"
            + "|主讲人|讲话人|主持人|供稿|供稿单位|报送单位)\\s*[:：/]\\s*(.{1,30})$");
    /** How a date begins after the field before it (a name, a source): 2024-07-01, 2024年7月, 2024/7. */
    static final String DATE_BEGINS = "\\d{4}\\s*[-年/.]\\s*\\d{1,2}";

    /** A second field after a labelled signature, apart by white space: 　整理时间：…, 　日期：…. */
    // (or a date glued after the name: 作者：东湖区委组织部2024-07-01 09:30)
    private static final Pattern NEXT_LABEL = Pattern.compile("[\\s\u3000]+[\\p{IsHan}]{1,6}\\s*[:：]|[\\s\u3000]*" + DATE_BEGINS);
    /**
     * Endings that make a line a title although they end like a unit: 开新局, 新格局, 文化强市, 文明城市,
     * 先行区, 服务型政府 (a unit's 政府 follows 人民 or a place).
     */
    static final Pattern TITLE_ENDING = Pattern.compile(
            "(?:[新大格开布变全]局|强[省市县区镇乡村]|城市|都市|乡村|(?:先行|示范|试验|样板|引领)区|[^人民省市县区州旗镇乡]政府)$");
    /** The longest match of {@link #TITLE_ENDING}. */
    static final int TITLE_ENDING_MAX = 3;
    /** Verbs a title starts with and a unit never does: 打造…, 擦亮…, 以学铸魂…. */
    private static final Pattern TITLE_START = Pattern.compile("^(?:打造|推动|推进|奋力|坚持|聚焦|建设|凝心|勇当|擦亮|激发|构建|深化"
            + "|强化|加强|做好|做实|写好|答好|走好|跑出|织密|筑牢|守牢|夯实|提升|创新|探索|实施|落实|争创|争当|全力|着力|持续|扎实|用好"
            + "|激活|点亮|绘就|汇聚|赋能|助力|引领|锻造|锤炼|学思|做强|做优|做大|做细|抓实|抓好|抓牢|抓细|守好|建强|用活|盘活|以|让|把)");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^）)]*[）)]$");
    private static final Pattern BRACKET_SEPARATORS = Pattern.compile("[【】\\[\\]，,、]");
    private static final Pattern NAME = Pattern.compile(NAME_WORD);
    /** A speaker written name first: "王建国 市委副书记", "刘芳，市委组织部常务副部长". */
    private static final Pattern NAME_POST = Pattern.compile("(?:[\\p{IsHan}]{2,3}|" + PLACEHOLDER_NAME + ") .{0,20}" + POSTS + "|委员|干部|党员)");
    private static final Pattern DASH_AUTHOR = Pattern.compile("^(.{4,}?)\\s*[—–]{1,2}\\s*([^—–]{2,30})$");
    /** A place standing for its people or government (青石镇, 江口区): how a 发言材料 signs a speech in brackets. */
    static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{2,6}(?:省|市|县|区|旗|镇|乡|街道|村|社区)$");
    /** How a bracket that names what a line is about begins (（试点县）, （全市）), never a signature. */
    static final Pattern NOT_A_PLACE = Pattern.compile("全|本|各|该|试点|示范|重点|先进|典型");
    private static final Pattern BRACKET_AUTHOR = Pattern.compile("^(.{4,}?)\\s*[（(]([^（()）]{2,30})[）)]$");
    /** A news report's byline: 记者 刘畅 通讯员 赵明, 本报记者 王某、李某. */
    private static final Pattern PRESS_BYLINE = Pattern.compile(
            "(?:(?:本报|本台|本网|新华社|融媒体)?(?:特约)?(?:记者|通讯员|实习生|实习记者)\\s*(?:[\\p{IsHan}]{2,3}|" + PLACEHOLDER_NAME + ")"
                    + "(?:[、，,\\s](?:[\\p{IsHan}]{2,3}|" + PLACEHOLDER_NAME + "))*\\s*)+");
    /** Short lines that are not someone's name: 同志们, 谢谢大家. */
    private static final Pattern NOT_A_NAME = Pattern.compile("同志们好?|大家好|各位|朋友们|谢谢|谢谢大家|目录|附件|前言|后记|说明"
            // an editor's note and the parts of a text that are named so (编者按, 导读, 按语)
            + "|编者按|编者的话|编后语?|按语|导读|导语|摘要|引言|题记|结语|小结|评论|点评|简介"
            // an item's opening (一是, 二要, 三抓), not a name
            + "|[一二三四五六七八九十]{1,2}[是要抓]");
    private static final Pattern PERSON = Pattern.compile("^(?:[\\p{IsHan}]{2,3}(?:\\s+[\\p{IsHan}]{1,2})?|" + PLACEHOLDER_NAME + ")$");

    /** 某某在…会议上的讲话: who spoke, named at the head of a speech's title. */
    private static final Pattern SPEAKER_IN_TITLE = Pattern.compile(
            "^([\\p{IsHan}]{2,3}|" + PLACEHOLDER_NAME + ")(?:同志)?在.{2,60}?(?:上|中|时|前)的(?:讲话|发言|致辞|讲稿|报告|主持词|总结讲话|动员讲话|讲话提纲|党课)");

    /** A person's own material named by its title: 郑国华同志个人对照检查材料, 赵晓燕同志个人检视剖析材料. */
    private static final Pattern PERSON_IN_TITLE = Pattern.compile(
            "^([\\p{IsHan}](?:[\\s\u3000]?[\\p{IsHan}]){1,2}|" + PLACEHOLDER_NAME + ")同志个人.{0,16}?(?:材料|报告|发言|发言提纲)$");

    /**
     * The speaker a speech's title names before 在…上的讲话 (王某某在全县…会议上的讲话), or the person
     * whose own material it is (郑国华同志个人对照检查材料), or null.
     */
    static String speakerInTitle(String title) {
        Matcher m = SPEAKER_IN_TITLE.matcher(title.strip());
        if (!m.find()) {
            m = PERSON_IN_TITLE.matcher(title.strip());
            if (!m.find()) {
                return null;
            }
        }
        if (SURNAMES.indexOf(m.group(1).charAt(0)) < 0 && !m.group(1).matches(PLACEHOLDER_NAME) || NOT_A_NAME.matcher(m.group(1)).matches()) {
            return null;
        }
        return m.group(1).replaceAll("[\\s\u3000]", ""); // 高　敏: a name padded to the width of three
    }

    static final String DATE = "(?:(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:[-—–~～至到]\\s*\\d{1,2}\\s*)?日|[-./／](\\d{1,2})[-./／](\\d{1,2})(?!\\d))"
            // the way official documents sign: 二〇二三年十月十六日
            + "|([〇○零ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日)";
    private static final Pattern DATE_ANY = Pattern.compile(DATE);
    private static final Pattern DATE_LINE = Pattern.compile("^[（(]?[^。，；]{0,12}?" + DATE + "[^。，；]{0,16}[）)]?$");
    /** A whole line in brackets around a date, commas allowed: （2024年7月9日，根据录音整理）. */
    private static final Pattern PAREN_DATE_LINE = Pattern.compile("^[（(][^（()）。]{0,12}?" + DATE + "[^（()）。]{0,20}[）)]$");
    private static final Pattern TRAILING_DATE_PAREN = Pattern.compile("\\s*[（(][^（()）]{0,12}?" + DATE + "[^（()）]{0,16}[）)]$");
    /**
     * 来源：…, 【来源】…, and a whole line in brackets (【来源：柳溪日报】, （来源：…）): the brackets are
     * not the source's. Also 稿源, 本文来源, 文章来源于, and a bar for the colon (来源 | 某某发布).
     */
    private static final String SOURCE_LABEL = "(?:本文|文章|信息|稿件)?(?:来源|稿源|出处)于?";
    private static final Pattern SOURCE = Pattern.compile("^(?:[【\\[]" + SOURCE_LABEL + "[】\\]]|([【\\[（(])?\\s*" + SOURCE_LABEL + ")"
            + "\\s*[:：|｜]\\s*(.{1,80}?)\\s*$");

    /** A matcher positioned on the first date in {@code text}, or null when there is none. */
    static Matcher dateMatcher(String text) {
        Matcher m = DATE_ANY.matcher(text);
        return m.find() ? m : null;
    }

    /** A date in {@code text} (2023年3月12日, 2023-03-12, 2023.3.12), or null. */
    static LocalDate findDate(String text) {
        Matcher m = dateMatcher(text);
        return m != null ? date(m) : null;
    }

    static LocalDate date(Matcher m) {
        if (m.group(6) != null) {
            return chineseDate(m.group(6), m.group(7), m.group(8));
        }
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            return y < 1900 || y > 2200 ? null : LocalDate.of(y, mo, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final String DIGITS = "〇一二三四五六七八九";

    private static LocalDate chineseDate(String year, String month, String day) {
        int y = 0;
        for (char c : year.toCharArray()) {
            int d = c == '○' || c == '零' || c == 'Ｏ' || c == 'O' ? 0 : DIGITS.indexOf(c);
            y = y * 10 + d;
        }
        try {
            return y < 1900 || y > 2200 ? null : LocalDate.of(y, chineseNumber(month), chineseNumber(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 一 … 三十一 */
    private static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static final Pattern AUTHOR_THEN_DATE = Pattern.compile("^.{2,30}?[\\s\u3000]+" + DATE + "$");

    /** A speaker or unit and a date on one line under a title (柳溪县委副书记、县长　王立群　2024年2月26日). */
    record AuthorAndDate(String author, LocalDate date) {
    }

    static AuthorAndDate authorAndDateLine(String text) {
        if (text.length() > 50) {
            return null;
        }
        Matcher m = AUTHOR_THEN_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        // (the date's year is group 1, or 6 when written in Chinese numerals)
        int dateStart = m.group(1) != null ? m.start(1) : m.start(6);
        String author = authorLine(text.substring(0, dateStart).strip(), true);
        LocalDate d = author == null ? null : date(m);
        return d == null ? null : new AuthorAndDate(author, d);
    }

    /** The date when the whole line is a date line ("2023年3月12日", "（2023年3月12日在…上的讲话）"), else null. */
    static LocalDate dateLine(String text) {
        if (text.length() > 40 || MEETING_TIME.matcher(text).find()) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(text);
        if (m.matches()) {
            return date(m);
        }
        m = PAREN_DATE_LINE.matcher(text);
        return m.matches() ? date(m) : null;
    }

    /**
     * A line that gives when a meeting is held rather than when the words were dated: a 时间： label
     * (会议纪要, 通知) or a time of day (2024年4月12日上午9:00). It is the material's own text.
     */
    private static final Pattern MEETING_TIME = Pattern.compile(
            "^[（(]?\\s*(?:会议|活动|开会|报到)?时间\\s*[:：]|(?:上午|下午|晚上|早上|中午)\\s*\\d{1,2}|\\d{1,2}\\s*[:：]\\s*\\d{2}|\\d{1,2}\\s*时(?:\\d{1,2}\\s*分)?");

    private static final Pattern CREDIT = Pattern.compile("^[（(]?\\s*(?:(?:供稿|供稿单位|撰稿|执笔|来稿单位|作者单位)\\s*[:：]|作者(?:系|为|是))\\s*([^（()）:：]{2,30}?)\\s*[）)]?$");

    /** The unit of a credit line (（供稿：临江区应急管理局）, 撰稿：县委办, （作者系某某社区党委书记）), or null. */
    static String creditLine(String line) {
        Matcher m = CREDIT.matcher(line.strip());
        return m.matches() && !hasSentencePunctuation(m.group(1)) ? m.group(1).strip() : null;
    }

    private static final Pattern OCCASION = Pattern.compile("在.{2,}?(?:上|中|时|期间)");

    /** What a date line may say besides its date and still be the date alone: 根据录音整理, 星期一, 日期：. */
    private static final Pattern DATE_FILLER = Pattern.compile(
            "根据(?:讲话)?录音(?:整理)?|录音整理|整理|根据|星期[一二三四五六日天]|周[一二三四五六日天]|日期|时间|上午|下午|晚上");

    /**
     * Whether a date line says something of the text's own besides its date, so that it stays text
     * when it dates the article: where the words were said (（2024年6月28日在市交通运输局专题党课上的讲稿）,
     * as a —— subtitle does), or who issued the text (（2012年10月29日县委办公室、县政府办公室印发）).
     */
    static boolean saysMoreThanTheDate(String dateLine) {
        Matcher m = dateMatcher(dateLine);
        if (m == null) {
            return false;
        }
        if (OCCASION.matcher(dateLine.substring(m.end())).find()) {
            return true;
        }
        String rest = DATE_FILLER.matcher(dateLine.substring(0, m.start()) + " " + dateLine.substring(m.end())).replaceAll("");
        int han = 0;
        for (int k = 0; k < rest.length(); k++) {
            han += Texts.isHan(rest.charAt(k)) ? 1 : 0;
        }
        return han >= 2;
    }

    private static final Pattern MONTH_LINE = Pattern.compile(
            "^[（(]?\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*月\\s*[）)]?$");

    /** Whether the whole line is a year and month only (2024年5月, （二〇二四年五月）): no day to date by. */
    static boolean monthLine(String text) {
        return MONTH_LINE.matcher(text).matches();
    }

    /** A title with a trailing dated parenthesis split into the title and the date; null when there is none. */
    static Object[] splitTrailingDate(String title) {
        Matcher m = TRAILING_DATE_PAREN.matcher(title);
        if (m.find() && m.start() >= 2) {
            LocalDate d = date(m);
            if (d != null) {
                return new Object[] {title.substring(0, m.start()).strip(), d};
            }
        }
        return null;
    }

    /**
     * A speech's speaker line in brackets under its title: （王建军同志在全市…推进会上的讲话）, （市委书记 王建军
     * 在…上的讲话 2024年3月18日）. The speaker is the name (with the post when it is written).
     */
    private static final Pattern SPEAKER_LINE = Pattern.compile("^[（(]\\s*(.{2,24}?)\\s*(?:同志)?\\s*在(.{2,80})"
            + "(?:上|中|时|期间)?的?(?:讲话|发言|报告|致辞|讲稿|党课|辅导报告|总结讲话|主持词|动员讲话|专题党课|汇报)"
            + "(?:[（(][^（()）]*[）)])?[^（()）]{0,20}[）)]$");

    /** The speaker of a bracketed speaker line, or null when the line is not one. */
    static String speakerLine(String text) {
        Matcher m = SPEAKER_LINE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String who = SPACES.matcher(m.group(1)).replaceAll(" ").strip();
        String plain = who.replace(" ", "");
        if (NAME.matcher(plain).matches() || POSITION_NAME.matcher(who).matches() || NAME_POST.matcher(who).matches()) {
            return who;
        }
        return null;
    }

    /** The source named by a "来源：…" line, or null. */
    static String sourceLine(String text) {
        Matcher m = SOURCE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String source = m.group(2);
        if (m.group(1) != null) {
            // the whole line in brackets: its closing one goes with the opening one
            char close = switch (m.group(1).charAt(0)) {
                case '【' -> '】';
                case '[' -> ']';
                case '（' -> '）';
                default -> ')';
            };
            if (source.isEmpty() || source.charAt(source.length() - 1) != close) {
                return null;
            }
            source = source.substring(0, source.length() - 1);
        }
        // the line's next field is not the source (来源：某某日报　发布时间：2024-08-12, 来源：国务院办公厅字号：默认)
        Matcher field = NEXT_FIELD.matcher(source);
        if (field.find() && field.start() > 0) {
            source = source.substring(0, field.start());
        }
        source = source.strip();
        return source.isEmpty() ? null : source;
    }

    /** Where an information line's next field begins after its source: a wide gap, a bar, a date or a label. */
    private static final Pattern NEXT_FIELD = Pattern.compile("\u3000|\\s{2,}|\\s*[|｜]|\\s*" + DATE_BEGINS
            + "|\\s*(?:(?:发布|更新)?(?:时间|日期)|作者|编辑|责任编辑|浏览|阅读|点击|字号|字体)(?:次数|数)?\\s*[:：]");

    /** The author or unit when the line is one ("XXX县委组织部", "作者：张三", "县委书记 张三"), else null. */
    /** A unit's member before the name (县交通运输局党员　何平, 市商務局青年黨員　吳思穎): the unit, then what the writer is in it. */
    private static final Pattern MEMBER = Pattern.compile("(?:青年|普通|预备|預備|老)?(?:党员|黨員|干部|幹部|职工|職工|团员|團員|教师|教師|民警|医生|醫生)$");

    private static boolean memberOfUnit(String s) {
        Matcher m = MEMBER.matcher(s);
        return m.find() && m.start() >= 2 && isUnit(s.substring(0, m.start()));
    }

    /**
     * A post and a name (县委书记　王建国, 市长李明); a name glued to the post starts with a surname, so
     * that a title ending in a post's word is no signature (…锻造过硬支部书记队伍).
     */
    private static boolean positionAndName(String core) {
        if (!POSITION_NAME.matcher(core).matches()) {
            return false;
        }
        int space = core.lastIndexOf(' ');
        String last = core.substring(space + 1);
        if (space > 0 && last.length() <= 4) {
            // the name alone after the post (县委书记　王建国, 东门社区党委委员　黄静)
            return true;
        }
        if (last.indexOf('×') >= 0 || last.indexOf('X') >= 0 || last.indexOf('Ｘ') >= 0 || last.endsWith("某")) {
            return true;
        }
        for (int n = 2; n <= 4 && n < core.length(); n++) {
            String name = core.substring(core.length() - n);
            if (SURNAMES.indexOf(name.charAt(0)) >= 0 && POST_AT_END.matcher(core.substring(0, core.length() - n)).find()) {
                return true;
            }
        }
        return false;
    }

    static String authorLine(String text, boolean rightAfterTitle) {
        if (text.length() > 80) {
            return null; // a paragraph: cheaper to say so before any pattern runs over it
        }
        // "县委书记　郑国华": the ideographic space between post and name is one space in the author
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.length() < 2 || t.length() > 40 || Texts.numberingLevel(t) > 0) {
            return null;
        }
        Matcher label = AUTHOR_LABEL.matcher(t);
        if (label.matches() && (rightAfterTitle || !t.startsWith("主持人"))) {
            // 整理人：某某办公室 某某　　整理时间：2024年3月20日: the name ends where the next label begins
            Matcher next = NEXT_LABEL.matcher(label.group(1));
            return (next.find() && next.start() > 0 ? label.group(1).substring(0, next.start()) : label.group(1)).strip();
        }
        // the unit in brackets on its own line under the title: （县市场监督管理局）, （供稿：某某局）
        Matcher wrapped = WRAPPED.matcher(t);
        if (wrapped.matches()) {
            // a bureau's section (股室) in brackets: （县市场监督管理局产品质量安全监督管理股）
            String inner = wrapped.group(1).strip();
            return SECTION.matcher(inner).matches() ? inner : authorLine(inner, rightAfterTitle);
        }
        if (t.length() > 30 || hasSentencePunctuation(t)) {
            return null;
        }
        // a bracket at the end (王建国（市委副书记）, 张三（执笔）) is not looked at, but stays in the author
        Matcher bracket = TRAILING_BRACKET.matcher(t);
        String tail = bracket.find() ? bracket.group() : "";
        String core = t.substring(0, t.length() - tail.length()).strip();
        // a two-character name padded to the width of three (李　晓) is one name, and so is 王　建　国
        core = SPACED_NAME.matcher(core).replaceFirst("$1$2$3$4");
        core = PADDED_NAME.matcher(core).replaceFirst("$1$2$3");
        if (dateLine(tail) != null) {
            // 县委书记　王建国（2024年3月12日）: the date is the line's date, not part of the author
            tail = "";
        }
        if (isUnit(core) || positionAndName(core) || PRESS_BYLINE.matcher(core).matches()) {
            return core + tail;
        }
        // a byline: the unit, then the writer's name ("XX县委组织部 林某某")
        int space = core.lastIndexOf(' ');
        if (space > 1 && (isUnit(core.substring(0, space)) || memberOfUnit(core.substring(0, space)))
                && NAME.matcher(core.substring(space + 1)).matches()) {
            return core + tail;
        }
        if (rightAfterTitle && PERSON.matcher(core).matches() && !NOT_A_NAME.matcher(core).matches()) {
            return core + tail;
        }
        Matcher comrade = COMRADE.matcher(core);
        if (rightAfterTitle && comrade.matches() && !NOT_A_NAME.matcher(comrade.group(1)).matches()
                && (SURNAMES.indexOf(core.charAt(0)) >= 0 || comrade.group(1).matches(PLACEHOLDER_NAME))) {
            // 孙志刚同志 under the title signs it: the name is the author
            return comrade.group(1);
        }
        return null;
    }

    /**
     * A unit's name, or units' names separated by spaces (中共某某县委 某某县人民政府): each part ends like a
     * unit, and the whole neither starts nor ends like a title (学思践悟促提升 砥砺奋进开新局).
     */
    private static boolean isUnit(String core) {
        // a unit's name never holds 的 (五育并举办好家门口的好学校 is a title)
        if (core.indexOf('的') >= 0 || Texts.findAtEnd(TITLE_ENDING, core, TITLE_ENDING_MAX)
                || TITLE_START.matcher(core).lookingAt()) {
            return false;
        }
        for (String part : core.split(" ")) {
            if (!Texts.findAtEnd(UNIT_LINE, part, UNIT_LINE_MAX)) {
                return false;
            }
        }
        return true;
    }

    static boolean hasSentencePunctuation(String t) {
        return Texts.hasClauseMark(t);
    }

    /** A title line split into the title and the author written after it; {@code dropped}: the separators. */
    record Signed(String title, String author, List<String> dropped) {
    }

    /**
     * The author written at the end of a title line, after a dash or in brackets
     * ("小网格撬动大治理——XX社区居委会", "以改革实效推动高质量发展（王建国 市委副书记）"), or null. The dash or
     * the brackets are not part of either; the author in brackets is kept as written.
     */
    static Signed splitTrailingAuthor(String line) {
        Matcher dash = DASH_AUTHOR.matcher(line);
        // (——记某某村党支部书记王某某: a profile's subtitle names whom it is about, not who wrote it)
        if (dash.matches() && dash.group(2).charAt(0) != '记') {
            String a = authorLine(dash.group(2), false);
            if (a != null) {
                return new Signed(dash.group(1).strip(), a, List.of(line.substring(dash.end(1), dash.start(2)).strip()));
            }
        }
        Matcher bracket = BRACKET_AUTHOR.matcher(line);
        if (bracket.matches()) {
            String inner = bracket.group(2).strip();
            String plain = SPACES.matcher(BRACKET_SEPARATORS.matcher(inner).replaceAll(" ")).replaceAll(" ").strip();
            if (NAME_POST.matcher(plain).matches() || authorLine(plain, false) != null) {
                String open = line.substring(bracket.end(1), bracket.start(2)).strip();
                return new Signed(bracket.group(1).strip(), inner, List.of(open, line.substring(bracket.end(2)).strip()));
            }
        }
        return null;
    }

    private static final Pattern ZONE_KIND = Pattern.compile("(?:经济技术|高新技术|经济|高新|综合保税|产业)$");

    /**
     * Where a development zone's name starts when the unit was found at its 开发区 (…快人一步临港经济技术
     * + 开发区管委会): back over 经济技术 / 高新技术… and the two characters of the place before it.
     */
    private static int zoneStart(String line, int start) {
        if (!line.startsWith("开发区", start) && !line.startsWith("园区", start) && !line.startsWith("新区", start)) {
            return start;
        }
        Matcher kind = ZONE_KIND.matcher(line.substring(0, start));
        if (!kind.find() || kind.start() < 2) {
            return start;
        }
        int level = kind.start() - 1;
        if ("省市县区".indexOf(line.charAt(level)) >= 0) {
            // 江州市经济技术开发区: the place's name before its level; …服务高地 + 市经济技术开发区: a word of the
            // title, and the unit starts at the bare level
            return level >= 2 && Texts.isHan(line.charAt(level - 1)) && Texts.isHan(line.charAt(level - 2))
                    && !TITLE_WORD_AT_END.matcher(line.substring(0, level)).find() ? level - 2 : level;
        }
        int place = kind.start() - 2;
        return Texts.isHan(line.charAt(place)) && Texts.isHan(line.charAt(place + 1)) ? place : start;
    }

    private static final Pattern TITLE_WORD_AT_END = Pattern.compile("(?:" + TITLE_WORDS + ")$");

    /**
     * Where the unit starts when it was found at 区直属 / 县直属: a 直属机关工委 is named after its place
     * (…工作要点平湖 + 区直属机关工委 is …工作要点 + 平湖区直属机关工委), while the short 县直机关工委 is not.
     */
    private static int placeBeforeDirect(String line, int start) {
        if (start < 2 || !line.startsWith("直属", start + 1) || "省市县区".indexOf(line.charAt(start)) < 0) {
            return start;
        }
        String before = line.substring(0, start);
        boolean han = Character.UnicodeScript.of(line.charAt(start - 1)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(line.charAt(start - 2)) == Character.UnicodeScript.HAN;
        return han && !TITLE_WORD_AT_END.matcher(before).find() ? start - 2 : start;
    }

    /** A unit glued to the end of a title line split off: {title, unit}, or null when there is none. */
    static String[] splitGluedUnit(String line) {
        if (line.length() < 8 || !Texts.findAtEnd(GLUED_UNIT_SUFFIX, line, GLUED_UNIT_SUFFIX_MAX)
                || Texts.findAtEnd(TITLE_ENDING, line, TITLE_ENDING_MAX)) {
            return null;
        }
        for (Pattern p : UNIT_START) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                int start = m.start();
                // 收江州 + 市: the place is 江州市, whose 州 the pattern took for a suffix
                if (m.end() < line.length() && "市县区".indexOf(line.charAt(m.end())) >= 0 && line.charAt(m.end() - 1) == '州') {
                    start++;
                }
                start = zoneStart(line, start);
                start = placeBeforeDirect(line, start);
                String title = line.substring(0, start).strip();
                String unit = line.substring(start).strip();
                if (Texts.hanCount(title) >= 4 && unit.length() >= 4 && unit.length() <= 30 && !hasSentencePunctuation(unit)
                        && unit.indexOf(' ') < 0 && unit.indexOf('的') < 0 && unit.indexOf('“') < 0) {
                    return new String[] {title, unit};
                }
            }
        }
        return null;
    }

}
