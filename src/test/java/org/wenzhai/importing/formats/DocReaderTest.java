package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/**
 * POI cannot write .doc files, so the HWPF path is exercised through LibreOffice when it is
 * installed; the redirections by magic bytes and the refusals always run.
 */
class DocReaderTest {
    private final DocReader reader = new DocReader();

    @TempDir
    Path dir;

    private RawText read(byte[] bytes) throws Exception {
        return reader.read(Fixtures.file("材料.doc", bytes), ImportOptions.defaults());
    }

    @Test
    void aTableOfContentsKeepsItsEntriesWithoutTheirFieldCodes() {
        // Word's TOC field holds a HYPERLINK and a PAGEREF field in each entry and ends paragraphs later
        DocReader.Fields fields = new DocReader.Fields();
        assertThat(fields.results("\u0013 TOC \\o \"1-1\" \\h \\z \\u \u0014\u0013 HYPERLINK \\l \"_Toc1\" \u0014小网格撬动大治理\t"
                + "\u0013 PAGEREF _Toc1 \\h \u00143\u0015\u0015\r")).isEqualTo("小网格撬动大治理\t3\r");
        assertThat(fields.results("\u0013 HYPERLINK \\l \"_Toc2\" \u0014以积分制激活乡村治理\t\u0013 PAGEREF _Toc2 \\h \u00145\u0015\u0015\r"))
                .isEqualTo("以积分制激活乡村治理\t5\r");
        assertThat(fields.results("\u0015\r")).isEqualTo("\r");
        assertThat(fields.results("正文第一段。\r")).isEqualTo("正文第一段。\r");
    }

    @Test
    void aFieldCodeCutOffByItsParagraphsEndLosesNoTextAfterIt() {
        DocReader.Fields fields = new DocReader.Fields();
        assertThat(fields.results("页码\u0013 PAGE \r")).isEqualTo("页码\r");
        assertThat(fields.results("下一段照常。\r")).isEqualTo("下一段照常。\r");
        assertThat(fields.results("共\u0013 NUMPAGES \u0015页，\u0013 IF \u0013 MERGEFIELD x \u0015 = 1 \u0014是\u0015。\r"))
                .isEqualTo("共页，是。\r");
    }

    @Test
    void aDocThatIsReallyADocxIsReadAsDocx() throws Exception {
        RawText t = read(DocxFixtures.officialNotice());
        assertThat(t.lines()).extracting(RawLine::text).contains("一、加强组织领导", "（一）压实工作责任");
    }

    @Test
    void aDocSavedFromABrowserIsReadAsHtml() throws Exception {
        String html = "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body><h2>二、主要做法</h2>"
                + "<p>坚持问题导向，聚焦群众急难愁盼。</p></body></html>";
        RawText t = read(html.getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel)
                .containsExactly(tuple("二、主要做法", 2), tuple("坚持问题导向，聚焦群众急难愁盼。", null));
    }

