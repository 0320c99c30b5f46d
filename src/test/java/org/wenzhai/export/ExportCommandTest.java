package org.wenzhai.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.cli.CliRunner;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagPath;
import org.wenzhai.passages.HighlightService;
import org.wenzhai.passages.PassagesFixture;
import org.wenzhai.storage.LibraryTestSupport;

/** add → export in every format through {@code Cli.run}, each file parsed back. */
class ExportCommandTest {
    private static final String SOURCE_GRID = "——摘自《县域经济发展交流材料汇编（2篇）》·《抓实网格治理 夯实基层基础》·（一）明确职责清单"
            + "（某县委组织部，2024-05-08）";
    private static final String SOURCE_GOOSE = "——摘自《县域经济发展交流材料汇编（2篇）》·《发挥头雁作用 推动乡村振兴》·一、选好头雁";
    private static final String SOURCE_SPEECH = "——摘自《" + PassagesFixture.TITLE + "》";
    private static final String NOTE = "数据可用于汇报，\"原文\"照录\n第二行";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void libraryWithHighlights() throws Exception {
        Path lib = dir.resolve("lib");
        Path speech = PassagesFixture.write(dir.resolve("in/讲话.txt"), PassagesFixture.lines());
        try (WenzhaiContext ctx = WenzhaiContext.open(lib)) {
            long speechId = PassagesFixture.importFile(ctx, speech);
            long compilation = ctx.documents().insert(LibraryTestSupport.file("汇编.txt", "汇编"),
                    LibraryTestSupport.twoArticleDocument());
            HighlightService hs = ctx.highlightService();
            hs.addByQuote(compilation, "村党组织书记是乡村振兴的领头雁", null,
                    new HighlightService.Details(HighlightColor.PINK, null, List.of(TagPath.of("金句"))));
            hs.addByQuote(compilation, "全县划分网格312个，配备专职网格员640名。", null,
                    new HighlightService.Details(HighlightColor.GREEN, NOTE, List.of(TagPath.of("数据"), TagPath.of("主题/基层治理"))));
            hs.addByQuote(compilation, "选优配强网格长", null,
                    new HighlightService.Details(null, null, List.of(TagPath.of("主题/基层治理/网格"))));
            hs.addByQuote(speechId, "把支部建在产业链上，让党员亮在岗位上", null,
                    new HighlightService.Details(null, "金句备用", List.of(TagPath.of("金句"))));
        }
        cli = new CliRunner(lib);
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    @Test
    void txtOnStandardOutputIsGroupedInReadingOrderWithSourceLinesNotesAndTags() {
        String out = ok("export").out();
        int speech = out.indexOf("《" + PassagesFixture.TITLE + "》");
        int compilation = out.indexOf("《县域经济发展交流材料汇编（2篇）》");
        assertThat(speech).isNotNegative().isLessThan(compilation);
        // within the compilation: article 1 (选优 before 全县), then article 2
        int first = out.indexOf("选优配强网格长");
        int second = out.indexOf("全县划分网格312个");
        int third = out.indexOf("村党组织书记是乡村振兴的领头雁");
        assertThat(first).isGreaterThan(compilation).isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(out).contains("【抓实网格治理 夯实基层基础】", "【发挥头雁作用 推动乡村振兴】");
        assertThat(out).contains("一、建强网格队伍 › （一）明确职责清单");
        assertThat(out).contains(SOURCE_GRID, SOURCE_GOOSE, SOURCE_SPEECH + "\n");
        assertThat(out).doesNotContain("（，）", "《》", "（）");
        assertThat(out).contains("批注：数据可用于汇报，\"原文\"照录\n    第二行");
        assertThat(out).contains("标签：主题/基层治理、数据");
        // the speech's one article has the document's title: no separate article heading
        assertThat(out).doesNotContain("【" + PassagesFixture.TITLE + "】");
    }

    @Test
    void txtInGb18030AndWithABomDecodeToTheSameText() throws Exception {
        String utf8 = ok("export", "--tag", "主题").out();
        Path gb = dir.resolve("out/摘录-gb.txt");
        ok("export", "--tag", "主题", "--encoding", "gb18030", "--out", gb.toString());
        byte[] bytes = Files.readAllBytes(gb);
        assertThat(new String(bytes, Charset.forName("GB18030"))).isEqualTo(utf8);
        assertThat(isUtf8(bytes)).isFalse();

        Path bom = dir.resolve("out/摘录-bom.txt");
        ok("export", "--tag", "主题", "--encoding", "utf-8-bom", "--out", bom.toString());
        byte[] b = Files.readAllBytes(bom);
        assertThat(Arrays.copyOf(b, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(b, 3, b.length - 3, StandardCharsets.UTF_8)).isEqualTo(utf8);
        assertThat(utf8).contains("选优配强网格长", "全县划分网格312个").doesNotContain("领头雁");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void markdownQuotesEachExcerptAndItsSourceLine() throws Exception {
        Path md = dir.resolve("out/摘录.md");
        CliRunner.Result r = ok("export", "--format", "md", "--doc", "2", "--out", md.toString(), "--json");
        assertThat(r.out()).contains("\"excerpts\":3").contains("\"encoding\":\"utf-8\"");
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# 县域经济发展交流材料汇编（2篇）\n");
        assertThat(text).contains("## 抓实网格治理 夯实基层基础\n", "### 一、建强网格队伍 › （一）明确职责清单\n");
        assertThat(text).contains("> 全县划分网格312个，配备专职网格员640名。\n>\n> " + SOURCE_GRID + "\n");
        assertThat(text).contains("批注：数据可用于汇报，\"原文\"照录  \n第二行");
        assertThat(text).contains("标签：`主题/基层治理` `数据`");
        assertThat(text).doesNotContain(PassagesFixture.TITLE);
    }

    @Test
    void csvHasTheColumnsAndRoundTripsThroughAnRfc4180Parser() throws Exception {
        Path csv = dir.resolve("out/摘录.csv");
        ok("export", "--format", "csv", "--out", csv.toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 BOM for Excel").containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("Highlight", "Title", "Author", "Note", "Tags", "Location");
        assertThat(rows).hasSize(5);
        List<String> grid = rows.stream().filter(r -> r.get(0).startsWith("全县划分网格")).findFirst().orElseThrow();
        assertThat(grid).containsExactly("全县划分网格312个，配备专职网格员640名。", "抓实网格治理 夯实基层基础", "某县委组织部",
                NOTE.replace("\n", "\r\n"), "主题/基层治理; 数据",
                "《县域经济发展交流材料汇编（2篇）》 › 《抓实网格治理 夯实基层基础》 › 一、建强网格队伍 › （一）明确职责清单 › 第5段");
        assertThat(rows.get(1).get(0)).isEqualTo("把支部建在产业链上，让党员亮在岗位上");
        assertThat(rows.get(1).get(2)).isEmpty();
    }

    /** RFC 4180: CRLF records, fields optionally quoted, quotes doubled inside quoted fields. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"') {
                assertThat(field.length()).as("a quote starts a field").isZero();
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("bare line feed outside quotes").isNotEqualTo('\n');
                field.append(c);
                i++;
            }
        }
        assertThat(row).as("file ends with CRLF").isEmpty();
        return rows;
    }

    @Test
    void docxUsesRealHeadingStylesAndFangSongForTheExcerpts() throws Exception {
        Path docx = dir.resolve("out/摘录.docx");
        ok("export", "--format", "docx", "--out", docx.toString());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = d.getParagraphs();
            List<String> h1 = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            List<String> h2 = ps.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            List<String> h3 = ps.stream().filter(p -> "Heading3".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h1).containsExactly(PassagesFixture.TITLE, "县域经济发展交流材料汇编（2篇）");
            assertThat(h2).containsExactly("抓实网格治理 夯实基层基础", "发挥头雁作用 推动乡村振兴");
            assertThat(h3).containsExactly("一、建强网格队伍", "一、建强网格队伍 › （一）明确职责清单", "一、选好头雁");
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = d.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            XWPFParagraph excerpt = ps.stream().filter(p -> p.getText().equals("选优配强网格长")).findFirst().orElseThrow();
            XWPFRun run = excerpt.getRuns().get(0);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            int i = ps.indexOf(excerpt);
            assertThat(ps.get(i + 1).getText()).isEqualTo("——摘自《县域经济发展交流材料汇编（2篇）》·《抓实网格治理 夯实基层基础》"
                    + "·一、建强网格队伍（某县委组织部，2024-05-08）");
            assertThat(ps.get(i + 2).getText()).isEqualTo("标签：主题/基层治理/网格");
            assertThat(String.join("\n", ps.stream().map(XWPFParagraph::getText).toList()))
                    .contains("批注：数据可用于汇报，\"原文\"照录\n第二行");
        }
    }

    @Test
    void docxNeedsAFileAndTextEncodingsDoNotApplyToIt() {
        assertThat(cli.run("export", "--format", "docx").exitCode()).isEqualTo(2);
        CliRunner.Result r = cli.run("export", "--format", "docx", "--encoding", "gb18030", "--out",
                dir.resolve("x.docx").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("x.docx")).doesNotExist();
        assertThat(cli.run("export", "--format", "pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void exportingNothingSaysSoAndWritesNothing() {
        Path f = dir.resolve("out/空.txt");
        CliRunner.Result r = cli.run("export", "--tag", "没有的标签", "--out", f.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isNotBlank();
        assertThat(f).doesNotExist();
        CliRunner.Result toStdout = cli.run("export", "--color", "purple");
        assertThat(toStdout.exitCode()).isEqualTo(1);
        assertThat(toStdout.out()).isEmpty();
    }

    @Test
    void aSavedTemplateIsUsedByLaterExportsAndCopies() throws Exception {
        ok("export", "--template", "出处：{document}｜{heading}（{date}）", "--save-template", "--tag", "金句");
        String out = ok("export", "--tag", "金句").out();
        assertThat(out).contains("出处：县域经济发展交流材料汇编（2篇）｜一、选好头雁\n");
        assertThat(out).contains("出处：" + PassagesFixture.TITLE + "\n");
        assertThat(cli.run("export", "--template", "{nope}").exitCode()).isEqualTo(1);
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("lib"))) {
            org.wenzhai.domain.Highlight goose = ctx.highlightService().list(org.wenzhai.domain.HighlightFilter.all()).stream()
                    .filter(h -> h.anchor().quote().contains("领头雁")).findFirst().orElseThrow();
            assertThat(ctx.copyWithSource().copy(goose.id()))
                    .isEqualTo("村党组织书记是乡村振兴的领头雁\n出处：县域经济发展交流材料汇编（2篇）｜一、选好头雁");
            // a selection over two blocks, as the window makes it
            long article = goose.articleId();
            List<org.wenzhai.domain.Block> blocks = ctx.documentService().blocks(article);
            assertThat(ctx.copyWithSource().copy(blocks.get(0).id(), 2, blocks.get(1).id(), 4))
                    .isEqualTo("选好头雁\n村党组织\n出处：县域经济发展交流材料汇编（2篇）｜一、选好头雁");
        }
    }
}
