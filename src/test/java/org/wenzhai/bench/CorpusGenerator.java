package org.wenzhai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Writes synthetic materials in the style of the ones users download: compilations of
 * experience-exchange speeches with a table of contents, articles with a unit line, headings
 * 一、（一）1.（1）, paragraphs that enumerate 一是…二是…, numbers and percentages, and the noise
 * of material sites (paywall markers, adverts, page numbers, the D-for-党 obfuscation).
 *
 * <p>Every sentence is assembled from this project's own word lists below; nothing is copied from
 * real materials. Output is a pure function of the seed.
 *
 * <p>The in-memory model ({@link Material}) holds the clean content an import should produce; the
 * text written by {@link Material#toTxt()} additionally carries the noise lines.
 */
public final class CorpusGenerator {

    /** A heading (level 1–4) or a paragraph (level 0) of an article. */
    public record Block(boolean heading, int level, String text) {
    }

    public record Article(String title, String unit, List<Block> blocks) {
    }

    /** One material: a compilation of several articles, or a single speech. */
    public record Material(String fileName, String title, List<Article> articles, String txt) {

        /** The file's text, noise included, as a user would download it. */
        public String toTxt() {
            return txt;
        }

        /** Every paragraph and heading text in reading order. */
        public List<String> blockTexts() {
            List<String> out = new ArrayList<>();
            for (Article a : articles) {
                for (Block b : a.blocks()) {
                    out.add(b.text());
                }
            }
            return out;
        }
    }

    // ---- the project's word lists -------------------------------------------------------------

    private static final String[] PLACES = {"XX县", "XX市", "XX区", "XXX县", "XX经开区", "XX镇", "XX高新区", "XX新区"};
    private static final String[] UNIT_PLACES = {"XX县", "XX市", "XX区", "XXX县", "XXX市", "XX区"};
    private static final String[] UNITS = {"委组织部", "委组织部", "委宣传部", "委政法委", "纪委监委", "委编办",
            "人社局", "住建局党委", "农业农村局", "教育局党组", "委党校", "发改委", "商务局", "卫健委", "生态环境局"};
    private static final String[] MEETINGS = {"组织工作会议", "党建工作推进会", "乡村振兴工作会议", "基层治理现场会",
            "人才工作座谈会", "机关党建工作会议", "作风建设推进会", "营商环境优化大会", "城市更新工作会议",
            "安全生产工作会议", "宣传思想工作会议", "民生实事推进会"};
    private static final String[] KINDS = {"交流发言材料汇编", "经验交流材料汇编", "典型发言材料摘登汇编",
            "表态发言材料汇编", "研讨发言材料汇编"};
    private static final String[] TOPICS = {"乡村振兴", "基层治理", "党建引领", "人才工作", "干部队伍建设",
            "营商环境", "城市更新", "网格化管理", "作风建设", "产业发展", "民生保障", "生态保护", "数字政府",
            "社会治理", "招商引资", "集体经济", "文明创建", "安全生产", "矛盾调解", "志愿服务"};
    private static final String[] VERBS = {"坚持", "聚焦", "突出", "强化", "深化", "健全", "完善", "推动", "实施",
            "建立", "打造", "夯实", "压实", "拓展", "创新", "统筹", "优化", "抓实", "用好", "激活"};
    private static final String[] OBJECTS = {"党建引领", "基层基础", "责任链条", "工作机制", "服务体系", "干部队伍",
            "网格治理", "产业链条", "人才梯队", "考核评价", "示范带动", "制度保障", "要素保障", "协同联动",
            "阵地建设", "作风纪律", "头雁队伍", "群众路线", "数字赋能", "闭环管理", "清单管理", "标准体系",
            "政治功能", "组织功能", "战斗堡垒", "先锋模范作用", "主体责任", "监督执纪", "教育培训", "典型选树"};
    private static final String[] SUBJECTS = {"全县", "全市", "全区", "各乡镇", "各级党组织", "我们", "县委",
            "区委", "市委组织部", "各部门", "机关党组织", "村（社区）党组织", "广大党员干部", "各街道"};
    private static final String[] MANNERS = {"始终", "持续", "扎实", "全面", "大力", "深入", "切实", "积极",
            "着力", "不断", "坚决", "主动"};
    private static final String[] RESULTS = {"形成了上下联动、齐抓共管的良好局面", "有效激发了干事创业的内生动力",
            "推动各项工作落地见效", "群众获得感幸福感安全感持续提升", "实现了从“有形覆盖”到“有效覆盖”的转变",
            "打通了服务群众的“最后一公里”", "确保工作层层推进、责任层层压实", "为高质量发展提供了坚强保证",
            "走出了一条具有本地特色的新路子", "各项指标位居全市前列"};
    private static final String[] SLOGANS = {"一村一策", "两张清单", "三个聚焦", "四个转变", "五星支部",
            "六个一", "红色引擎", "党员先锋岗", "一网统办", "周调度、月通报", "马上就办", "一线工作法",
            "百日攻坚", "双报到", "街乡吹哨、部门报到", "书记抓、抓书记", "比学赶超"};
    private static final String[] NOUNS = {"党支部", "网格", "示范点", "服务站", "项目", "企业", "村", "社区",
            "党员", "人才", "志愿者", "合作社", "联系点", "工作室", "平台", "问题", "事项", "岗位"};
    private static final String[] MEASURES = {"个", "名", "家", "项", "件", "处", "支"};
    private static final String[] LATIN = {"5G", "APP", "O2O", "VR", "AI", "GDP", "PPP", "e站通", "QQ群", "CPI"};
    private static final String[] CONNECTORS = {"同时，", "此外，", "在此基础上，", "与此同时，", "截至目前，",
            "近年来，", "今年以来，", ""};
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] ADVERTS = {"仅供学习 禁止外传", "更多材料请关注公众号：笔杆子素材库",
            "会员群：XXXXXXX  免费QQ群：XXXXXXXX", "现在订阅立享全年资料更新", "【打击倒卖】举报倒卖会员资料者奖励会员一年",
            "本资料由写材料平台整理，侵删"};

    private final Random random;
    private int serial;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    // ---- public API ---------------------------------------------------------------------------

    /** {@code count} materials generated from {@code seed}. */
    public static List<Material> materials(int count, long seed) {
        CorpusGenerator g = new CorpusGenerator(seed);
        List<Material> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(g.next());
        }
        return out;
    }

    /** The first {@code count} paragraph texts (headings excluded) of the corpus of {@code seed}. */
    public static List<String> paragraphs(int count, long seed) {
        List<String> out = new ArrayList<>(count);
        Iterator<Material> it = new CorpusGenerator(seed).iterator();
        while (out.size() < count) {
            for (Article a : it.next().articles()) {
                for (Block b : a.blocks()) {
                    if (!b.heading() && out.size() < count) {
                        out.add(b.text());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Writes UTF-8 .txt materials into {@code dir} (created if needed) until they hold at least
     * {@code targetBytes} bytes.
     *
     * @return the files written, in order
     */
    public static List<Path> writeTxtFiles(Path dir, long targetBytes, long seed) {
        return writeTxtFiles(dir, targetBytes, seed, StandardCharsets.UTF_8);
    }

    /** As {@link #writeTxtFiles(Path, long, long)} in the given encoding (e.g. GB18030). */
    public static List<Path> writeTxtFiles(Path dir, long targetBytes, long seed, Charset charset) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            CorpusGenerator g = new CorpusGenerator(seed);
            long total = 0;
            while (total < targetBytes) {
                Material m = g.next();
                byte[] bytes = m.toTxt().getBytes(charset);
                Path p = dir.resolve(m.fileName());
                Files.write(p, bytes);
                written.add(p);
                total += bytes.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** An endless sequence of materials. */
    public Iterator<Material> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Material next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return CorpusGenerator.this.next();
            }
        };
    }

    /** The next material. */
    public Material next() {
        serial++;
        boolean obfuscated = random.nextInt(5) == 0;
        int year = 2019 + random.nextInt(6);
        List<Article> articles = new ArrayList<>();
        String title;
        boolean compilation = random.nextInt(4) != 0;
        if (compilation) {
            int n = 3 + random.nextInt(5);
            title = year + "年" + pick(MEETINGS) + pick(KINDS) + "（" + n + "篇）";
            for (int i = 0; i < n; i++) {
                articles.add(article(year, obfuscated));
            }
        } else {
            Article a = article(year, obfuscated);
            title = a.title();
            articles.add(a);
        }
        String fileName = String.format("%05d_%s.txt", serial, Long.toHexString(random.nextLong() & 0xffffffffL));
        return new Material(fileName, title, List.copyOf(articles), render(title, compilation, articles, obfuscated));
    }

    // ---- composition --------------------------------------------------------------------------

    private Article article(int year, boolean obfuscated) {
        String topic = pick(TOPICS);
        String title = switch (random.nextInt(4)) {
            case 0 -> "以“" + pick(SLOGANS) + "”推动" + topic + "提质增效";
            case 1 -> pick(VERBS) + pick(OBJECTS) + " " + pick(VERBS) + topic + "新局面";
            case 2 -> "在全" + pick(new String[] {"县", "市", "区"}) + pick(MEETINGS) + "上的交流发言";
            default -> pick(VERBS) + pick(OBJECTS) + "助力" + topic;
        };
        String unit = pick(UNIT_PLACES) + pick(UNITS);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(false, 0, intro(year, topic)));
        int sections = 2 + random.nextInt(3);
        for (int s = 0; s < sections; s++) {
            blocks.add(new Block(true, 1, ORDINALS[s] + "、" + phrase() + "，" + phrase()));
            int style = random.nextInt(3);
            if (style == 0) {
                int subs = 2 + random.nextInt(3);
                for (int k = 0; k < subs; k++) {
                    blocks.add(new Block(true, 2, "（" + ORDINALS[k] + "）" + phrase()));
                    if (random.nextInt(4) == 0) {
                        for (int m = 0; m < 2; m++) {
                            blocks.add(new Block(true, 3, (m + 1) + "." + phrase()));
                            if (random.nextInt(3) == 0) {
                                blocks.add(new Block(true, 4, "（" + (m + 1) + "）" + phrase()));
                            }
                            blocks.add(new Block(false, 0, paragraph(year)));
                        }
                    } else {
                        blocks.add(new Block(false, 0, paragraph(year)));
                    }
                }
            } else {
                int paras = 1 + random.nextInt(3);
                for (int k = 0; k < paras; k++) {
                    blocks.add(new Block(false, 0, paragraph(year)));
                }
            }
        }
        if (random.nextBoolean()) {
            blocks.add(new Block(false, 0, "下一步，" + pick(SUBJECTS) + "将" + pick(MANNERS) + pick(VERBS) + pick(OBJECTS)
                    + "，" + pick(VERBS) + topic + "，为" + pick(new String[] {"全市", "全省", "全县"})
                    + "高质量发展作出新的更大贡献。"));
        }
        if (obfuscated) {
            List<Block> dBlocks = new ArrayList<>(blocks.size());
            for (Block b : blocks) {
                dBlocks.add(new Block(b.heading(), b.level(), b.text().replace('党', 'D')));
            }
            return new Article(title.replace('党', 'D'), unit, List.copyOf(dBlocks));
        }
        return new Article(title, unit, List.copyOf(blocks));
    }

    private String intro(int year, String topic) {
        return pick(new String[] {"近年来，", year + "年以来，", "今年以来，"}) + pick(PLACES) + pick(MANNERS) + "坚持以"
                + pick(new String[] {"新时代中国特色社会主义思想", "高质量发展", "人民为中心"}) + "为指导，"
                + pick(VERBS) + pick(OBJECTS) + "，" + pick(VERBS) + topic + "，" + pick(RESULTS) + "。"
                + sentence(year) + "现将有关情况汇报如下。";
    }

    private String paragraph(int year) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(3) == 0) {
            sb.append(pick(MANNERS)).append(pick(VERBS)).append(pick(OBJECTS)).append("。");
        }
        int target = 150 + random.nextInt(random.nextInt(10) == 0 ? 1500 : 800);
        int item = 0;
        boolean enumerate = random.nextInt(3) != 0;
        while (sb.length() < target) {
            if (enumerate && item < ORDINALS.length && (item == 0 || random.nextInt(3) == 0)) {
                sb.append(ORDINALS[item++]).append("是").append(phrase()).append("。");
            }
            sb.append(sentence(year));
        }
        return sb.toString();
    }

    private String phrase() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(VERBS) + pick(OBJECTS);
            case 1 -> pick(VERBS) + "“" + pick(SLOGANS) + "”";
            case 2 -> pick(VERBS) + pick(TOPICS);
            case 3 -> "以" + pick(OBJECTS) + pick(VERBS) + pick(TOPICS);
            default -> pick(VERBS) + pick(OBJECTS) + "、" + pick(VERBS) + pick(OBJECTS);
        };
    }

    private String sentence(int year) {
        StringBuilder sb = new StringBuilder(pick(CONNECTORS));
        switch (random.nextInt(7)) {
            case 0 -> sb.append(pick(SUBJECTS)).append(pick(MANNERS)).append(pick(VERBS)).append(pick(OBJECTS))
                    .append("，").append(pick(VERBS)).append(pick(OBJECTS)).append("，").append(pick(RESULTS)).append("。");
            case 1 -> sb.append("累计").append(pick(VERBS)).append(pick(NOUNS)).append(number()).append(pick(MEASURES))
                    .append("，同比增长").append(percent()).append("。");
            case 2 -> sb.append(pick(SUBJECTS)).append("建立“").append(pick(SLOGANS)).append("”工作机制，")
                    .append(pick(VERBS)).append(pick(TOPICS)).append("，覆盖率达").append(percent()).append("。");
            case 3 -> sb.append(year).append("年").append(1 + random.nextInt(12)).append("月以来，").append(pick(SUBJECTS))
                    .append("共").append(pick(new String[] {"组织", "开展", "办结", "走访", "培训"}))
                    .append(pick(NOUNS)).append(number()).append(pick(MEASURES)).append("、").append(pick(NOUNS))
                    .append(number()).append(pick(MEASURES)).append("。");
            case 4 -> sb.append("依托").append(pick(LATIN)).append(pick(new String[] {"平台", "终端", "小程序", "技术"}))
                    .append("，").append(pick(VERBS)).append(pick(OBJECTS)).append("，").append(pick(RESULTS)).append("。");
            case 5 -> sb.append("坚持“").append(pick(SLOGANS)).append("”，做到").append(pick(VERBS)).append(pick(OBJECTS))
                    .append("不松劲、").append(pick(VERBS)).append(pick(OBJECTS)).append("不走样。");
            default -> sb.append("出台《关于").append(pick(VERBS)).append(pick(TOPICS)).append("的实施意见》等")
                    .append(2 + random.nextInt(9)).append("项制度，").append(pick(RESULTS)).append("。");
        }
        return sb.toString();
    }

    private String number() {
        int r = random.nextInt(4);
        if (r == 0) {
            return Integer.toString(2 + random.nextInt(30));
        }
        if (r == 1) {
            return Integer.toString(30 + random.nextInt(970));
        }
        if (r == 2) {
            return (1 + random.nextInt(9)) + "." + random.nextInt(10) + "万";
        }
        return Integer.toString(1000 + random.nextInt(99000));
    }

    private String percent() {
        String n = (1 + random.nextInt(99)) + "." + random.nextInt(10);
        return n + (random.nextBoolean() ? "%" : "％");
    }

    // ---- the file as downloaded ----------------------------------------------------------------

    private String render(String title, boolean compilation, List<Article> articles, boolean obfuscated) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(3) == 0) {
            sb.append(pick(ADVERTS)).append('\n').append(pick(ADVERTS)).append("\n\n\n");
        }
        sb.append(title).append("\n\n");
        if (compilation) {
            sb.append(random.nextBoolean() ? "目录" : "目 录").append('\n');
            int i = 1;
            for (Article a : articles) {
                sb.append(i++).append(random.nextBoolean() ? "．" : ".").append(a.title()).append('\n');
            }
            sb.append('\n');
        }
        int page = 1;
        for (Article a : articles) {
            sb.append(a.title()).append('\n');
            String unit = obfuscated ? a.unit().replace('党', 'D') : a.unit();
            sb.append(random.nextBoolean() ? "##paidbegin##" + unit : unit).append('\n');
            for (Block b : a.blocks()) {
                sb.append(b.text()).append('\n');
                if (random.nextInt(25) == 0) {
                    sb.append("- ").append(++page).append(" -\n");
                }
                if (random.nextInt(60) == 0) {
                    sb.append(pick(ADVERTS)).append('\n');
                }
            }
            sb.append('\n');
        }
        if (random.nextBoolean()) {
            sb.append("##paidend##\n");
        }
        return sb.toString();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Writes a corpus: {@code CorpusGenerator DIR MEGABYTES [SEED]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        List<Path> files = writeTxtFiles(dir, bytes, seed);
        System.out.println(files.size() + " files written to " + dir);
    }
}
