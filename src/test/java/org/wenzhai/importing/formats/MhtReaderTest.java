package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.PipelineParser;
import org.wenzhai.importing.clean.NoiseRules;

/** Web pages saved as one file: IE's and Word's .mht, Chrome's .mhtml, misnamed ones. */
class MhtReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static final String PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>在全县基层党建工作推进会上的讲话_材料网</title></head>
            <body><div class="nav">首页 | 范文 | 讲话稿</div>
            <div class="content" style="font-size:16px">
            <h1>在全县基层党建工作推进会上的讲话</h1>
            <p>同志们：</p>
            <p>今天召开这次会议，主要任务是总结上半年基层党建工作，部署下一阶段重点任务。</p>
            <p>一、充分肯定上半年取得的成绩</p>
            <p>全县新建标准化党群服务中心46个，整顿软弱涣散村党组织12个。</p>
            </div>
            <div class="footer">版权所有 材料网</div></body></html>
            """;

    /** Quoted-printable as IE writes it: every non-ASCII byte and = as =XX, lines cut at 76 with a soft break. */
    static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            String piece = v == '\n' ? "\r\n" : v == '\r' ? "" : (v >= 33 && v <= 126 && v != '=') || v == ' '
                    ? String.valueOf((char) v) : String.format("=%02X", v);
            if (piece.equals("\r\n")) {
                out.append(piece);
                column = 0;
                continue;
            }
            if (column + piece.length() > 75) {
                out.append("=\r\n"); // a soft line break, also inside a character's two bytes
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }

    private static byte[] ieMht(String page, Charset charset) {
        String boundary = "----=_NextPart_000_0000_01DA7B2C.5E3F1A20";
        String text = "From: <由 Windows Internet Explorer 8 保存>\r\n"
                + "Subject: =?gb2312?B?1Nq0rcHsvdo=?=\r\n"
                + "Date: Tue, 12 Mar 2024 09:41:07 +0800\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n"
                + "\ttype=\"text/html\";\r\n"
                + "\tboundary=\"" + boundary + "\"\r\n"
                + "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609\r\n"
                + "\r\n"
                + "This is a multi-part message in MIME format.\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html;\r\n"
                + "\tcharset=\"gb2312\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: http://www.example.cn/fanwen/2024/0312/18823.html\r\n"
                + "\r\n"
                + quotedPrintable(page.getBytes(charset)) + "\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: image/gif\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Location: http://www.example.cn/images/logo.gif\r\n"
                + "\r\n"
                + "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n"
                + "\r\n"
                + "--" + boundary + "--\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static RawText read(String name, byte[] bytes) throws ImportException {
        return read(name, bytes, ImportOptions.defaults());
    }

    private static RawText read(String name, byte[] bytes, ImportOptions options) throws ImportException {
        SourceFile file = Fixtures.file(name, bytes);
        return FormatReaders.all().stream().filter(r -> r.supports(file.format())).findFirst().orElseThrow()
                .read(file, options);
    }

    private static List<String> texts(RawText t) {
        return t.lines().stream().map(RawLine::text).filter(s -> !s.isBlank()).toList();
    }

    @Test
    void anInternetExplorerPageSavedAsOneFileGivesItsTextNotItsMimeCode() throws Exception {
        RawText t = read("讲话.mht", ieMht(PAGE, GBK));
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(texts(t)).containsExactly("在全县基层党建工作推进会上的讲话", "同志们：",
                "今天召开这次会议，主要任务是总结上半年基层党建工作，部署下一阶段重点任务。", "一、充分肯定上半年取得的成绩",
                "全县新建标准化党群服务中心46个，整顿软弱涣散村党组织12个。");
        // the image part and the page's chrome are not text
        assertThat(String.join("\n", texts(t))).doesNotContain("R0lGOD", "=B5", "首页", "版权所有");
    }

    @Test
    void aChromePageNamesItsPageAndItsFramesComeAfterIt() throws Exception {
        String boundary = "----MultipartBoundary--Kq3mZ8pW1vXy7TbR2sLdN4cFgHjE6uA9oIeY0wQ5----";
        String frame = "<html><body><p>扫码加入材料会员群，每日更新范文三千篇</p></body></html>";
        String text = "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: https://mp.example.cn/s/Qx7r2\r\n"
                + "Subject: =?utf-8?Q?=E4=B9=A1=E6=9D=91=E6=8C=AF=E5=85=B4?=\r\n"
                + "Date: Sat, 6 Apr 2024 10:12:55 +0800\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n"
                + "\ttype=\"text/html\";\r\n"
                + "\tboundary=\"" + boundary + "\"\r\n"
                + "\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html\r\n"
                + "Content-ID: <frame-5A1C0D2E9F@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://mp.example.cn/s/Qx7r2\r\n"
                + "\r\n"
                + quotedPrintable(("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
                        + "<title>抓党建促乡村振兴的几点做法</title></head><body><h1>抓党建促乡村振兴的几点做法</h1>"
                        + "<p>近年来，镇党委坚持以党建引领乡村振兴，把支部建在产业链上。</p></body></html>").getBytes(StandardCharsets.UTF_8))
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html\r\n"
                + "Content-ID: <frame-77B3E1F0AA@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "\r\n"
                + quotedPrintable(frame.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--" + boundary + "--\r\n";
        RawText t = read("乡村振兴.mhtml", text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(texts(t)).containsExactly("抓党建促乡村振兴的几点做法", "近年来，镇党委坚持以党建引领乡村振兴，把支部建在产业链上。");
    }

    @Test
    void aPortalPageWhoseTextIsInAFrameGivesTheFramesTextWhereTheFrameStands() throws Exception {
        String boundary = "----MultipartBoundary--frames----";
        String body = "<html><body><p>一、基本情况</p><p>全县现有农村集中供水工程326处，农村自来水普及率达到93.6%，规模化供水工程覆盖人口比例达到68%。"
                + "今年以来，新建改造供水管网420公里，解决了1.2万名群众饮水不稳定问题。</p><p>二、存在问题</p>"
                + "<p>部分小型供水工程管护主体不明确，水费收缴率偏低，维修养护资金缺口较大，个别村水质检测不够及时。</p></body></html>";
        String ad = "<html><body><p>分享到：微信 微博</p></body></html>";
        String page = "<html><head><title>关于全县农村饮水安全工作情况的报告</title></head><body><div class=\"nav\">首页 | 政务公开</div>"
                + "<h1>关于全县农村饮水安全工作情况的报告</h1><iframe src=\"cid:frame-share@mhtml.blink\"></iframe>"
                + "<iframe src=\"cid:frame-body@mhtml.blink\" width=\"100%\"></iframe><p>发布日期：2024-05-20</p></body></html>";
        StringBuilder text = new StringBuilder("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n");
        String[][] parts = {{"page@mhtml.blink", page}, {"frame-share@mhtml.blink", ad}, {"frame-body@mhtml.blink", body}};
        for (String[] p : parts) {
            text.append("--").append(boundary).append("\r\nContent-Type: text/html\r\nContent-ID: <").append(p[0])
                    .append(">\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
                    .append(quotedPrintable(p[1].getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        text.append("--").append(boundary).append("--\r\n");
        List<String> lines = texts(read("报告.mhtml", text.toString().getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(lines).containsSubsequence("关于全县农村饮水安全工作情况的报告", "一、基本情况", "二、存在问题", "发布日期：2024-05-20");
        assertThat(String.join("\n", lines)).contains("解决了1.2万名群众饮水不稳定问题").doesNotContain("微博");
    }

    @Test
    void theStartParameterChoosesThePageAndBase64IsDecoded() throws Exception {
        String b = "b1";
        String main = Base64.getMimeEncoder().encodeToString(
                "<html><body><p>这是正文，以start参数指明。</p></body></html>".getBytes(StandardCharsets.UTF_8));
        String text = "MIME-Version: 1.0\n"
                + "Content-Type: multipart/related; boundary=" + b + "; start=\"<main@page>\"; type=\"text/html\"\n"
                + "\n"
                + "--" + b + "\n"
                + "Content-Type: text/html; charset=utf-8\n"
                + "Content-ID: <ad@page>\n"
                + "\n"
                + "<html><body><p>广告位招租</p></body></html>\n"
                + "--" + b + "\n"
                + "Content-Type: text/html; charset=utf-8\n"
                + "Content-ID: <main@page>\n"
                + "Content-Transfer-Encoding: base64\n"
                + "\n"
                + main + "\n"
                + "--" + b + "--\n";
        assertThat(texts(read("页面.mht", text.getBytes(StandardCharsets.ISO_8859_1)))).containsExactly("这是正文，以start参数指明。");
    }

    @Test
    void aSavedPageCutShortStillGivesWhatItHolds() throws Exception {
        byte[] whole = ieMht(PAGE, GBK);
        String s = new String(whole, StandardCharsets.ISO_8859_1);
        // cut after the page's part, before the image's and the close delimiter
        byte[] cut = s.substring(0, s.indexOf("Content-Type: image/gif")).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(texts(read("讲话.mht", cut))).contains("同志们：");
    }

    @Test
    void aWordDocumentSavedAsOneFileWebPageUnderADocNameIsReadAsThePage() throws Exception {
        // 文库 downloads and Word's 单个文件网页 renamed .doc; also under .htm and .txt names
        for (String name : List.of("材料.doc", "材料.htm", "材料.txt", "材料.docx")) {
            assertThat(texts(read(name, ieMht(PAGE, GBK)))).as(name).contains("一、充分肯定上半年取得的成绩");
        }
    }

    @Test
    void theUsersEncodingOverridesThePartsCharset() throws Exception {
        // the part says gb2312 but the page was written in UTF-8 by a tool that kept the old header
        byte[] bytes = ieMht(PAGE.replace("charset=gb2312", ""), StandardCharsets.UTF_8);
        RawText t = read("讲话.mht", bytes, new ImportOptions(StandardCharsets.UTF_8, Set.of()));
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(texts(t)).contains("同志们：");
        // and without the user's choice, bytes that are not GB2312 text are detected, not garbled
        assertThat(texts(read("讲话.mht", bytes))).contains("同志们：");
    }

    @Test
    void aMessageWithoutAPageOrWithoutHeadersGetsAOneLineReason() {
        String mail = "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--x--\r\n";
        assertThatThrownBy(() -> read("图片.mht", mail.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(ImportException.class).hasMessageContaining(".mht").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> read("空.mht", "这不是网页".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining(".mht");
    }

    @Test
    void quotedPrintableJoinsSoftBreaksEvenInsideACharacterAndKeepsAStrayEqualsSign() {
        byte[] zhong = "中文".getBytes(StandardCharsets.UTF_8);
        String qp = String.format("=%02X=%02X=\r\n=%02X=%02X=%02X=%02X  =\n a=3Db =ZZ", zhong[0], zhong[1], zhong[2],
                zhong[3], zhong[4], zhong[5]);
        assertThat(new String(MhtReader.quotedPrintable(qp), StandardCharsets.UTF_8)).isEqualTo("中文   a=b =ZZ");
    }

    @Test
    void theWholeImportMakesAnArticleWithTheTitleAndHeading() throws Exception {
        byte[] bytes = ieMht(PAGE, GBK);
        ImportedDocument doc = new PipelineParser(FormatReaders.all(), NoiseRules.builtIn()).parse(
                new SourceFile("讲话.mht", "/m/讲话.mht", "mht", bytes, Hashes.sha256Hex(bytes)), ImportOptions.defaults());
        assertThat(doc.articles()).hasSize(1);
        assertThat(doc.articles().get(0).title()).isEqualTo("在全县基层党建工作推进会上的讲话");
        assertThat(doc.articles().get(0).blocks()).extracting(ImportedBlock::text).contains("一、充分肯定上半年取得的成绩",
                "全县新建标准化党群服务中心46个，整顿软弱涣散村党组织12个。");
        assertThat(doc.encoding()).isEqualTo("GB18030");
    }
}