    @Test
    void aDocThatIsReallyRtfIsReadAsRtf() throws Exception {
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\f0 \\'d2\\'bb\\'a1\\'a2\\'d7\\'dc\\'cc\\'e5\\'d2\\'aa\\'c7\\'f3\\par}"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(read(rtf).lines()).extracting(RawLine::text).containsExactly("一、总体要求");
    }

    @Test
    void aDocThatIsPlainTextIsReadAsText() throws Exception {
        RawText t = read("一、总体要求\r\n坚持稳中求进。\r\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一、总体要求", "坚持稳中求进。");
    }

    @Test
    void garbageAndOtherOfficeFilesAreRefused() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> read(garbage)).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.doc.damaged"));

        ByteArrayOutputStream ole = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
            fs.writeFilesystem(ole);
        }
        assertThatThrownBy(() -> read(ole.toByteArray())).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.docx.notWord"));

        byte[] oleCut = java.util.Arrays.copyOf(ole.toByteArray(), 700);
        assertThatThrownBy(() -> read(oleCut)).isInstanceOf(ImportException.class).hasMessageNotContaining("\n");
    }

    @Test
    void aPasswordProtectedWordFileIsRefused() throws Exception {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("机密");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(DocxFixtures.officialNotice()));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(encrypted);
        }
        assertThatThrownBy(() -> read(encrypted.toByteArray())).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.doc.encrypted"));
        assertThatThrownBy(() -> new DocxReader().read(Fixtures.file("a.docx", encrypted.toByteArray()),
                ImportOptions.defaults())).hasMessage(Messages.t("importing.format.doc.encrypted"));
    }

    /** A .doc written by LibreOffice from {@code docx}; the test is skipped where LibreOffice is not installed. */
    private byte[] viaLibreOffice(String name, byte[] docx) throws Exception {
        String office = findOnPath("libreoffice", "soffice");
        assumeThat(office).as("LibreOffice converts the generated .docx to .doc; not installed").isNotNull();
        Path in = dir.resolve(name + ".docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(office, "--headless", "--convert-to", "doc", "--outdir", dir.toString(),
                in.toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assumeThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path doc = dir.resolve(name + ".doc");
        assumeThat(Files.exists(doc)).isTrue();
        return Files.readAllBytes(doc);
    }

    @Test
    void aFootnoteOfARealDocFollowsTheParagraphThatRefersToIt() throws Exception {
        byte[] docx = DocxFixtures.footnoted("在全县安全生产工作会议上的讲话", "各行业主管部门要对照判定标准，逐项排查重大事故隐患。",
                "判定标准以省应急管理厅2024年印发的文件为准。");
        RawText t = read(viaLibreOffice("footnote", docx));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("在全县安全生产工作会议上的讲话",
                "各行业主管部门要对照判定标准，逐项排查重大事故隐患。", "注1：判定标准以省应急管理厅2024年印发的文件为准。", "下一段正文。");
    }

    @Test
    void aManualLineBreakInsideASentenceOfARealDocIsJoined() throws Exception {
        byte[] docx = DocxFixtures.word(d -> {
            d.createParagraph().createRun().setText("在全县防汛工作会议上的讲话");
            org.apache.poi.xwpf.usermodel.XWPFRun r = d.createParagraph().createRun();
            r.setText("（二）要看到风险依然突出。当前各领域风险交织叠加，", 0);
            r.addBreak();
            r.setText("加之今年汛期可能提前，防汛形势不容乐观。", 1);
            org.apache.poi.xwpf.usermodel.XWPFRun s = d.createParagraph().createRun();
            s.setText("云山县人民政府", 0);
            s.addBreak();
            s.setText("2024年5月6日", 1);
        });
        RawText t = read(viaLibreOffice("break", docx));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("在全县防汛工作会议上的讲话",
                "（二）要看到风险依然突出。当前各领域风险交织叠加，加之今年汛期可能提前，防汛形势不容乐观。", "云山县人民政府", "2024年5月6日");
    }

    @Test
    void aRealDocMadeByLibreOfficeIsRead() throws Exception {
        RawText t = read(viaLibreOffice("notice", DocxFixtures.officialNotice()));
        assertThat(t.lines()).extracting(RawLine::text)
                .contains("关于做好基层治理工作的通知", "各级党组织要把基层治理摆上重要议程。", "指标\t完成值");
        assertThat(t.lines()).filteredOn(l -> l.text().endsWith("加强组织领导")).extracting(RawLine::headingLevel)
                .containsExactly(1);
        assertThat(t.lines()).filteredOn(l -> l.text().equals("附件：工作任务清单")).extracting(RawLine::pageBreakBefore)
                .containsExactly(true);
    }

    @Test
    void theAutomaticNumbersOfARealDocAreShownAsInTheDocx() throws Exception {
        byte[] docx = DocxFixtures.officialNotice();
        RawText doc = read(viaLibreOffice("numbered", docx));
        List<String> numbered = List.of("一、加强组织领导", "（一）压实工作责任", "（二）健全工作机制", "1.建立工作台账", "2.实行定期调度",
                "不显示符号的要点", "二、强化督促检查", "（一）开展专项督查");
        assertThat(doc.lines()).extracting(RawLine::text).containsSubsequence(numbered);
        // the same labels as the .docx reader gives the document it was made from
        assertThat(read(docx).lines()).extracting(RawLine::text).containsSubsequence(numbered);
    }

    @Test
    void aWpsOfficeFileInWordsBinaryFormatIsReadAndAnUnreadableOneSaysWhatToDo() throws Exception {
        byte[] doc = viaLibreOffice("wps", DocxFixtures.officialNotice());
        FormatReader forWps = FormatReaders.all().stream().filter(r -> r.supports("wps")).findFirst().orElseThrow();
        assertThat(forWps).isInstanceOf(DocReader.class);
        RawText t = forWps.read(Fixtures.file("通知.wps", doc), ImportOptions.defaults());
        assertThat(t.lines()).extracting(RawLine::text).contains("关于做好基层治理工作的通知", "各级党组织要把基层治理摆上重要议程。");
        // not Word's format (the WPS of the 1990s, a Works file): one line that says what to do
        byte[] old = new byte[2048];
        for (int i = 0; i < old.length; i++) {
            old[i] = (byte) (i * 37 + 11);
        }
        assertThatThrownBy(() -> forWps.read(Fixtures.file("旧.wps", old), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessage(Messages.t("importing.format.wps.unreadable"));
        // the same bytes named .doc keep the .doc message
        assertThatThrownBy(() -> read(old)).hasMessage(Messages.t("importing.format.doc.damaged"));
    }

    static String findOnPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dirName : path.split(java.io.File.pathSeparator)) {
            for (String n : names) {
                Path candidate = Path.of(dirName, n);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
