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

    /** The bytes of a Word document written by {@code content}. */
}
