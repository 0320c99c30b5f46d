package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.decode.TextDecoder;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    private RawText read(String md) throws Exception {
        return reader.read(Fixtures.file("材料.md", md.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    }

    @Test
    void headingsBecomeHintsAndParagraphLinesAreSoftWrapped() throws Exception {
        RawText t = read("""
                # 关于加强基层治理的实施意见

                ## 一、总体要求

                坚持以人民为中心的发展思想，
                着力提升基层治理能力。

                ### （一）工作目标 ###
                到2025年，基层治理体系基本健全。
                """);
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel, RawLine::paragraphEnd).containsExactly(
                // the only # is the title: the ## sections are the text's first level
                tuple("关于加强基层治理的实施意见", 1, true),
                tuple("一、总体要求", 1, true),
                // a paragraph's lines are one line, as a viewer shows them
                tuple("坚持以人民为中心的发展思想，着力提升基层治理能力。", null, true),
                tuple("（一）工作目标", 2, true),
                tuple("到2025年，基层治理体系基本健全。", null, true));
        assertThat(t.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void aParagraphWrappedInsideAWordIsJoinedWithoutASpaceLatinWordsKeepOneAndASignatureStaysLines() throws Exception {
        RawText t = read("""
                这一段在一个词的中间换了行，但仍是同一个段
                落，读者看到的是一段完整的话。

                > 村民王某某说：“以前开会是干部讲、群众听，现在是大
                > 家商量着来。”

                The committee discussed the plan
                and approved it in 2024.

                云山市直机关工委
                2024年4月15日
                """);
        assertThat(t.lines()).extracting(RawLine::text).containsExactly(
                "这一段在一个词的中间换了行，但仍是同一个段落，读者看到的是一段完整的话。",
                "村民王某某说：“以前开会是干部讲、群众听，现在是大家商量着来。”",
                "The committee discussed the plan and approved it in 2024.",
                // a signature's lines stay lines
                "云山市直机关工委", "2024年4月15日");
    }

    @Test
    void emphasisLinksImagesAndCodeLoseTheirSyntax() throws Exception {
        RawText t = read("""
                要**坚持问题导向**，*突出重点*，__狠抓落实__，~~不搞形式主义~~。

                详见[实施方案](https://example.org/plan)和![示意图](a.png)，代码`x_y`，转义\\*星号\\*。

                snake_case_name 与 2*3*4 保持原样。
                """);
        assertThat(t.lines()).extracting(RawLine::text).containsExactly(
                "要坚持问题导向，突出重点，狠抓落实，不搞形式主义。",
                "详见实施方案和示意图，代码x_y，转义*星号*。",
                "snake_case_name 与 2*3*4 保持原样。");
    }

    @Test
    void listsQuotesTablesAndRulesAreRenderedAsText() throws Exception {
        RawText t = read("""
                1. 加强组织领导
                2. 强化督促检查
                - 压实责任
                * 注重宣传
                > 引用的一段话

                ---
                | 项目 | 负责单位 |
                |------|---------|
                | 道路硬化 | 交通局 |
                """);
        assertThat(t.lines()).extracting(RawLine::text, RawLine::paragraphEnd).containsExactly(
                tuple("1. 加强组织领导", true),
                tuple("2. 强化督促检查", true),
                tuple("压实责任", true),
                tuple("注重宣传", true),
                tuple("引用的一段话", true),
                tuple("项目\t负责单位", true),
                tuple("道路硬化\t交通局", true));
    }

    @Test
    void sectionsUnderTheOnlyTitleAreTheFirstLevelAndSeveralTitlesKeepTheirs() throws Exception {
        assertThat(read("# 学习笔记\n\n## 一、会议精神\n\n正文。\n\n## 学习体会\n\n### 要点\n\n正文。\n").lines())
                .extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                        tuple("学习笔记", 1), tuple("一、会议精神", 1), tuple("正文。", null), tuple("学习体会", 1),
                        tuple("要点", 2), tuple("正文。", null));
        // two # headings: the levels are the document's own
        assertThat(read("# 第一篇\n\n## 学习体会\n\n# 第二篇\n\n## 心得\n").lines())
                .extracting(RawLine::headingLevel).containsExactly(1, 2, 1, 2);
    }

    @Test
    void underlinedHeadingsFencedCodeAndFrontMatter() throws Exception {
        RawText t = read("""
                ---
                title: 工作总结
                ---
                年度工作总结
                ======

                二、主要做法
                ------
                ```
                # 不是标题
                ```
                """);
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                tuple("年度工作总结", 1), tuple("二、主要做法", 1), tuple("# 不是标题", null));
        assertThat(t.removed()).extracting(r -> r.ruleId()).containsOnly("md-front-matter");
        assertThat(t.removed()).hasSize(3);
    }

    @Test
    void theFrontMattersTitleAuthorAndDateOpenATextWithoutATitleOfItsOwn() throws Exception {
        RawText t = read("""
                ---
                title: 白石镇2024年河长制工作总结
                author: "白石镇河长办"
                date: 2024-12-20
                tags: [河长制]
                ---

                今年以来，白石镇全面落实河长制。

                ## 一、主要工作

                开展河道巡查1860人次。
                """);
        assertThat(t.lines()).extracting(RawLine::text, RawLine::headingLevel).containsExactly(
                tuple("白石镇2024年河长制工作总结", 1), tuple("作者：白石镇河长办", null), tuple("2024-12-20", null),
                tuple("今年以来，白石镇全面落实河长制。", null), tuple("一、主要工作", 1), tuple("开展河道巡查1860人次。", null));
        assertThat(t.removed()).hasSize(6);
    }

    @Test
    void theFrontMattersSourceIsTheDocumentsWhetherOrNotTheTextHasATitleOfItsOwn() throws Exception {
        RawText own = read("""
                ---
                title: 江城市科学技术局2023年工作总结
                source: 江城市人民政府门户网站
                ---

                # 江城市科学技术局2023年工作总结

                2023年，市科技局各项工作取得新进展。
                """);
        assertThat(own.lines()).extracting(RawLine::text).containsExactly("来源：江城市人民政府门户网站",
                "江城市科学技术局2023年工作总结", "2023年，市科技局各项工作取得新进展。");
        RawText none = read("""
                ---
                title: 白石镇2024年河长制工作总结
                来源: 白石镇人民政府
                ---

                今年以来，白石镇全面落实河长制。
                """);
        assertThat(none.lines()).extracting(RawLine::text).containsExactly("白石镇2024年河长制工作总结", "来源：白石镇人民政府",
                "今年以来，白石镇全面落实河长制。");
    }

    @Test
    void gbkMarkdownIsDecoded() throws Exception {
        byte[] bytes = "# 一、总体要求\r\n坚持稳中求进。\r\n".getBytes(TextDecoder.GB18030);
        RawText t = reader.read(Fixtures.file("a.markdown", bytes), ImportOptions.defaults());
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一、总体要求", "坚持稳中求进。");
    }

    @Test
    void aFiveMegabyteLineFullOfMarksStaysOneLine() throws Exception {
        String line = "*强调_与*星号_".repeat(5_000_000 / 8);
        RawText t = read(line + "\n");
        assertThat(t.lines()).hasSize(1);
        assertThat(t.lines().get(0).text()).hasSize(line.length());
    }
}
