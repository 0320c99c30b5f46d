package org.wenzhai.importing.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.importing.clean.Line;

class StructureBuilderTest {

    private static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            int blanks = 0;
            while (t.startsWith("\n")) {
                blanks++;
                t = t.substring(1);
            }
            out.add(new Line(i + 1, t, null, false, false, blanks, false));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （县市场监督管理局）           | 县市场监督管理局
            (江州市自然资源和规划局)       | 江州市自然资源和规划局
            （供稿：县司法局）             | 县司法局
            （县市场监督管理局产品质量安全监督管理股） | 县市场监督管理局产品质量安全监督管理股
            （县农业农村局农田建设管理股） | 县农业农村局农田建设管理股
            （村集体经济入股）             | ''
            东门社区党委委员　黄静          | 东门社区党委委员 黄静
            作者：东湖区委组织部2024-07-01 09:30 | 东湖区委组织部
            作者：2024年度课题组             | 2024年度课题组
            县人大常委会委员视察工作        | ''
            （试行）                       | ''
            （2024年3月5日）               | ''
            （此处隐藏部分内容）           | ''
            """)
    void aUnitInBracketsOnItsOwnLineIsTheAuthor(String line, String author) {
        assertThat(Metadata.authorLine(line.strip(), false)).isEqualTo(author.isEmpty() ? null : author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            基层减负，减的是什么？                 | true
            改革为了谁？改革依靠谁？               | true
            为什么要改？改什么？怎么改？           | true
            同志们！大家好！                       | false
            好！好！好！                           | false
            我们要抓落实。落实靠什么？             | false
            """)
    void aTitleMayAskOnceOrInSeveralQuestions(String line, boolean title) {
        assertThat(StructureBuilder.isDocumentTitle(line.strip())).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、织密网格服务网　打通治理“最后一米”（江口区）       | true
            二、用好积分“小杠杆”　撬动共治“大格局”（市民政局）     | true
            三、建设智慧警务　提升防控效能（县公安局）             | true
            一、在试点基础上全面推开（试点县）                     | false
            一、总体要求（2024年）                                 | false
            一、加强组织领导（试行）                               | false
            一、坚持问题导向，狠抓整改落实（县纪委）               | false
            （一）织密网格服务网（江口区）                         | false
            江口区织密网格服务网（江口区）                         | false
            """)
    void aNumberedTitleSignedInBracketsByAUnitOrPlace(String line, boolean signed) {
        assertThat(StructureBuilder.numberedWithUnit(line.strip())).isEqualTo(signed);
    }

    @org.junit.jupiter.api.Test
    void numberedTitlesSignedInBracketsSplitACompilationButNotAReport() {
        String[] body = {"\n一、织密网格服务网　打通治理“最后一米”（江口区）", "江口区把全区划分为312个基础网格。",
                "（一）网格定人定责。每个网格明确1名网格长。", "\n二、推动“街乡吹哨”　实现“部门报到”（临河镇）",
                "临河镇建立综合执法协调机制。", "（一）建强指挥中心。实行一口受理、统一派单。"};
        List<String> compilation = new ArrayList<>(List.of("全市基层治理推进会典型发言材料"));
        compilation.addAll(List.of(body));
        StructureBuilder.Result r = new StructureBuilder().build(lines(compilation.toArray(String[]::new)), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("织密网格服务网　打通治理“最后一米”", "江口区"),
                org.assertj.core.groups.Tuple.tuple("推动“街乡吹哨”　实现“部门报到”", "临河镇"));
        List<String> report = new ArrayList<>(List.of("全市基层治理工作情况报告"));
        report.addAll(List.of(body));
        StructureBuilder.Result one = new StructureBuilder().build(lines(report.toArray(String[]::new)), "f");
        assertThat(one.articles()).hasSize(1);
        assertThat(one.articles().get(0).blocks()).filteredOn(b -> b.level() != null && b.level() == 1).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            党建引领聚合力攻坚克难促征收XX市住房和城乡建设局D委     | 党建引领聚合力攻坚克难促征收      | XX市住房和城乡建设局D委
            以“四个转变”开启乡村振兴新篇章XXX市委组织部             | 以“四个转变”开启乡村振兴新篇章    | XXX市委组织部
            让机关党建与业务工作同频共振市直机关工委                 | 让机关党建与业务工作同频共振      | 市直机关工委
            激活发展新动能南宁市发展和改革委员会                     | 激活发展新动能                  | 南宁市发展和改革委员会
            网格连万家 服务零距离XX区城东街道                        | 网格连万家 服务零距离             | XX区城东街道
            以“导师帮带制”助推年轻干部成长市教育局党组               | 以“导师帮带制”助推年轻干部成长     | 市教育局党组
            党建引领聚合力攻坚克难促征收江州市住房和城乡建设局       | 党建引领聚合力攻坚克难促征收      | 江州市住房和城乡建设局
            以信用监管为支点撬动市场监管方式变革平阳县市场监督管理局 | 以信用监管为支点撬动市场监管方式变革 | 平阳县市场监督管理局
            建设全国一流的区域性市场东源区商务局                     | 建设全国一流的区域性市场          | 东源区商务局
            “专班+管家”服务模式让项目落地快人一步临港经济技术开发区管委会 | “专班+管家”服务模式让项目落地快人一步 | 临港经济技术开发区管委会
            做强做优县级融媒体中心庆丰县融媒体中心                   | 做强做优县级融媒体中心            | 庆丰县融媒体中心
            抓实村级组织建设柳塘乡党委                               | 抓实村级组织建设                  | 柳塘乡党委
            2024年全县宣传思想文化工作要点中共青禾县委宣传部          | 2024年全县宣传思想文化工作要点    | 中共青禾县委宣传部
            2024年全区机关党建工作要点平湖区直属机关工委              | 2024年全区机关党建工作要点        | 平湖区直属机关工委
            2024年全市机关党建工作要点市直机关工委                    | 2024年全市机关党建工作要点        | 市直机关工委
            多措并举促进高校毕业生返乡就业创业梅林县委组织部          | 多措并举促进高校毕业生返乡就业创业 | 梅林县委组织部
            送科技下乡助力特色产业提档升级南湖县科学技术局              | 送科技下乡助力特色产业提档升级     | 南湖县科学技术局
            推动城乡融合发展激活县域经济新动能东川县发展和改革局        | 推动城乡融合发展激活县域经济新动能 | 东川县发展和改革局
            “小物业”撬动“大民生”白石镇月湖社区居委会               | “小物业”撬动“大民生”             | 白石镇月湖社区居委会
            坚持“一企一策” 精准护航民营经济高质量发展市工商业联合会  | 坚持“一企一策” 精准护航民营经济高质量发展 | 市工商业联合会
            当好民营企业的“娘家人”市工商联                          | 当好民营企业的“娘家人”             | 市工商联
            搭建职工建功立业新平台市总工会                           | 搭建职工建功立业新平台             | 市总工会
            全力打造企业满意的服务高地市经济技术开发区管委会            | 全力打造企业满意的服务高地          | 市经济技术开发区管委会
            “拿地即开工”跑出项目建设加速度江州市经济技术开发区管委会    | “拿地即开工”跑出项目建设加速度       | 江州市经济技术开发区管委会
            “法律明白人”扎根乡村化解矛盾纠纷柳溪乡党委                | “法律明白人”扎根乡村化解矛盾纠纷     | 柳溪乡党委
            推动党建与生产经营同频共振市能源集团党委                  | 推动党建与生产经营同频共振          | 市能源集团党委
            “双向培养”锻造高素质国企人才队伍市城投集团党委            | “双向培养”锻造高素质国企人才队伍     | 市城投集团党委
            激发干事创业活力市人力资源和社会保障局                    | 激发干事创业活力                  | 市人力资源和社会保障局
            织密筑牢安全防线市应急管理局                              | 织密筑牢安全防线                  | 市应急管理局
            打造一流营商环境区行政审批局                              | 打造一流营商环境                  | 区行政审批局
            """)
    void aUnitGluedToTheEndOfATitleIsSplitOff(String line, String title, String unit) {
        assertThat(Metadata.splitGluedUnit(line)).containsExactly(title, unit);
    }

    @org.junit.jupiter.api.Test
    void numberedSentencesReportingFiguresOneAfterAnotherAreListItemsNotHeadings() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("青川镇2023年工作总结", "一、主要工作成效",
                "1.镇区污水处理厂提标改造项目，总投资2600万元，已建成投用。", "2.青川河生态治理二期项目，总投资4800万元，已完工。",
                "二、下一步打算", "1.加强组织领导，压实工作责任。", "各村要明确专人负责，按月报送进展。",
                "2.强化要素保障，全年安排资金300万元。", "镇财政优先保障重点项目。"), "f");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::type, ImportedBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "一、主要工作成效"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "1.镇区污水处理厂提标改造项目，总投资2600万元，已建成投用。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "2.青川河生态治理二期项目，总投资4800万元，已完工。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "二、下一步打算"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "1.加强组织领导，压实工作责任。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "各村要明确专人负责，按月报送进展。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "2.强化要素保障，全年安排资金300万元。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "镇财政优先保障重点项目。"));
    }

    @org.junit.jupiter.api.Test
    void numberedSentencesOfClausesOneAfterAnotherAreListItemsThoughTheyReportNoFigure() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("市财政局2024年工作要点", "一、坚持改革创新",
                "1.梳理近三年项目支出执行情况，对执行率低的项目压减预算安排。", "2.会同绩效管理科，制定分行业的绩效指标体系。",
                "3.加强绩效评价结果运用，真正做到“花钱必问效、无效必问责”。", "二、严守纪律规矩",
                "1.加强组织领导。", "各科室要明确专人负责。"), "f");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::type).containsExactly(BlockType.HEADING,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.HEADING,
                BlockType.PARAGRAPH);
    }

    @org.junit.jupiter.api.Test
    void aCompilationTitleBrokenBeforeItsGluedUnitIsOneTitleThoughItsSecondLineEndsLikeAUnit() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县招商引资工作经验交流材料",
                "\n坚持“一把手”招商、全链条服务以高质量项目", "支撑县域经济高质量发展庆丰县商务局", "今年以来，我局坚持招大引强，签约项目36个。",
                "一、高位推动抓招商", "县级领导带头外出招商20余次。", "\n深化“放管服”改革打造一流营商环境临溪县政务服务中心",
                "我们推行一窗受理，企业开办压缩至半天。", "一、优化审批流程", "全面推行容缺受理。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("坚持“一把手”招商、全链条服务以高质量项目支撑县域经济高质量发展", "庆丰县商务局"),
                org.assertj.core.groups.Tuple.tuple("深化“放管服”改革打造一流营商环境", "临溪县政务服务中心"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            县财政局预算股　刘某某        | 县财政局预算股 刘某某
            县公安局交警中队　陈立        | 县公安局交警中队 陈立
            """)
    void aCountyBureausSectionSignsIt(String line, String author) {
        assertThat(Metadata.authorLine(line, false)).isEqualTo(author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            记者 刘畅 通讯员 赵明        | 记者 刘畅 通讯员 赵明
            本报记者 王某、李某          | 本报记者 王某、李某
            记者从会上获悉              | -
            """)
    void aNewsReportsBylineSignsIt(String line, String author) {
        assertThat(Metadata.authorLine(line, false)).isEqualTo(author.equals("-") ? null : author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            王建国（市委副书记）     | true
            某某县委组织部（执笔）   | false
            张三（）                 | true
            """)
    void aBracketAfterAnAuthorStaysInTheAuthor(String line, boolean rightAfterTitle) {
        // the bracket is not what makes the line an author, but its text must not be lost
        assertThat(Metadata.authorLine(line, rightAfterTitle)).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            争做新时代忠诚干净担当的好干部
            打造乡村振兴示范区
            建设人民满意的服务型政府
            """)
    void aTitleEndingLikeAUnitIsNotCut(String line) {
        assertThat(Metadata.splitGluedUnit(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            在全市工作会议上的讲话(2023年3月12日根据录音整理)   | 在全市工作会议上的讲话 | 2023-03-12
            在全县大会上的讲话（2024年1月5日）                 | 在全县大会上的讲话     | 2024-01-05
            """)
    void aDatedParenthesisAfterTheTitleGivesTheDate(String line, String title, LocalDate date) {
        assertThat(Metadata.splitTrailingDate(line)).containsExactly(title, date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年3月12日                 | 2023-03-12
            （2023年3月12日）              | 2023-03-12
            2023-03-12                    | 2023-03-12
            2023.3.12                     | 2023-03-12
            （2023年3月12日在全县大会上）     | 2023-03-12
            二〇二三年十月十六日             | 2023-10-16
            （二〇二四年一月三十一日）         | 2024-01-31
            二○二二年十二月九日              | 2022-12-09
            （2023年3月12-13日）            | 2023-03-12
            2024年5月8日至9日                | 2024-05-08
            """)
    void aDateLineIsRecognised(String line, LocalDate date) {
        assertThat(Metadata.dateLine(line)).isEqualTo(date);
    }

    /** A source line gives the source without the brackets around the whole line or its label. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            来源：某某日报                 | 某某日报
            【来源：柳溪日报】              | 柳溪日报
            （来源：柳溪区融媒体中心）        | 柳溪区融媒体中心
            【来源】柳溪日报               | `NONE`
            【来源】：柳溪日报              | 柳溪日报
            来源 ｜ 柳溪发布               | 柳溪发布
            稿源：青禾县委宣传部            | 青禾县委宣传部
            本文来源：某某县政府网           | 某某县政府网
            文章来源于：柳溪发布            | 柳溪发布
            【来源：柳溪日报               | `NONE`
            来源于基层的经验做法值得推广。     | `NONE`
            """)
    void aSourceLineGivesTheSource(String line, String source) {
        assertThat(Metadata.sourceLine(line)).isEqualTo(source.equals("NONE") ? null : source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            二〇二三年二月三十日
            一九九九年十三月一日
            """)
    void aDateThatDoesNotExistIsNoDate(String line) {
        assertThat(Metadata.dateLine(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            XXX县委组织部         | XXX县委组织部
            市直机关工委           | 市直机关工委
            作者：张某某           | 张某某
            某某县委书记 王某某     | 某某县委书记 王某某
            某某街道              | 某某街道
            县委书记　郑国华        | 县委书记 郑国华
            北湖村党支部书记　王建国  | 北湖村党支部书记 王建国
            青山村党总支           | 青山村党总支
            城关镇红旗村村委会       | 城关镇红旗村村委会
            县第一中学             | 县第一中学
            县妇联                | 县妇联
            县总工会              | 县总工会
            XX县委组织部  林某某     | XX县委组织部 林某某
            XX县委组织部组织科　林某某 | XX县委组织部组织科 林某某
            市委政策研究室课题组      | 市委政策研究室课题组
            对照检查人：李某某         | 李某某
            整理人：临江县委办公室 赵某某　　整理时间：2024年3月20日 | 临江县委办公室 赵某某
            同志们：               | -
            一、总体要求            | -
            今年以来，我们做了大量工作。 | -
            """)
    void authorAndUnitLines(String line, String author) {
        assertThat(Metadata.authorLine(line, false)).isEqualTo(author.equals("-") ? null : author);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            以“三联三促”激活基层治理一池春水 | ——XX区XX街道党工委          | XX区XX街道党工委 | -
            以“三联三促”激活基层治理一池春水 | —— XX县委组织部             | XX县委组织部     | -
            以“三联三促”激活基层治理一池春水 | ——县委书记 张某某             | 县委书记 张某某   | -
            在全市组织工作会议上的讲话       | ——在全市组织工作会议上的讲话摘要 | -               | ——在全市组织工作会议上的讲话摘要
            坚持党建引领推动基层治理         | ——某某县的实践与思考           | -               | ——某某县的实践与思考
            推行积分制激活乡村治理“一池春水” | ——在全市乡村治理工作现场推进会上的交流发言 | -      | ——在全市乡村治理工作现场推进会上的交流发言
            """)
    void aDashLineUnderTheTitleIsTheAuthorWhenItNamesAUnitElseASubtitle(String title, String dashLine, String author,
                                                                         String subtitle) {
        StructureBuilder.Result r = new StructureBuilder().build(lines(title, dashLine, "近年来，我们坚持党建引领，取得了明显成效。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.author()).isEqualTo(author.equals("-") ? null : author);
        List<String> texts = a.blocks().stream().map(ImportedBlock::text).toList();
        if (subtitle.equals("-")) {
            assertThat(texts).containsExactly("近年来，我们坚持党建引领，取得了明显成效。");
        } else {
            assertThat(texts).containsExactly(subtitle, "近年来，我们坚持党建引领，取得了明显成效。");
        }
    }

    @Test
    void aCompilationsTitlesInBracketsStartArticlesAndLoseTheirBrackets() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("青年干部学习交流材料汇编",
                "\n【扎根基层　锤炼本领】", "——某某县委组织部　王某", "到基层去，是青年干部成长的必修课。",
                "\n【守住清廉底色走好人生之路】", "——某某县纪委监委　李某", "清廉是福，贪欲是祸。",
                "\n《在为民服务中实现人生价值》", "到社区工作已经五年了，群众的事再小也是大事。",
                "\n【基本情况】", "社区有居民三千户。", "（作者系某某社区党委书记）"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "扎根基层　锤炼本领", "守住清廉底色走好人生之路", "在为民服务中实现人生价值");
        assertThat(r.articles().get(2).author()).isEqualTo("某某社区党委书记");
        assertThat(r.articles().get(2).blocks()).extracting(ImportedBlock::text)
                .contains("到社区工作已经五年了，群众的事再小也是大事。", "【基本情况】", "社区有居民三千户。");
        assertThat(StructureBuilder.unbracketed("《条例》学习体会")).isEqualTo("《条例》学习体会");
        assertThat(StructureBuilder.unbracketed("《条例》与《准则》")).isEqualTo("《条例》与《准则》");
    }

    @Test
    void aTitleOverTwoOrThreeLinesOrWrittenTwiceStartsAnArticleWhenItsSignatureFollowsItsLastLine() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("中心组集体学习研讨发言摘编",
                "\n抓实党建引领基层治理", "县委书记　周某", "今天的研讨很有收获。", "一、提高认识", "基层治理是国家治理的基石。",
                "\n以数字赋能", "提升社会治理效能", "县长　孟某", "数字化是提升治理效能的关键。", "一、建好平台", "整合各类数据资源。",
                "\n在守正创新中", "推动宣传思想文化工作", "高质量发展", "——县委宣传部部长　许某", "宣传战线要主动融入大局。",
                "\n以“网格过硬”为牵引　夯实治理根基", "以“网格过硬”为牵引　夯实治理根基", "西山区委政法委", "网格是治理的最小单元。",
                "\n聚焦“产业兴旺”", "发展壮大集体经济", "推动共同富裕南河镇党委", "南河镇立足资源禀赋抓产业。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("抓实党建引领基层治理",
                "以数字赋能提升社会治理效能", "在守正创新中推动宣传思想文化工作高质量发展", "以“网格过硬”为牵引　夯实治理根基",
                "聚焦“产业兴旺”发展壮大集体经济推动共同富裕");
        assertThat(r.articles()).extracting(ImportedArticle::author).containsExactly("县委书记 周某", "县长 孟某",
                "县委宣传部部长 许某", "西山区委政法委", "南河镇党委");
        assertThat(r.articles().get(3).blocks()).extracting(ImportedBlock::text).containsExactly("网格是治理的最小单元。");
    }

    @Test
    void aTitleWithItsUnitGluedOnIsSplitNotTakenForAUnitAloneThatTitlesItself() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县安全生产工作会议表态发言汇编", "（3篇）",
                "\n压紧压实责任　守牢安全底线", "青石镇人民政府", "今年以来，全镇安全生产形势总体平稳。",
                "\n坚决扛起行业监管责任青禾县交通运输局", "交通运输安全事关人民群众生命财产安全。", "一、从严抓好“两客一危”监管。",
                "\n从严从实抓好森林防灭火工作", "县林业局", "森林防灭火责任重于泰山。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("压紧压实责任　守牢安全底线", "坚决扛起行业监管责任",
                "从严从实抓好森林防灭火工作");
        assertThat(r.articles()).extracting(ImportedArticle::author).containsExactly("青石镇人民政府", "青禾县交通运输局", "县林业局");
    }

    @Test
    void minutesIssuedUnderAnIssueNumberAreSignedAndDatedByTheLineUnderIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("县人民政府常务会议纪要", "〔2024〕第9期",
                "青禾县人民政府办公室　　　　　　　　2024年5月8日", "\n2024年5月6日上午，县长在县政府主持召开常务会议。", "会议研究了以下事项。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.author()).isEqualTo("青禾县人民政府办公室");
        assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2024, 5, 8));
        assertThat(a.blocks()).extracting(ImportedBlock::text).startsWith("〔2024〕第9期");
    }

    @Test
    void aNoticesImprintDatesItWhenItsSignatureStoodBeforeTheTextItIssues() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于印发公务用车使用管理办法的通知", "\n各单位：",
                "现将《办法》印发给你们，请认真贯彻执行。", "\n公务用车使用管理办法", "第一条　为规范公务用车管理，制定本办法。",
                "\n抄送：县委办公室。", "青禾县机关事务管理局办公室　　　　　　　　2024年4月2日印发"), "f");
        assertThat(r.articles().get(0).date()).isEqualTo(java.time.LocalDate.of(2024, 4, 2));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text)
                .endsWith("青禾县机关事务管理局办公室　　　　　　　　2024年4月2日印发");
    }

    @Test
    void sectionsRunTogetherOnOneLineAreEachAHeadingAndItsBodyWhileClausesStayOneParagraph() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("发展壮大村级集体经济的做法",
                "一、盘活资源增收入。清理村级闲置土地、厂房等资源资产，通过入股、租赁等方式盘活利用，年增收186万元。"
                        + "二、发展产业强支撑。每村培育一个特色产业，带动集体经济收入稳步增长，群众在家门口实现就业。",
                "三、抱团发展促共富。组建强村公司，推动强村带弱村、村村抱团发展。",
                "会议提出两点要求：一、加强领导。二、强化保障。"), "f");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::type, ImportedBlock::text).containsExactly(
                tuple(BlockType.HEADING, "一、盘活资源增收入。"),
                tuple(BlockType.PARAGRAPH, "清理村级闲置土地、厂房等资源资产，通过入股、租赁等方式盘活利用，年增收186万元。"),
                tuple(BlockType.HEADING, "二、发展产业强支撑。"),
                tuple(BlockType.PARAGRAPH, "每村培育一个特色产业，带动集体经济收入稳步增长，群众在家门口实现就业。"),
                tuple(BlockType.HEADING, "三、抱团发展促共富。"),
                tuple(BlockType.PARAGRAPH, "组建强村公司，推动强村带弱村、村村抱团发展。"),
                tuple(BlockType.PARAGRAPH, "会议提出两点要求：一、加强领导。二、强化保障。"));
        assertThat(StructureBuilder.nextHeadingInside("一、加强领导。二、强化保障。三、严格考核。")).isEqualTo(-1);
    }

    @Test
    void aGlossarysEntryWhoseDefinitionDoesNotStartWithZhiIsAParagraphLikeTheEntryBeforeIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("政府工作报告", "全县上下团结奋斗。", "名词解释",
                "1．“四上”企业：指规模以上工业企业、资质等级建筑业企业、限额以上批发零售业企业。",
                "2．“亩均效益”评价：以单位用地面积的税收、增加值等指标为核心，对工业企业进行综合评价。",
                "3．“上云用数赋智”：指推动企业上云、用数据、赋能智能化改造。"), "f");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::type).containsOnly(BlockType.PARAGRAPH);
    }

    @Test
    void anArticleTheContentsNameWithoutItsLabelStartsAtItsLabelledTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("组织生活会对照检查材料（3篇）",
                "\n目　录", "1.党支部班子对照检查材料", "2.党支部书记个人对照检查材料", "3.社区党员干部对照检查材料",
                "\n材料1", "党支部班子对照检查材料", "县委办公室机关党支部", "支部委员会认真组织学习。",
                "\n材料2：党支部书记个人对照检查材料", "县财政局机关党支部书记　吴海", "本人认真对照检查。",
                "\n材料三社区党员干部对照检查材料", "东门社区党委委员　黄静", "我查摆出以下问题。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "党支部班子对照检查材料", "党支部书记个人对照检查材料", "社区党员干部对照检查材料");
        assertThat(r.articles()).extracting(ImportedArticle::author).containsExactly(
                "县委办公室机关党支部", "县财政局机关党支部书记 吴海", "东门社区党委委员 黄静");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            来源：某某市纪委监委　　发布时间：2024-08-12 | 某某市纪委监委 | 2024-08-12
            来源：某某日报　2024年06月14日              | 某某日报       | 2024-06-14
            来源：国务院办公厅字号：默认 大 中 小        | 国务院办公厅   | -
            来源：人民网－某某频道                      | 人民网－某某频道 | -
            """)
    void aSourceLineEndsWhereTheNextFieldBeginsAndDatesASingleArticle(String line, String source, String date) {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于某项工作的通知", line.strip(), "正文。"), "f");
        assertThat(r.source()).isEqualTo(source);
        assertThat(r.articles().get(0).date()).isEqualTo(date.equals("-") ? null : java.time.LocalDate.parse(date));
    }

    @Test
    void speakersAfterABulletOrWithAPaddedNameStartTheirSpeeches() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("专题学习研讨发言摘登",
                "市委理论学习中心组开展专题学习研讨。",
                "■ 市委副书记　林某强", "改革开放是决定命运的关键一招，我们要以更大的勇气推进改革。",
                "■ 市委常委、宣传部部长　许　静", "宣传思想文化工作要紧扣中心、服务大局，讲好改革故事。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).endsWith("市委副书记", "市委常委、宣传部部长");
        assertThat(r.articles()).extracting(ImportedArticle::author).endsWith("林某强", "许静");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            王某某在全县优化营商环境推进会上的讲话           | 王某某
            李强同志在市委理论学习中心组学习会上的发言       | 李强
            标　　题：　周某在全县经济工作会议上的讲话        | 周某
            我们在新起点上的思考                             | -
            全县在新起点上的讲话                             | -
            在全县经济工作会议上的讲话                       | -
            """)
    void theSpeakerNamedAtTheHeadOfASpeechsTitleSignsIt(String title, String author) {
        StructureBuilder.Result r = new StructureBuilder().build(lines(title.strip(), "同志们：", "今天召开会议，主要任务是部署工作。"), "f");
        assertThat(r.title()).doesNotContain("标").endsWith(title.strip().substring(title.strip().length() - 2));
        assertThat(r.articles().get(0).author()).isEqualTo(author.equals("-") ? null : author);
    }

    @Test
    void aContentsEntrysSubtitleOnItsOwnLineIsPartOfTheEntry() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("学习资料汇编",
                "\n目　录", "在全市推进大会上的讲话……………1",
                "坚持以人民为中心　扎实推进城乡融合发展", "　——在市委理论学习中心组学习会上的发言……………4",
                "\n在全市推进大会上的讲话", "市委书记　赵某", "同志们：今天召开大会，部署全年工作。",
                "\n坚持以人民为中心　扎实推进城乡融合发展", "——在市委理论学习中心组学习会上的发言", "市委副书记　钱某",
                "城乡融合发展是新时代的重要课题，我们要下功夫抓好。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "在全市推进大会上的讲话", "坚持以人民为中心　扎实推进城乡融合发展");
        assertThat(r.articles().get(1).author()).isEqualTo("市委副书记 钱某");
    }

    @Test
    void contentsEntriesEndingInTheirLeaderDotsAloneAreEntries() {
        // (a PDF's entries whose page numbers went onto lines of their own, removed as page numbers)
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县优秀调研报告选编（2024）",
                "\n目　录", "关于全县农村集体经济发展情况的调研报告……………………………", "关于提升县城公共服务能力的调研报告………………………………",
                "\n关于全县农村集体经济发展情况的调研报告", "县委政研室　李华", "为全面掌握全县农村集体经济发展现状，调研组开展了专题调研。",
                "\n关于提升县城公共服务能力的调研报告", "县发展和改革局　张敏", "县城是城乡融合发展的重要载体。"), "f");
        assertThat(r.title()).isEqualTo("全县优秀调研报告选编（2024）");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "关于全县农村集体经济发展情况的调研报告", "关于提升县城公共服务能力的调研报告");
    }

    @Test
    void aContentsEntryFindsItsTitleWrittenWithOtherPunctuationOrSpaces() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("专题党课讲稿合集（3篇）",
                "\n目　录", "坚守初心使命，争做合格党员···· 1", "学纪知纪明纪守纪，做清正廉洁表率···· 5", "“传承红色基因”赓续精神血脉 ···· 9",
                "\n坚守初心使命　争做合格党员", "同志们：今天我们上一堂专题党课。",
                "一、坚守初心，必须坚定理想信念", "理想信念是共产党人的精神之“钙”。",
                "学纪知纪明纪守纪　做清正廉洁表率", "同志们：纪律是管党治党的戒尺。",
                "一、为什么要学纪", "党的纪律是全党必须遵守的行为规则。",
                "传承红色基因　赓续精神血脉", "各位学员：今天我们一起重温红色历史。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "坚守初心使命　争做合格党员", "学纪知纪明纪守纪　做清正廉洁表率", "传承红色基因　赓续精神血脉");
        assertThat(r.title()).isEqualTo("专题党课讲稿合集（3篇）");
    }

    @Test
    void theFirstArticleWhoseEntryDiffersIsStillAnArticleOfItsOwn() {
        // the first entry left words out: its article is found by the next entry's start, not glued to the document's title
        StructureBuilder.Result r = new StructureBuilder().build(lines("专题党课讲稿合集（3篇）",
                "\n目　录", "坚守初心争当合格党员···· 1", "学纪知纪明纪守纪　做清正廉洁表率···· 5", "传承红色基因　赓续精神血脉 ···· 9",
                "\n坚守初心使命　争做新时代合格党员", "县委办公室主任　钱志宏", "同志们：今天我们上一堂专题党课。",
                "一、坚守初心，必须坚定理想信念", "理想信念是共产党人的精神之“钙”。",
                "\n学纪知纪明纪守纪　做清正廉洁表率", "县财政局局长　韩志坚", "同志们：纪律是管党治党的戒尺。",
                "\n传承红色基因　赓续精神血脉", "青禾县委党校　林海燕", "各位学员：今天我们一起重温红色历史。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("坚守初心使命　争做新时代合格党员", "县委办公室主任 钱志宏"),
                tuple("学纪知纪明纪守纪　做清正廉洁表率", "县财政局局长 韩志坚"),
                tuple("传承红色基因　赓续精神血脉", "青禾县委党校 林海燕"));
    }

    @Test
    void aCompilationsPartsWrittenAgainBetweenItsArticlesAreRecordedNotArticles() {
        StructureBuilder builder = new StructureBuilder();
        StructureBuilder.Result r = builder.build(lines("乡村振兴工作会议材料汇编",
                "\n目　录", "一、领导讲话", "在全市乡村振兴工作会议上的讲话………1", "二、典型发言", "小黄桃做成富民大产业………11",
                "以“三变”改革激活乡村发展动能………15",
                "\n一、领导讲话", "\n在全市乡村振兴工作会议上的讲话", "市委副书记　宋建国", "同志们：", "这次会议的主要任务是部署乡村振兴。",
                "一、充分肯定成绩", "全市粮食总产量达到28.6亿斤。",
                "\n二、典型发言", "\n小黄桃做成富民大产业", "青禾县人民政府", "近年来，我县把黄桃产业作为富民产业来抓。",
                "\n以“三变”改革激活乡村发展动能", "柳溪县农业农村局", "我县深化农村“三变”改革。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "在全市乡村振兴工作会议上的讲话", "小黄桃做成富民大产业", "以“三变”改革激活乡村发展动能");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).doesNotContain("二、典型发言");
        assertThat(builder.separators()).filteredOn(t -> t.ruleId().equals(StructureBuilder.PART_ID))
                .extracting(org.wenzhai.domain.RemovedText::text).containsExactly("一、领导讲话", "二、典型发言");
    }

    @Test
    void aCompilationsOnlyLevelOneLinesAreItsTitlesWhenTheyAreAsManyAsItAnnouncesEachWithItsUnitGlued() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("优化营商环境交流发言材料（3篇）",
                "\n一、以“一件事一次办”改革提升政务服务效能东岭市政务服务和大数据管理局", "今年以来，我局聚焦高频事项推进流程再造。",
                "1．推进集成办理。梳理企业开办等事项12个。", "\n二、构建亲清政商关系为民营企业发展保驾护航青禾县工商业联合会",
                "县工商联坚持把促进“两个健康”作为工作主线。", "\n三、以法治之力护航营商环境XX市中级人民法院", "法治是最好的营商环境。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("以“一件事一次办”改革提升政务服务效能", "东岭市政务服务和大数据管理局"),
                tuple("构建亲清政商关系为民营企业发展保驾护航", "青禾县工商业联合会"),
                tuple("以法治之力护航营商环境", "XX市中级人民法院"));

        // not announced: a report's headings that end in a unit's name stay headings
        StructureBuilder.Result report = new StructureBuilder().build(lines("关于优化营商环境工作情况的报告",
                "今年以来，全市优化营商环境工作取得新进展。", "一、审批服务提速东岭市政务服务和大数据管理局", "平均审批时间缩短40%。",
                "二、法治保障有力XX市中级人民法院", "涉企案件审理周期缩短。"), "f");
        assertThat(report.articles()).hasSize(1);
    }

    @Test
    void anItemsOpeningUnderATitleIsNoName() {
        assertThat(Metadata.authorLine("一是", true)).isNull();
        assertThat(Metadata.authorLine("三要", true)).isNull();
        assertThat(Metadata.authorLine("王某", true)).isEqualTo("王某");
        StructureBuilder.Result r = new StructureBuilder().build(lines("—我我，", "一是"), "f");
        assertThat(r.articles().get(0).author()).isNull();
    }

    @Test
    void aUnitAndDateUnderASingleReportsTitleSignAndDateItAndACoverPageDoesToo() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("某某县卫生健康局2023年工作总结",
                "某某县卫生健康局　2024年1月10日", "2023年，县卫生健康局各项工作取得明显成效。", "一、主要工作", "全年完成各项任务。"), "f");
        assertThat(r.articles().get(0).author()).isEqualTo("某某县卫生健康局");
        assertThat(r.articles().get(0).date()).isEqualTo(java.time.LocalDate.of(2024, 1, 10));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).startsWith("2023年，县卫生健康局各项工作取得明显成效。");
        // a cover page: the unit and the date over the contents on the next page
        List<Line> in = new ArrayList<>(lines("某某县2023年计划执行情况与2024年计划", "某某县发展和改革局", "2024年1月8日"));
        in.add(new Line(4, "一、2023年计划执行情况", null, true, false, 0, false));
        in.add(new Line(5, "全县经济运行总体平稳。", null, false, false, 0, false));
        r = new StructureBuilder().build(in, "f");
        assertThat(r.articles().get(0).author()).isEqualTo("某某县发展和改革局");
        assertThat(r.articles().get(0).date()).isEqualTo(java.time.LocalDate.of(2024, 1, 8));
    }

    @Test
    void anArticlesTitleWrittenAgainRightUnderItselfIsRecordedNotJoined() {
        StructureBuilder builder = new StructureBuilder();
        StructureBuilder.Result r = builder.build(lines("交流发言材料（2篇）",
                "\n聚焦主责主业　全力护航营商环境", "市市场监督管理局局长　刘某", "我们将深化商事制度改革，全面推行一网通办。",
                "\n以钉钉子精神抓好乡村振兴各项任务落实", "以钉钉子精神抓好乡村振兴各项任务落实", "某某镇党委书记　陈某",
                "我们将严格落实粮食安全党政同责，全面完成粮食播种任务。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly(
                "聚焦主责主业　全力护航营商环境", "以钉钉子精神抓好乡村振兴各项任务落实");
        assertThat(r.articles().get(1).author()).isEqualTo("某某镇党委书记 陈某");
        assertThat(builder.separators()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::lineNumber)
                .contains(org.assertj.core.groups.Tuple.tuple(StructureBuilder.TITLE_AGAIN_ID, 6));
    }

    @Test
    void aSourceLineGivesTheDocumentsSourceAndIsNotAParagraph() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于某项工作的通知", "来源：某某日报", "正文。"), "f");
        assertThat(r.source()).isEqualTo("某某日报");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).containsExactly("正文。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、总体要求                               | 1 | 一、总体要求                     | -
            （二）工作措施                              | 2 | （二）工作措施                    | -
            (三)保障措施                               | 2 | (三)保障措施                     | -
            1．加强组织领导                             | 3 | 1．加强组织领导                   | -
            2.强化督促检查                              | 3 | 2.强化督促检查                    | -
            3、严肃追责问责                              | 3 | 3、严肃追责问责                   | -
            （1）细化分工                               | 4 | （1）细化分工                     | -
            １．开展汛前大检查                            | 3 | １．开展汛前大检查                  | -
            ２.建立隐患台账                              | 3 | ２.建立隐患台账                    | -
            （３）落实值班制度                            | 4 | （３）落实值班制度                  | -
            第一章 总则                                | 1 | 第一章 总则                       | -
            第二节 议事范围                             | 2 | 第二节 议事范围                    | -
            第一部分　2023年工作总结                      | 1 | 第一部分　2023年工作总结            | -
            01　减掉“指尖上的负担”                        | 1 | 01　减掉“指尖上的负担”              | -
            第二讲　自觉做伟大建党精神的忠实传人            | 1 | 第二讲　自觉做伟大建党精神的忠实传人    | -
            02 增强干事创业的底气                          | 1 | 02 增强干事创业的底气                | -
            3.5G应用场景开发滞后                           | 3 | 3.5G应用场景开发滞后                 | -
            一、坚持素质为先，涵养“善落实”的能力。一是把牢政治关口。 | 1 | 一、坚持素质为先，涵养“善落实”的能力。 | 一是把牢政治关口。
            一、指导思想：以新时代中国特色社会主义思想为指导，全面贯彻落实会议精神。 | 1 | 一、指导思想： | 以新时代中国特色社会主义思想为指导，全面贯彻落实会议精神。
            （二）工作目标：                               | 2 | （二）工作目标：                 | -
            """)
    void headingLevelsByNumberingAndInlineHeadingsSplitAfterTheFirstSentenceEnd(String line, int level, String heading,
                                                                             String rest) {
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, line, null, false, false, 0, false), blocks);
        assertThat(blocks.get(0)).isEqualTo(ImportedBlock.heading(level, heading));
        if (rest.equals("-")) {
            assertThat(blocks).hasSize(1);
        } else {
            assertThat(blocks).containsExactly(ImportedBlock.heading(level, heading), ImportedBlock.paragraph(rest));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、坚持素质为先，涵养“善落实”的能力。一是把牢政治关口。                 | 一、坚持素质为先，涵养“善落实”的能力。
            （二）强化制度保障；建立健全长效机制，推动工作常态长效。               | （二）强化制度保障；
            3．敢于担当作为！各级干部要主动作为，不等不靠，真抓实干。               | 3．敢于担当作为！
            （1）如何破解难题？关键在于压实责任，层层传导压力。                     | （1）如何破解难题？
            一、总体要求：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。       | 一、总体要求：
            """)
    void anInlineHeadingKeepsTheMarkThatEndedItAndNoCharacterIsLost(String line, String heading) {
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, line, null, false, false, 0, false), blocks);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).type()).isEqualTo(org.wenzhai.domain.BlockType.HEADING);
        assertThat(blocks.get(0).text()).isEqualTo(heading);
        assertThat(blocks.get(0).text() + blocks.get(1).text()).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （1）检查学校食堂和校园周边食品经营者312家次；
            1.村级集体资产资源管理；
            （一）村党组织提议，
            第三条　村级重大事项决策实行“四议两公开”工作法：
            二、三季度集中查处食品违法案件57件，罚没款63.2万元
            一、二等奖分别授予以下单位
            """)
    void aNumberedListItemIsAParagraphNotAHeading(String line) {
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, line, null, false, false, 0, false), blocks);
        assertThat(blocks).containsExactly(ImportedBlock.paragraph(line));
    }

    @Test
    void aTitleBrokenAfterAWordThatCannotEndItIsJoinedAndItsSpeakerAndDateFollow() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全县安全生产工作会议上的", "讲话", "县委书记　郑国华",
                "（2024年7月9日，根据录音整理）", "同志们：", "今天召开全县安全生产工作会议，主要任务是分析形势、部署工作。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.title()).isEqualTo("在全县安全生产工作会议上的讲话");
        assertThat(a.author()).isEqualTo("县委书记 郑国华");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 7, 9));
        assertThat(a.blocks()).extracting(ImportedBlock::text)
                .containsExactly("同志们：", "今天召开全县安全生产工作会议，主要任务是分析形势、部署工作。");
    }

    @Test
    void anAttachmentAfterANoticesSignatureIsAnArticleOfItsOwn() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于开展2024年度安全生产大检查的通知",
                "各乡镇人民政府，县直各有关单位：", "现就开展安全生产大检查有关事项通知如下。", "一、检查时间", "3月15日至6月30日。",
                "附件：1.某某县2024年度安全生产大检查工作方案", "某某县人民政府办公室", "2024年3月8日", "（此件公开发布）",
                "附件1", "某某县2024年度安全生产大检查工作方案", "一、工作目标", "全面排查整治各类风险隐患。", "二、职责分工",
                "县应急管理局负责综合协调。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("关于开展2024年度安全生产大检查的通知",
                "某某县2024年度安全生产大检查工作方案");
        assertThat(r.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).endsWith("2024年3月8日", "（此件公开发布）");
        assertThat(r.articles().get(1).blocks()).extracting(ImportedBlock::text)
                .containsExactly("附件1", "一、工作目标", "全面排查整治各类风险隐患。", "二、职责分工", "县应急管理局负责综合协调。");
        // a list of attachments under the signature, no text of their own: no article
        StructureBuilder.Result listed = new StructureBuilder().build(lines("关于做好防汛工作的通知", "各单位：",
                "请做好防汛工作。", "某某县应急管理局", "2024年6月1日", "附件", "防汛值班表", "防汛物资清单"), "f");
        assertThat(listed.articles()).hasSize(1);
    }

    @Test
    void theSecondAttachmentAfterTheFirstsTableIsAnArticleOfItsOwn() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("某某镇农村人居环境整治提升实施方案",
                "为持续改善农村人居环境，制定本方案。", "一、工作目标", "到年底，村庄环境基本实现干净整洁有序。",
                "附件：1．重点任务分工表", "2．“美丽庭院”评选标准", "某某镇人民政府", "2024年3月15日",
                "附件1", "重点任务分工表", "序号\t重点任务\t牵头单位", "1\t垃圾分类\t镇党政办公室",
                "附件2", "“美丽庭院”评选标准", "1．院落整洁（30分）：院内无杂物堆放。", "2．庭院美化（30分）：种植花草。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("某某镇农村人居环境整治提升实施方案",
                "重点任务分工表", "“美丽庭院”评选标准");
        assertThat(r.articles().get(1).blocks()).extracting(ImportedBlock::text)
                .containsExactly("附件1", "序号\t重点任务\t牵头单位", "1\t垃圾分类\t镇党政办公室");
        assertThat(r.articles().get(2).blocks()).extracting(ImportedBlock::text).startsWith("附件2");
    }

    @Test
    void aProfilesSubtitleOnTheTitlesLineIsPartOfTheTitleNotItsAuthor() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("扎根基层的“领头雁”——记某某村党支部书记王某某",
                "从村口一路走进去，平整的水泥路通到了每家每户门口。", "（供稿：中共某某镇委员会）"), "f");
        assertThat(r.articles().get(0).title()).isEqualTo("扎根基层的“领头雁”——记某某村党支部书记王某某");
        assertThat(r.articles().get(0).author()).isEqualTo("中共某某镇委员会");
    }

    @Test
    void aReportsSignerBesideItsNumberIsPartOfTheLetterheadOverTheTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("某某县人民政府文件",
                "\n某政报〔2024〕21号　　　　　　签发人：李某某", "\n关于某某县2024年防汛工作情况的汇报",
                "\n市防汛抗旱指挥部：", "现将有关情况汇报如下。"), "f");
        assertThat(r.title()).isEqualTo("关于某某县2024年防汛工作情况的汇报");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).startsWith("某某县人民政府文件",
                "某政报〔2024〕21号　　　　　　签发人：李某某");
        StructureBuilder.Result ownLine = new StructureBuilder().build(lines("某某县人民政府文件", "某政报〔2024〕21号",
                "签发人：李某某", "\n关于某某县2024年防汛工作情况的汇报", "\n市防汛抗旱指挥部：", "现将有关情况汇报如下。"), "f");
        assertThat(ownLine.title()).isEqualTo("关于某某县2024年防汛工作情况的汇报");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            孙志刚同志                        | 孙志刚
            XXX同志                           | XXX
            主持人：市委副书记　赵立新           | 市委副书记 赵立新
            县长　××                          | 县长 ××
            县委书记　王建国（2024年3月12日）    | 县委书记 王建国
            县长　王　建　国                    | 县长 王建国
            同志们                             | -
            """)
    void aSpeakerLineUnderATitleInTheWaysSpeechesSignIt(String line, String author) {
        assertThat(Metadata.authorLine(line.strip(), true)).isEqualTo(author.equals("-") ? null : author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            －－在全市生态环境保护大会上的讲话          | 市长　李某华   | 市长 李某华
            --在全市生态环境保护大会上的讲话            | 市长　李某华   | 市长 李某华
            ——陈某东同志在全市上半年经济运行分析会上的总结讲话 | 同志们：   | 陈某东
            ——县委书记王某国在全县经济工作会议上的讲话     | 同志们：      | 县委书记王某国
            """)
    void aSubtitleTypedWithHyphensIsNoPartOfTheTitleAndASpeakerInItSigns(String subtitle, String next, String author) {
        StructureBuilder.Result r = new StructureBuilder().build(lines("凝心聚力　真抓实干", "奋力开创生态环境保护工作新局面",
                subtitle, next, "今天召开这次会议，主要任务是部署工作。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.title()).isEqualTo("凝心聚力　真抓实干 奋力开创生态环境保护工作新局面");
        assertThat(a.author()).isEqualTo(author);
        assertThat(a.blocks()).extracting(ImportedBlock::text).startsWith(subtitle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （根据2023年12月5日录音整理）
            （2023年12月5日上午）
            """)
    void aDateLineThatSaysOnlyWhenIsMetadata(String line) {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全县城市管理工作会议上的讲话", line,
                "同志们：", "今天召开这次会议，主要任务是部署工作。"), "f");
        assertThat(r.articles().get(0).date()).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text)
                .containsExactly("同志们：", "今天召开这次会议，主要任务是部署工作。");
    }

    @Test
    void aUnitAndANameInBracketsAtTheEndSignTheArticleAndStay() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("知敬畏　存戒惧　守底线",
                "纪律是党的生命线。", "作为基层党员，我将始终把纪律规矩挺在前面。", "（某某街道党工委　王某）"), "f");
        assertThat(r.articles().get(0).author()).isEqualTo("某某街道党工委 王某");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).endsWith("（某某街道党工委　王某）");
        // brackets of the text's own at its end sign nothing
        StructureBuilder.Result own = new StructureBuilder().build(lines("知敬畏　存戒惧　守底线",
                "纪律是党的生命线。", "作为基层党员，我将始终把纪律规矩挺在前面。", "（全文完　谢谢）"), "f");
        assertThat(own.articles().get(0).author()).isNull();
    }

    @Test
    void anEditorsNoteUnderTheTitleSignsNothingAndStays() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("以“三张网”织密基层治理末梢", "编者按",
                "近日，全区基层治理工作现场推进会召开，本期刊发其中一篇发言材料。", "一、织密“组织网”", "坚持把党组织建在网格上。"), "f");
        assertThat(r.articles().get(0).author()).isNull();
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).startsWith("编者按");
    }

    @Test
    void theTitleWrittenAgainUnderAPagesLabelledTitleIsNotGluedToIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("学习资料｜在全市青年干部座谈会上的讲话",
                "在全市青年干部座谈会上的讲话", "市委常委、组织部部长　何文斌", "（2023年5月4日）", "同志们：", "今天我们召开座谈会。"), "f");
        assertThat(r.articles().get(0).title()).isEqualTo("学习资料｜在全市青年干部座谈会上的讲话");
    }

    @Test
    void aDateLineThatAlsoNamesWhoIssuedTheTextDatesItAndStaysText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("青禾县机关效能建设实施办法（试行）",
                "（2012年10月29日县委办公室、县政府办公室印发）", "第一章　总　则",
                "第一条　为切实转变机关作风，提高行政效能，制定本办法。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.date()).isEqualTo(LocalDate.of(2012, 10, 29));
        assertThat(a.blocks()).extracting(ImportedBlock::text).startsWith("（2012年10月29日县委办公室、县政府办公室印发）");
        // a date alone, or with the words of a transcript, is only the date
        StructureBuilder.Result alone = new StructureBuilder().build(lines("在全县安全生产工作会议上的讲话", "（2024年7月9日星期二）",
                "同志们：", "今天召开全县安全生产工作会议。"), "f");
        assertThat(alone.articles().get(0).blocks()).extracting(ImportedBlock::text)
                .containsExactly("同志们：", "今天召开全县安全生产工作会议。");
    }

    @Test
    void aCompilationsArticlesNumberedLikeHeadingsAndSignedUnderneathAreArticles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("专题研讨交流发言材料汇编",
                "\n1.坚持以学正风　锤炼过硬作风", "青禾县财政局党组书记、局长　何建军", "我结合财政工作实际，谈几点学习体会。",
                "一、深刻认识以学正风的重要意义", "作风建设是永恒课题。",
                "\n2.以学正风强担当　踏实为民办实事", "石门县住房和城乡建设局局长　冯晓光", "我围绕住建工作谈几点认识。",
                "一、坚持学以致用", "要把学习成果转化为工作成效。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("坚持以学正风　锤炼过硬作风", "青禾县财政局党组书记、局长 何建军"),
                tuple("以学正风强担当　踏实为民办实事", "石门县住房和城乡建设局局长 冯晓光"));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).contains("一、深刻认识以学正风的重要意义");
        // outside a compilation, a numbered heading over a unit line stays a heading
        StructureBuilder.Result report = new StructureBuilder().build(lines("全县财政工作报告",
                "一、主要做法", "县财政局", "全年组织财政收入12亿元。", "二、下步打算", "县财政局", "继续深化预算改革。"), "f");
        assertThat(report.articles()).hasSize(1);
    }

    @Test
    void aTitleFinishedWithItsKindOnALongSecondLineIsOneTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("中共石门县河口乡委员会领导班子",
                "2023年度主题教育专题民主生活会对照检查材料", "根据县委通知要求，乡党委班子深入查摆问题。现将有关情况报告如下。",
                "一、存在的问题", "理论学习不够深入。"), "f");
        assertThat(r.title()).isEqualTo("中共石门县河口乡委员会领导班子2023年度主题教育专题民主生活会对照检查材料");
        // a title that already says its kind is finished
        StructureBuilder.Result notice = new StructureBuilder().build(lines("关于开展2024年度安全生产考核工作的通知",
                "各乡镇人民政府县直各单位和驻县有关单位安全生产工作总结", "现就有关事项通知如下。"), "f");
        assertThat(notice.title()).isEqualTo("关于开展2024年度安全生产考核工作的通知");
    }

    @Test
    void aCompilationsImprintUnderItsTitleIsCoverNotTheFirstTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("青禾市乡村振兴典型案例汇编（摘登）",
                "青禾市农业农村局　2024年6月", "发展特色产业　走出富民新路子", "石门县青山乡人民政府",
                "青山乡地处山区，森林覆盖率达78%，近年来大力发展特色产业，带动群众增收。",
                "盘活闲置资源　激发集体经济活力", "临溪区白马镇人民政府", "白马镇把盘活闲置资产作为发展集体经济的突破口，全镇共盘活闲置资产142处。"), "f");
        assertThat(r.title()).isEqualTo("青禾市乡村振兴典型案例汇编（摘登）");
        assertThat(r.articles()).extracting(ImportedArticle::title)
                .containsExactly("发展特色产业　走出富民新路子", "盘活闲置资源　激发集体经济活力");
    }

    @Test
    void aSpeakerAndADateOnOneLineUnderTheTitleSignAndDateTheSpeech() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全县防汛抗旱工作会议上的讲话",
                "青禾县委副书记、县长　周立新　2024年5月16日", "同志们：", "今天召开全县防汛抗旱工作会议，主要任务是部署今年工作。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.author()).isEqualTo("青禾县委副书记、县长 周立新");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(a.blocks()).extracting(ImportedBlock::text).containsExactly("同志们：",
                "今天召开全县防汛抗旱工作会议，主要任务是部署今年工作。");
        // a sentence with a date is text
        StructureBuilder.Result text = new StructureBuilder().build(lines("在全县防汛抗旱工作会议上的讲话",
                "全县汛期始于　2024年5月16日", "同志们："), "f");
        assertThat(text.articles().get(0).author()).isNull();
    }

    @Test
    void aSignatureAtTheEndDatesAndSignsAnUnsignedArticleAndStaysText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("县市场监督管理局2023年工作总结和2024年工作计划",
                "2023年，我局扎实履行市场监管职能，各项工作取得新成效。", "一、市场主体持续壮大", "全县实有经营主体4.12万户。",
                "县市场监督管理局", "2023年12月20日"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.author()).isEqualTo("县市场监督管理局");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(a.blocks()).extracting(ImportedBlock::text).endsWith("县市场监督管理局", "2023年12月20日");

        StructureBuilder.Result signedAbove = new StructureBuilder().build(lines("关于推进基层治理的调研报告", "县委政研室",
                "近年来，各地积极探索网格化管理。", "县委组织部", "2024年1月5日"), "f");
        assertThat(signedAbove.articles().get(0).author()).isEqualTo("县委政研室");
    }

    @Test
    void aCompilationsPiecesSignedOnlyAtTheirEndAreArticles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("专题研讨发言材料汇编",
                "\n以过硬作风推动工作落地见效", "作风建设关乎人心向背，关乎事业成败。", "一是要在“快”字上下功夫。二是要在“细”字上下功夫。",
                "柳溪县委办公室　李国华", "2024年5月20日",
                "\n持续转变作风　优化服务效能", "政务服务是展示政府形象的“窗口”。", "下一步，我们将深化“我陪群众走流程”活动。",
                "柳溪县政务服务中心　周敏", "2024年5月21日",
                "\n锤炼过硬作风　守护一方平安", "公安工作点多线长面广，作风建设尤为重要。",
                "柳溪县公安局　韩冰", "2024年5月22日"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author, ImportedArticle::date).containsExactly(
                tuple("以过硬作风推动工作落地见效", "柳溪县委办公室 李国华", LocalDate.of(2024, 5, 20)),
                tuple("持续转变作风　优化服务效能", "柳溪县政务服务中心 周敏", LocalDate.of(2024, 5, 21)),
                tuple("锤炼过硬作风　守护一方平安", "柳溪县公安局 韩冰", LocalDate.of(2024, 5, 22)));

        // not a compilation: a report signed at its end, with a line after the signature, stays one article
        StructureBuilder.Result single = new StructureBuilder().build(lines("县市场监督管理局2023年工作总结",
                "2023年，我局扎实履行市场监管职能。", "县市场监督管理局", "2023年12月20日", "\n抄送：县委办公室"), "f");
        assertThat(single.articles()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            小网格撬动大治理——XX社区居委会                    | 小网格撬动大治理           | XX社区居委会
            “村财”增收的“金钥匙”——XX镇XX村党总支            | “村财”增收的“金钥匙”      | XX镇XX村党总支
            以改革实效推动高质量发展（王建国 市委副书记）          | 以改革实效推动高质量发展     | 王建国 市委副书记
            在改革创新中展现新担当（刘芳，市委组织部常务副部长）     | 在改革创新中展现新担当       | 刘芳，市委组织部常务副部长
            改革只有进行时没有完成时（市财政局局长 赵磊）          | 改革只有进行时没有完成时     | 市财政局局长 赵磊
            打造“15分钟政务服务圈”的实践与探索（XX区政务服务中心） | 打造“15分钟政务服务圈”的实践与探索 | XX区政务服务中心
            XX县村级小微权力清单管理办法（试行）                | -                        | -
            坚持党建引领——某某县的实践与思考                   | -                        | -
            县市场监督管理局2023年工作总结（讨论稿）             | -                        | -
            """)
    void anAuthorAtTheEndOfATitleLineAfterADashOrInBracketsIsSplitOff(String line, String title, String author) {
        Metadata.Signed split = Metadata.splitTrailingAuthor(line);
        if (title.equals("-")) {
            assertThat(split).isNull();
        } else {
            assertThat(split.title()).isEqualTo(title);
            assertThat(split.author()).isEqualTo(author);
            // nothing of the line is lost: the separators are recorded
            assertThat(split.title() + String.join("", split.dropped()).replaceAll("[—（）]", "") + split.author())
                    .hasSize(line.replaceAll("[—（）]", "").length());
        }
    }

    @Test
    void aCompilationOfTitlesSignedOnTheirOwnLineIsSplitIntoArticles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("基层经验汇编（3篇）",
                "\n“村财”增收的“金钥匙”——XX镇XX村党总支", "村党总支带领群众盘活闲置资源，村集体收入增加到186万元。",
                "\n小网格撬动大治理——XX社区居委会", "社区坚持网格化管理，群众满意度明显提升。",
                "\n守护群众出行平安——XX县公安局交警大队", "大队深入开展道路交通安全整治，交通事故起数下降15%。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("“村财”增收的“金钥匙”", "XX镇XX村党总支"),
                org.assertj.core.groups.Tuple.tuple("小网格撬动大治理", "XX社区居委会"),
                org.assertj.core.groups.Tuple.tuple("守护群众出行平安", "XX县公安局交警大队"));
    }

    @Test
    void theCompilationsLabelAboveATitleFoundByTheContentsStartsTheArticleAndIsNotText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("典型发言摘登", "\n目录", "坚持产业为本 推动乡村全面振兴…………1",
                "以和美乡村建设绘就宜居宜业新画卷…………3", "\n【发言一】", "坚持产业为本 推动乡村全面振兴XX县人民政府",
                "近年来，我们立足资源禀赋，扎实推进各项工作。", "\n【发言二】", "以和美乡村建设绘就宜居宜业新画卷XX市农业农村局",
                "近年来，我们坚持农业农村优先发展。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title)
                .containsExactly("坚持产业为本 推动乡村全面振兴", "以和美乡村建设绘就宜居宜业新画卷");
        assertThat(r.articles()).allSatisfy(a -> assertThat(a.blocks()).extracting(ImportedBlock::text)
                .noneMatch(t -> t.startsWith("【发言")));
    }

    @Test
    void aContentsOfLabelledEntriesWithoutPageNumbersSplitsTheCompilation() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全市基层治理创新经验交流材料（2篇）", "\n目  录",
                "材料一  网格连万家 服务零距离——XX区城东街道", "材料二  党建引领物业管理破解小区治理难题——XX县民政局",
                "\n材料一", "网格连万家 服务零距离XX区城东街道", "近年来，城东街道坚持以党建引领基层治理。",
                "\n材料二", "党建引领物业管理破解小区治理难题", "XX县民政局", "我们坚持把物业管理纳入基层治理体系。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("网格连万家 服务零距离", "XX区城东街道"),
                org.assertj.core.groups.Tuple.tuple("党建引领物业管理破解小区治理难题", "XX县民政局"));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text)
                .containsExactly("近年来，城东街道坚持以党建引领基层治理。");
    }

    @Test
    void aDatedSubtitleDatesTheSpeechAndStaysText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("政府工作报告",
                "——2025年1月15日在XX市第十七届人民代表大会第五次会议上", "各位代表：", "现在，我代表市人民政府向大会报告工作。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(a.blocks().get(0).text()).isEqualTo("——2025年1月15日在XX市第十七届人民代表大会第五次会议上");
    }

    @Test
    void theKeptMarkCountsTowardsTheHeadingLimit() {
        String fits = "一、" + "坚".repeat(StructureBuilder.HEADING_MAX_CHARS - 3) + "。";
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, fits + "正文在此。", null, false, false, 0, false), blocks);
        assertThat(blocks).containsExactly(ImportedBlock.heading(1, fits), ImportedBlock.paragraph("正文在此。"));

        String tooLong = "一、" + "坚".repeat(StructureBuilder.HEADING_MAX_CHARS - 2) + "。";
        blocks.clear();
        StructureBuilder.addBlocks(new Line(1, tooLong + "正文在此。", null, false, false, 0, false), blocks);
        assertThat(blocks).containsExactly(ImportedBlock.paragraph(tooLong + "正文在此。"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一是明确责任，清单化推进。房屋征收工作被称为天下第一难。
            2.5亿元资金全部到位。
            第一条 为规范村级组织运行，制定本规则。
            1．今年以来，全县上下认真贯彻落实上级决策部署，紧紧围绕中心工作，扎实推进各项任务落实，经济社会保持了平稳健康发展的良好态势。
            """)
    void linesThatAreNotHeadingsStayParagraphs(String line) {
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, line, null, false, false, 0, false), blocks);
        assertThat(blocks).containsExactly(ImportedBlock.paragraph(line));
    }

    @Test
    void aFormatHeadingHintMakesAnUnnumberedLineAHeading() {
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, "工作成效", 2, false, true, 0, false), blocks);
        assertThat(blocks).containsExactly(ImportedBlock.heading(2, "工作成效"));
    }

    /** Cut at sentence ends, or after a comma where no sentence ends, without losing text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全县上下认真贯彻落实各项决策部署，推动经济社会高质量发展。 | 。
            推动农业产业发展，                                      | ，
            """)
    void aParagraphOverFiveThousandCharactersIsSplitWithoutLosingText(String sentence, String end) {
        String para = sentence.strip().repeat(12_000 / sentence.strip().length());
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addParagraph(para, blocks);
        assertThat(blocks).hasSizeGreaterThan(2).allSatisfy(b -> {
            assertThat(b.text().length()).isLessThanOrEqualTo(StructureBuilder.PARAGRAPH_MAX_CHARS);
            assertThat(b.text()).endsWith(end);
        });
        assertThat(String.join("", blocks.stream().map(ImportedBlock::text).toList())).isEqualTo(para);
    }

    @Test
    void aCompilationsTitleOverThreeLinesIsOneTitleAndItsArticlesStillSplit() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("东岭市2024年", "优化营商环境", "典型案例汇编",
                "\n以数字化改革为牵引", "推动政务服务提质增效", "东岭市行政审批服务局",
                "\n今年以来，我局以数字化改革为牵引，持续推进政务服务标准化。", "一、聚焦标准化", "全面梳理政务服务事项1826项。",
                "\n构建亲清政商关系的实践与探索", "东岭市工商业联合会", "\n市工商联坚持服务企业发展。", "一、畅通政企沟通渠道",
                "建立政企恳谈会制度。"), "f");
        assertThat(r.title()).isEqualTo("东岭市2024年优化营商环境典型案例汇编");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("以数字化改革为牵引推动政务服务提质增效", "东岭市行政审批服务局"), tuple("构建亲清政商关系的实践与探索", "东岭市工商业联合会"));
    }

    @Test
    void aTitleScatteredOverFourLinesIsOneTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于", "进一步规范", "村级小微权力运行的", "实施意见",
                "\n各乡镇党委、政府：", "为进一步规范村级小微权力运行，现提出如下意见。", "一、总体要求", "坚持党的领导。"), "f");
        assertThat(r.title()).isEqualTo("关于进一步规范村级小微权力运行的实施意见");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).doesNotContain("进一步规范", "实施意见");
    }

    @Test
    void aTitleEndingOnAWordThatEndsInAnOpenCharacterKeepsTheUnitUnderItApart() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("干部作风建设经验交流材料（2篇）",
                "\n用好“四张清单”让干部干事有方向", "市自然资源和规划局", "今年以来，我们推行四张清单制度，成效明显。",
                "一、列出责任清单", "明确每个岗位的职责。",
                "\n坚持问题导向", "市交通运输局", "我们坚持问题导向，干部干事热情高涨。", "一、建立激励机制", "对表现突出的干部给予表扬。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("用好“四张清单”让干部干事有方向", "市自然资源和规划局"), tuple("坚持问题导向", "市交通运输局"));
    }

    @Test
    void aSpeechsClosingWordsBeforeTheNextSpeakerStayItsLastParagraph() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县安全生产工作会议表态发言汇编",
                "\n白石镇党委书记　刘建华", "尊敬的各位领导，同志们：", "我们将坚决贯彻落实此次会议精神。一是压实责任链条。",
                "我的发言完毕，谢谢！", "\n县住房和城乡建设局局长　吴刚", "尊敬的各位领导，同志们：", "我局将严格落实行业监管责任。",
                "谢谢大家！"), "f");
        assertThat(r.articles()).hasSize(2).allSatisfy(a -> assertThat(a.blocks()).isNotEmpty());
        assertThat(r.articles().get(0).blocks()).last().isEqualTo(ImportedBlock.paragraph("我的发言完毕，谢谢！"));
    }

    @Test
    void aTitlesLastWordsAboveItsSubtitleAndSpeakerAreTheTitlesNotAName() {
        assertOneArticle("坚持以人民为中心奋力谱写高质量发展新篇章", "区委书记 周建平", "坚持以人民为中心", "奋力谱写高质量发展", "新篇章",
                "——在区委十届五次全会上的讲话", "区委书记　周建平", "\n同志们：", "今天召开会议，主要任务是总结工作、部署任务。");
    }

    @Test
    void aNameBetweenTheTitleAndAnUnsignedSubtitleSignsTheText() {
        assertOneArticle("在全县组织工作会议上的讲话", "周建平", "在全县组织工作会议上的讲话", "周建平", "——2024年3月8日", "\n同志们：",
                "今天召开会议，主要任务是总结工作、部署任务。");
    }

    private static void assertOneArticle(String title, String author, String... texts) {
        StructureBuilder.Result r = new StructureBuilder().build(lines(texts), "f");
        assertThat(r.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(title);
            assertThat(a.author()).isEqualTo(author);
        });
    }

    @Test
    void aTitleIsNotJoinedWithTwoLinesUnderItThatAreNotItsWords() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全县经济工作会议上的讲话", "县委书记　周建平",
                "同志们：", "今天召开全县经济工作会议。"), "f");
        assertThat(r.title()).isEqualTo("在全县经济工作会议上的讲话");
    }

    @Test
    void aLongParagraphIsNotCutInsideAQuotationOfSeveralSentences() {
        String before = "全县上下认真贯彻落实各项决策部署，推动经济社会高质量发展。".repeat(140);
        // a quotation of several sentences whose sentence ends straddle the limit
        String quote = "村党支部书记说：“我们村这几年变化很大。" + "道路硬化了，路灯亮起来了，群众腰包也鼓起来了。".repeat(40) + "”";
        String para = before + quote + "下一步，我们将继续巩固拓展脱贫攻坚成果。";
        assertThat(before.length()).isLessThan(StructureBuilder.PARAGRAPH_MAX_CHARS);
        assertThat(before.length() + quote.length()).isGreaterThan(StructureBuilder.PARAGRAPH_MAX_CHARS);
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addParagraph(para, blocks);
        assertThat(blocks.get(0).text()).isEqualTo(before);
        assertThat(blocks.get(1).text()).startsWith("村党支部书记说：“");
        assertThat(String.join("", blocks.stream().map(ImportedBlock::text).toList())).isEqualTo(para);
    }

    @Test
    void aParagraphWithoutSentenceEndsIsCutAtTheLimit() {
        String para = "字".repeat(12_001);
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addParagraph(para, blocks);
        assertThat(blocks).extracting(b -> b.text().length()).containsExactly(5000, 5000, 2001);
    }

    @Test
    void aSpeechTitledAsMaterialsWithoutArticleTitlesIsOneArticleNamedLikeTheDocument() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县组织工作会议发言材料", "尊敬的各位领导、同志们：",
                "一、主要做法", "我们坚持把抓基层打基础作为长远之计。", "二、存在的问题", "主要是发展不平衡。"), "f");
        assertThat(r.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(r.title()).isEqualTo("全县组织工作会议发言材料");
            assertThat(a.blocks().get(0)).isEqualTo(ImportedBlock.paragraph("尊敬的各位领导、同志们："));
        });
    }

    @Test
    void aFileWhoseFirstLineIsProseIsNamedAfterTheFile() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("今年以来，我们做了大量工作。", "成效明显。"), "工作总结");
        assertThat(r.title()).isEqualTo("工作总结");
        assertThat(r.articles().get(0).blocks()).hasSize(2);
    }

    @Test
    void withoutATableOfContentsACompilationSplitsWhereANewRunOfHeadingsStarts() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("经验交流材料汇编",
                "\n抓党建促发展", "一、强化引领", "成效明显。", "二、夯实基础", "成效明显。", "三、激发活力", "成效明显。",
                "\n聚焦主业谋发展", "一、明确目标", "成效明显。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("抓党建促发展", "聚焦主业谋发展");
        assertThat(r.articles().get(1).blocks().get(0).type()).isEqualTo(BlockType.HEADING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            学思践悟促提升　砥砺奋进开新局
            奋力开创教育高质量发展新格局
            服务发展大局
            凝心聚力争创全国文明城市
            勇当共同富裕先行区
            建设特色产业强镇
            奋力打造文化强市
            打造人民满意的服务型政府
            擦亮为民服务中心
            """)
    void aTitleEndingLikeAUnitIsNotAnAuthor(String line) {
        assertThat(Metadata.authorLine(line, false)).isNull();
        assertThat(Metadata.authorLine(line, true)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某某县教育局　孙某某                  | 某某县教育局 孙某某
            某某镇人民政府                        | 某某镇人民政府
            XX县政府                             | XX县政府
            中共某某县委 某某县人民政府           | 中共某某县委 某某县人民政府
            某某县融媒体中心                      | 某某县融媒体中心
            述职人：某某镇党委副书记　李某某       | 某某镇党委副书记 李某某
            汇报人：县农业农村局局长 周某某        | 县农业农村局局长 周某某
            发言人：XX街道党工委                  | XX街道党工委
            某某市税务局第一税务分局　李　晓        | 某某市税务局第一税务分局 李晓
            县委书记  郑  华                      | 县委书记 郑华
            """)
    void unitsAndLabelledSignaturesAreAuthors(String line, String author) {
        assertThat(Metadata.authorLine(line, false)).isEqualTo(author);
    }

    @Test
    void aCompilationWithoutContentsSplitsAtATitleThatEndsLikeAUnit() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("学习心得体会汇编（2篇）",
                "\n以学铸魂强担当　扎根基层办实事", "某某镇人民政府　钱某某",
                "\n这次主题教育让我有了更加清醒的认识。", "一、坚定理想信念", "理想信念是精神上的钙。",
                "二、践行初心使命", "今年以来走访困难群众46户。", "二〇二四年五月八日",
                "\n学思践悟促提升　砥砺奋进开新局", "某某县教育局　孙某某", "（二〇二四年五月十六日）",
                "\n主题教育开展以来，我坚持把学习贯穿始终。", "一、把学习成果转化为思路", "形成调研报告一篇。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author, ImportedArticle::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("以学铸魂强担当　扎根基层办实事", "某某镇人民政府 钱某某",
                                LocalDate.of(2024, 5, 8)),
                        org.assertj.core.groups.Tuple.tuple("学思践悟促提升　砥砺奋进开新局", "某某县教育局 孙某某",
                                LocalDate.of(2024, 5, 16)));
    }

    @Test
    void theLabelBeforeATitleIsDroppedWhateverSpaceFollowsIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("乡村产业发展典型案例（2篇）",
                "\n第一篇　小木耳撑起富民大产业", "某某县农业农村局", "\n全县木耳种植面积达到1.2万亩。",
                "\n第二篇 小茶叶做成振兴大文章", "某某镇人民政府", "\n全镇茶园面积3.5万亩。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title)
                .containsExactly("小木耳撑起富民大产业", "小茶叶做成振兴大文章");
    }

    @Test
    void anOfficialDocumentsTitleBrokenAfterTheIssuingBodyIsJoined() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("某某市人民政府办公室",
                "关于进一步加强城市社区治理工作的实施意见", "某政办发〔2024〕12号", "\n各区人民政府，市政府各部门：",
                "为加强城市社区治理，现提出如下意见。"), "f");
        assertThat(r.title()).isEqualTo("某某市人民政府办公室关于进一步加强城市社区治理工作的实施意见");
        assertThat(r.articles().get(0).title()).isEqualTo("某某市人民政府办公室关于进一步加强城市社区治理工作的实施意见");
    }

    @Test
    void theLastItemOfAListIsAParagraphLikeTheItemsBeforeIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("网格化管理工作方案",
                "一、分级处置", "事件按以下方式处置：", "（1）网格内能解决的，由网格员当场处置；",
                "（2）网格内不能解决的，上报社区统筹协调；", "（3）社区难以解决的，上报街道综合指挥中心派单办理。",
                "二、工作要求", "各网格要明确责任。"), "f");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::type).containsExactly(
                BlockType.HEADING, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.HEADING, BlockType.PARAGRAPH);
    }

    @Test
    void aTitleThatAsksIsTheTitleAndTheAuthorLabelBelowItSignsIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("为基层减负，减的是什么、增的是什么？", "作者：王某某",
                "\n整治形式主义为基层减负，是一项重要部署。", "减负减的是形式主义，增的是为民服务的实劲。"), "f");
        assertThat(r.title()).isEqualTo("为基层减负，减的是什么、增的是什么？");
        assertThat(r.articles().get(0).author()).isEqualTo("王某某");
        // a first line that is a question of the text stays text
        StructureBuilder.Result prose = new StructureBuilder().build(lines(
                "同志们，今天我们召开这次会议，主要任务是什么？就是统一思想、明确任务。", "下面，我讲三点意见。"), "f");
        assertThat(prose.title()).isEqualTo("f");
    }

    @Test
    void shortTitlesSignedByAUnitAndAPaddedNameSplitACollectionWithoutBlankLinesAfterThem() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("主题教育学习心得体会（3篇）",
                "\n守初心", "某某市税务局第一税务分局　李　晓", "通过参加这次主题教育，我对初心使命有了更深的理解。",
                "\n担使命", "某某市交通运输局  王  芳", "使命在肩，重任在身。",
                "\n践承诺", "某某县教育局 赵某某", "学习之后，我把承诺写进每一项具体工作。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("守初心", "某某市税务局第一税务分局 李晓"),
                org.assertj.core.groups.Tuple.tuple("担使命", "某某市交通运输局 王芳"),
                org.assertj.core.groups.Tuple.tuple("践承诺", "某某县教育局 赵某某"));
    }

    @Test
    void sectionsNumberedAgainInsideEachPartSitOneLevelBelowIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("弘扬伟大建党精神 汲取奋进力量——专题党课讲稿",
                "第一讲　深刻理解伟大建党精神的丰富内涵", "一、坚持真理、坚守理想", "坚持真理、坚守理想，是伟大建党精神的灵魂。",
                "（一）理想信念是精神之钙", "理想信念坚定，骨头就硬。", "第二讲　自觉做伟大建党精神的忠实传人",
                "一、践行初心、担当使命", "我们要把初心使命转化为干事创业的动力。"), "f");
        assertThat(r.articles().get(0).blocks()).filteredOn(b -> b.type() == org.wenzhai.domain.BlockType.HEADING)
                .extracting(ImportedBlock::level, ImportedBlock::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "第一讲　深刻理解伟大建党精神的丰富内涵"),
                        org.assertj.core.groups.Tuple.tuple(2, "一、坚持真理、坚守理想"),
                        org.assertj.core.groups.Tuple.tuple(3, "（一）理想信念是精神之钙"),
                        org.assertj.core.groups.Tuple.tuple(1, "第二讲　自觉做伟大建党精神的忠实传人"),
                        org.assertj.core.groups.Tuple.tuple(2, "一、践行初心、担当使命"));
    }

    @Test
    void aChaptersSectionsKeepTheirLevelAndWhatTheyHoldGoesBelowThem() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于高标准农田建设情况的调研报告",
                "第一章　基本情况", "第一节　建设任务完成情况", "一、建设规模稳步扩大", "全市累计建成高标准农田186万亩。",
                "（一）新建项目", "今年新建32.7万亩。", "第二章　对策建议", "一、提高建设标准", "建议提高亩均投入标准。"), "f");
        assertThat(r.articles().get(0).blocks()).filteredOn(b -> b.type() == org.wenzhai.domain.BlockType.HEADING)
                .extracting(ImportedBlock::level, ImportedBlock::text).containsExactly(
                        tuple(1, "第一章　基本情况"), tuple(2, "第一节　建设任务完成情况"), tuple(3, "一、建设规模稳步扩大"),
                        tuple(4, "（一）新建项目"), tuple(1, "第二章　对策建议"), tuple(2, "一、提高建设标准"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （1）合理提高投入标准。建议提高到3000元。（2）严格工程质量监管。推行项目法人制。 | true
            1．推进集成办理。梳理事项12个；2．优化办事流程。                          | true
            一、要改进调查研究；二、要精简会议活动；                                   | true
            （1）合理提高投入标准。建议提高到3000元，完成（2）号文件的任务。             | false
            （1）合理提高投入标准。                                                 | false
            11．推进集成办理。梳理事项12个。12．优化办事流程。                        | false
            """)
    void pointsNumberedInsideOneParagraphAreNotAHeading(String line, boolean points) {
        assertThat(StructureBuilder.nextItemInside(line.strip())).isEqualTo(points);
        List<ImportedBlock> blocks = new ArrayList<>();
        StructureBuilder.addBlocks(new Line(1, line.strip(), null, false, false, 0, false), blocks);
        assertThat(blocks.get(0).type() == org.wenzhai.domain.BlockType.PARAGRAPH).isEqualTo(points);
    }

    @Test
    void aCompilationOfStatementsIsSplitAtEachSpeakersLine() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县项目建设攻坚年动员会表态发言（3篇）",
                "\n城关镇党委书记　张某某：", "尊敬的各位领导，同志们：", "我代表城关镇党委表态如下。一是抓项目。二是优环境。",
                "\n县发展改革局局长  李某某：", "各位领导：", "我局将全力做好项目谋划和要素保障工作。",
                "\n某某工业园区管委会主任 王某：", "我们坚决拥护县委决定，确保完成全年任务。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("城关镇党委书记", "张某某"),
                org.assertj.core.groups.Tuple.tuple("县发展改革局局长", "李某某"),
                org.assertj.core.groups.Tuple.tuple("某某工业园区管委会主任", "王某"));
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).startsWith("尊敬的各位领导，同志们：");
    }

    @Test
    void speakersWrittenWithoutAColonOrWithTheirSpeechOnTheSameLineStartSpeechesToo() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县防汛工作会议表态发言摘登",
                "某某镇", "某某镇将压紧压实防汛责任，汛前完成所有山塘水库的隐患排查。",
                "县应急管理局局长　赵某", "今年我局将组建防汛抢险队伍12支，储备物资价值300万元。",
                "县住房和城乡建设局局长　钱某：我局将全面排查城区易涝点，确保汛期城区不出现大面积积水。",
                "县气象局局长　孙某某：我们将加密监测预报，第一时间发布预警信息。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("某某镇", "某某镇"),
                org.assertj.core.groups.Tuple.tuple("县应急管理局局长", "赵某"),
                org.assertj.core.groups.Tuple.tuple("县住房和城乡建设局局长", "钱某"),
                org.assertj.core.groups.Tuple.tuple("县气象局局长", "孙某某"));
        // the speech after the colon is the speech's first paragraph, not lost with the speaker's line
        assertThat(r.articles().get(2).blocks()).extracting(ImportedBlock::text)
                .containsExactly("我局将全面排查城区易涝点，确保汛期城区不出现大面积积水。");
        // a post and a name under a speech's title sign that speech: no article of their own
        StructureBuilder.Result signed = new StructureBuilder().build(lines("讲话汇编",
                "\n在全县防汛工作会议上的讲话", "县委书记　赵某", "同志们：", "今年汛期形势复杂，我们要早准备早部署。",
                "\n在全县安全生产工作会议上的讲话", "县长　钱某", "同志们：", "安全生产是底线，必须守牢。"), "f");
        assertThat(signed.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("在全县防汛工作会议上的讲话", "县委书记 赵某"),
                org.assertj.core.groups.Tuple.tuple("在全县安全生产工作会议上的讲话", "县长 钱某"));
    }

    @Test
    void theCompilingUnitUnderACompilationsTitleIsItsCoverNotAnEmptyArticle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("讲话汇编", "某某市委办公室编印",
                "\n在全县三级干部大会上的讲话", "县委书记　赵某", "同志们：", "一、成绩来之不易", "全县生产总值增长6.8%。",
                "\n在全县经济工作会议上的讲话", "县长　钱某", "同志们：", "一、正确认识形势", "经济回升向好。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title)
                .containsExactly("在全县三级干部大会上的讲话", "在全县经济工作会议上的讲话");
    }

    @Test
    void aProfilesSubtitleNamesWhomItIsAboutNotItsAuthorAndARegulationsStatusIsPartOfItsTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("扎根基层显担当", "——记某某镇党委书记赵某",
                "赵某同志扎根基层二十余年，始终把群众冷暖挂在心上。"), "f");
        assertThat(r.articles().get(0).author()).isNull();
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).startsWith("——记某某镇党委书记赵某");
        StructureBuilder.Result rule = new StructureBuilder().build(lines("某某县村级小微权力清单管理办法", "（试行）",
                "第一章　总则", "第一条　为规范村级小微权力运行，制定本办法。"), "f");
        assertThat(rule.title()).isEqualTo("某某县村级小微权力清单管理办法（试行）");
        assertThat(rule.articles().get(0).blocks()).extracting(ImportedBlock::text).doesNotContain("（试行）");
    }

    @Test
    void aCoverPagesCompilingUnitIsRecordedAsCoverNotGluedToTheFirstTitle() {
        List<Line> in = new ArrayList<>(lines("先进事迹材料汇编", "中共某某县委组织部"));
        in.add(new Line(3, "扎根基层显担当", null, true, false, 0, false));
        in.addAll(lines("——记某某镇党委书记赵某", "赵某同志扎根基层二十余年，始终把群众冷暖挂在心上。").stream()
                .map(l -> new Line(l.number() + 3, l.text(), null, false, false, 0, false)).toList());
        in.add(new Line(6, "服务群众的贴心人", null, true, false, 0, false));
        in.add(new Line(7, "——记某某社区党委书记钱某", null, false, false, 0, false));
        in.add(new Line(8, "钱某同志在社区工作十五年，把社区建成了幸福家园。", null, false, false, 0, false));
        StructureBuilder sb = new StructureBuilder();
        StructureBuilder.Result r = sb.build(in, "f");
        assertThat(r.title()).isEqualTo("先进事迹材料汇编");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("扎根基层显担当", "服务群众的贴心人");
        // the compiler written as such, and a month
        List<Line> compiled = new ArrayList<>(in);
        compiled.set(1, new Line(2, "某某县委办公室编", null, false, false, 0, false));
        compiled.add(2, new Line(2, "2024年1月", null, false, false, 0, false));
        assertThat(new StructureBuilder().build(compiled, "f").articles()).extracting(ImportedArticle::title)
                .containsExactly("扎根基层显担当", "服务群众的贴心人");
    }

    @Test
    void speechesThatEachStartAPageWithTheirTitleAndSpeakerAreArticlesWithoutACompilationTitle() {
        String[][] speeches = {{"在全县工作会议上的讲话", "县委书记　赵某", "同志们：今天召开全县工作会议，部署全年任务。", "谢谢大家！"},
            {"在全县项目建设推进会上的讲话", "县长　钱某", "同志们：项目建设是经济发展的生命线。", "谢谢大家！"},
            {"在全县安全生产工作会议上的讲话", "副县长　孙某", "同志们：安全生产责任重于泰山。", "谢谢大家！"}};
        List<Line> in = new ArrayList<>();
        for (String[] speech : speeches) {
            for (int k = 0; k < speech.length; k++) {
                in.add(new Line(in.size() + 1, speech[k], null, k == 0, false, 0, false));
            }
        }
        StructureBuilder.Result r = new StructureBuilder().build(in, "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("在全县工作会议上的讲话", "县委书记 赵某"),
                org.assertj.core.groups.Tuple.tuple("在全县项目建设推进会上的讲话", "县长 钱某"),
                org.assertj.core.groups.Tuple.tuple("在全县安全生产工作会议上的讲话", "副县长 孙某"));
        // without the page break, one speech ends and the next title is text of it: no split
        List<Line> flat = in.stream().map(l -> new Line(l.number(), l.text(), null, false, false, 0, false)).toList();
        assertThat(new StructureBuilder().build(flat, "f").articles()).hasSize(1);
    }

    @Test
    void aSignatureFollowedByTheAttachmentsStillSignsAndDatesTheNotice() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("某某县防汛工作通知", "各乡镇：",
                "请立即做好防汛准备工作，落实值班值守制度。", "某某县人民政府", "2024年5月6日", "附件", "防汛值班表", "县水利局",
                "县应急管理局"), "f");
        assertThat(r.articles().get(0).author()).isEqualTo("某某县人民政府");
        assertThat(r.articles().get(0).date()).isEqualTo(java.time.LocalDate.of(2024, 5, 6));
    }

    @Test
    void aLineNamingTheOneAttachmentEndsNoListThatFollows() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于做好防汛工作的通知", "各乡镇：", "一、压实责任",
                "各乡镇要落实防汛责任。", "附件：防汛值班表", "二、强化值守", "各乡镇要严格值班。"), "f");
        assertThat(r.articles().get(0).blocks()).filteredOn(b -> b.type() == org.wenzhai.domain.BlockType.HEADING)
                .extracting(ImportedBlock::text).containsExactly("一、压实责任", "二、强化值守");
        // numbered attachments under 附件： stay the list they are
        StructureBuilder.Result listed = new StructureBuilder().build(lines("关于做好防汛工作的通知", "各乡镇：", "请做好防汛工作。",
                "附件：1.防汛值班表", "2.防汛物资清单", "某某县人民政府", "2024年5月6日"), "f");
        assertThat(listed.articles().get(0).blocks()).allMatch(b -> b.type() == org.wenzhai.domain.BlockType.PARAGRAPH);
    }

    @Test
    void aUnitAndAMonthUnderACompilationsTitleAreItsCoverNotAnArticle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全市优化营商环境改革创新典型案例汇编",
                "市优化营商环境工作领导小组办公室", "2024年3月",
                "\n推行“证照联办”让企业开办跑出加速度", "（市市场监督管理局）", "\n为破解企业开办环节多等问题，推行“一表申请”。",
                "\n以“信用+”监管赋能市场主体健康发展", "（市发展和改革委员会）", "\n全市建立以信用为基础的新型监管机制。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("推行“证照联办”让企业开办跑出加速度",
                "以“信用+”监管赋能市场主体健康发展");
    }

    @Test
    void pagedContentsInGroupsApartByBlankLinesAreOneTableOfContents() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全省践行“四下基层”工作经验交流材料汇编（3篇）", "\n目　　录",
                "\n第一部分　市州经验", "东阳市委：坚持“四下基层”　在一线解难题……………1", "南湖市委政法委：以信访“四下基层”推动源头化解………4",
                "\n第二部分　县区经验", "清河县委：“板凳会”开到群众家门口……………………13",
                "\n第一部分　市州经验", "\n坚持“四下基层”　在一线解难题", "东阳市委", "按照会议安排，现将有关情况作简要汇报。",
                "\n以信访“四下基层”推动源头化解", "南湖市委政法委", "我们坚持领导干部下访接访。",
                "\n第二部分　县区经验", "\n“板凳会”开到群众家门口", "清河县委", "县委把“板凳会”开到村民家门口。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("坚持“四下基层”　在一线解难题", "东阳市委"), tuple("以信访“四下基层”推动源头化解", "南湖市委政法委"),
                tuple("“板凳会”开到群众家门口", "清河县委"));
    }

    @Test
    void aContentsEntryWithItsUnitAfterASlashIsAnEntryNotTheUnitOfTheEntryAbove() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县乡村振兴工作推进会交流材料汇编", "\n目录",
                "念好“土特产”三字经　做强富民增收大产业／柳溪镇党委", "党建联建“链”出共富新路径／龙泉镇党委",
                "盘活闲置农房　激活乡村“沉睡资源”／枫林乡人民政府",
                "\n念好“土特产”三字经　做强富民增收大产业", "柳溪镇党委", "柳溪镇立足茶叶、竹笋等特色资源。",
                "\n党建联建“链”出共富新路径", "龙泉镇党委", "龙泉镇现有基层党组织31个。",
                "\n盘活闲置农房　激活乡村“沉睡资源”", "枫林乡人民政府", "枫林乡摸清闲置农房底数。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("念好“土特产”三字经　做强富民增收大产业", "柳溪镇党委"), tuple("党建联建“链”出共富新路径", "龙泉镇党委"),
                tuple("盘活闲置农房　激活乡村“沉睡资源”", "枫林乡人民政府"));
    }

    @Test
    void partsNamedInBracketsOverUnitAndTitleEntriesAreNoPartOfTheTitles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("2023年度全省组织工作会议典型发言汇编", "\n目　录",
                "\n【大会发言】", "东阳市委组织部：坚持“三个聚焦”推动干部队伍建设提质增效", "清河县委组织部：以“头雁工程”引领村级组织全面过硬",
                "【书面交流】", "临江县委组织部：“三单”管理让党员作用发挥有抓手",
                "\n【大会发言】", "坚持“三个聚焦”推动干部队伍建设提质增效", "东阳市委组织部", "近年来，东阳市坚持以组织工作为重要抓手。",
                "\n以“头雁工程”引领村级组织全面过硬", "清河县委组织部", "清河县实施“头雁工程”。",
                "\n【书面交流】", "“三单”管理让党员作用发挥有抓手", "临江县委组织部", "临江县推行党员“三单”管理。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("坚持“三个聚焦”推动干部队伍建设提质增效", "东阳市委组织部"), tuple("以“头雁工程”引领村级组织全面过硬", "清河县委组织部"),
                tuple("“三单”管理让党员作用发挥有抓手", "临江县委组织部"));
        assertThat(StructureBuilder.partHeader("第二部分　县区经验")).isTrue();
        assertThat(StructureBuilder.partHeader("【基本案情】")).isTrue();
        assertThat(StructureBuilder.partHeader("【发言2】")).isFalse();
    }

    @Test
    void numberedLinesAtTheTopWhoseWordsAreTooShortToComeBackAsTitlesAreNoContents() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("一、感", "二、我我", "感"), "f");
        assertThat(r.articles()).flatExtracting(ImportedArticle::blocks).extracting(ImportedBlock::text).contains("二、我我");
        StructureBuilder.Result chapter = new StructureBuilder().build(lines("第一章 8", "二、和感展发工", "同志们：8。感强"), "f");
        assertThat(chapter.articles()).flatExtracting(ImportedArticle::blocks).extracting(ImportedBlock::text).contains("二、和感展发工");
    }

    @Test
    void contentsNumbered01OnThroughTheGroupsAreOneTableOfContents() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("2024年度基层党建“书记项目”成果汇编", "\n目　　录",
                "\n一、组织振兴篇", "01　建强“红色堡垒”　激活乡村振兴“一池春水”……………1", "02　以“党建网格”织密基层治理“一张网”……………4",
                "二、人才振兴篇", "03　“归雁计划”引凤还巢助振兴……………………7",
                "\n一、组织振兴篇", "\n01　建强“红色堡垒”　激活乡村振兴“一池春水”", "石门镇党委书记　张某远", "石门镇把支部建在产业链上。",
                "\n02　以“党建网格”织密基层治理“一张网”", "桃源街道党工委书记　李某燕", "街道划分网格36个。",
                "\n二、人才振兴篇", "\n03　“归雁计划”引凤还巢助振兴", "龙泉镇党委书记　刘某斌", "龙泉镇实施“归雁计划”。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::author).containsExactly("石门镇党委书记 张某远", "桃源街道党工委书记 李某燕",
                "龙泉镇党委书记 刘某斌");
    }

    @Test
    void contentsNumberedFromOneAgainUnderEachGroupsHeaderAreOneTableOfContents() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全市机关党建工作经验交流材料", "（3篇）", "\n目录",
                "一、经验交流", "1．以“三个聚焦”推动机关党建与业务深度融合", "2．打造“清风税务”品牌　建设模范机关",
                "二、心得体会", "1．在服务企业中践行初心使命",
                "\n一、经验交流", "1．以“三个聚焦”推动机关党建与业务深度融合", "市发展和改革委员会机关党委", "今年以来，我委把机关党建摆在突出位置。",
                "\n2．打造“清风税务”品牌　建设模范机关", "市税务局机关党委", "局机关党委坚持党建引领。",
                "\n二、心得体会", "1．在服务企业中践行初心使命", "市财政局　张某红", "走进企业，我对初心使命有了更深的体会。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("以“三个聚焦”推动机关党建与业务深度融合",
                "打造“清风税务”品牌　建设模范机关", "在服务企业中践行初心使命");
        assertThat(r.articles()).flatExtracting(ImportedArticle::blocks).extracting(ImportedBlock::text)
                .doesNotContain("2．打造“清风税务”品牌　建设模范机关");
    }

    @Test
    void aContentsEntryEndingWithItsUnitIsAnEntryNotTheUnitOfTheEntryAbove() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全区社区工作者座谈会交流发言汇编（3篇）", "\n目录",
                "用心用情当好居民“贴心人”——某某街道某某社区党委", "“红色管家”进小区　物业服务有温度——某某物业服务有限公司党支部",
                "小网格托起大民生——某某街道网格化服务管理中心",
                "\n用心用情当好居民“贴心人”", "某某街道某某社区党委", "某某社区是典型的老城区社区，老年人多。",
                "\n“红色管家”进小区　物业服务有温度", "某某物业服务有限公司党支部", "公司党支部把党建工作融入物业服务。",
                "\n小网格托起大民生", "某某街道网格化服务管理中心", "中心将辖区划分为58个网格。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("用心用情当好居民“贴心人”", "某某街道某某社区党委"),
                tuple("“红色管家”进小区　物业服务有温度", "某某物业服务有限公司党支部"),
                tuple("小网格托起大民生", "某某街道网格化服务管理中心"));
    }

    @Test
    void aTitleEndingInAPostsWordAndAnotherNounIsNoSignatureUnderTheUnit() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("各地推进“五星支部”创建工作经验摘登",
                "\n某某县委组织部", "念好“选育管用”四字诀　锻造过硬支部书记队伍", "一、抓选拔，拓宽来源渠道。坚持从致富能手中选拔。",
                "二、抓培训，提升履职能力。实施全员轮训。",
                "\n某某区委组织部", "积分管理激活党员“一池春水”", "一、科学设置积分内容。围绕政治表现设置积分。",
                "二、规范积分评定程序。党小组每月初评。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("念好“选育管用”四字诀　锻造过硬支部书记队伍", "某某县委组织部"),
                tuple("积分管理激活党员“一池春水”", "某某区委组织部"));
        assertThat(Metadata.authorLine("锻造过硬支部书记队伍", true)).isNull();
        assertThat(Metadata.authorLine("村党支部书记李明", true)).isEqualTo("村党支部书记李明");
    }

    @Test
    void theDashBetweenTheDocumentsTitleAndItsUnitIsRecordedOnTheTitlesLine() {
        StructureBuilder sb = new StructureBuilder();
        StructureBuilder.Result r = sb.build(lines("小网格撬动大治理——某某社区居委会", "——", "某某社区把网格作为基层治理的基本单元。"), "f");
        assertThat(r.articles().get(0).author()).isEqualTo("某某社区居委会");
        assertThat(sb.separators()).extracting(org.wenzhai.domain.RemovedText::lineNumber, org.wenzhai.domain.RemovedText::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "——"));
    }

    @Test
    void aMarkerSuchAsPianYiSplitsTheCompilationAndIsNotTheTitle() {
        for (String[] marks : new String[][] {{"【篇一】", "【篇二】"}, {"篇一：", "篇二："}, {"【经验一】", "【经验二】"},
                {"心得体会一：", "心得体会二："}}) {
            boolean alone = marks[0].startsWith("【");
            // a title of three-character phrases on the label's line
            StructureBuilder.Result shortPhrases = new StructureBuilder().build(lines("学习心得体会（2篇）",
                    "\n" + marks[0] + "学条例　明底线　做忠诚干净担当的干部", "我参加了为期三天的集中学习。",
                    "\n" + marks[1] + "守底线　在学纪知纪中锤炼作风", "要把学习成果转化为工作成效。"), "f");
            assertThat(shortPhrases.articles()).extracting(ImportedArticle::title)
                    .containsExactly("学条例　明底线　做忠诚干净担当的干部", "守底线　在学纪知纪中锤炼作风");
            StructureBuilder.Result r = new StructureBuilder().build(lines(alone
                    ? new String[] {"学习心得体会（2篇）", "\n" + marks[0], "以学铸魂 筑牢信仰之基", "一、深学细悟", "我参加了为期三天的集中学习。",
                            "\n" + marks[1], "以学促干 担当实干之责", "一、学以致用", "要把学习成果转化为工作成效。"}
                    : new String[] {"学习心得体会（2篇）", "\n" + marks[0] + "以学铸魂 筑牢信仰之基", "一、深学细悟", "我参加了为期三天的集中学习。",
                            "\n" + marks[1] + "以学促干 担当实干之责", "一、学以致用", "要把学习成果转化为工作成效。"}), "f");
            assertThat(r.articles()).extracting(ImportedArticle::title)
                    .containsExactly("以学铸魂 筑牢信仰之基", "以学促干 担当实干之责");
        }
    }

    @Test
    void aDigestWhoseArticlesStartWithTheirUnitAloneIsSplitByThem() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全市基层治理经验交流材料摘登", "（3篇）",
                "某某市某某区", "　　某某区把网格作为基层治理的基本单元，推行“网格长+专职网格员”模式，群众诉求办结率明显提升。",
                "【某某县】", "　　某某县聚焦矛盾纠纷多元化解，建成县乡村三级调解平台，全年化解纠纷两千余件。",
                "某某镇", "　　某某镇推行“积分制”管理，引导群众参与村庄清洁和邻里互助，乡风文明持续向好。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("某某市某某区", "某某市某某区"),
                org.assertj.core.groups.Tuple.tuple("某某县", "某某县"),
                org.assertj.core.groups.Tuple.tuple("某某镇", "某某镇"));
        // a unit under its article's title is that title's unit, not an article of its own
        StructureBuilder.Result titled = new StructureBuilder().build(lines("经验交流材料（2篇）",
                "\n坚持党建引领 激活治理效能", "某某区", "　　某某区把网格作为基层治理的基本单元，群众诉求办结率明显提升。",
                "\n推动矛盾纠纷就地化解", "某某县", "　　某某县建成县乡村三级调解平台，全年化解纠纷两千余件。"), "f");
        assertThat(titled.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("坚持党建引领 激活治理效能", "某某区"),
                org.assertj.core.groups.Tuple.tuple("推动矛盾纠纷就地化解", "某某县"));
    }

    @Test
    void aCompilationsPiecesNumberedLikeHeadingsAndNamingTheirKindAreItsArticles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("2023年度组织生活会党员个人检视剖析材料（2篇）",
                "（一）赵晓燕同志个人检视剖析材料", "按照支部安排，我认真查摆了自身问题。", "一、存在的主要问题", "理论学习不够深入。",
                "二、整改措施", "坚持每天学习一小时。",
                "（二）高　敏同志个人检视剖析材料", "对照检视要求，我深入查找了不足。", "一、检视出的问题", "服务意识不够强。",
                "二、努力方向", "主动靠前服务群众。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("赵晓燕同志个人检视剖析材料", "赵晓燕"), tuple("高　敏同志个人检视剖析材料", "高敏"));
        assertThat(r.articles().get(0).blocks()).filteredOn(b -> b.type() == BlockType.HEADING).hasSize(2);
    }

    @Test
    void aBracketedContentsLineAndTheLinesACompilationsCoverHoldAreNoArticles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("“我为党旗添光彩”微党课讲稿汇编（2篇）", "——XX县直机关工委编",
                "一颗螺丝钉的分量", "县交通运输局党员　何　平", "同志们，今天我想和大家聊聊螺丝钉。",
                "\n算好人生“三本账”", "县审计局青年党员　曾晓东", "作为审计干部，我们天天和账本打交道。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("一颗螺丝钉的分量", "县交通运输局党员 何平"), tuple("算好人生“三本账”", "县审计局青年党员 曾晓东"));
        StructureBuilder.Result bulletin = new StructureBuilder().build(lines("政务信息简报汇编", "（2024年第二季度）",
                "XX县人民政府办公室编印", "\n【目录】", "县农业农村局抓好夏粮收购", "县人社局助力群众就业",
                "\n县农业农村局抓好夏粮收购", "今年以来，县农业农村局全力做好夏粮收购工作。（县农业农村局）",
                "\n县人社局助力群众就业", "4月以来，县人社局开展春风行动，服务群众4.6万人次。（县人力资源和社会保障局）"), "f");
        assertThat(bulletin.articles()).extracting(ImportedArticle::title).containsExactly("县农业农村局抓好夏粮收购",
                "县人社局助力群众就业");
    }

    @Test
    void contentsEntriesInBracketsOrWrappedBeforeTheirPageNumberEndWhereTheTextBegins() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县“三农”工作领导讲话汇编", "【目录】",
                "【凝心聚力 奋力开创农业农村现代化新局面】", "【压实责任 全力抓好粮食安全】",
                "凝心聚力 奋力开创农业农村现代化新局面", "——在全县农村工作会议上的讲话", "县委书记　方志远", "同志们：",
                "这次会议的主要任务是总结去年工作。", "一、准确把握形势", "过去一年，全县粮食总产量达到29.3万吨。",
                "\n压实责任 全力抓好粮食安全", "——在全县粮食安全工作会议上的讲话", "县长　李国强", "同志们：",
                "粮食安全是国之大者。", "一、压实责任", "严格落实党政同责。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("凝心聚力 奋力开创农业农村现代化新局面", "县委书记 方志远"), tuple("压实责任 全力抓好粮食安全", "县长 李国强"));
        StructureBuilder.Result wrapped = new StructureBuilder().build(lines("县直部门主要负责人述职述廉报告汇编", "目　录",
                "1.坚持以项目为王 彰显担当——县发展和改革局局长2023年度", "述职述廉报告…………………………2",
                "2.守好群众“钱袋子”——县财政局局长2023年度述职", "述廉报告……………………………6",
                "\n坚持以项目为王 彰显担当", "县发展和改革局局长　邓明辉", "根据县委统一安排，现将本人履职情况报告如下。",
                "一、抓项目谋划", "全年谋划储备重大项目186个。",
                "\n守好群众“钱袋子”", "县财政局局长　钱立新", "根据县委统一安排，现将本人履职情况报告如下。",
                "一、抓收入组织", "全年完成一般公共预算收入21亿元。"), "f");
        assertThat(wrapped.articles()).extracting(ImportedArticle::title).containsExactly("坚持以项目为王 彰显担当", "守好群众“钱袋子”");
    }

    @Test
    void aTableOfContentsAtTheEndIsRecordedAndNotTheLastArticlesText() {
        StructureBuilder builder = new StructureBuilder();
        StructureBuilder.Result r = builder.build(lines("党员教育管理经验交流材料（2篇）",
                "\n抓实“三个环节” 提升发展党员质量", "XX县委组织部", "近年来，我们严把发展党员入口关，成效明显。",
                "一、严把入口关", "坚持成熟一个发展一个。",
                "\n建好用好“网上党校”", "XX区委组织部", "我们依托网上党校开展党员教育，覆盖全区党员。",
                "一、建好平台", "开设学习专栏十二个。",
                "\n目录", "抓实“三个环节” 提升发展党员质量（XX县委组织部）", "建好用好“网上党校”（XX区委组织部）"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title).containsExactly("抓实“三个环节” 提升发展党员质量",
                "建好用好“网上党校”");
        assertThat(r.articles().get(1).blocks()).extracting(ImportedBlock::text)
                .containsExactly("我们依托网上党校开展党员教育，覆盖全区党员。", "一、建好平台", "开设学习专栏十二个。");
        assertThat(builder.separators()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::text)
                .contains(tuple(StructureBuilder.CONTENTS_ID, "目录"), tuple(StructureBuilder.CONTENTS_ID, "建好用好“网上党校”（XX区委组织部）"));
        // a text that ends with a list under 目录 that names nothing above keeps it
        StructureBuilder.Result kept = new StructureBuilder().build(lines("关于报送档案材料的通知",
                "各单位：", "请于5月底前报送以下材料。", "一、报送范围", "本年度形成的文件材料。", "二、报送要求", "按下列目录整理。",
                "\n目录", "文书档案", "会计档案"), "f");
        assertThat(kept.articles().get(0).blocks()).extracting(ImportedBlock::text).contains("目录", "文书档案", "会计档案");
    }

    @Test
    void aUnitWithAPlaceholderNameOverItsTitleSignsTheArticleUnderIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县基层党建典型经验交流材料（2篇）",
                "\nXX县委组织部", "建强“两支队伍” 夯实基层基础", "近年来，XX县坚持把队伍建设作为基层党建的基础工程，成效明显。",
                "一、选好带头人", "坚持从致富能手中选拔村党组织书记。", "二、用好党员", "组织党员联系农户。",
                "\nXX镇D委", "念好“山水经” 走活强村路", "XX镇地处山区，过去村集体经济普遍薄弱，群众增收渠道单一。",
                "一、抱团发展", "由镇党委牵头成立联合党委。", "二、盘活资源", "全面清查农村集体资产。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("建强“两支队伍” 夯实基层基础", "XX县委组织部"),
                org.assertj.core.groups.Tuple.tuple("念好“山水经” 走活强村路", "XX镇D委"));
    }

    @Test
    void aDigestWhoseArticlesStartWithTheirUnitAndAColonIsSplitByThem() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全市乡村振兴工作交流发言摘登",
                "\n（一）某某县：坚持产业为基 推动富民强村", "我县立足资源禀赋，大力发展特色产业。", "一是做强主导产业。二是培育新型主体。",
                "\n（二）某某区：以改革激活农村发展动能", "我区深化农村集体产权制度改革。",
                "\n（三）某某市某某镇：建设宜居宜业和美乡村", "我镇坚持规划先行，整治人居环境。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("坚持产业为基 推动富民强村", "某某县"),
                org.assertj.core.groups.Tuple.tuple("以改革激活农村发展动能", "某某区"),
                org.assertj.core.groups.Tuple.tuple("建设宜居宜业和美乡村", "某某市某某镇"));
        // a heading that explains itself after a colon is not a unit's title
        assertThat(StructureBuilder.unitTitled("（一）指导思想：以新思想为指导")).isNull();
        // the unit in brackets under it signs the article, not the place
        StructureBuilder.Result under = new StructureBuilder().build(lines("基层治理经验摘登（2篇）",
                "\n石门镇：“四议两公开”让村务晒在阳光下", "（青石县石门镇党委）", "石门镇全面推行“四议两公开”工作法。",
                "\n清河县：探索“三治融合”新路径", "清河县坚持以基层治理为重要抓手。"), "f");
        assertThat(under.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                tuple("“四议两公开”让村务晒在阳光下", "青石县石门镇党委"), tuple("探索“三治融合”新路径", "清河县"));
        assertThat(under.articles().get(0).blocks()).extracting(ImportedBlock::text).containsExactly("石门镇全面推行“四议两公开”工作法。");
    }

    @Test
    void aSpeakerLineInBracketsSignsTheSpeechAndStaysText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全市优化营商环境工作推进会上的讲话",
                "（王建军同志在全市优化营商环境工作推进会上的讲话）", "2024年3月18日", "\n同志们：", "今天召开这次会议，主要任务是部署工作。"), "f");
        assertThat(r.title()).isEqualTo("在全市优化营商环境工作推进会上的讲话");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.author()).isEqualTo("王建军");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(a.blocks()).extracting(ImportedBlock::text).startsWith("（王建军同志在全市优化营商环境工作推进会上的讲话）", "同志们：");
        assertThat(Metadata.speakerLine("（市委书记 王建军在全市经济工作会议上的讲话）")).isEqualTo("市委书记 王建军");
        assertThat(Metadata.speakerLine("（根据录音整理）")).isNull();
        assertThat(Metadata.speakerLine("（在全市经济工作会议上的讲话）")).isNull();
    }

    @Test
    void aTitleBrokenOverThreeLinesBeforeItsSpeakerLineIsJoined() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("坚定信心　担当作为", "奋力推动全市营商环境", "实现新突破",
                "（王建军同志在全市优化营商环境工作推进会上的讲话）", "2024年3月18日", "\n同志们：", "今天召开这次会议。"), "f");
        assertThat(r.title()).isEqualTo("坚定信心　担当作为 奋力推动全市营商环境 实现新突破");
        assertThat(r.articles().get(0).author()).isEqualTo("王建军");
        assertThat(r.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 18));
    }

    @Test
    void aCompilationOfTitlesWithASubtitleAndTheUnitBelowIsSplit() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县党建工作典型案例选编",
                "\n小支部撬动大产业", "——XX县电子商务产业园党支部推动电商产业发展纪实", "XX县委两新工委",
                "\n园区党支部坚持把党建工作与产业发展同谋划。", "一是建强阵地聚人心。",
                "\n红色物业温暖万家", "——记XX物业服务企业联合党委创建工作", "XX区住房和城乡建设局",
                "\n全区组建物业服务企业联合党委。", "\n以党建之“魂”铸法律服务之“本”", "——XX律师事务所党支部的实践探索",
                "XX县司法局", "2023年12月5日", "\n所党支部坚持党建引领。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author, ImportedArticle::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("小支部撬动大产业", "XX县委两新工委", null),
                        org.assertj.core.groups.Tuple.tuple("红色物业温暖万家", "XX区住房和城乡建设局", null),
                        org.assertj.core.groups.Tuple.tuple("以党建之“魂”铸法律服务之“本”", "XX县司法局", LocalDate.of(2023, 12, 5)));
        assertThat(r.articles().get(0).blocks().get(0).text()).isEqualTo("——XX县电子商务产业园党支部推动电商产业发展纪实");
    }

    @Test
    void shortTitlesSignedByANameAloneSplitAnAnnouncedCompilation() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("青年干部学习心得体会（3篇）",
                "\n守初心", "县教育局　张晓燕", "\n参加工作五年来，我始终牢记入党誓词。", "我将继续努力。",
                "\n知行合一", "王志强", "\n学习的目的全在于运用。", "\n砥砺前行", "陈雪", "\n奋斗是青春最亮丽的底色。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("守初心", "县教育局 张晓燕"),
                org.assertj.core.groups.Tuple.tuple("知行合一", "王志强"),
                org.assertj.core.groups.Tuple.tuple("砥砺前行", "陈雪"));
    }

    @Test
    void aContentsOfPlainTitlesWithTheirUnitsBelowIsNeitherAnArticleNorText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("基层治理创新经验交流材料汇编", "\n目  录",
                "\n党建引领“网格+”激活基层治理末梢", "XX县委组织部", "“三联三促”推动城市社区服务提质增效", "XX区民政局",
                "\n党建引领“网格+”激活基层治理末梢", "XX县委组织部", "今年以来，XX县坚持把党建引领基层治理作为一号工程。",
                "一、织密组织网络", "全县划分基础网格1126个。",
                "\n“三联三促”推动城市社区服务提质增效", "XX区民政局", "XX区坚持以居民需求为导向。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("党建引领“网格+”激活基层治理末梢", "XX县委组织部"),
                org.assertj.core.groups.Tuple.tuple("“三联三促”推动城市社区服务提质增效", "XX区民政局"));
        assertThat(r.articles().get(0).blocks().get(0).text()).startsWith("今年以来");
    }

    @Test
    void theCoverLinesAndTheContentsAreRecordedNotLost() {
        StructureBuilder builder = new StructureBuilder();
        StructureBuilder.Result r = builder.build(lines("优化营商环境典型案例汇编", "XX市优化营商环境工作领导小组办公室", "2024年4月",
                "\n目录", "1．推行“一件事一次办”", "2．打造“15分钟政务服务圈”",
                "\n推行“一件事一次办”", "XX市政务服务中心", "\n我们推动高频事项集成办理。",
                "\n打造“15分钟政务服务圈”", "XX区行政审批局", "\n我们把服务网点延伸到社区。"), "f");
        assertThat(r.articles()).hasSize(2);
        assertThat(builder.separators()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StructureBuilder.COVER_ID, "XX市优化营商环境工作领导小组办公室"),
                        org.assertj.core.groups.Tuple.tuple(StructureBuilder.COVER_ID, "2024年4月"),
                        org.assertj.core.groups.Tuple.tuple(StructureBuilder.CONTENTS_ID, "目录"),
                        org.assertj.core.groups.Tuple.tuple(StructureBuilder.CONTENTS_ID, "1．推行“一件事一次办”"),
                        org.assertj.core.groups.Tuple.tuple(StructureBuilder.CONTENTS_ID, "2．打造“15分钟政务服务圈”"));
    }

    @Test
    void contentsWithGluedFullWidthOrIdeographicSpacedPagesAreContentsNotHeadings() {
        StructureBuilder builder = new StructureBuilder();
        StructureBuilder.Result r = builder.build(lines("青禾县数字乡村建设三年行动实施方案", "\n目录", "一、总体要求1",
                "（一）指导思想1", "(二)基本原则　1", "（三）主要目标２", "二、重点任务２", "三、保障措施5",
                "\n一、总体要求", "（一）指导思想", "坚持以人民为中心的发展思想。", "（二）基本原则", "坚持统筹推进。",
                "（三）主要目标", "到2026年，数字乡村建设取得明显成效。", "二、重点任务", "加快网络基础设施建设。",
                "三、保障措施", "加强组织领导。"), "f");
        assertThat(builder.separators()).filteredOn(t -> t.ruleId().equals(StructureBuilder.CONTENTS_ID)).hasSize(7);
        assertThat(r.articles().get(0).blocks()).filteredOn(b -> b.type() == BlockType.HEADING).extracting(ImportedBlock::text)
                .containsExactly("一、总体要求", "（一）指导思想", "（二）基本原则", "（三）主要目标", "二、重点任务", "三、保障措施");
    }

    @Test
    void aBracketedLabelRightBeforeTheTitleIsDropped() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("基层治理典型案例（2篇）",
                "\n【案例一】“党建+物业”破解小区治理难题（宁远市红旗街道党工委）", "\n街道党工委推动物业企业建立党组织。",
                "\n【案例二】“积分超市”激活乡村治理（宁远市某某镇党委）", "\n镇党委在各村推行积分制管理。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("“党建+物业”破解小区治理难题", "宁远市红旗街道党工委"),
                org.assertj.core.groups.Tuple.tuple("“积分超市”激活乡村治理", "宁远市某某镇党委"));
    }

    @Test
    void theSpeakersNameUnderTheSubtitleAndDateOfASpeechSignsIt() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("一鼓作气 乘势而上 推动乡村振兴工作再上新台阶",
                "——在全县乡村振兴推进会上的讲话", "（2024年6月20日）", "林海燕", "\n同志们：", "今天召开这次会议，主要任务是部署工作。"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.author()).isEqualTo("林海燕");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(a.blocks()).extracting(ImportedBlock::text).containsExactly("——在全县乡村振兴推进会上的讲话", "同志们：",
                "今天召开这次会议，主要任务是部署工作。");
        assertThat(Metadata.authorLine("同志们", true)).isNull();
    }

    @Test
    void aTitleGivenTwiceAtTheTopIsTheTitleOnceAndTheFirstArticleKeepsItsOwn() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全市安全生产工作会议上的表态发言汇编",
                "在全市安全生产工作会议上的表态发言汇编", "坚决扛牢安全责任　全力守护一方平安", "青禾县人民政府县长　王某某",
                "我们将坚决扛起安全生产政治责任，确保全年安全生产形势持续稳定。", "压实企业主体责任　筑牢安全生产防线",
                "云山市应急管理局局长　李某某", "我们将严格落实企业安全生产主体责任。"), "f");
        assertThat(r.title()).isEqualTo("在全市安全生产工作会议上的表态发言汇编");
        assertThat(r.articles()).extracting(ImportedArticle::title)
                .containsExactly("坚决扛牢安全责任　全力守护一方平安", "压实企业主体责任　筑牢安全生产防线");
    }

    @Test
    void anOfficialDocumentsTitleUnderItsLetterheadAndNumberIsTheTitleAndTheyStayText() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("XX县人民政府办公室文件", "X政办发〔2024〕15号",
                "关于进一步加强农村集体资产管理", "的实施意见", "\n各乡镇人民政府，县直各部门：", "为加强农村集体资产管理，现提出如下意见。"), "f");
        assertThat(r.title()).isEqualTo("关于进一步加强农村集体资产管理的实施意见");
        assertThat(r.articles().get(0).blocks()).extracting(ImportedBlock::text).containsExactly("XX县人民政府办公室文件",
                "X政办发〔2024〕15号", "各乡镇人民政府，县直各部门：", "为加强农村集体资产管理，现提出如下意见。");
        StructureBuilder.Result numberFirst = new StructureBuilder().build(lines("X政办发〔2024〕15号",
                "关于加快发展现代物流业的若干意见", "\n各乡镇人民政府：", "现提出如下意见。"), "f");
        assertThat(numberFirst.title()).isEqualTo("关于加快发展现代物流业的若干意见");
        StructureBuilder.Result twoLines = new StructureBuilder().build(lines("关于进一步加强农村集体资产管理", "的实施意见",
                "\n各乡镇人民政府：", "现提出如下意见。"), "f");
        assertThat(twoLines.title()).isEqualTo("关于进一步加强农村集体资产管理的实施意见");
        // the issuer alone on its line over 关于…
        StructureBuilder.Result issuer = new StructureBuilder().build(lines("XX县人民政府办公室文件", "X政办发〔2024〕38号",
                "\nXX县人民政府办公室", "关于开展2024年度安全生产考核工作的通知", "\n各乡镇人民政府，县直各有关单位：",
                "现将有关事项通知如下。"), "f");
        assertThat(issuer.title()).isEqualTo("XX县人民政府办公室关于开展2024年度安全生产考核工作的通知");
    }

    @Test
    void theAttachmentsANoticeListsAreParagraphsAndAMonthSignatureStillSigns() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("关于开展机关作风建设专项督查的通知",
                "各乡镇党委、县直各单位：", "现就有关事项通知如下。", "一、督查内容", "重点督查工作纪律执行情况。",
                "附件：1.专项督查工作安排表", "2.自查报告参考提纲", "3.问题整改台账（样表）",
                "某某县专项工作机制办公室", "2024年5月"), "f");
        ImportedArticle a = r.articles().get(0);
        assertThat(a.blocks()).extracting(ImportedBlock::type).containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.HEADING, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH);
        assertThat(a.author()).isEqualTo("某某县专项工作机制办公室");
        assertThat(a.date()).isNull();

        // an attachment whose name starts with a year (2.2024年…) is still one of the list
        StructureBuilder.Result year = new StructureBuilder().build(lines("污水治理三年行动实施方案",
                "为改善农村人居环境，制定本方案。", "一、保障措施", "（一）严格督导考核", "将治理工作纳入年度综合考核。",
                "附件：1.柳溪县农村生活污水治理工作领导小组成员名单", "2.2024年农村生活污水治理任务分解表",
                "3.农村生活污水处理设施运行维护管理办法"), "f");
        assertThat(year.articles().get(0).blocks()).filteredOn(b -> b.type() == BlockType.HEADING)
                .extracting(ImportedBlock::text).containsExactly("一、保障措施", "（一）严格督导考核");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            县委书记　张××                  | 县委书记 张××
            柳溪县人民政府县长　周××        | 柳溪县人民政府县长 周××
            县委书记　张XX                  | 县委书记 张XX
            县委书记　×××                   | 县委书记 ×××
            XX县委组织部　王××              | XX县委组织部 王××
            张××                            | 张××
            XXX                             | XXX
            关于XX                          | ''
            XX县                            | XX县
            加强××管理                      | ''
            """)
    void aNameWrittenWithASellersPlaceholderIsAName(String line, String author) {
        assertThat(Metadata.authorLine(line.strip(), true)).isEqualTo(author.isEmpty() ? null : author);
    }

    @Test
    void aSpeakerWhoseNameIsAPlaceholderSignsTheSpeechAndIsNotJoinedIntoTheTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("在全县经济工作会议上的讲话", "县委书记　张××",
                "（2024年1月15日）", "\n同志们：", "今天召开这次会议，主要任务是部署工作。"), "f");
        assertThat(r.title()).isEqualTo("在全县经济工作会议上的讲话");
        assertThat(r.articles().get(0).author()).isEqualTo("县委书记 张××");
        assertThat(r.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(StructureBuilder.speakerTitled("某某镇党委书记　张XX：")).containsExactly("某某镇党委书记", "张XX");
        assertThat(StructureBuilder.speakerAlone("县交通运输局局长　孙××")).containsExactly("县交通运输局局长", "孙××");
        assertThat(Metadata.speakerLine("（市委书记 王××在全市经济工作会议上的讲话）")).isEqualTo("市委书记 王××");
    }

    @Test
    void aUnitsLeadershipTeamSignsAndIsNotJoinedIntoTheTitle() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("凝心聚力抓落实　守正创新谋发展", "东岭市自然资源和规划局领导班子",
                "（2024年1月10日）", "\n2023年，局领导班子认真履行职责，较好完成了全年各项目标任务。"), "f");
        assertThat(r.title()).isEqualTo("凝心聚力抓落实　守正创新谋发展");
        assertThat(r.articles().get(0).author()).isEqualTo("东岭市自然资源和规划局领导班子");
        assertThat(r.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 10));
        StructureBuilder.Result signed = new StructureBuilder().build(lines("班子对照检查材料",
                "\n今年以来，班子成员认真对照检查，查摆了存在的问题。", "中共柳溪县委办公室领导班子", "2025年1月10日"), "f");
        assertThat(signed.articles().get(0).author()).isEqualTo("中共柳溪县委办公室领导班子");
        // a title that ends so is still a title
        assertThat(Metadata.authorLine("锻造忠诚干净担当的领导班子", true)).isNull();
    }

    @Test
    void aZhaibianIsACompilationSplitByItsSpeakers() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("柳溪县民营企业家座谈会发言摘编",
                "编者按：县委、县政府召开座谈会，现将部分发言摘编如下。",
                "柳溪县宏达机械制造有限公司董事长　陈国华：", "这几年，县里出台了一系列支持民营企业发展的政策，我们是实实在在的受益者。",
                "县发展和改革局局长　周文斌：", "刚才企业家们提出的意见建议，涉及我局职能的主要有两个方面。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).endsWith(
                org.assertj.core.groups.Tuple.tuple("柳溪县宏达机械制造有限公司董事长", "陈国华"),
                org.assertj.core.groups.Tuple.tuple("县发展和改革局局长", "周文斌"));
    }

    @Test
    void aBulletedSpeakerWithAPaddedNameAndAColonStartsASpeechAndTheBulletIsNotTheTitles() {
        StructureBuilder.Result r = new StructureBuilder().build(lines("全县民营企业家座谈会发言摘登",
                "编者按：县委、县政府召开座谈会，现将部分发言摘登如下。",
                "■柳溪县宏达机械制造有限公司董事长　陈国华：", "这几年，县里出台了一系列支持民营企业发展的政策，我们是实实在在的受益者。",
                "■青禾食品有限公司总经理　许　静：", "我们是一家农产品加工企业，主要做黄桃罐头和果汁，产品销往全国。",
                "★县工商联主席　王　丽：", "刚才几位企业家的发言很实在，提出的问题也很有代表性。"), "f");
        assertThat(r.articles()).extracting(ImportedArticle::title, ImportedArticle::author).endsWith(
                org.assertj.core.groups.Tuple.tuple("柳溪县宏达机械制造有限公司董事长", "陈国华"),
                org.assertj.core.groups.Tuple.tuple("青禾食品有限公司总经理", "许静"),
                org.assertj.core.groups.Tuple.tuple("县工商联主席", "王丽"));
        StructureBuilder.Result titled = new StructureBuilder().build(lines("基层治理经验交流材料（2篇）",
                "\n■坚持党建引领　激活治理效能", "某某区委组织部", "\n某某区把网格作为基层治理的基本单元，群众诉求办结率明显提升。",
                "\n■推动矛盾纠纷就地化解", "某某县司法局", "\n某某县建成县乡村三级调解平台，全年化解纠纷两千余件。"), "f");
        assertThat(titled.articles()).extracting(ImportedArticle::title)
                .containsExactly("坚持党建引领　激活治理效能", "推动矛盾纠纷就地化解");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            柳溪县农村生活污水治理   | 三年行动实施方案（2024—2026年） | 柳溪县农村生活污水治理三年行动实施方案（2024—2026年）
            柳溪县农村生活污水治理   | 三年行动实施方案                | 柳溪县农村生活污水治理三年行动实施方案
            关于加快发展现代物流业   | 的实施意见                      | 关于加快发展现代物流业的实施意见
            青禾县农村集体资产       | 管理办法（试行）                | 青禾县农村集体资产管理办法（试行）
            关于印发实施方案的通知   | 柳溪县农村污水治理实施方案      | 关于印发实施方案的通知
            """)
    void aTitleWhoseSecondLineSaysWhatKindOfPlanItIsIsJoined(String first, String second, String title) {
        StructureBuilder.Result r = new StructureBuilder().build(lines(first.strip(), second.strip(),
                "\n为改善农村人居环境，结合我县实际，制定本方案。", "一、指导思想", "坚持因地制宜、分类施策。"), "f");
        assertThat(r.title()).isEqualTo(title.strip());
    }
}
