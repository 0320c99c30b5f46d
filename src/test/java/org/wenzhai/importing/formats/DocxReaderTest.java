package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

class DocxReaderTest {
    private final DocxReader reader = new DocxReader();

    private RawText read(byte[] bytes) throws Exception {
        return reader.read(Fixtures.file("通知.docx", bytes), ImportOptions.defaults());
    }

    @Test
    void headingsNumberingTablesAndBreaks() throws Exception {
        RawText t = read(DocxFixtures.officialNotice());
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel, RawLine::pageBreakBefore).containsExactly(
                tuple("关于做好基层治理工作的通知", null, false),
                tuple("各乡镇人民政府，县直各部门：", null, false),
                tuple("一、加强组织领导", 1, false),
                tuple("（一）压实工作责任", 2, false),
                tuple("各级党组织要把基层治理摆上重要议程。", null, false),
                tuple("（二）健全工作机制", 2, false),
                tuple("1.建立工作台账", null, false),
                tuple("2.实行定期调度", null, false),
                tuple("不显示符号的要点", null, false),
                tuple("二、强化督促检查", 1, false),
                tuple("（一）开展专项督查", 2, false),
                tuple("典型经验做法", 3, false),
                tuple("一点体会", 4, false),
                tuple("本页最后一段。", null, false),
                tuple("新页第一段。", null, true),
                tuple("第一行", null, false),
                tuple("第二行", null, false),
                tuple("指标\t完成值", null, false),
                tuple("粮食产量\t120万吨", null, false),
                tuple("附件：工作任务清单", null, true));
        // a manual line break ends a line, not the paragraph; every other line ends one
        assertThat(t.lines()).filteredOn(l -> !l.paragraphEnd()).extracting(RawLine::text).containsExactly("第一行");
    }

    @Test
    void chineseCountingGoesBeyondTen() {
        assertThat(WordNumbering.format(10, "chineseCounting")).isEqualTo("十");
        assertThat(WordNumbering.format(11, "chineseCounting")).isEqualTo("十一");
        assertThat(WordNumbering.format(20, "chineseCounting")).isEqualTo("二十");
        assertThat(WordNumbering.format(35, "chineseCounting")).isEqualTo("三十五");
        assertThat(WordNumbering.format(105, "chineseCounting")).isEqualTo("一百零五");
        assertThat(WordNumbering.format(3, "upperLetter")).isEqualTo("C");
        assertThat(WordNumbering.format(28, "lowerLetter")).isEqualTo("bb");
        assertThat(WordNumbering.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(WordNumbering.format(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(WordNumbering.format(2, "chineseLegalSimplified")).isEqualTo("贰");
        assertThat(WordNumbering.format(3, "ideographTraditional")).isEqualTo("丙");
    }

    @Test
    void aTruncatedDocxGetsAOneLineReason() throws Exception {
        byte[] full = DocxFixtures.officialNotice();
        for (double share : new double[] {0.9, 0.6, 0.3, 0.05}) {
            byte[] cut = Arrays.copyOf(full, (int) (full.length * share));
            assertThatThrownBy(() -> read(cut)).as("cut at %s", share).isInstanceOf(ImportException.class)
                    .hasMessage(Messages.t("importing.format.docx.damaged"));
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws Exception {
        byte[] bomb = DocxFixtures.zipBomb(400);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.docx.zipBomb"));
    }

    @Test
    void aDocxThatIsReallyHtmlIsReadAsHtml() throws Exception {
        byte[] html = "<html><body><h1>工作总结</h1><p>今年工作取得新成效。</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RawText t = read(html);
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel)
                .containsExactly(tuple("工作总结", 1), tuple("今年工作取得新成效。", null));
    }

    @Test
    void bytesThatAreNoWordFileAreRefused() {
        assertThatThrownBy(() -> read("这不是一个Word文件".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessage(Messages.t("importing.format.docx.damaged"));
    }

    @Test
    void aFootnotesTextFollowsTheParagraphThatRefersToIt() throws Exception {
        RawText t = read(DocxFixtures.footnoted("关于深化科技体制改革的讲话", "我们认真落实市委市政府的实施意见，研发投入持续增长。",
                "数据来源：《2023年某某市科技经费投入统计公报》。"));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("关于深化科技体制改革的讲话",
                "我们认真落实市委市政府的实施意见，研发投入持续增长。", "注1：数据来源：《2023年某某市科技经费投入统计公报》。", "下一段正文。");
    }

    @Test
    void aFootnoteOnATitleWaitsForTheFirstSentenceUnderItsByline() throws Exception {
        byte[] bytes = DocxFixtures.word(doc -> {
            org.apache.poi.xwpf.usermodel.XWPFParagraph title = doc.createParagraph();
            title.createRun().setText("“院坝会”开出干群连心路");
            org.apache.poi.xwpf.usermodel.XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("本文系2024年全县基层党建工作推进会交流材料。");
            title.addFootnoteReference(note);
            doc.createParagraph().createRun().setText("临溪县柳河村党支部");
            doc.createParagraph().createRun().setText("我们每月召开一次院坝会，群众的事大家商量着办。");
            doc.createParagraph().createRun().setText("一、坚持问题导向");
        });
        assertThat(read(bytes).lines()).extracting(RawLine::text).containsExactly("“院坝会”开出干群连心路", "临溪县柳河村党支部",
                "我们每月召开一次院坝会，群众的事大家商量着办。", "注1：本文系2024年全县基层党建工作推进会交流材料。", "一、坚持问题导向");
    }

    @Test
    void aHeldNoteComesBeforeTheNoteOfTheParagraphThatReleasesIt() throws Exception {
        byte[] bytes = DocxFixtures.word(doc -> {
            org.apache.poi.xwpf.usermodel.XWPFParagraph title = doc.createParagraph();
            title.createRun().setText("“院坝会”开出干群连心路");
            org.apache.poi.xwpf.usermodel.XWPFFootnote first = doc.createFootnote();
            first.createParagraph().createRun().setText("本文系交流材料。");
            title.addFootnoteReference(first);
            org.apache.poi.xwpf.usermodel.XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("我们每月召开一次院坝会，群众的事大家商量着办。");
            org.apache.poi.xwpf.usermodel.XWPFFootnote second = doc.createFootnote();
            second.createParagraph().createRun().setText("院坝会：在村民院坝里召开的议事会。");
            p.addFootnoteReference(second);
        });
        assertThat(read(bytes).lines()).extracting(RawLine::text).containsExactly("“院坝会”开出干群连心路",
                "我们每月召开一次院坝会，群众的事大家商量着办。", "注1：本文系交流材料。", "注2：院坝会：在村民院坝里召开的议事会。");
    }

    /** A text box as Word 2010+ writes it: DrawingML in mc:Choice, the same box in VML in mc:Fallback. */
    private static String drawingBox(String... paragraphs) {
        String content = "<w:txbxContent>" + String.join("", paragraphs) + "</w:txbxContent>";
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"文本框 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content + "</v:textbox></v:shape></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r>";
    }

    @Test
    void aTextBoxsParagraphsFollowTheParagraphItIsAnchoredInOnce() throws Exception {
        String body = DocxFixtures.p("", "一、壮大村级集体经济")
                + "<w:p><w:r><w:t>全县新培育集体经济强村21个。</w:t></w:r>"
                + drawingBox(DocxFixtures.p("", "【典型案例】"), DocxFixtures.p("", "柳河村流转土地800亩种植茶叶，村集体年增收26万元。"))
                + "</w:p>"
                + "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
                + DocxFixtures.p("<w:pStyle w:val=\"2\"/>", "专栏：示范村建设")
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>新建示范村12个。</w:t></w:r></w:p>"
                + DocxFixtures.p("", "二、改善人居环境");
        RawText t = read(DocxFixtures.raw(body, null, null, null));
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                tuple("一、壮大村级集体经济", null), tuple("全县新培育集体经济强村21个。", null), tuple("【典型案例】", null),
                tuple("柳河村流转土地800亩种植茶叶，村集体年增收26万元。", null), tuple("新建示范村12个。", null),
                tuple("专栏：示范村建设", 2), tuple("二、改善人居环境", null));
    }

    @Test
    void aTextBoxInTheLastParagraphOfASectionStaysOnThatSectionsPage() throws Exception {
        String body = "<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr></w:pPr><w:r><w:t>第一部分到此结束。</w:t></w:r>"
                + drawingBox(DocxFixtures.p("", "专栏：本部分数据来源于统计公报。")) + "</w:p>"
                + DocxFixtures.p("", "第二部分开始。");
        RawText t = read(DocxFixtures.raw(body, null, null, null));
        assertThat(t.lines()).extracting(RawLine::text, RawLine::pageBreakBefore).containsExactly(
                tuple("第一部分到此结束。", false), tuple("专栏：本部分数据来源于统计公报。", false), tuple("第二部分开始。", true));
    }

    /** 一、 and （一） on heading styles 1 and 2, as numbering.xml's inside. */
    private static final String HEADING_LIST = "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"1\"/>"
            + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"2\"/>"
            + "<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"（%2）\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    /** Heading styles 1 and 2 numbered by {@link #HEADING_LIST}. */
    private static final String NUMBERED_HEADINGS = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/>"
            + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";

    @Test
    void aBlockContentControlIsReadAsBody() throws Exception {
        String body = "<w:sdt><w:sdtPr><w:alias w:val=\"正文\"/><w:id w:val=\"7\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>全县教育系统</w:t></w:r><w:del w:id=\"1\" w:author=\"审核\"><w:r><w:delText>认真</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"审核\"><w:r><w:t>扎实</w:t></w:r></w:ins><w:r><w:t>推进课后服务</w:t></w:r>"
                + "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>，覆盖率达到100%。</w:t></w:r></w:p>"
                + DocxFixtures.p("<w:pStyle w:val=\"1\"/>", "办学条件持续改善")
                + DocxFixtures.p("<w:pStyle w:val=\"2\"/>", "校舍改造")
                + "<w:sdt><w:sdtContent>" + DocxFixtures.p("<w:pStyle w:val=\"2\"/>", "教师队伍") + "</w:sdtContent></w:sdt>"
                + "</w:sdtContent></w:sdt>"
                + DocxFixtures.p("<w:pStyle w:val=\"1\"/>", "下一步打算");
        String footnotes = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>含义务教育阶段学校86所。</w:t></w:r></w:p></w:footnote>";
        RawText t = read(DocxFixtures.raw(body, NUMBERED_HEADINGS, HEADING_LIST, footnotes));
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                tuple("全县教育系统扎实推进课后服务，覆盖率达到100%。", null), tuple("注1：含义务教育阶段学校86所。", null),
                tuple("一、办学条件持续改善", 1), tuple("（一）校舍改造", 2), tuple("（二）教师队伍", 2), tuple("二、下一步打算", 1));
    }

    @Test
    void aContentControlShowingItsPlaceholderGivesNoText() throws Exception {
        String placeholder = "<w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入文字。</w:t></w:r>"
                + "</w:sdtContent>";
        String body = DocxFixtures.p("", "一季度工作完成情况良好。")
                + "<w:p><w:r><w:t>备注：</w:t></w:r><w:sdt>" + placeholder + "</w:sdt></w:p>"
                + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + DocxFixtures.p("", "单击或点击此处输入文字。")
                + "</w:sdtContent></w:sdt>"
                + DocxFixtures.p("", "特此报告。");
        RawText t = read(DocxFixtures.raw(body, null, null, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一季度工作完成情况良好。", "备注：", "特此报告。");
    }

    /** A cell of raw WordprocessingML holding {@code paragraphs}. */
    private static String cell(String... paragraphs) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + String.join("", paragraphs) + "</w:tc>";
    }

    /** A paragraph numbered by list {@code numId} at level 0. */
    private static String numbered(String numId, String text) {
        return DocxFixtures.p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", text);
    }

    @Test
    void listNumbersInTableCellsAreKeptAndCountOn() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
                + "</w:lvlOverride></w:num>";
        String body = "<w:tbl><w:tr>" + cell(DocxFixtures.p("", "序号")) + cell(DocxFixtures.p("", "任务")) + cell(DocxFixtures.p("", "措施"))
                + "</w:tr><w:tr>" + cell(numbered("1", "")) + cell(DocxFixtures.p("", "园区扩容"))
                + cell(numbered("2", "征收土地800亩。"), numbered("2", "新建厂房2栋。")) + "</w:tr><w:tr>"
                + cell(numbered("1", "")) + cell(DocxFixtures.p("", "招商引资")) + cell(numbered("3", "引进项目12个。"), numbered("3", "举办推介会4场。"))
                + "</w:tr></w:tbl>"
                + numbered("3", "其他事项另行部署。");
        RawText t = read(DocxFixtures.raw(body, null, numbering, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("序号\t任务\t措施",
                "1\t园区扩容\t1.征收土地800亩。 2.新建厂房2栋。", "2\t招商引资\t1.引进项目12个。 2.举办推介会4场。", "3.其他事项另行部署。");
    }

    @Test
    void aNumberedParagraphDeletedWithTrackedChangesTakesNoNumber() throws Exception {
        String deleted = "<w:p><w:pPr><w:pStyle w:val=\"%s\"/><w:rPr><w:del w:id=\"%d\" w:author=\"审核\"/></w:rPr></w:pPr>"
                + "<w:del w:id=\"%d\" w:author=\"审核\"><w:r><w:delText>%s</w:delText></w:r></w:del></w:p>";
        String body = DocxFixtures.p("<w:pStyle w:val=\"1\"/>", "提升服务效能")
                + deleted.formatted("1", 1, 2, "加强信用建设")
                + DocxFixtures.p("<w:pStyle w:val=\"1\"/>", "强化要素保障")
                + deleted.formatted("2", 3, 4, "用电保障")
                + DocxFixtures.p("<w:pStyle w:val=\"2\"/>", "融资保障")
                + "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:rPr><w:ins w:id=\"5\" w:author=\"审核\"/></w:rPr></w:pPr>"
                + "<w:ins w:id=\"6\" w:author=\"审核\"><w:r><w:t>优化法治环境</w:t></w:r></w:ins></w:p>";
        RawText t = read(DocxFixtures.raw(body, NUMBERED_HEADINGS, HEADING_LIST, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一、提升服务效能", "二、强化要素保障", "（一）融资保障",
                "三、优化法治环境");
    }

    @Test
    void aTableRowDeletedWithTrackedChangesTakesNoNumber() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String deletedRow = "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"审核\"/></w:trPr>" + cell(numbered("1", ""))
                + cell("<w:p><w:del w:id=\"2\" w:author=\"审核\"><w:r><w:delText>临时事项</w:delText></w:r></w:del></w:p>") + "</w:tr>";
        String body = "<w:tbl><w:tr>" + cell(numbered("1", "")) + cell(DocxFixtures.p("", "园区扩容")) + "</w:tr>" + deletedRow
                + "<w:tr>" + cell(numbered("1", "")) + cell(DocxFixtures.p("", "招商引资")) + "</w:tr></w:tbl>";
        RawText t = read(DocxFixtures.raw(body, null, numbering, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("1\t园区扩容", "2\t招商引资");
    }

    @Test
    void aListNumberedThroughAListStyleGetsTheStylesLevels() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"multilevel\"/><w:styleLink w:val=\"GW\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"4\"><w:multiLevelType w:val=\"multilevel\"/><w:numStyleLink w:val=\"GW\"/></w:abstractNum>"
                + "<w:num w:numId=\"11\"><w:abstractNumId w:val=\"3\"/></w:num><w:num w:numId=\"12\"><w:abstractNumId w:val=\"4\"/></w:num>";
        String styles = "<w:style w:type=\"numbering\" w:customStyle=\"1\" w:styleId=\"GW\"><w:name w:val=\"公文多级列表\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"11\"/></w:numPr></w:pPr></w:style>";
        String level1 = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"12\"/></w:numPr>";
        String body = numbered("12", "基本情况") + DocxFixtures.p(level1, "收入结构") + DocxFixtures.p(level1, "区域分布")
                + numbered("11", "存在的问题") + numbered("12", "对策建议");
        RawText t = read(DocxFixtures.raw(body, styles, numbering, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一、基本情况", "（一）收入结构", "（二）区域分布", "二、存在的问题",
                "三、对策建议");
    }

    @Test
    void aTableInsideACellAndANoteReferredToFromACellAreKept() throws Exception {
        String inner = "<w:tbl><w:tr>" + cell(DocxFixtures.p("", "年度")) + cell(DocxFixtures.p("", "投资（亿元）")) + "</w:tr><w:tr>"
                + cell(DocxFixtures.p("", "2024")) + cell(DocxFixtures.p("", "3.2")) + "</w:tr></w:tbl>";
        String body = DocxFixtures.p("", "重点项目进展情况")
                + "<w:tbl><w:tr>" + cell(DocxFixtures.p("", "标准厂房")) + cell(DocxFixtures.p("", "新建厂房12万平方米"))
                + cell(inner, DocxFixtures.p("", "（滚动实施）")) + "</w:tr><w:tr>" + cell(DocxFixtures.p("", "调解案件（件）"))
                + cell("<w:p><w:r><w:t>3120</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
                + cell(DocxFixtures.p("", "3388")) + "</w:tr></w:tbl>"
                + DocxFixtures.p("", "下一步，将继续加快项目建设。");
        String footnotes = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>含行业性专业性调解组织受理案件。</w:t></w:r></w:p></w:footnote>";
        RawText t = read(DocxFixtures.raw(body, null, null, footnotes));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("重点项目进展情况",
                "标准厂房\t新建厂房12万平方米\t年度 投资（亿元） 2024 3.2 （滚动实施）", "调解案件（件）\t3120\t3388",
                "注1：含行业性专业性调解组织受理案件。", "下一步，将继续加快项目建设。");
    }

    @Test
    void aTextBoxInATableCellAddsItsTextToTheCell() throws Exception {
        String body = "<w:tbl><w:tr>" + cell(DocxFixtures.p("", "经验做法"))
                + cell("<w:p><w:r><w:t>推行积分制管理</w:t></w:r>" + drawingBox(DocxFixtures.p("", "全村参与率95%")) + "</w:p>")
                + "</w:tr></w:tbl>";
        RawText t = read(DocxFixtures.raw(body, null, null, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("经验做法\t推行积分制管理 全村参与率95%");
    }

    @Test
    void paragraphsInBodyLevelCustomXmlAndAlternateContentAreReadOnce() throws Exception {
        String body = DocxFixtures.p("", "全年旅游工作取得新进展。")
                + "<w:customXml w:element=\"section\"><w:customXmlPr/>" + DocxFixtures.p("", "景区提档升级项目完成主体工程。")
                + "</w:customXml>"
                + "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + DocxFixtures.p("", "古村落保护利用项目完成一期建设。")
                + "</mc:Choice><mc:Fallback>" + DocxFixtures.p("", "古村落保护利用项目完成一期建设。") + "</mc:Fallback></mc:AlternateContent>";
        RawText t = read(DocxFixtures.raw(body, null, null, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("全年旅游工作取得新进展。", "景区提档升级项目完成主体工程。",
                "古村落保护利用项目完成一期建设。");
    }

    @Test
    void tableCellsWrappedInContentControlsAreRead() throws Exception {
        String cell = "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>";
        String body = DocxFixtures.p("", "工作台账登记表")
                + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr>"
                + cell.formatted(DocxFixtures.p("", "填报人"))
                + "<w:sdt><w:sdtPr><w:tag w:val=\"name\"/></w:sdtPr><w:sdtContent>" + cell.formatted(DocxFixtures.p("", "李明"))
                + "</w:sdtContent></w:sdt>" + cell.formatted(DocxFixtures.p("", "联系电话"))
                + "<w:sdt><w:sdtContent>" + cell.formatted(DocxFixtures.p("", "0000-1234567")) + "</w:sdtContent></w:sdt>"
                + "</w:tr></w:tbl>";
        RawText t = read(DocxFixtures.raw(body, null, null, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("工作台账登记表", "填报人\t李明\t联系电话\t0000-1234567");
    }

}
