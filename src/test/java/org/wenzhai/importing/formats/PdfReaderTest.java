package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

class PdfReaderTest {
    private static final String[] CJK_FONTS = {
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    };

    private final PdfReader reader = new PdfReader();

    private RawText read(byte[] bytes) throws Exception {
        return reader.read(Fixtures.file("报告.pdf", bytes), ImportOptions.defaults());
    }

    /** Marks a line set in 9 points instead of 12 (a footnote). */
    private static final String SMALL = "small:";

    /** One page of lines from the top; a line of null leaves a gap. */
    private static byte[] pdf(PdfFont font, List<String[]> pages, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = font.load(doc);
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    for (String line : lines) {
                        if (line != null) {
                            float size = 12;
                            if (line.startsWith(SMALL)) {
                                size = 9;
                                line = line.substring(SMALL.length());
                            }
                            // leading ideographic spaces indent the line by a character each, as Word does
                            int indent = 0;
                            while (indent < line.length() && line.charAt(indent) == '\u3000') {
                                indent++;
                            }
                            cs.beginText();
                            cs.setFont(f, size);
                            cs.newLineAtOffset(72 + 12 * indent, y);
                            cs.showText(line.substring(indent));
                            cs.endText();
                        }
                        y -= 24;
                    }
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private interface PdfFont {
        PDFont load(PDDocument doc) throws IOException;
    }

    private static PdfFont cjkFont() throws IOException {
        File file = Arrays.stream(CJK_FONTS).map(File::new).filter(File::isFile).findFirst().orElse(null);
        assumeThat(file).as("a CJK font (fonts-wqy-microhei) is needed to write Chinese PDFs").isNotNull();
        return doc -> {
            TrueTypeFont[] first = new TrueTypeFont[1];
            TrueTypeCollection ttc = new TrueTypeCollection(file);
            ttc.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            return PDType0Font.load(doc, first[0], true);
        };
    }

    private static List<String[]> report(int pageCount, IntFunction<String> pageNumber) {
        String[][] bodies = {
            {"在全县经济工作会议上的讲话", "同志们：", "今天召开全县经济工作会议，主要任务是总结工作、部署任务。"},
            {"一、坚持稳中求进，推动经济持续向好", "全年地区生产总值增长百分之六，", "固定资产投资保持较快增长。"},
            {"二、坚持项目为王，增强发展后劲", "要紧盯重大项目，强化要素保障，", "确保项目早开工、早投产。"},
            {"三、坚持民生为本，增进群众福祉", "要办好就业、教育、医疗等民生实事，", "让群众有更多获得感。"},
            {"四、坚持从严治党，锻造过硬队伍", "各级干部要敢于担当、善于作为，", "以实干实绩回应群众期盼。"},
        };
        List<String[]> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            List<String> lines = new ArrayList<>();
            lines.add("某某县2024年经济工作材料汇编");
            lines.add(null);
            lines.addAll(Arrays.asList(bodies[p % bodies.length]));
            lines.add(null);
            lines.add(pageNumber.apply(p + 1));
            pages.add(lines.toArray(String[]::new));
        }
        return pages;
    }

