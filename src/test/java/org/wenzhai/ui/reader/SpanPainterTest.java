package org.wenzhai.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class SpanPainterTest {
    private static List<String> describe(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            out.add(s.getLength() + ":" + String.join("+", s.getStyle()));
        }
        return out;
    }

    @Test
    void overlappingRangesBecomeOneSpanSequenceCoveringTheWholeText() {
        StyleSpans<Collection<String>> spans = SpanPainter.paint(20, List.of(
                new SpanPainter.Range(2, 8, "hl-yellow"),
                new SpanPainter.Range(5, 12, "find-match")));
        assertThat(describe(spans)).containsExactly("2:", "3:hl-yellow", "3:hl-yellow+find-match", "4:find-match", "8:");
        assertThat(spans.length()).isEqualTo(20);
    }

    @Test
    void rangesOutsideTheTextAreClippedAndEmptyOnesIgnored() {
        StyleSpans<Collection<String>> spans = SpanPainter.paint(10, List.of(
                new SpanPainter.Range(8, 30, "a"), new SpanPainter.Range(3, 3, "b")));
        assertThat(describe(spans)).containsExactly("8:", "2:a");
    }

    @Test
    void noRangesGiveOneUnstyledSpan() {
        assertThat(describe(SpanPainter.paint(7, List.of()))).containsExactly("7:");
    }

    @Test
    void theFontStackPicksTheFirstInstalledFamily() {
        assertThat(CjkFonts.pick(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "SimSun"))).isEqualTo("SimSun");
        assertThat(CjkFonts.pick(List.of("DejaVu Sans"))).isEqualTo("Serif");
    }
}
