package org.wenzhai.passages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.domain.TagPath;
import org.wenzhai.storage.LibraryTestSupport;

/** The services' contracts the window and the search index rely on, on a real library. */
class PassageServicesTest {
    @TempDir
    Path dir;

    private WenzhaiContext ctx;
    private long speech;
    private long compilation;
    private final List<Set<Long>> events = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ctx = WenzhaiContext.open(dir.resolve("lib"));
        speech = PassagesFixture.importFile(ctx, PassagesFixture.write(dir.resolve("in/讲话.txt"), PassagesFixture.lines()));
        compilation = ctx.documents().insert(LibraryTestSupport.file("汇编.txt", "汇编"), LibraryTestSupport.twoArticleDocument());
        ctx.passageEvents().addListener(events::add);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long seq() {
        return ctx.documents().changeSeq();
    }

    @Test
    void everyChangeToADocumentsPassagesIsReportedAndBumpsTheChangeCounter() {
        HighlightService hs = ctx.highlightService();
        TagService ts = ctx.tagService();
        long s0 = seq();
        Highlight h = hs.addByQuote(speech, "薄弱环节", null, HighlightService.Details.plain());
        hs.tag(h.id(), List.of(TagPath.of("问题")));
        hs.note(h.id(), "注");
        hs.untag(h.id(), List.of(TagPath.of("问题")));
        assertThat(events).containsExactly(Set.of(speech), Set.of(speech), Set.of(speech), Set.of(speech));
        assertThat(seq()).isEqualTo(s0 + 4);

        events.clear();
        hs.color(h.id(), HighlightColor.BLUE);
        assertThat(events).as("a colour is not indexed").isEmpty();

        long article = ctx.documentService().articles(compilation).get(1).id();
        ts.tagArticle(article, List.of(TagPath.of("主题/乡村振兴")));
        ts.tagDocument(speech, List.of(TagPath.of("主题/党建")));
        hs.tag(h.id(), List.of(TagPath.of("主题/党建")));
        events.clear();
        long s1 = seq();
        ts.rename(TagPath.of("主题"), TagPath.of("专题"));
        assertThat(events).containsExactly(Set.of(speech, compilation));
        assertThat(seq()).isEqualTo(s1 + 1);

        events.clear();
        ts.create(TagPath.of("未用"));
        ts.delete(TagPath.of("未用"), false);
        assertThat(events).as("an unused tag concerns no document").isEmpty();

        Highlight moved = hs.reattachByQuote(h.id(), compilation, "领头雁", null);
        assertThat(events).containsExactly(Set.of(speech, compilation));
        assertThat(moved.tags()).containsExactly(TagPath.of("专题/党建"));

        events.clear();
        hs.delete(h.id());
        assertThat(events).containsExactly(Set.of(compilation));
    }

    @Test
    void aSpanOverConsecutiveBlocksOfOneArticleIsOneHighlight() {
        List<Block> blocks = ctx.documentService().blocks(ctx.documentService().articles(compilation).get(0).id());
        Block heading = blocks.get(1);
        Block paragraph = blocks.get(2);
        Highlight h = ctx.highlightService().addBySpan(heading.id(), 2, paragraph.id(), 5,
                new HighlightService.Details(HighlightColor.PURPLE, "跨段", List.of()));
        assertThat(h.anchor().quote()).isEqualTo(heading.text().substring(2) + "\n" + paragraph.text().substring(0, 5));
        assertThat(h.anchor().prefix()).endsWith(blocks.get(0).text() + "\n" + heading.text().substring(0, 2));
        assertThat(h.anchor().suffix()).startsWith(paragraph.text().substring(5));
        PassagesFixture.assertInPlace(ctx, h);
        assertThat(h.color()).isEqualTo(HighlightColor.PURPLE);
    }