    @Test
    void pagesInOrderWithPageNumbersAndRunningHeadersLeftOut() throws Exception {
        byte[] bytes = pdf(cjkFont(), report(5, n -> "- " + n + " -"), null);
        RawText t = read(bytes);
        assertThat(t.lines()).extracting(RawLine::text).containsExactly(
                "在全县经济工作会议上的讲话", "同志们：", "今天召开全县经济工作会议，主要任务是总结工作、部署任务。",
                "一、坚持稳中求进，推动经济持续向好", "全年地区生产总值增长百分之六，", "固定资产投资保持较快增长。",
                "二、坚持项目为王，增强发展后劲", "要紧盯重大项目，强化要素保障，", "确保项目早开工、早投产。",
                "三、坚持民生为本，增进群众福祉", "要办好就业、教育、医疗等民生实事，", "让群众有更多获得感。",
                "四、坚持从严治党，锻造过硬队伍", "各级干部要敢于担当、善于作为，", "以实干实绩回应群众期盼。");
        assertThat(t.lines()).extracting(RawLine::pageBreakBefore).containsExactly(
                true, false, false, true, false, false, true, false, false, true, false, false, true, false, false);
        assertThat(t.lines()).noneMatch(RawLine::paragraphEnd);
        assertThat(t.encoding()).isNull();
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals("pdf-page-number")).extracting(RemovedText::text)
                .containsExactly("- 1 -", "- 2 -", "- 3 -", "- 4 -", "- 5 -");
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals("pdf-running-header")).hasSize(5)
                .allMatch(r -> r.text().equals("某某县2024年经济工作材料汇编"));
        assertThat(t.removed().get(0).lineNumber()).isEqualTo(1);
        assertThat(t.removed().get(1).lineNumber()).isEqualTo(5);
    }

    @Test
    void anUnnumberedCoverKeepsTheTitleThatLaterPagesRepeatAsTheirHeader() throws Exception {
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[] {"全市五星支部创建工作经验交流材料", "中共某某市委组织部 编", "2024年7月"});
        String[] bodies = {"强基固本抓党建，五星引领促振兴。", "网格连万家，服务零距离。", "支部建在产业链上，党员聚在产业链上。"};
        for (int p = 2; p <= 4; p++) {
            pages.add(new String[] {"全市五星支部创建工作经验交流材料", bodies[p - 2], "- " + p + " -"});
        }
        RawText t = read(pdf(cjkFont(), pages, null));
        assertThat(t.lines()).extracting(RawLine::text).startsWith("全市五星支部创建工作经验交流材料", "中共某某市委组织部 编");
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals("pdf-running-header")).hasSize(3);
    }

    /** Pages of lines from the top, each {type size, x, text}, 30 points apart. */
    private static byte[] sizedPages(List<List<Object[]>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = cjkFont().load(doc);
            for (List<Object[]> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    for (Object[] l : lines) {
                        float size = (Float) l[0];
                        text(cs, f, size, (Float) l[1], y, (String) l[2]);
                        y -= 30;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest(name = "title in {0} pt, header on the first page: {1}")
    @CsvSource({"22, true", "16, true", "22, false"})
    void aTitleThatTheRunningHeaderRepeatsOnItsOwnPageStays(float titleSize, boolean headerOnFirst) throws Exception {
        String title = "某某县农业农村局2023年工作总结";
        List<List<Object[]>> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<Object[]> lines = new ArrayList<>();
            if (p > 1 || headerOnFirst) {
                lines.add(new Object[] {9f, 240f, title});
            }
            if (p == 1) {
                lines.add(new Object[] {titleSize, 100f, title});
                lines.add(new Object[] {16f, 220f, "某某县农业农村局"});
            }
            for (int k = 0; k < 5; k++) {
                lines.add(new Object[] {16f, 72f, "第" + p + "页的正文，全年粮食产量稳定在一定水平之上。"});
                lines.add(new Object[] {16f, 72f, "各项工作取得明显成效，农民收入持续增长。"});
            }
            lines.add(new Object[] {12f, 280f, "- " + p + " -"});
            pages.add(lines);
        }
        RawText t = read(sizedPages(pages));
        assertThat(t.lines()).extracting(l -> l.text().strip()).startsWith(title, "某某县农业农村局");
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals("pdf-running-header"))
                .extracting(RemovedText::lineNumber).containsExactlyElementsOf(headerOnFirst ? List.of(1, 15, 27) : List.of(14, 26));
    }

    @Test
    void aSmallHeaderThatNamesEachArticleOverItsOwnPagesIsARunningHeader() throws Exception {
        String[] titles = {"聚焦主责主业　全力护航营商环境", "坚定信心　奋力推动工业经济发展", "抓好乡村振兴各项任务落实"};
        List<List<Object[]>> pages = new ArrayList<>();
        for (String title : titles) {
            for (int p = 0; p < 2; p++) {
                List<Object[]> lines = new ArrayList<>();
                lines.add(new Object[] {9f, 240f, title});
                if (p == 0) {
                    lines.add(new Object[] {22f, 100f, title});
                }
                for (int k = 0; k < 4; k++) {
                    lines.add(new Object[] {16f, 72f, "我们将深化改革，全面推行一网通办，持续优化营商环境。"});
                }
                lines.add(new Object[] {12f, 280f, "- " + (pages.size() + 1) + " -"});
                pages.add(lines);
            }
        }
        RawText t = read(sizedPages(pages));
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals("pdf-running-header")).hasSize(6);
        assertThat(t.lines()).extracting(l -> l.text().strip()).filteredOn(l -> !l.startsWith("我们")).containsExactly(titles);
    }

    @Test
    void aPageOfImagesOnlyAndGlyphsWithoutCharactersAreReportedAsUnread() throws Exception {
        PdfFont cjk = cjkFont();
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            PDFont readable = cjk.load(doc);
            // the same font without its table from glyphs to characters, as some converters embed 小标宋
            PDFont unmapped = cjk.load(doc);
            String[][] pages = {{"关于开展安全生产大检查的通知", "各乡镇人民政府，县直有关单位："}, null, {"一、检查时间", "五月十日至六月三十日。"}};
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (lines == null) {
                        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
                        cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan), 72, 600);
                        continue;
                    }
                    text(cs, lines == pages[2] ? unmapped : readable, 16, 72, 800, lines[0]);
                    text(cs, readable, 16, 72, 770, lines[1]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        bytes = withoutToUnicode(bytes);
        RawText t = read(bytes);
        assertThat(t.lines()).extracting(l -> l.text().strip()).containsExactly(
                "关于开展安全生产大检查的通知", "各乡镇人民政府，县直有关单位：", "五月十日至六月三十日。");
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals(PdfReader.UNREADABLE)).extracting(RemovedText::text)
                .containsExactly(org.wenzhai.i18n.Messages.t("importing.format.pdf.imageOnlyPage", 2),
                        org.wenzhai.i18n.Messages.t("importing.format.pdf.unmappedGlyphs", 3, 6));
    }

    /** The PDF with the ToUnicode tables of the fonts that only its last page uses taken out. */
    private static byte[] withoutToUnicode(byte[] bytes) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            List<java.util.Set<org.apache.pdfbox.cos.COSDictionary>> used = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                java.util.Set<org.apache.pdfbox.cos.COSDictionary> fonts = new java.util.HashSet<>();
                if (page.getResources() != null) {
                    for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getCOSObject());
                    }
                }
                used.add(fonts);
            }
            for (org.apache.pdfbox.cos.COSDictionary font : used.get(used.size() - 1)) {
                if (used.subList(0, used.size() - 1).stream().noneMatch(f -> f.contains(font))) {
                    font.removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aNumberedCoverOfAFewLinesKeepsItsTitleAndASentenceAtTheFootOfEachPageStays() throws Exception {
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[] {"先进事迹材料汇编", "中共某某县委组织部", "- 1 -"});
        String[][] speeches = {{"扎根基层显担当", "某某同志扎根基层二十余年，始终把群众冷暖挂在心上。"},
            {"小巷里的贴心人", "某某同志在社区工作十五年，把社区建成了幸福家园。"}};
        for (int p = 0; p < speeches.length; p++) {
            pages.add(new String[] {"先进事迹材料汇编", speeches[p][0], speeches[p][1], "谢谢大家！", "- " + (p + 2) + " -"});
        }
        RawText t = read(pdf(cjkFont(), pages, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("先进事迹材料汇编", "中共某某县委组织部",
                "扎根基层显担当", "某某同志扎根基层二十余年，始终把群众冷暖挂在心上。", "谢谢大家！",
                "小巷里的贴心人", "某某同志在社区工作十五年，把社区建成了幸福家园。", "谢谢大家！");
    }

    @Test
    void linesThatRunToTheMarginGoOnAndIndentedOnesStartParagraphsEvenInAOnePageReport() throws Exception {
        String[] page = {"关于网格化管理工作的情况报告",
            "\u3000\u3000全市共划分网格九千八百六十个，配备专兼职网格员一万五",
            "千名。矛盾纠纷就地化解率达到百分之九十六，群众满意度持续提",
            "升，基层治理效能明显增强。",
            "\u3000\u3000下一步，我们将持续深化网格化管理，推动服务资源下沉，",
            "让群众在家门口办成事。"};
        RawText t = read(pdf(cjkFont(), List.<String[]>of(page), null));
        assertThat(t.lines()).extracting(RawLine::reachesMargin).containsExactly(false, true, true, false, true, false);
        assertThat(t.lines()).extracting(RawLine::text).element(1).asString().startsWith("\u3000\u3000全市");
        ImportedDocument doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(),
                org.wenzhai.importing.clean.NoiseRules.builtIn()).parse(Fixtures.file("报告.pdf", pdf(cjkFont(), List.<String[]>of(page), null)),
                ImportOptions.defaults());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly(
                "全市共划分网格九千八百六十个，配备专兼职网格员一万五千名。矛盾纠纷就地化解率达到百分之九十六，群众满意度持续提升，基层治理效能明显增强。",
                "下一步，我们将持续深化网格化管理，推动服务资源下沉，让群众在家门口办成事。");
    }

    @Test
    void aFootnoteInASmallerFontAtThePageFootFollowsTheParagraphOfItsMarkAndStaysOutOfTheSentenceGoingOnOverThePage() throws Exception {
        String paragraph = "全市生活垃圾分类工作稳步推进，各区各部门认真落实属地责任，建成分类投放点位一千二百个，配备督导员八百余名，"
                + "对群众反映强烈的突出问题实行挂牌督办，限期整改到位，居民分类投放准确率明显提高。";
        List<String> lines = new java.util.ArrayList<>();
        lines.add("\u3000\u3000" + paragraph.substring(0, 22));
        for (int at = 22; at < paragraph.length(); at += 24) {
            lines.add(paragraph.substring(at, Math.min(paragraph.length(), at + 24)));
        }
        String note = "①“四分类”指将生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。";
        String marked = "城区生活垃圾“四分类”①覆盖率达到百分之百。";
        String[] one = {"关于生活垃圾分类工作的情况报告", "\u3000\u3000" + marked, lines.get(0), lines.get(1), lines.get(2), null,
            null, null, SMALL + note, "- 1 -"};
        String[] two = new String[lines.size() - 3 + 2];
        for (int i = 3; i < lines.size(); i++) {
            two[i - 3] = lines.get(i);
        }
        two[two.length - 2] = "\u3000\u3000下一步，我们将持续巩固分类成效。";
        two[two.length - 1] = "- 2 -";
        byte[] bytes = pdf(cjkFont(), List.of(one, two), null);
        ImportedDocument doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(),
                org.wenzhai.importing.clean.NoiseRules.builtIn()).parse(Fixtures.file("报告.pdf", bytes), ImportOptions.defaults());
        // after the paragraph that holds its mark; the paragraph that goes on over the page is whole
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly(
                marked, note, paragraph, "下一步，我们将持续巩固分类成效。");
        // without its mark on the page, after the paragraph it interrupted
        one[1] = null;
        doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(), org.wenzhai.importing.clean.NoiseRules.builtIn())
                .parse(Fixtures.file("报告.pdf", pdf(cjkFont(), List.of(one, two), null)), ImportOptions.defaults());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly(
                paragraph, note, "下一步，我们将持续巩固分类成效。");
        // a space between the note's mark and its text, as word processors set it (① “四分类”…)
        String spaced = note.charAt(0) + " " + note.substring(1);
        one[8] = SMALL + spaced;
        doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(), org.wenzhai.importing.clean.NoiseRules.builtIn())
                .parse(Fixtures.file("报告.pdf", pdf(cjkFont(), List.of(one, two), null)), ImportOptions.defaults());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text).containsExactly(
                paragraph, spaced, "下一步，我们将持续巩固分类成效。");
    }

    /**
     * One page of lines from the top, {@code spacing} points apart, each {x positions, texts}: a
     * table's row is its cells written at their columns' positions.
     */
    private static byte[] placed(PdfFont font, float spacing, List<Object[]> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = font.load(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (Object[] line : lines) {
                    float[] at = (float[]) line[0];
                    String[] text = (String[]) line[1];
                    for (int c = 0; c < text.length; c++) {
                        cs.beginText();
                        cs.setFont(f, 12);
                        cs.newLineAtOffset(at[c], y);
                        cs.showText(text[c]);
                        cs.endText();
                    }
                    y -= spacing;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aLineInAnotherSizeOfTypeIsNotJoinedToTheNext() throws Exception {
        // a compilation's name in 22 pt over its first speech's title in 24 pt (broken over two
        // lines), over the unit and the text in 16 pt: no blank line tells them apart
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {22f, 120f, "全市安全生产工作会议表态发言材料（5篇）"});
        lines.add(new Object[] {24f, 72f, "压实责任　强化监管　坚决守牢安全生产"});
        lines.add(new Object[] {24f, 260f, "底线"});
        lines.add(new Object[] {16f, 240f, "柳溪县人民政府"});
        String body = "今年以来，我县坚持人民至上、生命至上，统筹发展和安全，深入开展安全生产治本攻坚三年行动，全县安全生产形势总体平稳，"
                + "各类事故起数和死亡人数实现双下降。下一步，我们将以更严的要求、更实的举措，坚决守牢安全生产底线。";
        for (String l : wrap(body, 28)) {
            lines.add(new Object[] {16f, 72f, l});
        }
        lines.add(new Object[] {24f, 72f, "聚焦重点行业领域　全力防范化解重大安全"});
        lines.add(new Object[] {24f, 260f, "风险"});
        lines.add(new Object[] {16f, 240f, "东岭市应急管理局"});
        for (String l : wrap(body.replace("我县", "我局"), 28)) {
            lines.add(new Object[] {16f, 72f, l});
        }
        byte[] bytes = onePage((cs, f) -> {
            float y = 800;
            for (Object[] l : lines) {
                float size = (Float) l[0];
                String text = (String) l[2];
                int indent = 0;
                while (indent < text.length() && text.charAt(indent) == '\u3000') {
                    indent++;
                }
                text(cs, f, size, (Float) l[1] + size * indent, y, text.substring(indent));
                y -= size * 1.6f;
            }
        });
        ImportedDocument doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(),
                org.wenzhai.importing.clean.NoiseRules.builtIn()).parse(Fixtures.file("表态发言.pdf", bytes), ImportOptions.defaults());
        assertThat(doc.title()).isEqualTo("全市安全生产工作会议表态发言材料（5篇）");
        assertThat(doc.articles()).extracting(org.wenzhai.domain.ImportedArticle::title)
                .containsExactly("压实责任　强化监管　坚决守牢安全生产底线", "聚焦重点行业领域　全力防范化解重大安全风险");
    }

    @Test
    void aSuperscriptNumberAfterChineseTextThatANoteStartsWithIsTheNotesMark() throws Exception {
        String body = "今年以来，全县坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展取得新成效。"
                + "粮食总产量稳定在38万吨以上，特色产业不断壮大，农村居民人均可支配收入增长百分之七。";
        byte[] bytes = onePage((cs, f) -> {
            float y = 780;
            for (String l : wrap(body, 28)) {
                text(cs, f, 12, 72 + (l.startsWith("\u3000") ? 24 : 0), y, l.strip());
                y -= 20;
            }
            // 香米入选…农产品¹名录，建设面积2.3万m²；示范区³（no note 3 on this page）
            float x = 72;
            for (Object[] run : new Object[][] {{"“青禾香米”入选全国名特优新农产品", 12f, 0f}, {"1", 7f, 5f}, {"名录，新建仓储设施2.3万m", 12f, 0f},
                {"2", 7f, 5f}, {"，建成示范区", 12f, 0f}, {"3", 7f, 5f}, {"两个。", 12f, 0f}}) {
                String t = (String) run[0];
                float size = (Float) run[1];
                text(cs, f, size, x, y + (Float) run[2], t);
                x += f.getStringWidth(t) / 1000 * size;
            }
            text(cs, f, 9, 72, 90, "1　全国名特优新农产品名录由农业农村部农产品质量安全中心组织遴选发布。");
        });
        RawText t = read(bytes);
        assertThat(t.lines()).extracting(RawLine::text).anyMatch(l -> l.contains("农产品名录，新建仓储设施2.3万m2，建成示范区3两个。"))
                .contains("注1：全国名特优新农产品名录由农业农村部农产品质量安全中心组织遴选发布。")
                .noneMatch(l -> l.chars().anyMatch(c -> c >= PdfReader.NOTE_MARK && c <= PdfReader.NOTE_MARK + 9));
    }

    /** What a test draws on a page, in the CJK font. */
    private interface PageDrawing {
        void draw(PDPageContentStream cs, PDFont font) throws IOException;
    }

    /** A one-page PDF in the CJK font, drawn by {@code drawing}. */
    private static byte[] onePage(PageDrawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = cjkFont().load(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs, f);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDFont f, float size, float x, float y, String t) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(t);
        cs.endText();
    }

    @Test
    void noSpaceIsReadBetweenChineseAndTheDigitsOrLettersWordSpacesApart() throws Exception {
        // Word's 中西文自动间距: a quarter em between Chinese text and a digit or Latin run, no space typed
        List<List<String>> lines = List.of(List.of("事项达到", "1876", "项，企业开办时间压缩至", "0.5", "个工作日。"),
                List.of("建成", "Smart", "City", "平台，", "2024", "年完成"), List.of("小网格撬动大治理\u3000", "打通服务群众“最后一米”"),
                List.of("东岭市农业农村局\t", "2024年6月"),
                // an OCR'd page's text layer: Chinese characters a little apart, no space meant
                List.of("深刻认识数字政府建设的重要", "意义"));
        byte[] bytes = onePage((cs, f) -> {
            float y = 800;
            for (List<String> runs : lines) {
                float x = 72;
                for (String run : runs) {
                    String shown = run.replace("\t", "");
                    text(cs, f, 12, x, y, shown);
                    // (a run written before a tab is laid out an em and a half from the next: a space)
                    x += f.getStringWidth(shown) / 1000 * 12 + (run.endsWith("\t") ? 18 : 4);
                }
                y -= 24;
            }
        });
        assertThat(read(bytes).lines()).extracting(RawLine::text)
                .containsExactly("事项达到1876项，企业开办时间压缩至0.5个工作日。", "建成Smart City平台，2024年完成", "小网格撬动大治理\u3000打通服务群众“最后一米”", "东岭市农业农村局 2024年6月",
                        "深刻认识数字政府建设的重要意义");
    }

    @Test
    void theRowsOfATableAreLinesOfTabbedCellsThatAreNeverJoined() throws Exception {
        String[][] rows = {{"序号", "重点任务", "牵头单位", "完成时限"}, {"1", "分类投放设施建设", "市城管局", "2025年6月"},
            {"2", "分类收运体系建设", "市生态环境局", "2025年9月"}};
        float[] xs = {72, 110, 260, 400};
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {new float[] {72}, new String[] {"关于生活垃圾分类重点任务的通知"}});
        lines.add(new Object[] {new float[] {72}, new String[] {"各项重点任务的责任单位和完成时限如下表："}});
        for (String[] row : rows) {
            lines.add(new Object[] {xs, row});
        }
        byte[] bytes = placed(cjkFont(), 24, lines);
        RawText t = read(bytes);
        assertThat(t.lines()).filteredOn(l -> l.text().indexOf('\t') >= 0).extracting(RawLine::text, RawLine::paragraphEnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("序号\t重点任务\t牵头单位\t完成时限", true),
                        org.assertj.core.groups.Tuple.tuple("1\t分类投放设施建设\t市城管局\t2025年6月", true),
                        org.assertj.core.groups.Tuple.tuple("2\t分类收运体系建设\t市生态环境局\t2025年9月", true));
        assertThat(t.lines()).extracting(RawLine::text).contains("各项重点任务的责任单位和完成时限如下表：");
    }

    /** Cuts a paragraph into lines of {@code width} characters, the first indented by two. */
    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        String text = "\u3000\u3000" + paragraph;
        for (int at = 0; at < text.length(); at += width) {
            lines.add(text.substring(at, Math.min(text.length(), at + width)));
        }
        return lines;
    }

    /** A page with a headline over two columns of 18 characters (12 points) each, 24 points apart. */
    private static byte[] twoColumns(PdfFont font, String headline, List<String> left, List<String> right) throws IOException {
        return twoColumns(font, headline, List.of(List.of(left, right)));
    }

    /** Pages of two columns each, the first under a headline (null: none). */
    private static byte[] twoColumns(PdfFont font, String headline, List<List<List<String>>> pages) throws IOException {
        return twoColumns(font, headline, pages, Float.NaN);
    }

    /** The same, with the page's number (`- 1 -`) at the foot, starting at {@code footerX} (NaN: none). */
    private static byte[] twoColumns(PdfFont font, String headline, List<List<List<String>>> pages, float footerX) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = font.load(doc);
            for (List<List<String>> columns : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (headline != null && doc.getNumberOfPages() == 1) {
                    cs.beginText();
                    cs.setFont(f, 16);
                    cs.newLineAtOffset(297 - 8 * headline.length(), 790);
                    cs.showText(headline);
                    cs.endText();
                }
                if (!Float.isNaN(footerX)) {
                    cs.beginText();
                    cs.setFont(f, 10);
                    cs.newLineAtOffset(footerX, 60);
                    cs.showText("- " + doc.getNumberOfPages() + " -");
                    cs.endText();
                }
                float[] xs = {60, 60 + 18 * 12 + 24};
                for (int c = 0; c < 2; c++) {
                    float y = 750;
                    for (String line : columns.get(c)) {
                        int indent = 0;
                        while (indent < line.length() && line.charAt(indent) == '\u3000') {
                            indent++;
                        }
                        cs.beginText();
                        cs.setFont(f, 12);
                        cs.newLineAtOffset(xs[c] + 12 * indent, y);
                        cs.showText(line.substring(indent));
                        cs.endText();
                        y -= 20;
                    }
                }
            }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageSetInTwoColumnsIsReadColumnByColumnAndAParagraphGoesOnFromTheFootOfTheFirstToTheTopOfTheSecond() throws Exception {
        String first = "今年以来，我区把优化营商环境作为一号改革工程，围绕企业全生命周期梳理高频事项一百二十项，推行一窗受理、集成服务，"
                + "企业开办时间压缩到一个工作日以内。";
        String second = "在项目审批上，我们建立重大项目专班推进机制，实行容缺受理和并联审批，审批时限平均压减百分之五十以上，"
                + "一批重点项目实现拿地即开工，为稳住经济大盘提供了有力支撑，全年新增市场主体一万二千余户。";
        String third = "下一步，我区将持续深化放管服改革，加快推进数字政府建设，让企业和群众办事更加便捷高效。";
        List<String> lines = new ArrayList<>(wrap(first, 18));
        lines.addAll(wrap(second, 18));
        int half = lines.size() - 4;
        List<String> left = lines.subList(0, half);
        List<String> right = new ArrayList<>(lines.subList(half, lines.size()));
        right.addAll(wrap(third, 18));
        byte[] bytes = twoColumns(cjkFont(), "优化营商环境激发市场活力", left, right);

        RawText t = read(bytes);
        // the lines of each column, not a line of the left one and the line beside it
        assertThat(t.lines()).extracting(RawLine::text).noneMatch(l -> l.strip().length() > 20);
        assertThat(t.lines().get(0).text().strip()).isEqualTo("优化营商环境激发市场活力");
        // the second column is measured as if it stood where the first one does: its full lines reach the margin
        assertThat(t.lines().subList(1, t.lines().size())).filteredOn(l -> l.text().strip().length() == 18)
                .isNotEmpty().allMatch(RawLine::reachesMargin);

        ImportedDocument doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(),
                org.wenzhai.importing.clean.NoiseRules.builtIn()).parse(Fixtures.file("报道.pdf", bytes), ImportOptions.defaults());
        assertThat(doc.articles()).hasSize(1);
        assertThat(doc.articles().get(0).title()).isEqualTo("优化营商环境激发市场活力");
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text)
                .containsExactly(first, second, third);

        // over two pages: the second page is read by its columns too, the paragraph going on over the page whole
        String fourth = "在要素保障上，我们坚持项目跟着规划走、要素跟着项目走，统筹安排新增建设用地指标，盘活闲置低效用地八百余亩，"
                + "设立产业引导基金二十亿元，搭建银企对接平台，帮助中小企业获得贷款四十六亿元，企业融资难、融资贵问题得到有效缓解。";
        String fifth = "在政务服务上，我们深化一网通办改革，推动政务服务事项全部进驻网上平台，九成以上事项实现全程网办，"
                + "设立帮办代办专窗，为企业提供全流程免费帮办服务，企业和群众的满意度持续提升，营商环境评价连续两年位居全市前列。";
        List<String> all = new ArrayList<>(lines);
        for (String p : List.of(fourth, fifth, third)) {
            all.addAll(wrap(p, 18));
        }
        // the second page is the article's end: too few lines to show its columns by itself, it is
        // read by the gutter of the page before
        int rest = all.size() - 16;
        List<List<List<String>>> pages = List.of(List.of(all.subList(0, 8), all.subList(8, 16)),
                List.of(all.subList(16, 16 + (rest + 1) / 2), all.subList(16 + (rest + 1) / 2, all.size())));
        assertThat(rest).isBetween(4, 14);
        doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(), org.wenzhai.importing.clean.NoiseRules.builtIn())
                .parse(Fixtures.file("报道.pdf", twoColumns(cjkFont(), "优化营商环境激发市场活力", pages)), ImportOptions.defaults());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text)
                .containsExactly(first, second, fourth, fifth, third);

        // a page between them that shows no columns (two lines) does not make the reader forget the gutter
        int lastPage = 18 + (all.size() - 18 + 1) / 2;
        List<List<List<String>>> three = List.of(pages.get(0), List.of(all.subList(16, 18), List.<String>of()),
                List.of(all.subList(18, lastPage), all.subList(lastPage, all.size())));
        doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(), org.wenzhai.importing.clean.NoiseRules.builtIn())
                .parse(Fixtures.file("报道.pdf", twoColumns(cjkFont(), "优化营商环境激发市场活力", three)), ImportOptions.defaults());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text)
                .containsExactly(first, second, fourth, fifth, third);

        // the page's number in the left corner of its foot is the page's, not the left column's last line
        byte[] numbered = twoColumns(cjkFont(), "优化营商环境激发市场活力", pages, 60);
        assertThat(read(numbered).removed()).extracting(RemovedText::text).contains("- 1 -", "- 2 -");
        doc = new org.wenzhai.importing.PipelineParser(FormatReaders.all(), org.wenzhai.importing.clean.NoiseRules.builtIn())
                .parse(Fixtures.file("报道.pdf", numbered), ImportOptions.defaults());
        assertThat(doc.articles().get(0).blocks()).extracting(org.wenzhai.domain.ImportedBlock::text)
                .containsExactly(first, second, fourth, fifth, third);
    }

    @Test
    void aTableOfTwoColumnsAndAPageOfShortLinesAreNotColumns() throws Exception {
        // a table whose second column holds sentences: cells end wherever they end
        String[][] rows = {{"重点任务", "推进情况"}, {"企业开办", "已压缩至一个工作日"}, {"项目审批", "并联审批全面推行，时限减半"},
            {"政务服务", "一网通办事项达到九成"}, {"要素保障", "新增工业用地三百亩"}, {"信用监管", "分级分类监管覆盖全部市场主体"},
            {"市场主体", "新增一万二千余户"}, {"惠企政策", "免申即享政策兑现资金两亿元"}};
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (String[] row : rows) {
            left.add(row[0] + "工作的主要任务");
            right.add(row[1]);
        }
        RawText t = read(twoColumns(cjkFont(), "重点任务推进情况表", left, right));
        assertThat(t.lines()).extracting(RawLine::text).contains("企业开办工作的主要任务 已压缩至一个工作日");
    }

    @Test
    void aCellWrappedOntoASecondLineStaysInItsCellAndTheTextAfterTheTableStaysApart() throws Exception {
        float[] xs = {72, 110, 260, 400};
        // {x of each piece, text}: a row, then the rest of its third and second cells a line lower
        Object[][] lines = {
            {new float[] {72}, new String[] {"各项重点任务的责任单位和完成时限如下表："}},
            {xs, new String[] {"序号", "重点任务", "牵头单位", "完成时限"}},
            {xs, new String[] {"1", "分类投放设施建设", "市城管局", "2025年6月"}},
            {xs, new String[] {"2", "分类收运体系和末端", "市发展改革委、", "2025年9月"}},
            {new float[] {110, 260}, new String[] {"处理设施建设", "市住建局"}},
            {xs, new String[] {"3", "宣传引导", "市委宣传部", "长期坚持"}},
            {new float[] {72}, new String[] {"各牵头单位要按时报送进展情况。"}},
        };
        byte[] bytes = placed(cjkFont(), 18, Arrays.asList(lines));
        assertThat(read(bytes).lines()).extracting(l -> l.text().strip()).containsExactly(
                "各项重点任务的责任单位和完成时限如下表：",
                "序号\t重点任务\t牵头单位\t完成时限",
                "1\t分类投放设施建设\t市城管局\t2025年6月",
                "2\t分类收运体系和末端处理设施建设\t市发展改革委、市住建局\t2025年9月",
                "3\t宣传引导\t市委宣传部\t长期坚持",
                "各牵头单位要按时报送进展情况。");
    }

    @Test
    void chinesePageNumbersAndPageOfTotal() throws Exception {
        RawText t = read(pdf(cjkFont(), report(3, n -> "第" + n + "页"), null));
        assertThat(t.removed()).filteredOn(r -> r.ruleId().equals("pdf-page-number")).extracting(RemovedText::text)
                .containsExactly("第1页", "第2页", "第3页");
        // a 公文's footer spaced with ideographic spaces
        RawText spaced = read(pdf(cjkFont(), report(3, n -> "－\u3000" + n + "\u3000－"), null));
        assertThat(spaced.removed()).filteredOn(r -> r.ruleId().equals("pdf-page-number")).hasSize(3);
        RawText slash = read(pdf(cjkFont(), report(3, n -> n + "/3"), null));
        assertThat(slash.removed()).filteredOn(r -> r.ruleId().equals("pdf-page-number")).hasSize(3);
        assertThat(slash.lines()).extracting(RawLine::text).doesNotContain("1/3", "2/3", "3/3");
    }

    @Test
    void bareNumbersAreTakenAsPageNumbersOnlyWhenTheyCountThePages() throws Exception {
        RawText counted = read(pdf(cjkFont(), report(4, n -> Integer.toString(n + 1)), null));
        assertThat(counted.removed()).filteredOn(r -> r.ruleId().equals("pdf-page-number")).extracting(RemovedText::text)
                .containsExactly("2", "3", "4", "5");

        List<String[]> pages = List.of(
                new String[] {"一、工作进展", "本季度完成投资", "35"},
                new String[] {"二、存在问题", "项目推进不平衡", "7"});
        RawText random = read(pdf(cjkFont(), pages, null));
        assertThat(random.lines()).extracting(RawLine::text).contains("35", "7");
    }

    @Test
    void latinPdfWithoutEmbeddedFont() throws Exception {
        PdfFont helvetica = doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String[]> pages = List.of(new String[] {"Annual work report", "Page 1"},
                new String[] {"Second part of the report", "Page 2"});
        RawText t = read(pdf(helvetica, pages, null));
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("Annual work report", "Second part of the report");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() throws Exception {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        byte[] bytes = pdf(cjkFont(), report(2, n -> "- " + n + " -"), policy);
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.pdf.encrypted"));
    }

    @Test
    void aPdfRestrictedByAnOwnerPasswordOnlyIsRead() throws Exception {
        AccessPermission restricted = new AccessPermission();
        restricted.setCanExtractContent(false);
        restricted.setCanPrint(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", restricted);
        policy.setEncryptionKeyLength(128);
        RawText t = read(pdf(cjkFont(), report(2, n -> "- " + n + " -"), policy));
        assertThat(t.lines()).extracting(RawLine::text).contains("同志们：", "一、坚持稳中求进，推动经济持续向好");
    }

    @Test
    void damagedAndTextlessPdfsGetOneLineReasons() throws Exception {
        byte[] good = pdf(cjkFont(), report(2, n -> "- " + n + " -"), null);
        byte[] cut = Arrays.copyOf(good, 200);
        assertThatThrownBy(() -> read(cut)).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.pdf.damaged"));
        byte[] empty = pdf(cjkFont(), List.of(new String[0], new String[0]), null);
        assertThatThrownBy(() -> read(empty)).isInstanceOf(ImportException.class)
                .hasMessage(Messages.t("importing.format.pdf.noText"));
    }
}
