package org.wenzhai.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.wenzhai.i18n.Messages;

/**
 * Word document: the document title is Heading 1, the article title Heading 2, the heading path
 * Heading 3 — real Word heading styles ({@code heading 1…3} with outline levels) so the navigation
 * pane lists them. Headings in 黑体 (the first) and 宋体 bold, excerpts in 仿宋 三号 (16 pt),
 * source line, note and tags in 仿宋 小四 (12 pt).
 */
public class DocxExcerptWriter implements ExcerptWriter {
    public static final String BODY_FONT = "仿宋";
    public static final String TITLE_FONT = "黑体";
    public static final String HEADING_FONT = "宋体";

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public void write(ExcerptGroups groups, TextEncoding encoding, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            addHeadingStyle(styles, 1, TITLE_FONT, 44);
            addHeadingStyle(styles, 2, HEADING_FONT, 36);
            addHeadingStyle(styles, 3, HEADING_FONT, 32);
            for (ExcerptGroups.DocumentGroup d : groups.documents()) {
                heading(doc, 1, d.title());
                for (ExcerptGroups.ArticleGroup a : d.articles()) {
                    if (a.title() != null) {
                        heading(doc, 2, a.title());
                    }
                    for (ExcerptGroups.HeadingGroup s : a.sections()) {
                        if (!s.headings().isEmpty()) {
                            heading(doc, 3, String.join(" › ", s.headings()));
                        }
                        for (Excerpt x : s.excerpts()) {
                            for (String line : x.text().split("\n")) {
                                XWPFParagraph p = doc.createParagraph();
                                p.setFirstLineIndent(640);
                                body(p.createRun(), line, 16);
                            }
                            if (!x.sourceLine().isEmpty()) {
                                XWPFParagraph p = doc.createParagraph();
                                p.setAlignment(ParagraphAlignment.RIGHT);
                                body(p.createRun(), x.sourceLine(), 12);
                            }
                            if (x.note() != null) {
                                XWPFParagraph p = doc.createParagraph();
                                String[] lines = x.note().strip().split("\\R");
                                XWPFRun r = p.createRun();
                                body(r, Messages.t("passages.export.note") + lines[0], 12);
                                for (int i = 1; i < lines.length; i++) {
                                    r.addBreak();
                                    r.setText(lines[i]);
                                }
                            }
                            if (!x.tags().isEmpty()) {
                                XWPFParagraph p = doc.createParagraph();
                                XWPFRun r = p.createRun();
                                body(r, Messages.t("passages.export.tags") + String.join("、", x.tags()), 12);
                                r.setColor("666666");
                            }
                        }
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        XWPFRun r = p.createRun();
        r.setText(text);
    }

    private static void body(XWPFRun r, String text, int points) {
        r.setText(text);
        r.setFontFamily(BODY_FONT);
        r.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
    }

    private static void addHeadingStyle(XWPFStyles styles, int level, String font, int halfPoints) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("Heading" + level);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("heading " + level);
        s.addNewNext().setVal("Normal");
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        CTRPr rpr = s.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