    @Test
    void aBadSpanIsRefusedAndStoresNothing() {
        List<Block> first = ctx.documentService().blocks(ctx.documentService().articles(compilation).get(0).id());
        List<Block> second = ctx.documentService().blocks(ctx.documentService().articles(compilation).get(1).id());
        HighlightService hs = ctx.highlightService();
        HighlightService.Details d = HighlightService.Details.plain();
        assertThatThrownBy(() -> hs.addBySpan(first.get(2).id(), 0, second.get(0).id(), 2, d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hs.addBySpan(first.get(2).id(), 0, first.get(0).id(), 2, d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hs.addBySpan(first.get(2).id(), 3, first.get(2).id(), 3, d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hs.addBySpan(first.get(2).id(), 0, first.get(2).id(), 999, d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(hs.list(HighlightFilter.all())).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aQuoteWithALineBreakSpansTwoBlocks() {
        Highlight h = ctx.highlightService().addByQuote(compilation, "明确职责清单\r\n  全县划分网格312个", null,
                HighlightService.Details.plain());
        assertThat(h.anchor().quote()).isEqualTo("明确职责清单\n全县划分网格312个");
        assertThat(h.anchor().startBlockId()).isNotEqualTo(h.anchor().endBlockId());
        PassagesFixture.assertInPlace(ctx, h);
    }

    @Test
    void likeWildcardsInTagNamesMatchOnlyThemselves() {
        HighlightService hs = ctx.highlightService();
        hs.addByQuote(speech, "薄弱环节", null, new HighlightService.Details(null, null, List.of(TagPath.of("a_b/c"))));
        hs.addByQuote(speech, "问题导向", null, new HighlightService.Details(null, null, List.of(TagPath.of("aXb/c"))));
        hs.addByQuote(speech, "急难愁盼", null, new HighlightService.Details(null, null, List.of(TagPath.of("100%/c"))));
        assertThat(hs.list(new HighlightFilter(List.of(TagPath.of("a_b")), null, null, null))).hasSize(1);
        assertThat(hs.list(new HighlightFilter(List.of(TagPath.of("100%")), null, null, null))).hasSize(1);
        assertThat(ctx.tagService().usage(TagPath.of("a_b")).highlights()).isEqualTo(1);
    }

    @Test
    void tagColoursAreKeptThroughRenameAndMerge() {
        TagService ts = ctx.tagService();
        ts.setColor(TagPath.of("金句"), "#d9534f");
        ts.rename(TagPath.of("金句"), TagPath.of("素材/金句"));
        assertThat(ts.all()).anySatisfy(t -> {
            assertThat(t.path()).isEqualTo(TagPath.of("素材/金句"));
            assertThat(t.color()).isEqualTo("#d9534f");
        });
        ts.create(TagPath.of("好句"));
        ts.merge(TagPath.of("素材/金句"), TagPath.of("好句"));
        assertThat(ts.all()).anySatisfy(t -> {
            assertThat(t.path()).isEqualTo(TagPath.of("好句"));
            assertThat(t.color()).isEqualTo("#d9534f");
        });
        assertThatThrownBy(() -> ts.setColor(TagPath.of("好句"), "red; drop")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ts.merge(TagPath.of("好句"), TagPath.of("好句/子"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ts.rename(TagPath.of("好句"), TagPath.of("好句/子"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleTagsFollowTheArticleWhenItsDocumentIsReimported() throws Exception {
        Path file = dir.resolve("in/讲话.txt");
        long article = ctx.documentService().articles(speech).get(0).id();
        ctx.tagService().tagArticle(article, List.of(TagPath.of("讲话")));
        List<String> changed = new ArrayList<>(PassagesFixture.lines());
        changed.add("最后一段新加的话。");
        PassagesFixture.write(file, changed);
        PassagesFixture.importFile(ctx, file);
        long newArticle = ctx.documentService().articles(speech).get(0).id();
        assertThat(ctx.tagService().articleTags(newArticle)).containsExactly(TagPath.of("讲话"));
    }
}
