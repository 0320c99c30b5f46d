package org.wenzhai.importing.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wenzhai.domain.RemovedText;

class ReflowTest {
    /** The hand-written wide-gap test answers as its regular expression on random lines of text and gaps. */
    @Test
    void wideGapAnswersAsItsPattern() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'某', 'a', ' ', '\u3000', '\t', '1'};
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            char[] line = new char[random.nextInt(16)];
            for (int i = 0; i < line.length; i++) {
                // gaps more often than not, so that runs of four and more come up
                line[i] = alphabet[random.nextInt(3) == 0 ? random.nextInt(2) : 2 + random.nextInt(alphabet.length - 2)];
            }
            String t = new String(line);
            boolean expected = Reflow.WIDE_GAP.matcher(t).find();
            assertThat(Reflow.wideGap(t)).as("[%s]", t).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(1_000);
    }

    private static Line line(int n, String text) {
        return new Line(n, text, null, false, false, 0, false);
    }

    private static Line pageStart(int n, String text) {
        return new Line(n, text, null, true, false, 0, false);
    }

    /** Text hard-wrapped at 30 characters, as PDF extraction leaves it. */
    private static List<Line> wrapped(String... middle) {
        List<Line> in = new ArrayList<>();
        in.add(line(1, "今天，我们召开全市生态环境保护大会，主要任务是深入学"));
        in.add(line(2, "习贯彻全国生态环境保护大会精神，总结近年来全市生态环"));
        in.add(line(3, "境保护工作，部署推进美丽城市建设。刚才，市政府主要负"));
        in.add(line(4, "责同志通报了有关情况，我完全同意。下面，我再讲几点。"));
        for (String m : middle) {
            in.add(line(in.size() + 1, m));
        }
        in.add(line(in.size() + 1, "过去五年，全市上下坚决扛起生态文明建设政治责任，打好"));
        in.add(line(in.size() + 1, "蓝天、碧水、净土保卫战，生态环境质量持续改善。"));
        return in;
    }

    private static Line afterBlank(int n, String text) {
        return new Line(n, text, null, false, false, 1, false);
    }

    @Test
    void aLongHeadingsUnindentedTailGoesOnTheHeadingWhereParagraphsAreIndented() {
        List<Line> in = new ArrayList<>();
        in.add(new Line(1, "今年以来，全局上下认真落实各项部署，推动各项工作取得新", null, false, false, 0, true));
        in.add(line(2, "进展，全年主要目标任务圆满完成，现将有关情况报告如下。"));
        in.add(line(3, "一、2023年工作开展情况及取得的主要成效，特别是在粮食"));
        in.add(line(4, "生产和农村改革等方面的突出进展"));
        in.add(new Line(5, "全年粮食总产量稳定在较高水平，农民收入持续较快增长，农", null, false, false, 0, true));
        in.add(line(6, "村改革不断深化，各项事业全面进步。"));
        in.add(new Line(7, "二是产业发展势头良好，新培育市级以上龙头企业多家，农产", null, false, false, 0, true));
        in.add(line(8, "品加工产值持续增长。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly(
                "今年以来，全局上下认真落实各项部署，推动各项工作取得新进展，全年主要目标任务圆满完成，现将有关情况报告如下。",
                "一、2023年工作开展情况及取得的主要成效，特别是在粮食生产和农村改革等方面的突出进展",
                "全年粮食总产量稳定在较高水平，农民收入持续较快增长，农村改革不断深化，各项事业全面进步。",
                "二是产业发展势头良好，新培育市级以上龙头企业多家，农产品加工产值持续增长。");
    }

    @Test
    void aLineWrappedWithAMarkerInsideThatCleaningCutOutIsMeasuredWithIt() {
        String cut = "要坚持方向不变、力度不减，加快推进重点行";
        Line marked = new Line(5, cut, null, false, false, 0, false, false, "##paidbegin##");
        List<Line> in = wrapped();
        in.add(4, marked);
        in.add(5, line(6, "业超低排放改造。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .contains(cut + "业超低排放改造。");
        // without the marker the line stops short of the width: a line of its own
        in.set(4, line(5, cut));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).contains(cut);
    }

    @Test
    void aLineStartingWithACommaOrAFullStopGoesOnTheLineBeforeIt() {
        List<Line> in = List.of(line(1, "工作总结"), line(2, "及时向县委、县政府提出对策建议12条"), line(3, "，其中9条被采纳。"),
                line(4, "全年完成固定资产投资86亿元"), line(5, "。"), line(6, "下一步，我们将继续努力。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly("工作总结",
                "及时向县委、县政府提出对策建议12条，其中9条被采纳。", "全年完成固定资产投资86亿元。", "下一步，我们将继续努力。");
    }

    @Test
    void aSentenceBrokenBeforeItsQuantityOrAfterACommaIsJoinedInTextThatIsNotHardWrapped() {
        List<Line> in = List.of(line(1, "工作报告"), line(2, "一、工作回顾"), line(3, "全年地区生产总值增长"),
                line(4, "6.8%，一般公共预算收入增长5%。"), line(5, "新增高新技术企业27家，总数达到"), line(6, "112家。"),
                line(7, "我们坚持稳中求进工作总基调，"), line(8, "统筹发展和安全，经济运行回升向好。"),
                line(9, "（二）城乡面貌持续改善。完成老旧小区改造42个，惠及居民"), line(10, "1.2万户。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly("工作报告",
                "一、工作回顾", "全年地区生产总值增长6.8%，一般公共预算收入增长5%。", "新增高新技术企业27家，总数达到112家。",
                "我们坚持稳中求进工作总基调，统筹发展和安全，经济运行回升向好。", "（二）城乡面貌持续改善。完成老旧小区改造42个，惠及居民1.2万户。");
    }

    @Test
    void aPageInANarrowColumnDoesNotStopTheJoiningOfTheOtherPages() {
        String wide = "开展“连心”专项行动，排查整治各类隐患2876处，整改率达到92.6%。全年累计投入资金9482万元，实施重点项目43个，"
                + "惠及群众8206户。推动公共服务向村组延伸，建成村级综合服务站20个，实现就近办、一次办。在青石镇调研时，不少群众反映"
                + "办事环节多、跑腿次数多，这些问题必须认真研究解决。全面推行“一窗受理、集成服务”，企业开办时间压缩至2个工作日以内。";
        String narrow = "采取“以奖代补”方式，对考核优秀的18个村给予资金奖励，激发了基层干事创业热情。";
        List<Line> in = new ArrayList<>();
        in.add(line(1, "一、主要做法"));
        for (int k = 0; k < wide.length(); k += 28) {
            in.add(line(in.size() + 1, wide.substring(k, Math.min(wide.length(), k + 28))));
        }
        // the next page is a column of 13 characters, more lines than the page before
        for (String n : new String[] {narrow, narrow.replace("18", "21"), narrow.replace("18", "35")}) {
            for (int k = 0; k < n.length(); k += 13) {
                Line l = line(in.size() + 1, n.substring(k, Math.min(n.length(), k + 13)));
                in.add(in.size() == 1 + (wide.length() + 27) / 28 ? pageStart(l.number(), l.text()) : l);
            }
        }
        assertThat(Reflow.wrapWidth(in)).as("the two widths disagree").isZero();
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly("一、主要做法", wide,
                narrow, narrow.replace("18", "21"), narrow.replace("18", "35"));
    }

    @Test
    void textWrappedAtACountOfCharactersIsJoinedThoughItsDigitsMakeSomeLinesNarrower() {
        // wrapped every 30 characters, Han and digits alike: the lines with digits are narrower on screen
        String text = "过去的一年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，经济社会发展取得新成效。全年地区生产总值增长6.8%，"
                + "一般公共预算收入增长3.5%，城乡居民人均可支配收入分别增长5.2%和7.1%，主要指标增速位居全市前列，为完成全年目标任务奠定了坚实基础，"
                + "各项社会事业全面进步。";
        List<Line> in = new ArrayList<>();
        in.add(line(1, "一、工作回顾"));
        for (int k = 0; k < text.length(); k += 30) {
            in.add(line(in.size() + 1, text.substring(k, Math.min(text.length(), k + 30))));
        }
        in.add(line(in.size() + 1, "二、下步打算"));
        assertThat(Reflow.wrapWidth(in)).isZero();
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .containsExactly("一、工作回顾", text, "二、下步打算");
    }

    @Test
    void textWrappedAtACountOfCharactersIsJoinedEvenWhereItsLinesWithoutDigitsShowACommonWidth() {
        String text = "坚持把保障和改善民生作为工作的出发点和落脚点，持续加大民生投入，扎实办好群众急难愁盼的实事，不断增强人民群众的获得感幸福感安全感。"
                + "全年城镇新增就业5200人，城乡居民人均可支配收入分别增长5.2%和7.1%，新建改建农村公路186公里，"
                + "完成老旧小区改造42个，惠及居民1.2万户，各项社会事业全面进步，社会大局和谐稳定，为完成全年目标任务奠定了坚实基础。";
        List<Line> in = new ArrayList<>();
        in.add(line(1, "二、2024年工作安排"));
        for (int k = 0; k < text.length(); k += 28) {
            in.add(line(in.size() + 1, text.substring(k, Math.min(text.length(), k + 28))));
        }
        in.add(line(in.size() + 1, "三、保障措施"));
        assertThat(Reflow.wrapWidth(in)).isPositive();
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .containsExactly("二、2024年工作安排", text, "三、保障措施");
    }

    @Test
    void anIndentedFirstLineCountsItsIndentWhenPunctuationHangsPastTheMarginOfTheOthers() {
        // wrapped at 28 characters, the indent of two included; most lines end at a clause whose ，
        // hangs past the margin (29), as Word lets it
        String clause = "围绕企业反映集中的用地难融资难招工难问题精准施策靶向发力持续用劲";
        List<Line> in = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            in.add(new Line(in.size() + 1, clause.substring(0, 26), null, false, false, 0, true));
            for (int k = 0; k < 2; k++) {
                in.add(line(in.size() + 1, clause.substring(0, 28) + "，"));
                // two digits are as wide as one Chinese character: 30 characters fill the same width
                in.add(line(in.size() + 1, clause.substring(0, 27) + "12，"));
            }
            in.add(line(in.size() + 1, "做到有求必应、无事不扰。"));
        }
        List<String> out = Reflow.apply(in, Set.of(), new ArrayList<>()).stream().map(Line::text).toList();
        assertThat(out).hasSize(2).allSatisfy(t -> assertThat(t).startsWith("围绕").endsWith("无事不扰。").hasSize(26 + 2 * 29 + 2 * 30 + 12));
    }

    @Test
    void aTitleATableCellAndANumberedLineAreNotTakenForABrokenSentence() {
        List<Line> in = List.of(afterBlank(1, "2024年主要经济指标"), line(2, "12家企业入选省级专精特新名单。"),
                afterBlank(3, "地区生产总值"), line(4, "6.8%"), line(5, "各项工作取得新进展，"), line(6, "1.加强组织领导。"),
                line(7, "全县共有规上工业企业"), afterBlank(8, "45家，同比增加6家。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly(
                "2024年主要经济指标", "12家企业入选省级专精特新名单。", "地区生产总值", "6.8%", "各项工作取得新进展，",
                "1.加强组织领导。", "全县共有规上工业企业", "45家，同比增加6家。");
    }

    @Test
    void listsTitlesAndTableRowsAreNotTakenForBrokenSentences() {
        List<Line> in = List.of(line(1, "送上一副对联："), line(2, "上联：乘风破浪开新局，"), line(3, "下联：踔厉奋发谱新篇，"), line(4, "横批：临江更美。"),
                line(5, "成员：刘某 县应急管理局局长，"), line(6, "赵某 县水利局局长，"), line(7, "孙某 县气象局局长。"),
                line(8, "全年完成各项任务。"), line(9, "青石镇2023年工作总结"), line(10, "12个重点项目全部开工。"),
                line(11, "规模以上工业增加值"), line(12, "6.8%的增速高于全省平均水平。"), line(13, "企业326家"), line(14, "218.5亿元"),
                line(15, "序号　项目名称　责任单位　完成时限"), line(16, "1　政务云扩容　县大数据中心　2024年"),
                line(17, "2　一网统管平台　县政府办　2024年"), line(18, "3　智慧教育平台　县教育局　2025年"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .containsExactlyElementsOf(in.stream().map(Line::text).toList());
    }

    @Test
    void aFullLineEndingInAFullStopDoesNotRunOnIntoWhatStartsABlock() {
        List<Line> in = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            in.add(new Line(in.size() + 1, "各乡镇要立即组织力量开展隐患排查，确保不漏一处。", null, false, false, 0, true, false));
            in.add(new Line(in.size() + 1, "对排查出的问题要建立台账，逐项整改，限期销号，做到", null, false, false, 0, false, true));
            in.add(new Line(in.size() + 1, "闭环管理。", null, false, false, 0, false, false));
        }
        in.add(new Line(in.size() + 1, "请各单位于6月1日前报送排查情况，确保信息报送准确。", null, false, false, 0, true, true));
        in.add(new Line(in.size() + 1, "特此通知", null, false, false, 0, false, false));
        in.add(new Line(in.size() + 1, "附件：防汛值班表", null, false, false, 0, false, false));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .endsWith("请各单位于6月1日前报送排查情况，确保信息报送准确。", "特此通知", "附件：防汛值班表");
    }

    @Test
    void aPageNumberStuckAfterAFullStopOrToAHeadingBeforeAPageBreakIsDropped() {
        List<Line> in = List.of(line(1, "一、清醒认识形势"), line(2, "一些企业负责人法治意识淡薄，甚至存在违法违规组织生产的情况。1"),
                pageStart(4, "二、突出重点2"), pageStart(5, "要持续深化专项整治，全年开展检查12次。"), line(6, "三、压实责任"));
        List<RemovedText> removed = new ArrayList<>();
        assertThat(Reflow.apply(in, Set.of(), removed)).extracting(Line::text).containsExactly("一、清醒认识形势",
                "一些企业负责人法治意识淡薄，甚至存在违法违规组织生产的情况。", "二、突出重点", "要持续深化专项整治，全年开展检查12次。",
                "三、压实责任");
        assertThat(removed).extracting(RemovedText::ruleId, RemovedText::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Reflow.GLUED_PAGE_NUMBER_ID, "1"),
                        org.assertj.core.groups.Tuple.tuple(Reflow.GLUED_PAGE_NUMBER_ID, "2"));
        // turned off, the number stays
        assertThat(Reflow.apply(in, Set.of(Reflow.GLUED_PAGE_NUMBER_ID), new ArrayList<>())).extracting(Line::text)
                .contains("一些企业负责人法治意识淡薄，甚至存在违法违规组织生产的情况。1");
    }

    @Test
    void aHeadingThatFillsTheWidthAndEndsOnTheNextLineIsJoined() {
        List<Line> out = Reflow.apply(wrapped("一、充分肯定成绩，进一步增强做好生态环境保护工作的决", "心"),
                Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).contains("一、充分肯定成绩，进一步增强做好生态环境保护工作的决心");
    }

    @Test
    void aTableOfContentsKeepsItsHeadingAndEachFinishedEntryOnItsOwnLine() {
        List<Line> in = new ArrayList<>(wrapped());
        in.add(line(20, "2024年7月"));
        in.add(pageStart(21, "目  录"));
        in.add(line(22, "强基固本抓党建 五星引领促振兴……………………红石镇党委 1"));
        in.add(line(23, "聚焦产业兴旺星创建 推动村集体经济提质增效……………………"));
        in.add(line(24, "……………………………………………平安乡党委 3"));
        in.add(line(25, "以平安法治星创建为抓手 打造基层治理新样板……………白沙街道党工委 5"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).contains("2024年7月", "目  录",
                "强基固本抓党建 五星引领促振兴……………………红石镇党委 1",
                "聚焦产业兴旺星创建 推动村集体经济提质增效…………………………………………………………………平安乡党委 3",
                "以平安法治星创建为抓手 打造基层治理新样板……………白沙街道党工委 5");
    }

    @Test
    void anInlineHeadingWhoseBodyWrapsIsJoinedWithTheRestOfTheBody() {
        List<Line> out = Reflow.apply(wrapped("（一）持续深入打好蓝天保卫战。要以细颗粒物和臭氧协同控", "制为主线，加快钢铁等重点行业超低排放改造。"),
                Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text)
                .contains("（一）持续深入打好蓝天保卫战。要以细颗粒物和臭氧协同控制为主线，加快钢铁等重点行业超低排放改造。");
    }

    @Test
    void aSentenceHeadingWrappedBeforeItsFullStopIsJoinedWithItsTail() {
        List<Line> out = Reflow.apply(wrapped("（一）健全制度体系，推动资产管理走上规范化、制度化、程",
                "序化轨道。县里先后出台管理办法等制度文件8个，明确了", "资产登记的具体要求。"), Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).contains(
                "（一）健全制度体系，推动资产管理走上规范化、制度化、程序化轨道。县里先后出台管理办法等制度文件8个，明确了资产登记的具体要求。");
    }

    @Test
    void aSentenceHeadingEndingAtTheWidthStaysApartFromABodyWhoseFirstSentenceHasAClause() {
        List<Line> out = Reflow.apply(wrapped("（一）充分肯定成绩，进一步增强做好生态环境保护的信心",
                "过去五年，成效明显。全市上下坚决扛起生态文明建设政治", "责任，生态环境质量持续改善。"), Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).contains("（一）充分肯定成绩，进一步增强做好生态环境保护的信心",
                "过去五年，成效明显。全市上下坚决扛起生态文明建设政治责任，生态环境质量持续改善。");
    }

    @Test
    void aHeadingThatEndsAtTheWidthIsNotJoinedWithTheFullLineAfterIt() {
        List<Line> in = wrapped("一、充分肯定成绩，进一步增强做好生态环境保护工作信心");
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .contains("一、充分肯定成绩，进一步增强做好生态环境保护工作信心", "过去五年，全市上下坚决扛起生态文明建设政治责任，打好蓝天、碧水、净土保卫战，生态环境质量持续改善。");
    }

    @Test
    void aLineFillingTheWidthIsJoinedAcrossAPageBreakWithBlankLinesAroundIt() {
        List<Line> in = new ArrayList<>(wrapped());
        in.add(line(20, "各单位要落实好各项惠企政策，深入开展“千名干部进千"));
        in.add(new Line(21, "企”活动，帮助企业解决融资、用工等实际困难。", null, true, false, 2, false));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .contains("各单位要落实好各项惠企政策，深入开展“千名干部进千企”活动，帮助企业解决融资、用工等实际困难。");
        // a short line before the break ends its paragraph
        List<Line> shortBefore = new ArrayList<>(wrapped());
        shortBefore.add(line(20, "XX县委组织部"));
        shortBefore.add(new Line(21, "关于某项工作的通知", null, true, false, 2, false));
        assertThat(Reflow.apply(shortBefore, Set.of(), new ArrayList<>())).extracting(Line::text)
                .contains("XX县委组织部", "关于某项工作的通知");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            但如何分类不是3     | 7
            但如何分类不是123   | 7
            但如何分类不是1234  | -1
            增长了，12          | 4
            共有2024           | -1
            3                  | -1
            不是               | -1
            地方政府专第2页      | 5
            地方政府专第12页     | 5
            详见第2页           | 2
            共3第2页            | -1
            第2页               | -1
            专第页              | -1
            成功举办“2          | 5
            学习《3             | 3
            完成率100%2         | -1
            """)
    void aPageNumberStuckToALineStartsAfterAHanCharacterOrAMark(String line, int start) {
        assertThat(Reflow.trailingPageStart(line.strip())).isEqualTo(start);
    }

    @Test
    void aContentsEntryEndingInItsLeaderDotsStandsAlone() {
        // a PDF's contents whose entries run to the margin, each entry's page number on the line after
        // it (removed as a page number, it marks the next line as a page's first), over indented
        // paragraphs: where a line that runs to the margin goes on in an unindented one
        List<Line> in = List.of(new Line(1, "目　录", null, false, false, 0, false, false),
                new Line(2, "关于全县农村集体经济发展情况的调研报告……………………………………………", null, false, false, 0, false, true),
                new Line(4, "关于提升县城公共服务能力的调研报告…………………………………………………", null, true, false, 0, false, true),
                new Line(6, "关于加强新就业形态劳动者权益保障的调研报告………………………………………", null, true, false, 0, false, true),
                new Line(8, "关于全县农村集体经济发展情况的调研报告", null, true, false, 0, true, false),
                new Line(9, "为全面掌握全县农村集体经济发展现状，今年6月至7月，县委政研室组成调研组，深入", null, false, false, 0, true, true),
                new Line(10, "乡镇开展专题调研。", null, false, false, 0, false, false),
                new Line(11, "全县共有行政村186个。2023年，村级集体经济总收入1.8亿元，同比增长12%，其中", null, false, false, 0, true, true),
                new Line(12, "收入50万元以上的村12个。", null, false, false, 0, false, false));
        List<RemovedText> removed = new ArrayList<>(List.of(new RemovedText("page.number", 3, "1"), new RemovedText("page.number", 5, "4")));
        assertThat(Reflow.apply(in, Set.of(), removed)).extracting(Line::text).startsWith("目　录",
                "关于全县农村集体经济发展情况的调研报告……………………………………………", "关于提升县城公共服务能力的调研报告…………………………………………………",
                "关于加强新就业形态劳动者权益保障的调研报告………………………………………", "关于全县农村集体经济发展情况的调研报告",
                "为全面掌握全县农村集体经济发展现状，今年6月至7月，县委政研室组成调研组，深入乡镇开展专题调研。");
    }

    @Test
    void aPageNumberWrittenWithItsWordsStuckToABrokenLineIsDroppedAtThePageBreak() {
        List<RemovedText> removed = new ArrayList<>();
        List<Line> out = Reflow.apply(List.of(line(1, "标题"), line(2, "要用好超长期特别国债、地方政府专第2页"),
                pageStart(3, "项债券等政策工具，积极争取上级资金支持。")), Set.of(), removed);
        assertThat(out).extracting(Line::text).containsExactly("标题", "要用好超长期特别国债、地方政府专项债券等政策工具，积极争取上级资金支持。");
        assertThat(removed).containsExactly(new RemovedText(Reflow.GLUED_PAGE_NUMBER_ID, 2, "第2页"));
    }

    @Test
    void aPageBreakHintJoinsABrokenSentenceAndDropsThePageNumberStuckToIt() {
        List<RemovedText> removed = new ArrayList<>();
        List<Line> out = Reflow.apply(List.of(line(1, "标题"), line(2, "这个问题很重要，但如何分类不是3"),
                pageStart(3, "凭自己主观地想当然，而是要从实际出发。")), Set.of(), removed);
        assertThat(out).extracting(Line::text).containsExactly("标题", "这个问题很重要，但如何分类不是凭自己主观地想当然，而是要从实际出发。");
        assertThat(removed).containsExactly(new RemovedText(Reflow.GLUED_PAGE_NUMBER_ID, 2, "3"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全市城镇调查失业率要控制在5             | .5%以内，各级党组织要当先锋。       | 全市城镇调查失业率要控制在5.5%以内，各级党组织要当先锋。
            针对停车难问题，新建公共停车场1          | 1个，新增停车泊位3800个。           | 针对停车难问题，新建公共停车场11个，新增停车泊位3800个。
            年度计划投资6                            | 8亿元，新增城镇就业六万人以上。     | 年度计划投资68亿元，新增城镇就业六万人以上。
            全年累计接待游客1                        | 万人次，旅游收入增长12%。           | 全年累计接待游客1万人次，旅游收入增长12%。
            全年新增市场主体40                       | 多个，其中企业12家。                | 全年新增市场主体40多个，其中企业12家。
            每名班子成员每季度撰写1                  | 篇理论文章，形成调研报告。          | 每名班子成员每季度撰写1篇理论文章，形成调研报告。
            全年开展专项检查2                        | 次，整改问题隐患135处。             | 全年开展专项检查2次，整改问题隐患135处。
            新培育家庭农场3                          | 家，流转土地1200亩。                | 新培育家庭农场3家，流转土地1200亩。
            """)
    void aDigitAtAPageBreakIsKeptWhenTheNextPageGoesOnWithTheNumber(String before, String after, String joined) {
        List<Line> out = Reflow.apply(List.of(line(1, "标题"), line(2, before.strip()), pageStart(3, after.strip())),
                Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("标题", joined.strip());
    }

    @Test
    void aParagraphOfUnwrappedTextThatStopsAtACommaGoesOnAfterThePageBreakAndItsBlankLines() {
        // one paragraph a line; the page number between the blank lines was removed by cleaning
        String first = "严格落实首问负责、限时办结等制度，杜绝推诿扯皮现象。邀请行业专家开展专题培训34场次，";
        String second = "培训基层干部2938人次，干部队伍的专业化能力进一步提升。";
        List<Line> in = List.of(line(1, "二、做实片区联调"), line(2, first), new Line(3, second, null, true, false, 2, false),
                line(4, "三、兜牢乡级终调"), line(5, "对调解不成的纠纷，由乡综治中心组织联合会商。"),
                new Line(6, "全年化解疑难纠纷37件。", null, true, false, 2, false));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text)
                .containsExactly("二、做实片区联调", first + second, "三、兜牢乡级终调", "对调解不成的纠纷，由乡综治中心组织联合会商。",
                        "全年化解疑难纠纷37件。");
    }

    @Test
    void aPageNumberBeforeAWordStartingWith多IsStillDropped() {
        List<RemovedText> removed = new ArrayList<>();
        List<Line> out = Reflow.apply(List.of(line(1, "标题"), line(2, "大力实施质量强区战略，推动更4"), pageStart(3, "多企业争创名牌。")),
                Set.of(), removed);
        assertThat(out).extracting(Line::text).containsExactly("标题", "大力实施质量强区战略，推动更多企业争创名牌。");
        assertThat(removed).extracting(RemovedText::text).containsExactly("4");
    }

    @Test
    void aPageNumberBeforeWhatItCouldCountIsDroppedBetweenThePagesStandingAlone() {
        // 2 and 4 stood on lines of their own (cleaning removed them): the 3 glued before 例 is page 3
        List<Line> in = new ArrayList<>(wrapped("有的同志认为逢年过节收点土特产是人之常情，这种想法是十", "分危险的，务必引起大家的高度重视和警惕。大量事实和案3"));
        in.add(6, pageStart(7, "例表明，许多干部的堕落都是从收受小额礼品开始的，温水煮青蛙，最终滑"));
        List<RemovedText> removed = new ArrayList<>(List.of(new RemovedText("page.number", 2, "2"),
                new RemovedText("page.number", in.size() + 3, "4")));
        String all = String.join("", Reflow.apply(in, Set.of(), removed).stream().map(Line::text).toList());
        assertThat(all).contains("大量事实和案例表明");

        // one page number alone nearby says nothing of this one: 3 stays before 例 (案3例)
        List<RemovedText> one = new ArrayList<>(List.of(new RemovedText("page.number", in.size() + 3, "9")));
        assertThat(String.join("", Reflow.apply(in, Set.of(), one).stream().map(Line::text).toList())).contains("大量事实和案3例表明");
    }

    @Test
    void aListTheSentenceRunsThroughGoesOnWhenItsNextItemStartsALine() {
        List<Line> in = wrapped("以严明纪律惩治腐败。中央八项规定的主要内容是：一、要",
                "改进调查研究，到基层调研要深入群众了解真实情况；", "二、要精简会议活动，切实改进会风；三、要精简文件",
                "简报，切实改进文风；四、要规范出访活动；五、要改进警", "卫工作。十多年来，八项规定成为改变中国的金色名片。");
        List<String> out = Reflow.apply(in, Set.of(), new ArrayList<>()).stream().map(Line::text).toList();
        assertThat(out).anyMatch(t -> t.contains("真实情况；二、要精简会议活动，切实改进会风；三、要精简文件简报，切实改进文风；"));

        // without the item before it inside the paragraph, a numbered line after a clause's end stands alone
        List<Line> alone = wrapped("会议研究了下一阶段的工作安排，明确了各项任务的责任单",
                "位和完成时限，并就有关事项作出部署，要求抓好落实；", "二、要精简会议活动，切实改进会风，提高工作效率");
        assertThat(Reflow.apply(alone, Set.of(), new ArrayList<>())).extracting(Line::text)
                .contains("二、要精简会议活动，切实改进会风，提高工作效率");
    }

    @Test
    void aPageNumberBeforeADigitIsDroppedWhenThePagesOnBothSidesAgree() {
        List<Line> in = wrapped("组织开展校园食品安全、农村集体聚餐等专项整治行动，在1", "二、三季度集中查处食品违法案件57件，罚没款63.2万元，",
                "对全区重点工业企业开展质量帮扶，帮助企业解决技术难题2", "93个。推行企业开办一窗通办，开办时间压缩至半日以内，有",
                "效守住了底线。大力实施质量强区战略，持续发力，推动更3", "多企业争创名牌，全面提升依法履职能力和水平。");
        List<RemovedText> removed = new ArrayList<>();
        String all = String.join("", Reflow.apply(in, Set.of(), removed).stream().map(Line::text).toList());
        assertThat(all).contains("在二、三季度", "技术难题93个", "推动更多企业");
        assertThat(removed).extracting(RemovedText::text).containsExactly("1", "2", "3");
    }

    @Test
    void turningTheGluedPageNumberRuleOffKeepsTheDigits() {
        List<Line> out = Reflow.apply(List.of(line(1, "这个问题很重要，但如何分类不是3"), pageStart(2, "凭自己主观地想当然。")),
                Set.of(Reflow.GLUED_PAGE_NUMBER_ID), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("这个问题很重要，但如何分类不是3凭自己主观地想当然。");
    }

    @Test
    void aShortLabelBeforeAPageBreakIsNotJoinedToTheNextPage() {
        List<Line> out = Reflow.apply(List.of(line(1, "先进事迹材料汇编"), line(2, "中共某某县委组织部"), pageStart(3, "扎根基层显担当")),
                Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("先进事迹材料汇编", "中共某某县委组织部", "扎根基层显担当");
    }

    @Test
    void aSentenceEndBeforeAPageBreakIsAParagraphEnd() {
        List<Line> out = Reflow.apply(List.of(line(1, "第一页的段落到此结束。"), pageStart(2, "第二页另起一段。")), Set.of(), new ArrayList<>());
        assertThat(out).hasSize(2);
    }

    @Test
    void linesOfVaryingLengthAreNotHardWrappedAndStayApart() {
        List<Line> in = List.of(line(1, "聚焦主责主业"), line(2, "近年来，我们坚持把党建工作与业务工作同谋划、同部署、同考核，推动两者深度融合"),
                line(3, "XXX县委组织部"), line(4, "立足实际，创新方法，打造特色品牌，取得了明显成效，得到了上级的充分肯定"),
                line(5, "一是加强领导"), line(6, "二是完善机制，推动工作规范化、制度化运行"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).isEqualTo(in);
    }

    @Test
    void formatParagraphsAreNeverJoined() {
        List<Line> in = List.of(new Line(1, "这一段在格式里已经结束但没有句号", null, true, true, 0, false),
                new Line(2, "下一段。", null, true, true, 0, false));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).isEqualTo(in);
    }

    @Test
    void aHeadingContinuedOnAShortLineWithAConnectiveIsJoined() {
        List<Line> out = Reflow.apply(List.of(line(1, "一、总体要求"), line(2, "和主要目标"), line(3, "到2025年基本建立。")),
                Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("一、总体要求和主要目标", "到2025年基本建立。");
    }

    @Test
    void aHeadingStoppingOnAWordThatNeedsWhatFollowsIsJoinedWithItsNextLine() {
        List<Line> out = Reflow.apply(List.of(line(1, "二、坚持问题导向，着力破解制约高质量发展的"), line(2, "突出矛盾和深层次问题"),
                line(3, "（一）着力扩大有效投资。")), Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("二、坚持问题导向，着力破解制约高质量发展的突出矛盾和深层次问题",
                "（一）着力扩大有效投资。");
        // a heading that ends on a whole word keeps its next line apart (作为, 应对 end headings)
        List<Line> kept = Reflow.apply(List.of(line(1, "二、展现新担当新作为"), line(2, "全年新增市场主体"),
                line(3, "（一）着力扩大有效投资。")), Set.of(), new ArrayList<>());
        assertThat(kept).extracting(Line::text).containsExactly("二、展现新担当新作为", "全年新增市场主体", "（一）着力扩大有效投资。");
    }

    @Test
    void aHeadingWhoseLastWordsGoOverAPageBreakIsJoinedWithThem() {
        List<Line> out = Reflow.apply(List.of(line(1, "二、深化重大事故隐患"), new Line(2, "专项排查整治", null, true, false, 2, false),
                line(3, "聚焦危险化学品、建筑施工、燃气等重点行业领域，组织开展拉网式排查。")), Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("二、深化重大事故隐患专项排查整治",
                "聚焦危险化学品、建筑施工、燃气等重点行业领域，组织开展拉网式排查。");
    }

    @Test
    void aHeadingBrokenAfterItsNumberItsCommaOrOverTwoShortLinesIsJoined() {
        String body = "在全镇16个村全面推行“村民说事”制度，每月固定一天为说事日。";
        assertThat(Reflow.apply(List.of(line(1, "一、"), line(2, "坚持问题导向，清醒认识农田水利建设面临的新形势"), line(3, body)),
                Set.of(), new ArrayList<>())).extracting(Line::text)
                .containsExactly("一、坚持问题导向，清醒认识农田水利建设面临的新形势", body);
        assertThat(Reflow.apply(List.of(line(1, "一、坚持自治为基，"), line(2, "让群众的事"), line(3, "群众商量着办"), line(4, body)),
                Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly("一、坚持自治为基，让群众的事群众商量着办", body);
        // over a page break
        assertThat(Reflow.apply(List.of(line(1, "二、坚持法治为本，"), new Line(2, "让矛盾纠纷", null, true, false, 1, false),
                line(3, "化解在基层"), line(4, body)), Set.of(), new ArrayList<>())).extracting(Line::text)
                .containsExactly("二、坚持法治为本，让矛盾纠纷化解在基层", body);
        assertThat(Reflow.apply(List.of(line(1, "三、锤炼过硬作风"), line(2, "以实干实绩"), line(3, "检验工作成效"), line(4, body)),
                Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly("三、锤炼过硬作风以实干实绩检验工作成效", body);
        // one short line under a heading may be its text's first words; empty contents entries stay apart
        assertThat(Reflow.apply(List.of(line(1, "三、锤炼过硬作风"), line(2, "以实干实绩"), line(3, body)), Set.of(), new ArrayList<>()))
                .extracting(Line::text).first().isEqualTo("三、锤炼过硬作风");
        assertThat(Reflow.apply(List.of(line(1, "目录"), line(2, "1."), line(3, "2."), line(4, "3.")), Set.of(), new ArrayList<>()))
                .extracting(Line::text).containsExactly("目录", "1.", "2.", "3.");
    }

    @Test
    void aTitleOverWordLinesStopsAtTheUnitUnderIt() {
        assertThat(Reflow.apply(List.of(line(1, "坚持"), line(2, "从严从实"), line(3, "锻造过硬"), line(4, "交通铁军"),
                line(5, "市交通运输局"), afterBlank(6, "今年以来，我局坚持全面从严治党，取得新成效。")), Set.of(), new ArrayList<>()))
                .extracting(Line::text).containsExactly("坚持从严从实锻造过硬交通铁军", "市交通运输局", "今年以来，我局坚持全面从严治党，取得新成效。");
    }

    @Test
    void aListsFirstItemAfterItsColonAndAPageBreakStartsAParagraph() {
        // paragraphs indented, the items not: elsewhere an unindented item goes on the paragraph above it
        List<Line> in = new ArrayList<>(List.of(line(1, "标题")));
        for (int k = 0; k < 4; k++) {
            in.add(new Line(in.size() + 1, "市政务服务中心坚持刀刃向内、自我革命，围绕群众办事的堵点难点持续深化改革。", null, false, false, 1, true));
        }
        in.add(new Line(in.size() + 1, "今年以来，中心窗口共受理各类事项58.3万件，群众满意率99.7%。主要做法有三点：", null, false, false, 1, true));
        in.add(new Line(in.size() + 1, "①推进集成服务。将高频事项纳入“一件事一次办”。", null, true, false, 2, false));
        in.add(afterBlank(in.size() + 1, "②推行帮办代办。为特殊群体提供全程帮办服务。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).endsWith(
                "今年以来，中心窗口共受理各类事项58.3万件，群众满意率99.7%。主要做法有三点：", "①推进集成服务。将高频事项纳入“一件事一次办”。",
                "②推行帮办代办。为特殊群体提供全程帮办服务。");
    }

    @Test
    void theLastPagesNumberStuckAfterTheLastFullStopGoesWhenTheNumbersBeforeItWent() {
        List<RemovedText> removed = new ArrayList<>();
        List<Line> out = Reflow.apply(List.of(line(1, "标题"), line(2, "这个问题很重要，但如何分类不是3"),
                pageStart(3, "凭自己主观地想当然，而是要从实际出发，为全市高质量发展营造安全稳定的环境！4")), Set.of(), removed);
        assertThat(out).extracting(Line::text).containsExactly("标题", "这个问题很重要，但如何分类不是凭自己主观地想当然，而是要从实际出发，为全市高质量发展营造安全稳定的环境！");
        assertThat(removed).extracting(RemovedText::text).containsExactly("3", "4");
        // with no page numbers before it, a number after the last full stop is the text's
        assertThat(Reflow.apply(List.of(line(1, "标题"), line(2, "全年共办结群众诉求事项。5")), Set.of(), new ArrayList<>()))
                .extracting(Line::text).containsExactly("标题", "全年共办结群众诉求事项。5");
    }

    @Test
    void aHeadingOverAListOfShortLinesOrAUnitOrAPointIsNotJoinedWithIt() {
        List<Line> list = List.of(line(1, "二、参加人员"), new Line(2, "县委办", null, true, false, 1, false), line(3, "县政府办"),
                line(4, "县发展改革局"));
        assertThat(Reflow.apply(list, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly("二、参加人员", "县委办",
                "县政府办", "县发展改革局");
        List<Line> cells = List.of(line(1, "（一）主要指标"), new Line(2, "地区生产总值", null, true, false, 1, false),
                line(3, "增长6.5%"), line(4, "固定资产投资"));
        assertThat(Reflow.apply(cells, Set.of(), new ArrayList<>())).extracting(Line::text).first().isEqualTo("（一）主要指标");
        List<Line> unit = List.of(line(1, "一、经验做法"), new Line(2, "青禾县委组织部", null, true, false, 1, false),
                line(3, "近年来，我们坚持把抓基层打基础作为长远之计。"));
        assertThat(Reflow.apply(unit, Set.of(), new ArrayList<>())).extracting(Line::text).first().isEqualTo("一、经验做法");
    }

    @Test
    void aLineLeftShortByAWordThatWentDownWithItsFullStopIsJoined() {
        List<Line> in = new ArrayList<>(wrapped());
        // 4 characters short of the width of 26: 核 went down with the 。 that may not start a line
        in.add(2, line(0, "将营商环境优化与乡村振兴等工作统筹推进，同考"));
        in.add(3, line(0, "核。下一步，我们将继续在营商环境优化上下功夫，"));
        List<String> out = Reflow.apply(in, Set.of(), new ArrayList<>()).stream().map(Line::text).toList();
        assertThat(out).anySatisfy(t -> assertThat(t).contains("同考核。下一步"));
    }

    @Test
    void anUnindentedItemAfterAFullLineGoesOnTheParagraphWhereParagraphsAreIndented() {
        String[] first = {"一是压实属地责任。各乡镇党委、政府主要负责同志是", "本辖区森林防火和安全生产的第一责任人，要亲自研究、亲",
                "自部署、亲自督促，分管负责同志要靠前指挥、一线协调。", "二是压实部门责任。各行业主管部门要切实履行监管职责。"};
        List<Line> in = new ArrayList<>();
        in.add(new Line(1, "三、压实责任，确保各项工作部署落地见效", null, false, false, 0, true));
        in.add(new Line(2, first[0], null, false, false, 0, true));
        for (int k = 1; k < first.length; k++) {
            in.add(line(in.size() + 1, first[k]));
        }
        in.add(new Line(in.size() + 1, "四、加强保障，为各项工作开展提供坚实支撑", null, false, false, 0, true));
        in.add(new Line(in.size() + 1, "各级各部门要加大投入，确保人员、经费、装备到位。", null, false, false, 0, true));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly(
                "三、压实责任，确保各项工作部署落地见效", String.join("", first), "四、加强保障，为各项工作开展提供坚实支撑",
                "各级各部门要加大投入，确保人员、经费、装备到位。");
    }

    @Test
    void theShortCentredTailOfATitleOrHeadingThatFilledThePdfsWidthIsJoined() {
        // a PDF measures margins: a centred line starts far right of the left edge (indented)
        List<Line> in = List.of(new Line(1, "青禾县农村人居环境整治提升五年行动实施方", null, true, false, 0, false, true),
                new Line(2, "案", null, false, false, 0, true, false),
                new Line(3, "一、深刻领会全会的重大意义，切实把思想和行动统一到全会精", null, false, false, 0, false, true),
                new Line(4, "神上来", null, false, false, 0, true, false),
                new Line(5, "全会对进一步全面深化改革作出了系统部署，我们要认真学习领会。", null, false, false, 0, true, true),
                new Line(6, "二、准确把握重点改革任务", null, false, false, 0, true, false),
                new Line(7, "要找准改革的切入点和突破口，推动各项改革任务落地见效。", null, false, false, 0, true, true),
                new Line(8, "谢谢大家！", null, false, false, 0, true, false));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).extracting(Line::text).containsExactly(
                "青禾县农村人居环境整治提升五年行动实施方案", "一、深刻领会全会的重大意义，切实把思想和行动统一到全会精神上来",
                "全会对进一步全面深化改革作出了系统部署，我们要认真学习领会。", "二、准确把握重点改革任务",
                "要找准改革的切入点和突破口，推动各项改革任务落地见效。", "谢谢大家！");
    }

    @Test
    void aHeadingBrokenInsideItsFromToPhraseIsJoined() {
        List<Line> out = Reflow.apply(List.of(line(1, "三、推动政务服务从“能办”"), line(2, "向“好办”“智办”转变"),
                line(3, "依托一体化平台，高频事项网上办比例达到92%。"), line(4, "四、从严从实"), line(5, "向群众报告工作情况。")),
                Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("三、推动政务服务从“能办”向“好办”“智办”转变",
                "依托一体化平台，高频事项网上办比例达到92%。", "四、从严从实", "向群众报告工作情况。");
    }

    @Test
    void aHeadingFollowedByABodyLineIsNotJoined() {
        List<Line> in = List.of(line(1, "一、总体要求"), line(2, "坚持稳中求进"), line(3, "到2025年基本建立。"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).isEqualTo(in);
    }

    @Test
    void aTitleScatteredOverOneWordLinesBecomesOneLine() {
        List<Line> out = Reflow.apply(List.of(line(1, "在"), line(2, "全县"), line(3, "工作"), line(4, "会议上的讲话"),
                new Line(5, "同志们：", null, false, false, 1, false)), Set.of(), new ArrayList<>());
        assertThat(out).extracting(Line::text).containsExactly("在全县工作会议上的讲话", "同志们：");
    }

    @Test
    void shortWordsInsideTheTextAreNotCollapsed() {
        List<Line> in = List.of(line(1, "参会人员名单如下："), line(2, "张某"), line(3, "李某"), line(4, "王某"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).isEqualTo(in);
    }

    @Test
    void namesListedAfterABlankLineUnderALineThatAnnouncesThemStayApart() {
        List<Line> in = List.of(line(1, "受表彰的优秀共产党员（6名）如下："), new Line(2, "王立新", null, false, false, 1, false),
                line(3, "陈晓梅"), line(4, "刘建国"), line(5, "赵雪"));
        assertThat(Reflow.apply(in, Set.of(), new ArrayList<>())).isEqualTo(in);
        List<Line> seated = List.of(line(1, "今天在主席台就座的县领导有"), new Line(2, "周立新", null, false, false, 1, false),
                line(3, "韩晓东"), line(4, "林海燕"), line(5, "陈建国"));
        assertThat(Reflow.apply(seated, Set.of(), new ArrayList<>())).isEqualTo(seated);
    }

    @Test
    void aPageNumberGluedToABrokenLineIsDroppedWhenThePageBeforeItWasNotGlued() {
        List<Line> in = new ArrayList<>(wrapped());
        in.add(line(20, "各单位要落实好各项惠企政策，深入开展“千名干部进千2"));
        in.add(line(21, "企”活动，帮助企业解决实际困难，全年解决问题三百多个。"));
        in.add(line(22, "二是全力推进食品安全“两个责任”落实，大力实施质量4"));
        in.add(line(23, "强区战略，推动更多企业争创名牌，全面提升监管效能。"));
        List<RemovedText> removed = new ArrayList<>();
        List<Line> out = Reflow.apply(in, Set.of(), removed);
        assertThat(out).extracting(Line::text).contains("二是全力推进食品安全“两个责任”落实，大力实施质量强区战略，推动更多企业争创名牌，全面提升监管效能。");
        assertThat(removed).extracting(RemovedText::text).containsExactly("2", "4");
    }
}
