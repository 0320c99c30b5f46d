package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenzhai.importing.ImportOptions;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    private RawText read(byte[] bytes) throws Exception {
        return reader.read(Fixtures.file("page.html", bytes), ImportOptions.defaults());
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="gbk"><title>关于推进乡村振兴的工作报告_某某网</title>
            <style>p { color: red }</style><script>var x = "广告";</script></head>
            <body>
            <header><a href="/">首页</a> | 返回</header>
            <nav><ul><li>要闻</li><li>政务</li></ul></nav>
            <div class="breadcrumb">当前位置：首页 &gt; 材料</div>
            <div id="main" class="has-sidebar content">
              <article>
                <h1>关于推进乡村振兴的工作报告</h1>
                <p>今年以来，我们坚持农业农村优先发展，
                扎实推进各项工作。</p>
                <h2>一、主要成效</h2>
                <p>粮食生产再获丰收。<br>农民收入稳步增长。</p>
                <table><tr><th>指标</th><th>完成值</th></tr><tr><td>粮食产量</td><td>120万吨</td></tr></table>
                <pre>第一行
            第二行</pre>
                <div class="share-bar">分享到：微信 微博</div>
              </article>
              <aside>相关阅读</aside>
              <div class="comment-list"><p>网友评论：写得好</p></div>
            </div>
            <form><input name="q"><button>搜索</button></form>
            <footer>版权所有 © 某某网</footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleAndDropsPageChrome() throws Exception {
        RawText t = read(PAGE.getBytes(Charset.forName("GBK")));
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                tuple("关于推进乡村振兴的工作报告", 1),
                tuple("今年以来，我们坚持农业农村优先发展，扎实推进各项工作。", null),
                tuple("一、主要成效", 2),
                tuple("粮食生产再获丰收。", null),
                tuple("农民收入稳步增长。", null),
                tuple("指标\t完成值", null),
                tuple("粮食产量\t120万吨", null),
                tuple("第一行", null),
                tuple("第二行", null));
        // a block's end ends the paragraph; a <br> only the line, as a .txt's line end (reflow decides)
        assertThat(t.lines()).filteredOn(l -> !l.paragraphEnd()).extracting(RawLine::text).containsExactly("粮食生产再获丰收。");
    }

    @Test
    void linesBrokenByBrInsideASentenceAreJoinedAndOnesAfterAFullStopAreNot() throws Exception {
        String page = "<html><body><h1>县政府工作报告</h1><p>各位代表：<br>现在，我代表县人民政府，向大会报告政府工作，请予审议，<br>"
                + "并请县政协委员和其他列席人员提出意见。<br>全年实现地区生产总值286.4亿元。</p></body></html>";
        org.wenzhai.domain.ImportedDocument doc = parsed(page);
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly("各位代表：",
                "现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。", "全年实现地区生产总值286.4亿元。");
    }

    @Test
    void aPositionedLineIndentedByItsOwnIdeographicSpacesStartsAParagraphUnderATitleWithoutAFullStop() throws Exception {
        // a 文库 page: the title placed right of the text's left edge, each paragraph's first line at
        // the edge but written with the original's indent (before, the title was glued onto the
        // first paragraph, which then had no indent of its own)
        List<String> paragraphs = List.of(
                "今年以来，我局坚持农业农村优先发展，全面推进乡村振兴战略，统筹抓好粮食生产、产业发展和农村改革，农业农村经济保持稳中有进的良好态势，为全年目标任务的完成打下了坚实基础。",
                "全县夏粮播种面积达到52.3万亩，较上年增加0.8万亩，预计夏粮总产2.1亿斤，同比增长3.2%，落实耕地地力保护补贴资金4860万元，惠及农户9.6万户，种粮农民积极性明显提高。",
                "新培育市级以上农业产业化龙头企业5家，新增“三品一标”认证产品12个，茶叶、中药材、优质稻三大主导产业实现综合产值18.6亿元，带动就业的作用进一步显现出来。",
                "完成农村户厕改造1260户，新建村级污水处理站8座，创建省级美丽宜居示范村3个，农村生活垃圾无害化处理率稳定在98%以上，群众的获得感和满意度不断提升。");
        String style = "position:absolute;width:606px;height:21px;top:%dpx;left:%dpx;";
        StringBuilder page = new StringBuilder("<html><head><title>上半年工作总结_某某文库</title></head><body><div class=\"reader-page\">"
                + "<p class=\"reader-word-layer\" style=\"" + String.format(style, 96, 160) + "\">青石县农业农村局2024年上半年工作总结和下半年工作打算</p>");
        int top = 132;
        for (String p : paragraphs) {
            String text = "\u3000\u3000" + p;
            for (int at = 0; at < text.length(); at += 30) {
                page.append("<p class=\"reader-word-layer\" style=\"").append(String.format(style, top, 96)).append("\">")
                        .append(text, at, Math.min(text.length(), at + 30)).append("</p>");
                top += 21;
            }
        }
        org.wenzhai.domain.ImportedDocument doc = parsed(page.append("</div></body></html>").toString());
        assertThat(doc.articles().get(0).title()).isEqualTo("青石县农业农村局2024年上半年工作总结和下半年工作打算");
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactlyElementsOf(paragraphs);
    }

    @Test
    void theTextsOwnTitleThatSaysMoreThanThePagesIsTheTitleNotAParagraphUnderIt() throws Exception {
        String page = "<html><head><title>述职述廉报告_导出</title></head><body>"
                + "<table><tr><td>干部考核管理系统　导出时间：2024-01-15 10:32:07</td></tr></table>"
                + "<div class=\"t\">2023年度述职述廉报告</div><div>县住房和城乡建设局党组书记、局长　韩立新</div>"
                + "<div>按照县委统一安排，现将本人2023年度履行职责和党风廉政建设情况报告如下，请予评议。</div></body></html>";
        org.wenzhai.domain.ImportedDocument doc = parsed(page);
        assertThat(doc.articles().get(0).title()).isEqualTo("2023年度述职述廉报告");
        assertThat(doc.articles().get(0).author()).isEqualTo("县住房和城乡建设局党组书记、局长 韩立新");
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text)
                .containsExactly("按照县委统一安排，现将本人2023年度履行职责和党风廉政建设情况报告如下，请予评议。");
    }

    @Test
    void aWechatArticlesAuthorInItsMetaLineSignsItUnlessItIsTheAccountsName() throws Exception {
        String page = "<html><head><title>南溪镇探索积分制管理激活乡村治理新动能</title></head><body><div id=\"js_article\">"
                + "<h1 class=\"rich_media_title\" id=\"activity-name\">南溪镇探索积分制管理激活乡村治理新动能</h1>"
                + "<div id=\"meta_content\" class=\"rich_media_meta_list\"><span class=\"rich_media_meta rich_media_meta_text\">%s</span>"
                + "<span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\"><a id=\"js_name\">青石组工</a></span>"
                + "<em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">2024-04-08 18:30</em></div>"
                + "<div id=\"js_content\"><p>今年以来，南溪镇在全镇14个行政村全面推行积分制管理，群众参与乡村治理的积极性明显提高。</p></div>"
                + "</div></body></html>";
        org.wenzhai.domain.ImportedDocument signed = parsed(String.format(page, "南溪镇党委"));
        assertThat(signed.articles().get(0).author()).isEqualTo("南溪镇党委");
        assertThat(signed.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text)
                .containsExactly("今年以来，南溪镇在全镇14个行政村全面推行积分制管理，群众参与乡村治理的积极性明显提高。");
        // the account's own name is no author, nor is a pen name (the text may sign itself further down)
        assertThat(parsed(String.format(page, "青石组工")).articles().get(0).author()).isNull();
        org.wenzhai.domain.ImportedDocument penName = parsed(String.format(page, "南湖组工"));
        assertThat(penName.articles().get(0).author()).isNull();
        assertThat(penName.articles().get(0).title()).isEqualTo("南溪镇探索积分制管理激活乡村治理新动能");
    }

    @Test
    void wordsHtmlWrappedBetweenAFigureAndAChineseCharacterHasNoSpaceThereWhileOtherPagesKeepIt() throws Exception {
        String body = "<body><p class=MsoNormal><span>全年检查生产经营单位<span lang=EN-US>1,147</span>\n家次，开展应急演练<span lang=EN-US>5</span>\n"
                + "场次。</span></p></body></html>";
        String word = "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta name=ProgId content=Word.Document></head>" + body;
        assertThat(read(word.getBytes(StandardCharsets.UTF_8)).lines()).extracting(RawLine::text)
                .containsExactly("全年检查生产经营单位1,147家次，开展应急演练5场次。");
        // a portal's header fields stand apart so: 青禾发布 / 2024-06-18
        assertThat(read(("<html><head></head>" + body).getBytes(StandardCharsets.UTF_8)).lines()).extracting(RawLine::text)
                .containsExactly("全年检查生产经营单位1,147 家次，开展应急演练5 场次。");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"position: absolute; ", ""})
    void aSharingPagesPositionedLinesArePaperLinesJoinedIntoParagraphsWhereTheyAreIndented(String inline) throws Exception {
        // (position:absolute in the line's own style, or in its class and only its place in the style)
        String[] paper = {"今年以来，县委坚持把发展壮大村级集体经济作为抓党建促乡村振兴的", "重要抓手，统筹整合涉农资金，全县集体经济收入全部达到10万元以上，",
            "其中50万元以上的村达到32个。", "（二）健全利益联结机制。通过“村集体+合作社+农户”模式，带动农户",
            "户均增收3600元，群众参与集体经济发展的积极性明显提高，村级组织", "的凝聚力号召力进一步增强。", "县委政策研究室"};
        int[] left = {122, 90, 90, 122, 90, 90, 300};
        StringBuilder page = new StringBuilder("<html><head><style>.layer{position:absolute}</style></head><body>"
                + "<div class=\"reader-page\"><p class=\"layer\" style=\"" + inline
                + "top:100px;left:194px\">关于某某县集体经济的调研报告</p>");
        for (int i = 0; i < paper.length; i++) {
            page.append("<p class=\"layer\" style=\"").append(inline).append("top:").append(140 + 34 * i).append("px; left:")
                    .append(left[i]).append("px\">").append(paper[i]).append("</p>");
        }
        page.append("</div></body></html>");
        org.wenzhai.domain.ImportedDocument doc = parsed(page.toString());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly(
                paper[0] + paper[1] + paper[2], "（二）健全利益联结机制。", "通过“村集体+合作社+农户”模式，带动农户" + paper[4] + paper[5],
                "县委政策研究室");
    }

    @Test
    void aPdf2htmlexPagesLinesPlacedByClassesAreJoinedIntoParagraphsWhereTheyAreIndented() throws Exception {
        String[] paper = {"同志们：", "这次会议的主要任务是总结去年全县防汛抗旱工作，分", "析当前面临的形势，安排部署今年重点工作。下面，我讲两",
            "点意见。", "一是落实防汛责任，推动各级各部门守土有责、守土尽", "责，把防汛措施切实落实到每一座水库、每一段堤防、每一",
            "个村组。", "二是加强监测预警，及时发布雨情水情信息，提前转移", "危险区域群众，确保不死人、少伤人。"};
        String[] x = {"x3", "x3", "x4", "x4", "x3", "x4", "x4", "x3", "x4"};
        StringBuilder page = new StringBuilder("<html><head><style>.x3{left:143px;}.x4{left:108px;}"
                + ".t{position:absolute;white-space:pre;}</style></head><body><div id=\"page-container\">"
                + "<div class=\"pf w0 h0\"><div class=\"pc pc1 w0 h0\">");
        for (int i = 0; i < paper.length; i++) {
            page.append("<div class=\"t m0 ").append(x[i]).append(" h2 y").append(i + 1).append(" ff1\">").append(paper[i]).append("</div>\n");
        }
        page.append("</div></div></div></body></html>");
        org.wenzhai.domain.ImportedDocument doc = parsed(page.toString());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly("同志们：",
                paper[1] + paper[2] + paper[3], paper[4] + paper[5] + paper[6], paper[7] + paper[8]);
    }

    @Test
    void runsOfOneLinePlacedAtOneTopAreOneLineIndentedByItsFirstRun() throws Exception {
        String page = "<html><head><style>.layer{position:absolute}</style></head><body><div class=\"reader-page\">"
                + "<p class=\"layer\" style=\"top:100px;left:143px\">各乡镇党委书记抓基层党建的责任意识明显</p>\n"
                + "<p class=\"layer\" style=\"top:138px;left:108px\">增强，</p>\n"
                + "<p class=\"layer\" style=\"top:138px;left:170px\">“书记项目”</p>\n"
                + "<p class=\"layer\" style=\"top:138px;left:300px\">推进有力，基层党组织政治功能不断</p>\n"
                + "<p class=\"layer\" style=\"top:176px;left:108px\">提升。</p></div></body></html>";
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text, RawLine::paragraphEnd).containsExactly(
                tuple("\u3000\u3000各乡镇党委书记抓基层党建的责任意识明显", false), tuple("增强，“书记项目”推进有力，基层党组织政治功能不断", false),
                tuple("提升。", false));
    }

    @Test
    void theDocumentsOwnTitleBrokenOverLinesUnderThePagesTitleIsRecordedNotKept() throws Exception {
        String page = "<html><head><title>关于2023年度农村人居环境整治情况的通报_某某文库</title></head><body>"
                + "<h1>关于2023年度农村人居环境整治情况的通报</h1><div class=\"reader-page\">"
                + "<p style=\"top:120px;left:300px\">中共某某县委农办</p>"
                + "<p style=\"top:160px;left:230px\">关于2023年度农村人居环境整治情况的</p>"
                + "<p style=\"top:198px;left:330px\">通　报</p>"
                + "<p style=\"top:260px;left:108px\">各乡镇党委、政府：</p></div></body></html>";
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(l -> l.text().strip()).containsExactly("关于2023年度农村人居环境整治情况的通报",
                "中共某某县委农办", "各乡镇党委、政府：");
        assertThat(t.removed()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::text)
                .containsExactly(tuple("html-title-again", "关于2023年度农村人居环境整治情况的"), tuple("html-title-again", "通　报"));
    }

    @Test
    void aSourceLineBreakBesideChineseTextOrAQuoteMarkIsNoSpaceButBeforeADigitOrBetweenLatinWordsItIs() throws Exception {
        String page = "<html><body><h1>关于某某工作的发言</h1><div><span>采取“</span>\n<span>以奖代补”方式，对考核优秀的</span>\n"
                + "<span>村给予奖励。</span>\n<span>Smart</span>\n<span>City</span></div><p><span>青禾发布</span>\n"
                + "<span>2024-06-18 08:30</span></p></body></html>";
        assertThat(texts(page)).containsExactly("关于某某工作的发言",
                "采取“以奖代补”方式，对考核优秀的村给予奖励。 Smart City", "青禾发布 2024-06-18 08:30");
    }

    @Test
    void aSpaceInTheSourceAfterAChineseCommaOrFullStopIsNoSpaceButBetweenPhrasesItStays() throws Exception {
        String page = "<html><body><p><span>用好新媒体平台</span> <span>打造融媒矩阵，</span> <span>全年推出原创作品860余件。</span> "
                + "<span>下一步</span></p><p>时间： 2024年5月</p></body></html>";
        assertThat(texts(page)).containsExactly("用好新媒体平台 打造融媒矩阵，全年推出原创作品860余件。下一步", "时间： 2024年5月");
    }

    @Test
    void menusAndRelatedLinksGoWhateverTheirClassNames() throws Exception {
        String page = "<html><body><div class=\"dh\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/a\">政务公开</a></li>"
                + "<li><a href=\"/b\">互动交流</a></li></ul></div><div class=\"wz_title\">在全县防汛工作会议上的讲话</div>"
                + "<div><p>同志们：</p><ul><li>一是<a href=\"#\">加强</a>值守。</li><li>二是落实责任。</li></ul></div>"
                + "<div class=\"xglj\"><h3>相关链接</h3><ul><li><a href=\"#\">我县举行防汛应急演练</a></li></ul></div></body></html>";
        // a list whose items say more than their one link is the text's own
        assertThat(texts(page)).containsExactly("在全县防汛工作会议上的讲话", "同志们：", "一是加强值守。",
                "二是落实责任。", "相关链接");
    }

    @Test
    void withoutAMetaCharsetTheDecoderDecides() throws Exception {
        String page = "<html><body><p>坚持稳中求进工作总基调。</p><p>持续推动高质量发展。</p></body></html>";
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("坚持稳中求进工作总基调。", "持续推动高质量发展。");
        RawText gb = read(page.getBytes(Charset.forName("GB18030")));
        assertThat(gb.encoding()).isEqualTo("GB18030");
        assertThat(gb.lines()).extracting(RawLine::text).containsExactly("坚持稳中求进工作总基调。", "持续推动高质量发展。");
    }

    @Test
    void aWrongMetaCharsetIsOverruledByTheBytes() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>一、加强组织领导，压实各级责任。</p></body></html>";
        RawText t = read(page.getBytes(Charset.forName("GBK")));
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一、加强组织领导，压实各级责任。");
    }

    @Test
    void theTitleStandsInWhenThePageHasNoHeading() throws Exception {
        String page = "<html><head><title>工作要点</title></head><body><div>全年工作安排如下。</div></body></html>";
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel)
                .containsExactly(tuple("工作要点", 1), tuple("全年工作安排如下。", null));
    }

    @Test
    void theTitleWithoutAHeadingLosesTheSiteNamesAfterIt() throws Exception {
        String page = "<html><head><title>在全县教育工作会议上的讲话_领导讲话_某某县人民政府</title></head>"
                + "<body><div>同志们：</div></body></html>";
        assertThat(texts(page)).containsExactly("在全县教育工作会议上的讲话", "同志们：");
        assertThat(HtmlReader.withoutSiteName("工作要点 | 某某网")).isEqualTo("工作要点");
        assertThat(HtmlReader.withoutSiteName("坚持党建引领——某某县的实践")).isEqualTo("坚持党建引领——某某县的实践");
        assertThat(HtmlReader.withoutSiteName("要点_某某网")).isEqualTo("要点_某某网");
    }

    @Test
    void theTitleGivesWayToATitleTheTextBeginsWith() throws Exception {
        String page = "<html><head><title>党课讲稿</title></head><body><p align=\"center\"><b>以严实作风推动工作落地见效</b></p>"
                + "<p>同志们：</p></body></html>";
        assertThat(texts(page))
                .containsExactly("以严实作风推动工作落地见效", "同志们：");
    }

    @Test
    void theSitesNameAboveTheTitleTheTextGivesIsTheSitesAndRecorded() throws Exception {
        String page = "<html><head><title>关于做好春耕生产工作的通知_通知公告_青禾县人民政府</title></head><body>"
                + "<div>青禾县人民政府门户网站</div><div class=\"article-title\">关于做好春耕生产工作的通知</div>"
                + "<p>各乡镇人民政府：</p></body></html>";
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("关于做好春耕生产工作的通知", "各乡镇人民政府：");
        assertThat(t.removed()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::text)
                .containsExactly(tuple("web.site-name", "青禾县人民政府门户网站"));
    }

    @Test
    void theLabelsAboveTheTitleTheTextGivesAreTheSitesWhateverTheirClassNames() throws Exception {
        String page = "<html><head><title>云岭县：“四下基层”架起干群连心桥_云岭县人民政府</title></head><body>"
                + "<div class=\"top\">2024年4月12日 星期五 晴 18℃</div><div class=\"search-box\">请输入关键词 <a>搜索</a></div>"
                + "<div class=\"pos\">当前位置：首页 > 工作动态</div><h2 class=\"title\">云岭县：“四下基层”架起干群连心桥</h2>"
                + "<div class=\"bdsharebuttonbox\">分享到：<a>微信</a><a>微博</a></div>"
                + "<p>今年以来，云岭县深入开展“四下基层”活动，推动干部走进群众。</p></body></html>";
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("云岭县：“四下基层”架起干群连心桥",
                "今年以来，云岭县深入开展“四下基层”活动，推动干部走进群众。");
        assertThat(t.removed()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::text)
                .containsExactly(tuple("web.site-name", "2024年4月12日 星期五 晴 18℃"), tuple("web.site-name", "当前位置：首页 > 工作动态"),
                        tuple("html-chrome", "请输入关键词 搜索"), tuple("html-chrome", "分享到：微信微博"));
    }

    @Test
    void aSentenceAboveTheTitleIsTextAndStays() throws Exception {
        String page = "<html><head><title>关于做好春耕生产工作的通知_青禾县人民政府</title></head><body>"
                + "<p>为切实做好今年春耕生产工作，现就有关事项通知如下。</p><h2>关于做好春耕生产工作的通知</h2>"
                + "<p>各乡镇人民政府：</p></body></html>";
        assertThat(texts(page)).first().isEqualTo("为切实做好今年春耕生产工作，现就有关事项通知如下。");
    }

    @Test
    void aSitesLogoAndLoginLinksInItsHeaderAreChromeButAHeaderWithTheTitleStays() throws Exception {
        String page = """
                <html><body>
                <div class="header"><div class="logo">笔杆子材料网</div><div class="login"><a>登录</a> | <a>注册</a></div></div>
                <div class="article-header"><div class="title">乡村振兴经验交流材料汇编</div></div>
                <div id="header"><h2>临溪县优化营商环境典型经验做法</h2></div>
                <p>云岭乡建成积分超市12个。</p>
                </body></html>
                """;
        assertThat(texts(page))
                .containsExactly("乡村振兴经验交流材料汇编", "临溪县优化营商环境典型经验做法", "云岭乡建成积分超市12个。");
    }

    @Test
    void aTablesCellsKeepTheirParagraphsOnTheRowsLine() throws Exception {
        String page = "<html><body><table><tr><td><p>年度</p></td><td><p>抽查户数</p></td></tr>"
                + "<tr><td><p>2023年</p><p>（全年）</p></td><td><div>1530</div></td></tr></table></body></html>";
        assertThat(texts(page))
                .containsExactly("年度\t抽查户数", "2023年 （全年）\t1530");
    }

    @Test
    void aPageLaidOutInATableCellKeepsItsHeadingsAndParagraphsApart() throws Exception {
        String page = "<html><body><table><tr><td class=\"zw\"><div align=\"center\"><b>第一章　总则</b></div>"
                + "第一条　为加强农村集体资产管理，维护农村集体经济组织及其成员的合法权益，制定本办法。<br>"
                + "第二条　本办法所称农村集体资产，是指村、组农村集体经济组织成员集体所有的资产。<br></td></tr></table></body></html>";
        assertThat(texts(page)).containsExactly("第一章　总则",
                "第一条　为加强农村集体资产管理，维护农村集体经济组织及其成员的合法权益，制定本办法。",
                "第二条　本办法所称农村集体资产，是指村、组农村集体经济组织成员集体所有的资产。");
    }

    @Test
    void aPortalsTopBarAndPreviousNextLinksAreChrome() throws Exception {
        String page = """
                <html><body>
                <div class="top-bar">欢迎访问某某县人民政府门户网站！ <a>无障碍浏览</a></div>
                <div class="article"><h1>在全县教育工作会议上的讲话</h1>
                <p>同志们：</p><p>今天我们召开全县教育工作会议。</p>
                <div class="pre-next"><p>上一篇：在全县防汛工作会议上的讲话</p></div></div>
                <div class="copyright">版权所有 © 2024 某某县人民政府</div>
                </body></html>
                """;
        assertThat(texts(page))
                .containsExactly("在全县教育工作会议上的讲话", "同志们：", "今天我们召开全县教育工作会议。");
    }

    @Test
    void aFormThatWrapsThePageKeepsItsTextAndASearchFormGoes() throws Exception {
        // an ASP.NET page puts its whole body in one form
        String page = """
                <html><head><title>关于2023年度农村公路养护工作的报告-某某区人民政府</title></head><body>
                <form action="/search.aspx">请输入关键词<input name="q"><button>搜索</button></form>
                <form id="aspnetForm" method="post" action="./Show.aspx?id=12">
                <div><input type="hidden" name="__VIEWSTATE" value="abc"></div>
                <div class="artBox"><h2>关于2023年度农村公路养护工作的报告</h2>
                <p>2023年，区交通运输局坚持建管养运并重，全区农村公路优良中等路率达到86%以上。</p>
                <p>一、主要工作</p>
                <p>全年完成农村公路大中修42公里，安装波形护栏18公里，整治急弯陡坡路段23处。</p>
                <p>二、下一步打算</p>
                <p>持续深化农村公路管理养护体制改革，推动“路长制”落地见效。</p>
                </div></form></body></html>
                """;
        assertThat(texts(page)).containsExactly("关于2023年度农村公路养护工作的报告",
                "2023年，区交通运输局坚持建管养运并重，全区农村公路优良中等路率达到86%以上。", "一、主要工作",
                "全年完成农村公路大中修42公里，安装波形护栏18公里，整治急弯陡坡路段23处。", "二、下一步打算",
                "持续深化农村公路管理养护体制改革，推动“路长制”落地见效。");
    }

    @Test
    void aHeaderTagThatHoldsThePagesTitleStaysAndTheSitesHeaderGoes() throws Exception {
        String page = """
                <html><head><title>某某区融媒体中心</title></head><body>
                <header><div class="logo-box"><img src="logo.png" alt="某某区融媒体中心"></div><a href="/">首页</a></header>
                <div class="detail"><header><h1>织密基层治理“一张网”</h1><div>作者：某某区委政法委</div></header>
                <p>全区划分网格326个，配备专兼职网格员900余名。</p></div></body></html>
                """;
        assertThat(texts(page)).containsExactly("织密基层治理“一张网”", "作者：某某区委政法委", "全区划分网格326个，配备专兼职网格员900余名。");
    }

    @Test
    void aCommentBoxAmongTheArticlesParagraphsIsTheTextsOwnButTheReadersCommentsGo() throws Exception {
        String page = """
                <html><body><h1>基层减负典型案例</h1><div class="art-text">
                <p>案例一：某某县整合各部门报表，基层填报量减少六成以上。</p>
                <div class="case-comment"><p>点评：用数据共享减轻基层负担，做法值得推广。</p></div>
                <p>案例二：某某镇清理村级组织承担的工作事项，取消不应承担的事项30项。</p>
                <div class="caseComment"><p>点评：清单管理让村干部腾出手来。</p></div>
                <div class="comment-box"><p>网友评论：说到了点子上。</p></div></div>
                <div class="comment"><p>点评：这篇写得实在。</p></div></body></html>
                """;
        // (outside the paragraphs' element a box named so is the readers' comments whatever it says)
        assertThat(texts(page)).containsExactly("基层减负典型案例", "案例一：某某县整合各部门报表，基层填报量减少六成以上。",
                "点评：用数据共享减轻基层负担，做法值得推广。", "案例二：某某镇清理村级组织承担的工作事项，取消不应承担的事项30项。",
                "点评：清单管理让村干部腾出手来。");
    }

    @Test
    void theTextOfElementsDroppedAsChromeIsRecordedWhereTheyStood() throws Exception {
        String page = """
                <html><body><nav><ul><li><a>首页</a></li><li><a>要闻</a></li></ul></nav>
                <h1>关于开展消防安全检查的通知</h1><p>各村（社区）：</p><p>现就开展消防安全检查有关事项通知如下。</p>
                <div class="share-tip"><p>（本文由县应急管理局供稿）</p></div>
                <div class="footer"><div class="footer-nav"><a>关于我们</a></div>版权所有 某某县人民政府</div>
                <script>var a = "统计";</script></body></html>
                """;
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("关于开展消防安全检查的通知", "各村（社区）：",
                "现就开展消防安全检查有关事项通知如下。");
        // (the footer's own menu, dropped before it, goes with it as one record)
        assertThat(t.removed()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::lineNumber,
                org.wenzhai.domain.RemovedText::text).containsExactly(tuple("html-chrome", 1, "首页 要闻"),
                tuple("html-chrome", 4, "（本文由县应急管理局供稿）"), tuple("html-chrome", 4, "关于我们 版权所有 某某县人民政府"));
    }

    @Test
    void whatThePageDoesNotShowIsDroppedAndRecordedButVisibilityHiddenIsShownByAScript() throws Exception {
        String page = """
                <html><body><h1>在全镇安全生产工作会议上的讲话</h1>
                <div id="js_content" style="visibility: hidden;">
                <p>同志们：今天我们召开全镇安全生产工作会议。</p>
                <div class="seo" style="color:#999; display : none">相关搜索：安全生产讲话 镇长讲话稿</div>
                <p hidden>内部备注：根据录音整理</p>
                <p>一要压实责任，二要排查隐患。</p></div></body></html>
                """;
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("在全镇安全生产工作会议上的讲话",
                "同志们：今天我们召开全镇安全生产工作会议。", "一要压实责任，二要排查隐患。");
        assertThat(t.removed()).extracting(org.wenzhai.domain.RemovedText::ruleId, org.wenzhai.domain.RemovedText::text)
                .containsExactly(tuple("html-hidden", "相关搜索：安全生产讲话 镇长讲话稿"), tuple("html-hidden", "内部备注：根据录音整理"));
    }

    @Test
    void thePagesOneH1IsItsTitleAndTheLabelsAboveItAreTheSites() throws Exception {
        String page = """
                <html><head><title>某某博客</title></head><body>
                <div>某某博客首页 登录 注册</div><h2>溪边随笔</h2><div>首页 博文目录 关于我</div>
                <div>博客等级：12 博客积分：3210 博客访问：86,412 关注人气：230 粉丝：88 关注：16</div>
                <h1>2023年度个人述职报告</h1><p>本人2022年起任县水利局副局长，分管农村供水工作。</p></body></html>
                """;
        RawText t = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("2023年度个人述职报告",
                "本人2022年起任县水利局副局长，分管农村供水工作。");
        assertThat(t.removed()).extracting(org.wenzhai.domain.RemovedText::ruleId).containsOnly("web.site-name").hasSize(4);
    }

    @Test
    void aPagesOneH1NumberedAsASectionIsNotItsTitle() throws Exception {
        String page = "<html><head><title>某某县人民政府</title></head><body><div class=\"bt\">关于2023年度农村供水工作的报告</div>"
                + "<h1>一、总体情况</h1><p>全县农村自来水普及率达到96%。</p></body></html>";
        assertThat(texts(page)).containsExactly("关于2023年度农村供水工作的报告", "一、总体情况", "全县农村自来水普及率达到96%。");
    }

    @Test
    void aLineThePageNamesItsTitleInItsMetaIsTheTitleBeforeAPartOfIt() throws Exception {
        String page = """
                <html><head><title>某某组工</title><meta property="og:title" content="经验交流｜“三个一线”工作法激活基层治理"></head>
                <body><div>某某组工 2024-05-20 18:06</div><div>经验交流</div><div class="rich_media_title">经验交流｜“三个一线”工作法激活基层治理</div>
                <p>今年以来，某某镇推动干部在一线察民情、解难题。</p></body></html>
                """;
        assertThat(texts(page)).containsExactly("经验交流｜“三个一线”工作法激活基层治理", "今年以来，某某镇推动干部在一线察民情、解难题。");
        // (the <title> in full before the part of it before its separator)
        String titled = page.replace("<title>某某组工</title>", "<title>经验交流｜“三个一线”工作法激活基层治理</title>")
                .replace("<meta property=\"og:title\"", "<meta property=\"og:description\"");
        assertThat(texts(titled)).first().isEqualTo("经验交流｜“三个一线”工作法激活基层治理");
    }

    @Test
    void aForumsTitleInItsTableCellLosesItsCategoryAndIsTheTitle() throws Exception {
        String page = """
                <html><head><title>【原创】学习党纪心得：守纪律 讲规矩 - 公文写作交流区 - 某某论坛</title></head><body>
                <div>设为首页 收藏本站 立即注册 登录</div><table><tr><td>查看: 2316|回复: 3</td>
                <td><h1><a>[心得体会]</a> <span>学习党纪心得：守纪律 讲规矩</span></h1></td></tr></table>
                <p>自开展党纪学习教育以来，我认真学习了新修订的条例。</p></body></html>
                """;
        assertThat(texts(page)).containsExactly("学习党纪心得：守纪律 讲规矩", "自开展党纪学习教育以来，我认真学习了新修订的条例。");
    }

    @Test
    void theSitesNameAfterADoubleDashOrADashWithoutSpacesIsCut() throws Exception {
        assertThat(HtmlReader.withoutSiteName("在全市工作座谈会上的发言摘登--地方领导--某某网")).isEqualTo("在全市工作座谈会上的发言摘登");
        assertThat(HtmlReader.withoutSiteName("某某市十项民生实事全部兑现-某某网")).isEqualTo("某某市十项民生实事全部兑现");
        assertThat(HtmlReader.withoutSiteName("关于2023年度法治政府建设情况的报告－某某区人民政府")).isEqualTo("关于2023年度法治政府建设情况的报告");
        assertThat(HtmlReader.withoutSiteName("推动机关党建提质增效 — 某某组工网")).isEqualTo("推动机关党建提质增效");
        assertThat(HtmlReader.withoutSiteName("2023-2024学年第一学期工作总结")).isEqualTo("2023-2024学年第一学期工作总结");
    }

    @Test
    void compoundChromeNamesGoButNamesThatMerelyContainTheirLettersStay() throws Exception {
        String page = """
                <html><body>
                <div class="topNav">某某网 | 某某社 | 客户端</div><div class="sinatopbar">某某首页 某某博客 登录</div>
                <div id="toptb" class="cl">设为首页 收藏本站</div><div class="blognav">首页 博文目录 关于我</div>
                <div class="headerNav">要闻 政务 服务</div>
                <div class="newsContent"><h1>关于做好今冬明春水利建设的通知</h1><p>各乡镇：</p>
                <p>现就做好今冬明春水利建设工作通知如下。</p>
                <div class="research-box"><p>附：2023年度水利建设任务表</p></div>
                <div class="footnote"><p>注：任务表中数据截至11月底。</p></div><div class="foot-note"><p>注：以上均为初步统计。</p></div></div>
                <div class="foot">主办单位：某某县水利局　地址：某某县人民路1号</div>
                <div class="g_foot">Copyright 2024 某某县水利局</div><div class="bottom">备案号：某ICP备00000000号</div>
                </body></html>
                """;
        assertThat(texts(page)).containsExactly("关于做好今冬明春水利建设的通知", "各乡镇：", "现就做好今冬明春水利建设工作通知如下。",
                "附：2023年度水利建设任务表", "注：任务表中数据截至11月底。", "注：以上均为初步统计。");
        // (dropped as chrome, not merely as labels above the title)
        assertThat(read(page.getBytes(StandardCharsets.UTF_8)).removed()).filteredOn(r -> r.ruleId().equals("html-chrome"))
                .extracting(org.wenzhai.domain.RemovedText::text).startsWith("某某网 | 某某社 | 客户端", "某某首页 某某博客 登录",
                        "设为首页 收藏本站", "首页 博文目录 关于我", "要闻 政务 服务");
    }

    @Test
    void aBoxLeftWithOnlyTheLabelOfItsTextFieldGoesWithIt() throws Exception {
        String page = """
                <html><body><h1>在全镇防汛工作会议上的讲话</h1><p>同志们：今天召开全镇防汛工作会议。</p>
                <div class="copybox"><p>复制本文全文：</p><textarea>在全镇防汛工作会议上的讲话 同志们：……</textarea></div>
                <div><p>附件：</p><p>全镇防汛责任人名单</p></div></body></html>
                """;
        // (a label with no control beside it stays)
        assertThat(texts(page)).containsExactly("在全镇防汛工作会议上的讲话", "同志们：今天召开全镇防汛工作会议。", "附件：", "全镇防汛责任人名单");
    }

    @Test
    void aListOfLinksUnderAHotOrRankingHeadingGoes() throws Exception {
        String page = """
                <html><body><h1>政务公开工作要点解读</h1><p>近日，某某县印发政务公开工作要点。</p>
                <div class="xgxw"><div class="xgxw_tit">24小时热点</div><ul><li><a href="#">某某县部署推动设备更新和以旧换新</a></li>
                <li><a href="#">某某县政府工作报告重点任务分工方案印发</a></li></ul></div></body></html>
                """;
        // (the heading is left to the noise rules, as 相关链接 is)
        assertThat(texts(page)).containsExactly("政务公开工作要点解读", "近日，某某县印发政务公开工作要点。", "24小时热点");
    }

    @Test
    void aWeChatArticlesTagsAndProfileAndNamesEndingInFooterOrBottomAreChrome() throws Exception {
        String page = """
                <html><body><h1 class="rich_media_title">“三个一线”工作法激活基层治理</h1>
                <div class="rich_media_content" id="js_content"><p>今年以来，某某镇推动干部在一线察民情。</p></div>
                <div id="js_tags" class="article-tag__list"><span class="article-tag__item">#基层治理</span></div>
                <div class="wx_profile_dialog_primary"><p>继续滑动看下一个</p><p>某某组工</p></div>
                <div class="newsbottom">【打印】【关闭】</div><div class="sinablogfooter">意见反馈 Copyright 2024</div>
                <div class="vintage-stage"><p>（完）</p></div></body></html>
                """;
        assertThat(texts(page)).containsExactly("“三个一线”工作法激活基层治理", "今年以来，某某镇推动干部在一线察民情。", "（完）");
    }

    @Test
    void survivesHtmlNestedTenThousandDeep() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(10_000)).append("<p>最里层的段落。</p>").append("</div>".repeat(10_000));
        sb.append("<p>最后一段。</p></body></html>");
        RawText t = read(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text).contains("最里层的段落。", "最后一段。");
    }

    /** The lines' texts of a page written in UTF-8. */
    private List<String> texts(String page) throws Exception {
        return read(page.getBytes(StandardCharsets.UTF_8)).lines().stream().map(RawLine::text).toList();
    }

    /** The page through the whole import pipeline: reader, cleaning, reflow and structure. */
    private static org.wenzhai.domain.ImportedDocument parsed(String page) throws Exception {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        return new org.wenzhai.importing.PipelineParser(List.of(new HtmlReader()), org.wenzhai.importing.clean.NoiseRules.builtIn())
                .parse(new org.wenzhai.domain.SourceFile("报告.html", "/m/报告.html", "html", bytes,
                        org.wenzhai.domain.Hashes.sha256Hex(bytes)), org.wenzhai.importing.ImportOptions.defaults());
    }


    @Test
    void aParagraphInBoldFromEndToEndIsAHeadingWithoutANumber() throws Exception {
        String page = """
                <html><body><article><h1>小作坊变身大产业</h1>
                <p>石门镇种植香菇已有三十多年历史。</p>
                <p><strong>从“单打独斗”到“抱团发展”</strong></p>
                <p>镇里成立香菇产业联合党委。</p>
                <p><b>这是一句加粗的话。</b></p>
                <p style="text-align:center"><strong>石门镇党委</strong></p>
                <p><span style="font-weight:bold">从“卖原料”到</span> <strong>“卖品牌”</strong></p>
                <p><strong>一半</strong>加粗的段落</p>
                <table><tr><td><strong>表头</strong></td></tr></table>
                </article></body></html>
                """;
        RawText raw = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(raw.lines()).filteredOn(l -> Integer.valueOf(RawLine.EMPHASIS).equals(l.headingLevel()))
                .extracting(RawLine::text).containsExactly("从“单打独斗”到“抱团发展”", "从“卖原料”到 “卖品牌”");
    }

    @Test
    void aBlogsCommentsBoxNamedCommGoes() throws Exception {
        String page = """
                <html><body><div class="main"><h2>在全市青年干部座谈会上的讲话</h2>
                <div class="articalContent"><p>青年干部同志们：</p><p>今天我们召开座谈会。</p></div>
                <div class="allComm"><h3>评论</h3><ul><li>青山 2023-05-07 <p>写得真好，受益匪浅。</p></li></ul></div>
                </div></body></html>
                """;
        RawText raw = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(raw.lines()).extracting(RawLine::text).doesNotContain("评论", "写得真好，受益匪浅。")
                .contains("今天我们召开座谈会。");
    }

    @Test
    void aPageFooterDroppedBetweenTwoParagraphsIsAPageBreakThatASentenceGoesOnAcross() throws Exception {
        String page = """
                <html><body><div class="doc"><h1>在全县农村工作会议上的讲话</h1>
                <p>部分村集体经济薄弱，农民持续增收的</p>
                <p class="page-foot">精品文档　　第 1 页 共 18 页</p>
                <p>内生动力还不够强。这些问题必须引起重视。</p>
                <p>这是一段完整的话。</p>
                <p class="page-foot">精品文档　　第 2 页 共 18 页</p>
                <p>下一页的新段落。</p>
                </div></body></html>
                """;
        RawText raw = read(page.getBytes(StandardCharsets.UTF_8));
        assertThat(raw.lines()).extracting(RawLine::text, RawLine::pageBreakBefore, RawLine::paragraphEnd).contains(
                tuple("部分村集体经济薄弱，农民持续增收的", false, false), tuple("内生动力还不够强。这些问题必须引起重视。", true, true),
                tuple("这是一段完整的话。", false, true), tuple("下一页的新段落。", true, true));
    }
}
