package org.wenzhai.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.BlockType;

/** The passes of the relocator on block lists written here (no storage). */
class AnchorRelocatorTest {
    private final AnchorRelocator relocator = new AnchorRelocator();
    private long nextId = 1;

    private List<Block> blocks(long articleId, String... texts) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Block(nextId++, articleId, i, BlockType.PARAGRAPH, null, texts[i]));
        }
        return out;
    }

    private static Anchor anchorOf(List<Block> blocks, String quote, int occurrence) {
        DocText t = DocText.of(blocks);
        int s = t.occurrences(quote).get(occurrence - 1);
        return t.anchor(s, s + quote.length()).orElseThrow();
    }

    @Test
    void unchangedBlocksArePlacedByPosition() {
        List<Block> old = blocks(1, "甲段文字。", "坚持问题导向，聚焦群众急难愁盼。");
        List<Block> nu = blocks(2, "新增的一段。", "甲段文字。", "坚持问题导向，聚焦群众急难愁盼。");
        Optional<AnchorRelocator.Result> r = relocator.locate(anchorOf(old, "聚焦群众", 1), old, nu);
        assertThat(r).isPresent();
        assertThat(r.get().pass()).isEqualTo(AnchorRelocator.Pass.POSITION);
        assertThat(r.get().placement().anchor().startBlockId()).isEqualTo(nu.get(2).id());
        assertThat(r.get().placement().articleId()).isEqualTo(2);
    }

    @Test
    void aRepeatedQuoteIsDisambiguatedByItsContext() {
        List<Block> old = blocks(1, "一是抓落实。会议要求抓落实，确保见效。", "二是抓统筹。");
        List<Block> nu = blocks(1, "一是抓落实！会议强调：会议要求抓落实，确保见效。", "二是抓统筹。");
        Anchor a = anchorOf(old, "抓落实", 2);
        AnchorRelocator.Result r = relocator.locate(a, old, nu).orElseThrow();
        assertThat(r.pass()).isEqualTo(AnchorRelocator.Pass.EXACT);
        assertThat(r.placement().anchor().start()).isEqualTo(nu.get(0).text().lastIndexOf("抓落实"));
    }

    @Test
    void aQuoteSplitAcrossBlocksIsFoundIgnoringTheBoundary() {
        List<Block> old = blocks(1, "前言。坚持以党建引领基层治理，推动五星支部创建。");
        List<Block> nu = blocks(1, "前言。坚持以党建引领基层治理，", "推动五星支部创建。");
        AnchorRelocator.Result r = relocator.locate(anchorOf(old, "基层治理，推动五星", 1), old, nu).orElseThrow();
        assertThat(r.pass()).isEqualTo(AnchorRelocator.Pass.EXACT_ACROSS_BLOCKS);
        assertThat(r.placement().anchor().quote()).isEqualTo("基层治理，\n推动五星");
    }

    @Test
    void aSlightlyEditedQuoteIsFoundByTheFuzzyPass() {
        List<Block> old = blocks(1, "开头。要把支部建在产业链上，让党员亮在岗位上。结尾。");
        List<Block> nu = blocks(1, "开头。要把支部建在产业链上、让广大党员亮在岗位上。结尾。");
        AnchorRelocator.Result r = relocator.locate(anchorOf(old, "把支部建在产业链上，让党员亮在岗位上", 1), old, nu)
                .orElseThrow();
        assertThat(r.pass()).isEqualTo(AnchorRelocator.Pass.FUZZY);
        assertThat(r.placement().anchor().quote()).isEqualTo("把支部建在产业链上、让广大党员亮在岗位上");
    }

    @Test
    void unrelatedTextPlacesNothing() {
        List<Block> old = blocks(1, "要把支部建在产业链上，让党员亮在岗位上。");
        List<Block> nu = blocks(1, "要持续深化作风建设，以钉钉子精神抓好各项任务落实。");
        assertThat(relocator.locate(anchorOf(old, "把支部建在产业链上，让党员亮在岗位上", 1), old, nu)).isEmpty();
    }

    @Test
    void aShortQuoteNeedsItsContextToBeFuzzilyPlaced() {
        List<Block> old = blocks(1, "全年完成投资一百亿元，同比增长百分之十。");
        List<Block> nu = blocks(1, "今年的工作重点是招商引资，加快项目建设。");
        assertThat(relocator.locate(anchorOf(old, "一百亿元，同比", 1), old, nu)).isEmpty();
    }

    @Test
    void aMatchNeverCrossesFromOneArticleIntoAnother() {
        List<Block> old = blocks(1, "第一篇结尾一句话。");
        List<Block> nu = new ArrayList<>(blocks(1, "第一篇结尾"));
        nu.addAll(blocks(2, "一句话。"));
        assertThat(relocator.locate(anchorOf(old, "结尾一句话", 1), old, nu)).isEmpty();
    }
}
