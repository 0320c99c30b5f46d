package org.wenzhai.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates materials in the style of Chinese official writing (a title, a unit, headings 一、 and
 * （一）, paragraphs of 一是…二是… points), written for Wenzhai's tests. Deterministic for a seed.
 */
public final class Materials {
    private static final String[] TOPICS = {"基层治理", "乡村振兴", "营商环境", "安全生产", "生态环境保护", "作风建设",
            "数字政府", "民生保障", "项目建设", "党建引领", "城市更新", "科技创新"};
    private static final String[] UNITS = {"某县委组织部", "某市发展和改革委员会", "某区住房和城乡建设局", "某镇党委",
            "某市生态环境局", "某县人民政府办公室"};
    private static final String[] HEADS = {"坚持高位推动，压实工作责任", "聚焦重点任务，狠抓工作落实", "强化要素保障，夯实发展基础",
            "创新工作机制，提升治理效能", "加强队伍建设，锤炼过硬作风", "突出问题导向，补齐短板弱项"};
    private static final String[] SUBS = {"健全组织体系", "完善制度机制", "强化督促检查", "抓好宣传引导", "推进试点示范"};
    private static final String[] PHRASES = {"坚持以人民为中心的发展思想", "把各项工作抓紧抓实抓细", "推动工作提质增效",
            "切实增强群众的获得感、幸福感、安全感", "形成上下联动、齐抓共管的工作格局", "全年累计投入资金3.2亿元",
            "建立“周调度、月通报、季考核”工作机制", "打通服务群众“最后一公里”", "以钉钉子精神抓好落实",
            "累计解决群众急难愁盼问题1260件", "确保各项目标任务如期完成", "持续深化“放管服”改革",
            "坚持问题导向和目标导向相结合", "不断提升基层治理体系和治理能力现代化水平"};
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

    private Materials() {
    }

    /** One material's text; {@code paragraphs} controls its size (about 150 characters each). */
    public static String text(long seed, int paragraphs) {
        Random r = new Random(seed);
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        StringBuilder sb = new StringBuilder();
        sb.append("关于").append(topic).append("工作情况的报告（第").append(seed).append("号）\n");
        sb.append(UNITS[r.nextInt(UNITS.length)]).append("\n");
        sb.append("　　今年以来，我们坚持").append(topic).append("工作不放松，").append(pick(r)).append("，取得了阶段性成效。\n");
        int heads = Math.max(1, paragraphs / 3);
        int written = 0;
        for (int h = 0; h < heads && h < ORDINALS.length; h++) {
            sb.append(ORDINALS[h]).append("、").append(HEADS[r.nextInt(HEADS.length)]).append("\n");
            sb.append("（一）").append(SUBS[r.nextInt(SUBS.length)]).append("\n");
            int n = Math.max(1, (paragraphs - written) / (heads - h));
            for (int p = 0; p < n; p++) {
                sb.append("　　").append(paragraph(r, seed, written++)).append("\n");
            }
        }
        return sb.toString();
    }

    private static String paragraph(Random r, long seed, int index) {
        StringBuilder sb = new StringBuilder();
        String[] points = {"一是", "二是", "三是"};
        sb.append("第").append(seed).append("篇第").append(index).append("段：");
        for (String pt : points) {
            sb.append(pt).append(pick(r)).append("，").append(pick(r)).append("。");
        }
        return sb.toString();
    }

    private static String pick(Random r) {
        return PHRASES[r.nextInt(PHRASES.length)];
    }

    /** A phrase that occurs in exactly this material (the paragraph marker plus what follows). */
    public static String uniquePhrase(long seed) {
        return "第" + seed + "篇第0段";
    }

    /** Writes {@code count} materials {@code prefix-NNN.txt} (seeds from {@code firstSeed}) as UTF-8. */
    public static List<Path> writeFolder(Path folder, String prefix, long firstSeed, int count, int paragraphs)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = folder.resolve(String.format("%s-%03d.txt", prefix, i));
            Files.writeString(f, text(firstSeed + i, paragraphs), StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }
}
