package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.formats.FormatReaders;

/** A saved web page's information line is chrome, but its date and source are kept as the article's. */
class PageInfoTest {
    private final PipelineParser parser = new PipelineParser(FormatReaders.all(), NoiseRules.builtIn());

    private ImportedDocument parse(String name, String format, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parser.parse(new SourceFile(name, "/in/" + name, format, bytes, "x"), ImportOptions.defaults());
    }

    private static String blocks(ImportedDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.articles().forEach(a -> a.blocks().forEach(b -> sb.append(b.text()).append('\n')));
        return sb.toString();
    }

    @Test
    void aGovernmentPageGivesItsDateAndSourceAndLosesItsTools() throws Exception {
        ImportedDocument doc = parse("page.html", "html", """
                <html><head><title>某某镇：小网格撬动大治理_某某县人民政府</title></head><body>
                <div class="crumb">当前位置：<a>首页</a> &gt; <a>乡镇动态</a></div>
                <h1>某某镇：小网格撬动大治理</h1>
                <div class="info">发布时间：2024-04-09 16:05　来源：某某镇人民政府　浏览次数：88　【字体：大 中 小】</div>
                <p>　　某某镇把网格作为基层治理的最小单元，推动力量下沉、服务前移。</p>
                <p>一、划细网格</p><p>　　全镇划分网格64个，每个网格配备一名专职网格员。</p>
                <div>【打印本页】【关闭窗口】</div></body></html>
                """);
        assertThat(doc.source()).isEqualTo("某某镇人民政府");
        assertThat(doc.articles()).hasSize(1);
        assertThat(doc.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(blocks(doc)).contains("全镇划分网格64个").doesNotContain("打印本页").doesNotContain("浏览次数");
    }

    @Test
    void theAuthorOnAPagesInformationLineSignsTheArticle() throws Exception {
        ImportedDocument doc = parse("page.html", "html", """
                <html><head><title>云岭县：“四下基层”架起干群连心桥_云岭县人民政府</title></head><body>
                <h1>云岭县：“四下基层”架起干群连心桥</h1>
                <div class="info">发布时间：2024-04-12　来源：云岭县委组织部　作者：陈晓雯　浏览次数：120</div>
                <p>　　今年以来，云岭县深入开展“四下基层”活动，推动干部走进群众、服务群众。</p>
                </body></html>
                """);
        assertThat(doc.articles()).singleElement().satisfies(a -> {
            assertThat(a.author()).isEqualTo("陈晓雯");
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 4, 12));
        });
        assertThat(doc.source()).isEqualTo("云岭县委组织部");
    }

    @Test
    void aSourceWhoseSpansRunTogetherEndsAtTheNextField() throws Exception {
        ImportedDocument doc = parse("page.html", "html", """
                <html><head><title>东岭区：“接诉即办”跑出加速度_东岭区人民政府</title></head><body>
                <h1>东岭区：“接诉即办”跑出加速度</h1>
                <div class="info"><span>发布时间：2024-05-08</span><span>来源：区政务服务管理局</span>
                <span>作者：陈晓雯</span><span>浏览次数：1263</span></div>
                <p>　　今年以来，东岭区把群众诉求作为工作的出发点，推动诉求快速办理。</p>
                </body></html>
                """);
        assertThat(doc.source()).isEqualTo("区政务服务管理局");
        assertThat(doc.articles()).singleElement().satisfies(a -> assertThat(a.author()).isEqualTo("陈晓雯"));
    }

    @Test
    void anOlderSitesInformationLineStartingWithItsAuthorGivesAuthorDateAndSource() throws Exception {
        ImportedDocument doc = parse("page.htm", "html", """
                <html><head><title>在全市生态环境保护大会上的讲话</title></head><body>
                <table><tr><td><b>在全市生态环境保护大会上的讲话</b></td></tr>
                <tr><td>作者：青禾市人民政府市长　林振华　　来源：青禾日报　　发布时间：2024-06-05　　【字体：大 中 小】</td></tr>
                <tr><td><p>同志们：</p><p>　　今天召开全市生态环境保护大会，主要任务是总结工作、部署任务。</p>
                <p>　　一要持续打好蓝天保卫战。二要深入打好碧水保卫战。</p></td></tr>
                <tr><td>【发表评论】【告诉好友】【打印此文】【关闭窗口】</td></tr></table></body></html>
                """);
        assertThat(doc.articles()).singleElement().satisfies(a -> {
            assertThat(a.author()).isEqualTo("青禾市人民政府市长　林振华");
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 6, 5));
        });
        assertThat(doc.source()).isEqualTo("青禾日报");
        assertThat(blocks(doc)).doesNotContain("作者").doesNotContain("发表评论").contains("一要持续打好蓝天保卫战");
    }

    @Test
    void aSellersInformationLineIsNotGluedToTheFirstTitle() throws Exception {
        ImportedDocument doc = parse("seller.html", "html", """
                <html><head><title>全县防汛工作会议表态发言（3篇）</title></head><body>
                <h1>全县防汛工作会议表态发言（3篇）</h1>
                <div class="art-info"><span>发布时间：2024-05-12</span><span>阅读：2563</span><span>字数：4200字</span><span>会员专享</span></div>
                <p><b>压紧压实防汛责任　确保安全度汛</b></p><p>石门镇人民政府</p>
                <p>　　尊敬的各位领导，同志们：</p><p>　　石门镇将坚决落实防汛各项部署，确保群众生命财产安全。</p>
                </body></html>
                """);
        assertThat(doc.articles().get(0).title()).isEqualTo("压紧压实防汛责任　确保安全度汛");
        assertThat(blocks(doc)).doesNotContain("字数").doesNotContain("阅读：");
    }

    @Test
    void aWeChatSectionsDecorativeNumberOverATitleNumberedOnItsOwnGoes() throws Exception {
        ImportedDocument doc = parse("wechat.html", "html", """
                <html><head><title>党建引领“小网格”撬动基层治理</title></head><body><div id="js_content">
                <p>近年来，某某县坚持以党建引领基层治理，把网格作为服务群众的最小单元。</p>
                <section><section><span><strong>01</strong></span></section>
                <p><strong>一、建强网格组织体系，让党旗在网格中飘扬</strong></p></section>
                <p>全县科学划分综合网格1826个，同步建立网格党支部2100余个。</p>
                <section><section><span><strong>02</strong></span></section>
                <p><strong>二、完善运行机制，让问题在网格中解决</strong></p></section>
                <p>建立网格吹哨、部门报到工作机制。</p></div></body></html>
                """);
        assertThat(doc.articles().get(0).blocks()).filteredOn(b -> b.type() == org.wenzhai.domain.BlockType.HEADING)
                .extracting(b -> b.level() + " " + b.text()).containsExactly("1 一、建强网格组织体系，让党旗在网格中飘扬",
                        "1 二、完善运行机制，让问题在网格中解决");
    }

    @Test
    void aWeChatArticlesNumberedSectionsAreItsHeadings() throws Exception {
        ImportedDocument doc = parse("wechat.html", "html", """
                <html><head><title>以严实作风推动工作落实</title></head><body><div id="js_content">
                <section><p>同志们：</p><p>今天，我和大家交流作风建设。</p></section>
                <section><p>01</p></section><section><p><strong>深刻认识作风建设的重要意义</strong></p></section>
                <section><p>作风问题本质上是党性问题，关系党的形象。</p></section>
                <section><p>02</p></section><section><p><strong>准确把握严和实的具体要求</strong></p></section>
                <section><p>（一）要严以修身，坚定理想信念。</p><p>理想信念是共产党人的精神之钙。</p></section>
                <section><p>03</p></section><section><p><strong>以严实作风推动各项工作落地见效</strong></p></section>
                <section><p>要把作风建设融入日常、抓在经常。</p></section></div></body></html>
                """);
        assertThat(doc.articles().get(0).blocks()).filteredOn(b -> b.type() == org.wenzhai.domain.BlockType.HEADING)
                .extracting(b -> b.level() + " " + b.text()).containsExactly("1 01 深刻认识作风建设的重要意义",
                        "1 02 准确把握严和实的具体要求", "2 （一）要严以修身，坚定理想信念。", "1 03 以严实作风推动各项工作落地见效");
        // a number alone that does not count sections up from 1 is left to the rules
        assertThat(blocks(doc)).contains("作风问题本质上是党性问题");
    }

    @Test
    void aPageSavedAsTextGivesItsDateFromThePublishedLine() throws Exception {
        ImportedDocument doc = parse("page.txt", "txt", """
                坚持“三个聚焦” 推动组织工作提质增效
                作者：某某县委组织部
                发布时间：2023-09-12 10:35:21
                今年以来，某某县委组织部坚持围绕中心、服务大局，推动组织工作提质增效。
                一、聚焦政治建设
                持续深化理论武装，教育引导党员干部坚定理想信念。
                """);
        assertThat(doc.articles().get(0).date()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(doc.articles().get(0).author()).isEqualTo("某某县委组织部");
    }

    @Test
    void aWeChatArticleSavedAsTextLosesItsChromeAndKeepsItsTitleAndDate() throws Exception {
        ImportedDocument doc = parse("wechat.txt", "txt", """
                以学铸魂　以学增智　以学正风　以学促干
                2024-05-20 08:30 发表于湖南
                点击上方蓝字关注我们
                今年以来，我们坚持把理论学习作为首要任务，推动学习成果转化为发展成效。
                一、以学铸魂，筑牢信仰之基
                坚持读原著、学原文、悟原理，引导党员干部坚定理想信念。
                """);
        assertThat(doc.articles()).hasSize(1);
        assertThat(doc.articles().get(0).title()).isEqualTo("以学铸魂　以学增智　以学正风　以学促干");
        assertThat(doc.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(blocks(doc)).doesNotContain("发表于").doesNotContain("蓝字").contains("坚持读原著");
    }

    @Test
    void aNewsPagesInformationLineWithoutLabelsGivesItsDateAndSource() throws Exception {
        ImportedDocument doc = parse("news.html", "html", """
                <html><head><title>某某县举办乡村振兴人才培训班_新闻中心</title></head><body>
                <article><h1>某某县举办乡村振兴人才培训班</h1>
                <div class="info"><span>2024-07-22 10:15</span>　<span>来源：XX日报</span>　<span>作者：记者 李文博</span></div>
                <p>　　7月20日，某某县乡村振兴人才培训班开班，120名村级后备干部参加培训。</p></article></body></html>
                """);
        assertThat(doc.source()).isEqualTo("XX日报");
        assertThat(doc.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(blocks(doc)).doesNotContain("来源").contains("120名村级后备干部");
    }

    @Test
    void aDateInTheBodyFarBelowTheTopIsNotTakenForTheArticles() throws Exception {
        StringBuilder text = new StringBuilder("关于做好年度考核工作的通知\n");
        for (int i = 0; i < 20; i++) {
            text.append("各单位要高度重视年度考核工作，认真组织实施，确保考核工作平稳有序推进第").append(i).append("项。\n");
        }
        text.append("发布时间：2022-01-05 09:00\n");
        ImportedDocument doc = parse("notice.txt", "txt", text.toString());
        assertThat(doc.articles().get(0).date()).isNull();
    }
}
