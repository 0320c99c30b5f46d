package org.wenzhai.importing.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small facts about Chinese text shared by cleaning, reflow and structure. */
public final class Texts {
    private Texts() {
    }

    private static final String CN_NUM = "[一二三四五六七八九十百零〇]+";
    /** An Arabic digit, half- or full-width (１．, （１）). */
    private static final String DIGIT = "[0-9０-９]";
    /** Numbering of headings and the level it stands for, in the order they are tried. */
    /** 第一编, 第二章, 第三讲, 第一部分: the parts a long text is divided into. */
    private static final Pattern PART = Pattern.compile("^第" + CN_NUM + "(?:[编章讲]|部分)\\s*");
    static final Pattern[] NUMBERING = {
            PART,
            Pattern.compile("^第" + CN_NUM + "节\\s*"),
            // not 二、三季度, 一、二等奖, 二、三产业: numbers listed in the text (but 一、一季度工作…, the same
            // number again, is a heading)
            Pattern.compile("^(" + CN_NUM + ")\\s*[、．.]\\s*(?!(?!\\1(?![一二三四五六七八九十]))[一二三四五六七八九十]{1,2}(?:、|季度|等奖|产业|类|级|批|线))"),
            Pattern.compile("^[（(]\\s*" + CN_NUM + "\\s*[）)]\\s*[、．.]?\\s*"),
            // 01　标题: the sections of a WeChat or web article
            Pattern.compile("^0[1-9][\\s\u3000]+"),
            // not 2.5亿 (a number), but 3.5G应用… (item 3 about 5G)
            Pattern.compile("^" + DIGIT + "{1,2}\\s*(?:[、．]|\\.(?!" + DIGIT + ")|\\.(?=" + DIGIT + "[A-Za-z]))\\s*"),
            Pattern.compile("^[（(]\\s*" + DIGIT + "{1,2}\\s*[）)]\\s*"),
            Pattern.compile("^第" + CN_NUM + "条\\s*"),
            // 第一、…: a speech's points written as headings (第一，… stays a point inside its paragraph)
            Pattern.compile("^第[一二三四五六七八九十]{1,3}、\\s*(?![一二三四五六七八九十]{1,2}(?:、|季度|等奖|产业|类|级|批|线))"),
    };
    /** Levels for {@link #NUMBERING}: 编/章/讲/部分=1, 节=2, 一、=1, （一）=2, 01　=1, 1.=3, （1）=4, 第一条=3, 第一、=1. */
    static final int[] LEVELS = {1, 2, 1, 2, 1, 3, 4, 3, 1};

    /** The characters a {@link #NUMBERING} pattern can start with: 第, a Chinese numeral, a bracket, a digit. */
    private static final String NUMBERING_STARTS = "第（(0123456789０１２３４５６７８９一二三四五六七八九十百零〇";
    /**
     * Per character of {@link #NUMBERING_STARTS}: a bit per {@link #NUMBERING} pattern that can start
     * with it (the pattern matches that one character at the start or needs more text to tell).
     * Creating a matcher for each of the nine patterns was a tenth of parsing; a line starting with
     * 一 is asked one pattern, with 第 four.
     */
    private static final int[] NUMBERING_BY_START = new int[NUMBERING_STARTS.length()];

    static {
        for (int k = 0; k < NUMBERING_STARTS.length(); k++) {
            for (int i = 0; i < NUMBERING.length; i++) {
                Matcher m = NUMBERING[i].matcher(NUMBERING_STARTS.substring(k, k + 1));
                if (m.lookingAt() || m.hitEnd()) {
                    NUMBERING_BY_START[k] |= 1 << i;
                }
            }
        }
    }

    /** The {@link #NUMBERING} patterns that can match at the start of the line, as bits; 0 for most lines. */
    private static int numberingCandidates(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int k = NUMBERING_STARTS.indexOf(line.charAt(0));
        return k < 0 ? 0 : NUMBERING_BY_START[k];
    }

    /** Whether a line starts with a character that one of {@link #NUMBERING} can start with. */
    static boolean mayBeNumbered(String line) {
        return numberingCandidates(line) != 0;
    }

