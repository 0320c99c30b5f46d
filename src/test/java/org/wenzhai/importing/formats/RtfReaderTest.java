package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportOptions;

/** RTF as Word and LibreOffice write it, and the .doc files that are RTF. */
class RtfReaderTest {
    @TempDir
    Path dir;

    /** Chinese text as Word escapes it in RTF: each GBK byte as \'hh. */
    static String gbk(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x80) {
                out.append(c);
                continue;
            }
            for (byte b : String.valueOf(c).getBytes(Charset.forName("GBK"))) {
                out.append(String.format("\\'%02x", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** Chinese text as the Unicode control word with a one-byte fallback (?) for older readers. */
    static String unicode(String s) {
        StringBuilder out = new StringBuilder("\\uc1");
        for (char c : s.toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : "\\u" + (short) c + "\\'3f");
        }
        return out.toString();
    }

    private static RawText read(String rtf) throws Exception {
        return new RtfReader().read(Fixtures.file("材料.rtf", rtf.getBytes(StandardCharsets.US_ASCII)), ImportOptions.defaults());
    }

    private static final String HEAD = "{\\rtf1\\ansi\\ansicpg936\\deff0"
            + "{\\fonttbl{\\f0\\fnil\\fcharset134 " + gbk("宋体") + ";}{\\f1\\froman\\fcharset0 Times New Roman;}}"
            + "{\\colortbl;\\red0\\green0\\blue0;}"
            + "{\\stylesheet{\\ql\\snext0 Normal;}{\\s1\\ql\\outlinelevel0\\sbasedon0\\snext0 heading 1;}"
            + "{\\s2\\ql\\sbasedon0\\snext0 heading 2;}}"
            + "{\\info{\\title " + gbk("无关的标题") + "}{\\author admin}}"
            + "{\\header\\pard\\plain " + gbk("某某县人民政府办公室") + "\\par}"
            + "{\\footer\\pard\\plain\\qc {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n";

    @Test
    void wordsRtfGivesItsParagraphsHeadingsAndNumbersAndNothingOfItsTables() throws Exception {
        String rtf = HEAD
                + "\\pard\\plain\\qc\\f0 " + gbk("在全县农村人居环境整治推进会上的讲话") + "\\par\n"
                + "\\pard\\plain\\f0 " + gbk("同志们：") + "\\par\n"
                + "\\pard\\plain\\s1\\f0 {\\listtext\\pard\\plain\\f0 " + gbk("一、") + "\\tab}" + gbk("统一思想认识") + "\\par\n"
                + "\\pard\\plain\\s2\\f0 " + gbk("（一）看到成绩。") + "\\par\n"
                + "\\pard\\plain\\f0 " + gbk("今年以来，全县改造农村户厕") + "{\\b 1.2}" + gbk("万座，") + "\\line "
                + gbk("行政村生活垃圾收运处置体系实现全覆盖。") + "\\par\n"
                + "\\pard\\plain\\f0 {\\v " + gbk("隐藏的批注") + "}" + gbk("二是要抓好长效管护。") + "\\par\n"
                + "}";
        RawText t = read(rtf);
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                tuple("在全县农村人居环境整治推进会上的讲话", null),
                tuple("同志们：", null),
                tuple("一、统一思想认识", 1),
                tuple("（一）看到成绩。", 2),
                tuple("今年以来，全县改造农村户厕1.2万座，", null),
                tuple("行政村生活垃圾收运处置体系实现全覆盖。", null),
                tuple("二是要抓好长效管护。", null));
        // a manual line break ends a line, not the paragraph (reflow joins it)
        assertThat(t.lines().get(4).paragraphEnd()).isFalse();
        assertThat(t.lines().get(5).paragraphEnd()).isTrue();
    }

    @Test
    void unicodeWordsSkipTheirFallbackAndBig5FontsDecodeTheirBytes() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset136 PMingLiU;}}"
                + "\\pard\\f0 " + unicode("推进基层治理现代化") + "\\par\n"
                + "\\pard\\uc2\\u20826\\'b5\\'b3\\u24314\\'bd\\'a8\\uc1 " + "\\par\n"
                + "\\pard\\f1 " + big5("黨建引領") + "\\par\n}";
        RawText t = read(rtf);
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("推进基层治理现代化", "党建", "黨建引領");
    }

    @Test
    void chineseBytesUnderAWesternFontOfAChineseDocumentAreChineseAndAccentsStayAccents() throws Exception {
        // Word writes a run's fonts as \loch\f1\hich\af1\dbch\af0: the Chinese font is the associated one
        String rtf = "{\\rtf1\\ansi\\ansicpg936\\deff1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}{\\f1\\froman\\fcharset0 Times New Roman;}}"
                + "\\pard\\plain\\f1\\hich\\af1\\dbch\\af0\\loch " + gbk("坚持以人民为中心") + "\\par\n"
                + "\\pard\\plain\\f1 Caf\\'e9 \\'e9t\\'e9\\par\n}";
        assertThat(read(rtf).lines()).extracting(RawLine::text).containsExactly("坚持以人民为中心", "Café été");
    }

    @Test
    void aDoubleByteCharactersSecondByteWrittenAsAsciiStaysWithItsFirst() throws Exception {
        // Big5 一 is A4 40 (@), 世 is A5 40, 中 is A4 A4: writers may escape the first byte only
        String rtf = "{\\rtf1\\ansi\\ansicpg950{\\fonttbl{\\f0\\fnil\\fcharset136 PMingLiU;}}\\f0 "
                + "\\'a4@\\'a5@\\'a4\\'a4 abc\\par}";
        assertThat(read(rtf).lines()).extracting(RawLine::text).containsExactly("一世中 abc");
    }

    private static String big5(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(Charset.forName("Big5"))) {
            out.append(String.format("\\'%02x", b & 0xFF));
        }
        return out.toString();
    }

    @Test
    void tableRowsAreTabSeparatedLinesAndFootnotesFollowTheirParagraph() throws Exception {
        String rtf = HEAD
                + "\\pard\\plain\\f0 " + gbk("全县粮食生产再获丰收") + "{\\super\\chftn}"
                + "{\\footnote\\pard\\plain{\\super\\chftn} " + gbk("数据来源：县统计局") + "{\\i 2024}" + gbk("年快报。") + "}"
                + gbk("，主要指标如下。") + "\\par\n"
                + "\\trowd\\cellx3000\\cellx6000\\pard\\intbl " + gbk("指标") + "\\cell " + gbk("完成值") + "\\cell \\row\n"
                + "\\trowd\\cellx3000\\cellx6000\\pard\\intbl " + gbk("粮食产量") + "\\cell 120" + gbk("万吨") + "\\par "
                + gbk("同比增长") + "3%\\cell \\row\n"
                + "\\pard\\plain\\f0 " + gbk("下一段正文。") + "\\page\n"
                + "\\pard\\plain\\f0 " + gbk("附件：指标说明") + "\\par\n}";
        RawText t = read(rtf);
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("全县粮食生产再获丰收，主要指标如下。",
                "注1：数据来源：县统计局2024年快报。", "指标\t完成值", "粮食产量\t120万吨 同比增长3%", "下一段正文。", "附件：指标说明");
        assertThat(t.lines()).filteredOn(l -> l.text().startsWith("附件")).extracting(RawLine::pageBreakBefore).containsExactly(true);
        // headers, footers, field codes, document info and fonts are not text
        assertThat(String.join("\n", t.lines().stream().map(RawLine::text).toList()))
                .doesNotContain("某某县人民政府办公室", "PAGE", "无关的标题", "宋体", "Times", "heading");
    }

    @Test
    void aFileCutShortGivesWhatItHolds() throws Exception {
        String rtf = HEAD + "\\pard\\plain\\f0 " + gbk("第一段完整。") + "\\par\n\\pard\\plain\\f0 " + gbk("第二段写到一半");
        assertThat(read(rtf).lines()).extracting(RawLine::text).containsExactly("第一段完整。", "第二段写到一半");
    }

    @Test
    void rtfUnderOtherNamesIsReadAsRtf() throws Exception {
        byte[] rtf = (HEAD + "\\pard\\plain\\f0 " + gbk("关于开展安全生产大检查的通知") + "\\par}").getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("通知.doc", "通知.docx", "通知.txt", "通知.rtf")) {
            SourceFile file = Fixtures.file(name, rtf);
            FormatReader reader = FormatReaders.all().stream().filter(r -> r.supports(file.format())).findFirst().orElseThrow();
            assertThat(reader.read(file, ImportOptions.defaults()).lines()).as(name).extracting(RawLine::text)
                    .containsExactly("关于开展安全生产大检查的通知");
        }
    }

    @Test
    void anRtfMadeByLibreOfficeFromAWordFileGivesTheWordFilesTextNumbersAndHeadings() throws Exception {
        byte[] docx = DocxFixtures.officialNotice();
        String office = DocReaderTest.findOnPath("libreoffice", "soffice");
        assumeThat(office).as("LibreOffice converts the generated .docx to .rtf; not installed").isNotNull();
        Path in = dir.resolve("notice.docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(office, "--headless", "--convert-to", "rtf", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assumeThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path rtf = dir.resolve("notice.rtf");
        assumeThat(Files.exists(rtf)).isTrue();
        RawText t = new RtfReader().read(Fixtures.file("notice.rtf", Files.readAllBytes(rtf)), ImportOptions.defaults());
        RawText fromDocx = new DocxReader().read(Fixtures.file("notice.docx", docx), ImportOptions.defaults());
        List<String> words = fromDocx.lines().stream().map(RawLine::text).toList();
        assertThat(t.lines()).extracting(RawLine::text).containsSubsequence(words);
        assertThat(t.lines()).filteredOn(l -> l.text().endsWith("加强组织领导")).extracting(RawLine::headingLevel)
                .containsExactly(1);
    }
}
