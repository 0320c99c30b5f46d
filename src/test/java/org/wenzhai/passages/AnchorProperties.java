package org.wenzhai.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.BlockType;

/** Anchors round-trip: what a span covers is its quote, and unchanged or shifted blocks keep every highlight. */
class AnchorProperties {

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return Arbitraries.strings().withChars("党建引领基层治理五星支部乡村振兴，。要坚持问题导向").ofMinLength(1).ofMaxLength(40)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    private static List<Block> blocks(List<String> texts, long firstId, long articleId) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Block(firstId + i, articleId, i, BlockType.PARAGRAPH, null, texts.get(i)));
        }
        return out;
    }

    @Property(tries = 300)
    void aSpansQuoteIsTheTextItCovers(@ForAll("paragraphs") List<String> texts, @ForAll @IntRange(max = 10_000) int a,
                                      @ForAll @IntRange(max = 10_000) int b) {
        DocText t = DocText.of(blocks(texts, 1, 1));
        int s = Math.min(a, b) % (t.length() + 1);
        int e = Math.max(a, b) % (t.length() + 1);
        Optional<Anchor> anchor = t.anchor(Math.min(s, e), Math.max(s, e));
        anchor.ifPresent(x -> {
            assertThat(t.text()).contains(x.quote());
            assertThat(x.quote()).doesNotStartWith("\n").doesNotEndWith("\n");
            assertThat(t.anchor(x.startBlockId(), x.start(), x.endBlockId(), x.end())).contains(x);
            assertThat(t.prefix(t.globalStart(x)) + x.quote()).endsWith(x.quote());
            assertThat(x.prefix().length()).isLessThanOrEqualTo(Anchor.CONTEXT);
            assertThat(x.suffix().length()).isLessThanOrEqualTo(Anchor.CONTEXT);
        });
    }

    @Property(tries = 200)
    void shiftedButUnchangedBlocksKeepEveryHighlightWithItsOffsets(@ForAll("paragraphs") List<String> texts,
                                                                    @ForAll("paragraphs") List<String> inserted,
                                                                    @ForAll @IntRange(max = 10_000) int a,
                                                                    @ForAll @IntRange(max = 10_000) int len) {
        List<Block> old = blocks(texts, 1, 1);
        DocText t = DocText.of(old);
        int s = a % t.length();
        int e = Math.min(t.length(), s + 1 + len % 30);
        Optional<Anchor> anchor = t.anchor(s, e);
        if (anchor.isEmpty()) {
            return;
        }
        List<String> changed = new ArrayList<>(inserted);
        changed.addAll(texts);
        List<Block> nu = blocks(changed, 1000, 2);
        Anchor x = anchor.get();
        AnchorRelocator.Result r = new AnchorRelocator().locate(x, old, nu).orElseThrow();
        Anchor y = r.placement().anchor();
        assertThat(y.quote()).isEqualTo(x.quote());
        assertThat(DocText.of(nu).anchor(y.startBlockId(), y.start(), y.endBlockId(), y.end()).orElseThrow().quote())
                .isEqualTo(x.quote());
        assertThat(r.placement().articleId()).isEqualTo(2);
    }
}