    /**
     * The text with full-width digits made half-width and ideographic spaces made spaces, of the
     * same length: how page numbers are looked for (２, －　1　－, 总体要求　3).
     */
    public static String halfWidthDigitsAndSpaces(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '０' && c <= '９') || c == '\u3000') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, c == '\u3000' ? ' ' : (char) (c - '０' + '0'));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The heading level a line's numbering stands for, or 0 when it starts with none. */
    public static int numberingLevel(String line) {
        for (int bits = numberingCandidates(line); bits != 0; bits &= bits - 1) {
            int i = Integer.numberOfTrailingZeros(bits);
            Matcher m = NUMBERING[i].matcher(line);
            // (each pattern opens with ^: lookingAt answers as find, without trying every position)
            if (m.lookingAt() && m.end() < line.length()) {
                return LEVELS[i];
            }
        }
        return 0;
    }

    private static final Pattern SPEAKER = Pattern.compile("^.{0,24}?(?:书记|县长|市长|镇长|乡长|区长|局长|主任|部长|主席|厅长|"
            + "经理|校长|院长|常委|委员|组长|所长|站长|行长|社长|代表)[\\s\u3000]+[\\p{IsHan}·]{2,4}$");

    /**
     * A line that can only stand under a title: a speaker (县委书记　李明) or a salutation (同志们：).
     * A line repeated at the tops of pages that has one under it is a title the pages share (表态发言,
     * one speech a page), not a running header: a header is followed by the text going on.
     */
    public static boolean signsATitle(String line) {
        String t = line.strip();
        return (t.endsWith("：") && t.length() <= 12) || isSpeaker(t);
    }

    /** How the name of a unit that may sign a material ends (…党委, …局, …街道, …中心, …县). */
    public static final String UNIT_SUFFIX =
            "(?:委员会|办公室|办公厅|党工委|工委|党委|党组|党支部|支部|组织部|宣传部|统战部|政法委|纪委|监委|委|局|部|办|厅|院|中心|政府"
                    + "|街道|街道办事处|县|区|市|镇|乡|村|社区|公司|集团|学校|大学|学院|协会|联合会|研究会|商会|管委会|研究室"
                    + "|总队|支队|大队|中队|所|站|署|处|科|室|馆|党校|校|小组|D组|D支部"
                    // a county bureau's sections are 股 (预算股); not 入股, 控股, which end titles
                    + "|预算股|人事股|综合股|财务股|管理股|业务股|审批股|规划股|法规股|法制股|计财股|秘书股|信息股|统计股|监督股"
                    + "|政工股|宣传股|安全股|建设股|执法股|稽查股|征收股|国库股|会计股|办公股|行政股|社会股|经济股|教育股|产业股"
                    + "|党总支|总支|村委会|居委会|工会|妇联|残联|科协|侨联|文联|工商联|团委|中学|小学|幼儿园|银行|合作社|联社"
                    + "|课题组|调研组|写作组|专班|纪检监察组|监察组|工作组|督导组|巡察组|指挥部|分行|支行|营业部|分公司|医院|卫生院)";

    /**
     * {@code p.matcher(s).find()} for a pattern whose matches end at the end of the text ({@code …$})
     * and are at most {@code maxLength} characters long: only the text's tail is searched (a
     * pattern tried at every position of a long line is slow), the rest still seen by lookbehind.
     * Two characters more allow for the line terminator that {@code $} may stand before.
     */
    public static boolean findAtEnd(Pattern p, String s, int maxLength) {
        int from = Math.max(0, s.length() - maxLength - 2);
        return p.matcher(s).region(from, s.length()).useTransparentBounds(true).useAnchoringBounds(false).find();
    }

    /** The longest unit ending of {@link #UNIT_SUFFIX}. */
    public static final int UNIT_SUFFIX_MAX = longestAlternative(UNIT_SUFFIX);

    /**
     * The longest word of an alternation of plain words, {@code (?:委员会|局|…)}, optionally followed by
     * {@code $}; an alternation holding anything but plain words is refused.
     */
    public static int longestAlternative(String alternation) {
        String inner = alternation.endsWith("$") ? alternation.substring(0, alternation.length() - 1) : alternation;
        if (!inner.startsWith("(?:") || !inner.endsWith(")")) {
            throw new IllegalArgumentException("not an alternation of words: " + alternation);
        }
        int longest = 0;
        for (String word : inner.substring(3, inner.length() - 1).split("\\|")) {
            if (!word.matches("[\\p{IsHan}A-Za-z0-9]+")) {
                throw new IllegalArgumentException("not a plain word: " + word);
            }
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** How many Chinese characters the text holds. */
    public static int hanCount(String s) {
        return (int) s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** A speaker's line: a post and a name apart (柳溪区人民政府区长　孟庆阳). */
    public static boolean isSpeaker(String line) {
        return SPEAKER.matcher(line.strip()).matches();
    }

    private static final String CN_DIGITS = "一二三四五六七八九";

    /**
     * The same numbering with its number moved by {@code delta} (（1）→（2）, 二、→一、, １．→２．), for
     * numbers of one digit or numeral from 1 to 9; null for others (10, 十一, none).
     */
    public static String shiftedNumbering(String prefix, int delta) {
        for (int k = 0; k < prefix.length(); k++) {
            char c = prefix.charAt(k);
            boolean alone = (k + 1 >= prefix.length() || !numeral(prefix.charAt(k + 1))) && (k == 0 || !numeral(prefix.charAt(k - 1)));
            int n = c >= '1' && c <= '9' ? c - '0' : c >= '１' && c <= '９' ? c - '０' : CN_DIGITS.indexOf(c) + 1;
            if (n <= 0) {
                continue;
            }
            if (!alone || n + delta < 1 || n + delta > 9) {
                return null;
            }
            int m = n + delta;
            char shifted = c <= '9' ? (char) ('0' + m) : c >= '１' && c <= '９' ? (char) ('０' + m) : CN_DIGITS.charAt(m - 1);
            return prefix.substring(0, k) + shifted + prefix.substring(k + 1);
        }
        return null;
    }

    /** Whether {@code item} occurs in {@code t}, from {@code from} on, right after one of the characters of {@code marks}. */
    public static boolean standsAfterMark(String t, String item, int from, String marks) {
        for (int at = t.indexOf(item, from); at >= 0; at = t.indexOf(item, at + 1)) {
            if (at > 0 && marks.indexOf(t.charAt(at - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean numeral(char c) {
        return Character.isDigit(c) || "一二三四五六七八九十百零〇".indexOf(c) >= 0;
    }

    /** Whether the line starts with the numbering of a part (第一讲, 第二章, 第一部分). */
    public static boolean isPart(String line) {
        return PART.matcher(line).lookingAt();
    }

    private static final Pattern CLAUSE = Pattern.compile("^第" + CN_NUM + "条");

    /** Whether the line is a numbered clause (第一条…) of rules or regulations: body text, not a heading. */
    public static boolean isClause(String line) {
        return CLAUSE.matcher(line).lookingAt();
    }

    /** The numbering prefix of a line ("一、", "（二）", "3．"), or "" when it has none. */
    public static String numberingPrefix(String line) {
        for (int bits = numberingCandidates(line); bits != 0; bits &= bits - 1) {
            Matcher m = NUMBERING[Integer.numberOfTrailingZeros(bits)].matcher(line);
            if (m.lookingAt()) {
                return m.group();
            }
        }
        return "";
    }

    /**
     * Whether a line ends where a paragraph may end: 。！？；…： possibly followed by closing quotes
     * or brackets.
     */
    public static boolean endsSentence(String s) {
        s = withoutInterjection(s);
        int i = s.length() - 1;
        while (i >= 0 && isCloser(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return isSentenceEnd(c) || c == '：' || c == ':';
    }

    private static final java.util.regex.Pattern CELL_GAP = java.util.regex.Pattern.compile("\t|[ \u3000]{2,}|\u3000");
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-+]?\\d+(?:\\.\\d+)?%?");

    /**
     * A row of a table written as text: three or more cells apart by tabs or wide gaps, one of them a
     * figure (一、第一产业增加值⇥亿元⇥28.65⇥3.9). Its number is the row's label, never a heading's.
     */
    public static boolean tableRow(String t) {
        String[] cells = CELL_GAP.split(t.strip());
        if (cells.length < 3) {
            return false;
        }
        for (int i = 1; i < cells.length; i++) {
            if (FIGURE.matcher(cells[i].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A speech's interjection after a sentence: …的心血和汗水！（掌声）, （笑声）, （热烈鼓掌）. */
    private static final java.util.regex.Pattern INTERJECTION = java.util.regex.Pattern.compile(
            "[（(]\\s*(?:热烈|长时间|全场)?(?:掌声|笑声|鼓掌|众笑|掌声雷动)[^（()）]{0,6}[）)]$");

    /** The line without a speech's interjection at its end, so that the sentence before it counts. */
    private static String withoutInterjection(String s) {
        if (s.isEmpty() || (s.charAt(s.length() - 1) != '）' && s.charAt(s.length() - 1) != ')')) {
            return s;
        }
        java.util.regex.Matcher m = INTERJECTION.matcher(s);
        return m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
    }

    /** Whether a line ends a sentence with 。！？ (possibly followed by closing quotes or brackets). */
    public static boolean endsWithFullStop(String s) {
        s = withoutInterjection(s);
        int i = s.length() - 1;
        while (i >= 0 && isCloser(s.charAt(i))) {
            i--;
        }
        return i >= 0 && "。！？!?".indexOf(s.charAt(i)) >= 0;
    }

    /** Whether a line holds a sentence's or clause's mark (。！？；…，：): text, not a name or a label. */
    public static boolean hasClauseMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':') {
                return true;
            }
        }
        return false;
    }

    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…' || c == '!' || c == '?' || c == ';';
    }

    static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '】' || c == '》' || c == '"';
    }

    /** Whether the line ends with any punctuation mark (so it is not a title or heading). */
    public static boolean endsWithPunctuation(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return isSentenceEnd(c) || "，、：:,".indexOf(c) >= 0;
    }

    /** Width as a fixed-width display shows it: CJK and full-width characters count two. */
    public static int displayWidth(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c < 0x1100 || (c >= 0xFF61 && c <= 0xFFDC) ? 1 : 2;
        }
        return w;
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
