package org.wenzhai.importing.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/** .docx files generated with POI for the tests: headings, numbering, a table, a page break. */
final class DocxFixtures {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private DocxFixtures() {
    }

    /** Chinese Word: heading styles with ids "1", "2" named "heading 1"…, and "a5" named 标题 3. */
    private static final String STYLES = "<xml-fragment " + W + ">"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"标题 3\"/><w:basedOn w:val=\"a\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"a\"/></w:style>"
            + "</xml-fragment>";

    /** 一、 then （一） below it, as Chinese Word's multilevel list writes them. */
    private static final String CHINESE_LIST = "<xml-fragment " + W + ">"
            + "<w:multiLevelType w:val=\"multilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
            + "<w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
            + "<w:lvlText w:val=\"（%2）\"/><w:suff w:val=\"nothing\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "</xml-fragment>";

    private static final String DECIMAL_LIST = "<xml-fragment " + W + ">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
            + "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "</xml-fragment>";

    private static final String BULLET_LIST = "<xml-fragment " + W + ">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
            + "<w:lvlText w:val=\"\uF06C\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "</xml-fragment>";

    /** A Word document with what {@code content} puts in it. */
    static byte[] word(java.util.function.Consumer<org.apache.poi.xwpf.usermodel.XWPFDocument> content) throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The namespaces a document part written by Word declares (text boxes, alternate content). */
    private static final String PART_NAMESPACES = W
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    /**
     * A .docx written as raw WordprocessingML, for what POI cannot make: {@code body} is the inside
     * of {@code w:body}; {@code styles}, {@code numbering} and {@code footnotes} (null for none) are
     * the insides of those parts' root elements.
     */
    static byte[] raw(String body, String styles, String numbering, String footnotes) throws Exception {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        String[][] kinds = {{"document", "document.main", body, null}, {"styles", "styles", styles, "styles"},
            {"numbering", "numbering", numbering, "numbering"}, {"footnotes", "footnotes", footnotes, "footnotes"}};
        for (String[] k : kinds) {
            if (k[2] == null) {
                continue;
            }
            String root = k[0].equals("document") ? "w:document" : "w:" + k[0];
            String inner = k[0].equals("document") ? "<w:body>" + k[2] + "</w:body>" : k[2];
            parts.put("word/" + k[0] + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + root + " " + PART_NAMESPACES
                    + ">" + inner + "</" + root + ">");
            types.append("<Override PartName=\"/word/").append(k[0]).append(".xml\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.wordprocessingml.").append(k[1]).append("+xml\"/>");
            if (k[3] != null) {
                rels.append("<Relationship Id=\"rId").append(k[0]).append("\" Target=\"").append(k[0]).append(".xml\" Type=\"")
                        .append("http://schemas.openxmlformats.org/officeDocument/2006/relationships/").append(k[3]).append("\"/>");
            }
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/></Relationships>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (java.util.Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A paragraph of one run of {@code text} in raw WordprocessingML, with {@code pPr} (may be empty) as its properties. */
    static String p(String pPr, String text) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    /** A title, a paragraph referring to a footnote that holds {@code note}, and a next paragraph. */
    static byte[] footnoted(String title, String body, String note) throws Exception {
        return word(d -> {
            d.createParagraph().createRun().setText(title);
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText(body);
            org.apache.poi.xwpf.usermodel.XWPFFootnote footnote = d.createFootnote();
            footnote.createParagraph().createRun().setText(note);
            p.addFootnoteReference(footnote);
            d.createParagraph().createRun().setText("下一段正文。");
        });
    }

    static byte[] officialNotice() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            for (CTStyle style : CTStyles.Factory.parse(STYLES).getStyleArray()) {
                styles.addStyle(new XWPFStyle(style, styles));
            }
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger chinese = numbering.addNum(numbering.addAbstractNum(
                    abstractNum(CHINESE_LIST, 0)));
            BigInteger decimal = numbering.addNum(numbering.addAbstractNum(
                    abstractNum(DECIMAL_LIST, 1)));
            BigInteger bullet = numbering.addNum(numbering.addAbstractNum(
                    abstractNum(BULLET_LIST, 2)));

            paragraph(doc, "关于做好基层治理工作的通知", null);
            paragraph(doc, "各乡镇人民政府，县直各部门：", null);
            XWPFParagraph h1 = paragraph(doc, "加强组织领导", "1");
            number(h1, chinese, 0);
            XWPFParagraph h2 = paragraph(doc, "压实工作责任", null);
            number(h2, chinese, 1);
            pPr(h2).addNewOutlineLvl().setVal(BigInteger.ONE);
            paragraph(doc, "各级党组织要把基层治理摆上重要议程。", null);
            XWPFParagraph h2b = paragraph(doc, "健全工作机制", "2");
            number(h2b, chinese, 1);
            number(paragraph(doc, "建立工作台账", null), decimal, 0);
            number(paragraph(doc, "实行定期调度", null), decimal, 0);
            number(paragraph(doc, "不显示符号的要点", null), bullet, 0);
            XWPFParagraph h1b = paragraph(doc, "强化督促检查", "1");
            number(h1b, chinese, 0);
            XWPFParagraph h2c = paragraph(doc, "开展专项督查", "2");
            number(h2c, chinese, 1);
            paragraph(doc, "典型经验做法", "a5");
            paragraph(doc, "一点体会", "4");

            XWPFParagraph withBreak = doc.createParagraph();
            withBreak.createRun().setText("本页最后一段。");
            withBreak.createRun().addBreak(BreakType.PAGE);
            withBreak.createRun().setText("新页第一段。");
            XWPFParagraph soft = doc.createParagraph();
            soft.createRun().setText("第一行");
            soft.createRun().addBreak();
            soft.createRun().setText("第二行");

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("完成值");
            table.getRow(1).getCell(0).setText("粮食产量");
            table.getRow(1).getCell(1).setText("120万吨");

            XWPFParagraph next = paragraph(doc, "附件：工作任务清单", null);
            pPr(next).addNewPageBreakBefore();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFAbstractNum abstractNum(String xml, int id) throws Exception {
        CTAbstractNum ct = CTAbstractNum.Factory.parse(xml);
        ct.setAbstractNumId(BigInteger.valueOf(id));
        return new XWPFAbstractNum(ct);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    private static void number(XWPFParagraph p, BigInteger numId, int level) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /**
     * A zip bomb: a real .docx whose word/document.xml is replaced by {@code megabytes} MB of zero
     * bytes (a few hundred KB compressed).
     */
    static byte[] zipBomb(int megabytes) throws Exception {
        byte[] real = officialNotice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(real));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write("<?xml version=\"1.0\"?><w:document ".getBytes(StandardCharsets.UTF_8));
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(zeros);
                    }
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
