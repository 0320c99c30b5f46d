package org.wenzhai.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns overlapping styled ranges (highlights, find matches, a search mark) into one
 * {@link StyleSpans} over the whole text, so the reader restyles in a single call.
 */
public final class SpanPainter {
    /** A style class on absolute offsets {@code [start, end)}. */
    public record Range(int start, int end, String styleClass) {
    }

    private SpanPainter() {
    }

    public static StyleSpans<Collection<String>> paint(int length, List<Range> ranges) {
        TreeMap<Integer, List<Range>> starts = new TreeMap<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Range r : ranges) {
            int s = Math.max(0, Math.min(length, r.start()));
            int e = Math.max(0, Math.min(length, r.end()));
            if (e > s) {
                cuts.add(s);
                cuts.add(e);
                starts.computeIfAbsent(s, k -> new ArrayList<>()).add(new Range(s, e, r.styleClass()));
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        List<Range> active = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int at = prev;
                active.removeIf(r -> r.end() <= at);
                List<String> classes = new ArrayList<>();
                for (Range r : active) {
                    if (!classes.contains(r.styleClass())) {
                        classes.add(r.styleClass());
                    }
                }
                b.add(classes, cut - prev);
            }
            List<Range> opening = starts.get(cut);
            if (opening != null) {
                active.addAll(opening);
            }
            prev = cut;
        }
        if (length == 0) {
            b.add(List.of(), 0);
        }
        return b.create();
    }
}
