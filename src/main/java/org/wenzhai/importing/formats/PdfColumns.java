package org.wenzhai.importing.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The reading order of a page set in columns (a newspaper's page, a journal's 摘登): a text sorted
 * by position alone reads across the columns, a line of the left one and then the line of the right
 * one beside it. A page is split at a gutter — an upright strip of at least
 * {@value #GUTTER_EMS} characters that hardly any line crosses, with lines of prose on both sides —
 * into bands: between two lines that cross the gutter (a headline over both columns), the left
 * column is read before the right one. A column is split again when it holds columns itself.
 *
 * <p>Not a gutter: the gaps between the cells of a table (rows of three or more pieces), a page of
 * short lines, a gap only a few lines share.
 */
final class PdfColumns {
    /** The narrowest gutter, in characters (the median glyph width). */
    static final float GUTTER_EMS = 1.5f;
    /** A side of the gutter holds prose: at least this many lines at least {@value #PROSE_EMS} characters wide. */
    static final int MIN_PROSE_LINES = 4;
    static final float PROSE_EMS = 6f;
    /** Columns within columns: at most this many splits deep. */
    private static final int MAX_DEPTH = 2;

    private PdfColumns() {
    }

    /** A glyph's box: left and right edges, its baseline (growing down the page) and height. */
    record Glyph(float left, float right, float baseline, float height) {
    }

    /**
     * A group of glyphs read together, in the order given, and how far right of the page's first
     * column its column sits (to be subtracted from the glyphs' positions when measuring margins).
     */
    record Group(int[] glyphs, float shift) {
    }

    /** The groups of a page, and the gutter between its first columns (NaN: none). */
    record Layout(List<Group> groups, float gutter) {
    }

    /**
     * The groups a page's glyphs are read in: one group holding every glyph when the page is not
     * set in columns. Blank glyphs (spaces) have {@code null} boxes; each goes with the glyph
     * before it. {@code known} is the gutter of an earlier page of the document (NaN for none): a
     * page too short to show its columns by itself (the end of an article: a few lines in
     * each column) is read by it when hardly any of its lines cross it and there is text on both
     * sides.
     */
    static Layout split(List<Glyph> glyphs, float known) {
        List<Integer> marked = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g != null && g.right() > g.left()) {
                marked.add(i);
                widths.add(g.right() - g.left());
            }
        }
        int[] all = new int[glyphs.size()];
        Arrays.setAll(all, i -> i);
        if (marked.isEmpty()) {
            return new Layout(List.of(new Group(all, 0)), Float.NaN);
        }
        widths.sort(Comparator.naturalOrder());
        float em = widths.get(widths.size() / 2);
        List<Group> groups = new ArrayList<>();
        float[] gutter = {known};
        order(glyphs, marked.stream().mapToInt(Integer::intValue).toArray(), em, 0, 0, groups, gutter);
        if (groups.size() == 1) {
            return new Layout(List.of(new Group(all, 0)), Float.NaN);
        }
        // each blank glyph joins the group of the glyph before it
        int[] groupOf = new int[glyphs.size()];
        Arrays.fill(groupOf, -1);
        for (int k = 0; k < groups.size(); k++) {
            for (int i : groups.get(k).glyphs()) {
                groupOf[i] = k;
            }
        }
        int last = 0;
        List<List<Integer>> members = new ArrayList<>();
        groups.forEach(g -> members.add(new ArrayList<>()));
        for (int i = 0; i < glyphs.size(); i++) {
            if (groupOf[i] < 0) {
                groupOf[i] = last;
            }
            last = groupOf[i];
            members.get(last).add(i);
        }
        List<Group> out = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            out.add(new Group(members.get(k).stream().mapToInt(Integer::intValue).toArray(), groups.get(k).shift()));
        }
        return new Layout(out, gutter[0]);
    }

    /** A line's piece: glyphs closer than a gutter to each other, on the line's baseline. */
    private record Run(float left, float right, float baseline, int[] glyphs) {
        float width() {
            return right - left;
        }

        boolean crosses(float gutter) {
            return left < gutter && right > gutter;
        }
    }

    /**
     * Adds the groups of {@code ids} in reading order. At the top, {@code known[0]} is the gutter of
     * an earlier page on entry and this page's on return (NaN: none).
     */
    private static void order(List<Glyph> glyphs, int[] ids, float em, float shift, int depth, List<Group> out, float[] known) {
        List<List<Run>> rows = rows(glyphs, ids, em);
        float gutter = depth < MAX_DEPTH && ids.length >= 2 * MIN_PROSE_LINES * PROSE_EMS ? gutter(rows, em) : Float.NaN;
        if (depth == 0) {
            if (Float.isNaN(gutter) && !Float.isNaN(known[0]) && fits(rows, known[0])) {
                gutter = known[0];
            }
            known[0] = gutter;
        }
        if (Float.isNaN(gutter)) {
            out.add(new Group(ids, shift));
            return;
        }
        cut(glyphs, rows, gutter, em, shift, depth, out, known);
    }

    /** Adds the groups of lines cut at a gutter: band by band, the left column before the right one. */
    private static void cut(List<Glyph> glyphs, List<List<Run>> rows, float gutter, float em, float shift, int depth,
                              List<Group> out, float[] known) {
        // a page number or running header in a corner belongs to the page, not to the column under it
        int from = 0;
        int to = rows.size();
        if (depth == 0) {
            float usual = usualSpacing(rows);
            while (from < FURNITURE_LINES && to - from > 2 && furniture(rows.get(from), rows.get(from + 1), usual)) {
                whole(rows.get(from++), shift, out);
            }
            while (rows.size() - to < FURNITURE_LINES && to - from > 2 && furniture(rows.get(to - 1), rows.get(to - 2), usual)) {
                to--;
            }
        }
        // where the columns start, by the lines read as columns (a page number in a corner does not count)
        float leftEdge = Float.MAX_VALUE;
        float rightEdge = Float.MAX_VALUE;
        for (List<Run> row : rows.subList(from, to)) {
            for (Run r : row) {
                if (r.right() <= gutter) {
                    leftEdge = Math.min(leftEdge, r.left());
                } else if (r.left() >= gutter) {
                    rightEdge = Math.min(rightEdge, r.left());
                }
            }
        }
        float rightShift = shift + (rightEdge - leftEdge);
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (List<Run> row : rows.subList(from, to)) {
            boolean crosses = row.stream().anyMatch(r -> r.crosses(gutter));
            if (crosses) {
                // a line over both columns ends the band above it and is read on its own
                band(glyphs, left, right, em, shift, rightShift, depth, out, known);
                whole(row, shift, out);
                continue;
            }
            for (Run r : row) {
                List<Integer> side = r.right() <= gutter ? left : right;
                Arrays.stream(r.glyphs()).forEach(side::add);
            }
        }
        band(glyphs, left, right, em, shift, rightShift, depth, out, known);
        for (List<Run> row : rows.subList(to, rows.size())) {
            whole(row, shift, out);
        }
    }

    /** A page's top or bottom lines, this many at most, may be its furniture. */
    private static final int FURNITURE_LINES = 2;
    /** Furniture stands apart from the text: more than this many times the usual line spacing. */
    private static final float FURNITURE_SPACINGS = 1.5f;

    /** A line read on its own, where it stands. */
    private static void whole(List<Run> row, float shift, List<Group> out) {
        List<Integer> glyphs = new ArrayList<>();
        row.forEach(r -> Arrays.stream(r.glyphs()).forEach(glyphs::add));
        out.add(new Group(glyphs.stream().mapToInt(Integer::intValue).toArray(), shift));
    }

    /** The median distance between the baselines of neighbouring lines. */
    private static float usualSpacing(List<List<Run>> rows) {
        float[] gaps = new float[Math.max(0, rows.size() - 1)];
        for (int i = 0; i + 1 < rows.size(); i++) {
            gaps[i] = rows.get(i + 1).get(0).baseline() - rows.get(i).get(0).baseline();
        }
        Arrays.sort(gaps);
        return gaps.length == 0 ? Float.NaN : gaps[gaps.length / 2];
    }

    /** Whether a line at the top or foot of a page is one piece standing well apart from its neighbour. */
    private static boolean furniture(List<Run> row, List<Run> neighbour, float usual) {
        return row.size() == 1 && !Float.isNaN(usual)
                && Math.abs(row.get(0).baseline() - neighbour.get(0).baseline()) > FURNITURE_SPACINGS * usual;
    }

    private static void band(List<Glyph> glyphs, List<Integer> left, List<Integer> right, float em, float shift, float rightShift,
                             int depth, List<Group> out, float[] known) {
        if (!left.isEmpty()) {
            order(glyphs, left.stream().mapToInt(Integer::intValue).toArray(), em, shift, depth + 1, out, known);
        }
        if (!right.isEmpty()) {
            order(glyphs, right.stream().mapToInt(Integer::intValue).toArray(), em, rightShift, depth + 1, out, known);
        }
        left.clear();
        right.clear();
    }

    /**
     * Whether a gutter found on an earlier page fits these lines: at most two of them, or a tenth,
     * cross it, none is a table's row, and there is text on both sides of it.
     */
    private static boolean fits(List<List<Run>> rows, float gutter) {
        int crossing = 0;
        boolean left = false;
        boolean right = false;
        for (List<Run> row : rows) {
            if (row.size() >= 3) {
                return false;
            }
            for (Run r : row) {
                if (r.crosses(gutter)) {
                    crossing++;
                } else if (r.right() <= gutter) {
                    left = true;
                } else {
                    right = true;
                }
            }
        }
        return left && right && fewCross(crossing, rows.size()) && crossing < rows.size();
    }

    /** A gutter is crossed by a headline or two over both columns, not more: at most two lines, or a tenth. */
    private static boolean fewCross(int crossing, int lines) {
        return crossing <= Math.max(2, lines / 10);
    }

    /** The glyphs as lines (by baseline, top down), each cut into runs wherever a gutter-wide gap opens. */
    private static List<List<Run>> rows(List<Glyph> glyphs, int[] ids, float em) {
        Integer[] byLine = Arrays.stream(ids).boxed().toArray(Integer[]::new);
        Arrays.sort(byLine, Comparator.comparingDouble((Integer i) -> glyphs.get(i).baseline())
                .thenComparingDouble(i -> glyphs.get(i).left()));
        List<List<Integer>> lines = new ArrayList<>();
        float baseline = Float.NaN;
        for (int i : byLine) {
            Glyph g = glyphs.get(i);
            float tolerance = Math.max(1f, 0.5f * (g.height() > 0 ? g.height() : em));
            if (lines.isEmpty() || Math.abs(g.baseline() - baseline) > tolerance) {
                lines.add(new ArrayList<>());
                baseline = g.baseline();
            }
            lines.get(lines.size() - 1).add(i);
        }
        List<List<Run>> rows = new ArrayList<>();
        for (List<Integer> line : lines) {
            float lineBaseline = glyphs.get(line.get(0)).baseline();
            line.sort(Comparator.comparingDouble(i -> glyphs.get(i).left()));
            List<Run> runs = new ArrayList<>();
            List<Integer> current = new ArrayList<>();
            float left = 0;
            float right = 0;
            for (int i : line) {
                Glyph g = glyphs.get(i);
                if (!current.isEmpty() && g.left() - right >= GUTTER_EMS * em) {
                    runs.add(new Run(left, right, lineBaseline, current.stream().mapToInt(Integer::intValue).toArray()));
                    current.clear();
                }
                if (current.isEmpty()) {
                    left = g.left();
                    right = g.right();
                }
                current.add(i);
                right = Math.max(right, g.right());
            }
            runs.add(new Run(left, right, lineBaseline, current.stream().mapToInt(Integer::intValue).toArray()));
            rows.add(runs);
        }
        return rows;
    }

    /**
     * The middle of the widest strip in the middle half of the text that the fewest lines cross,
     * when it separates two columns of prose; NaN otherwise.
     */
    private static float gutter(List<List<Run>> rows, float em) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        int multiPiece = 0;
        for (List<Run> row : rows) {
            min = Math.min(min, row.get(0).left());
            max = Math.max(max, row.get(row.size() - 1).right());
            if (row.size() >= 3) {
                multiPiece++;
            }
        }
        // a table: many lines of three or more cells
        if (rows.size() < 2 * MIN_PROSE_LINES || multiPiece * 4 > rows.size()) {
            return Float.NaN;
        }
        float width = max - min;
        float step = Math.max(0.25f, em / 4);
        int bins = (int) Math.ceil(width / step) + 1;
        int[] crossings = new int[bins + 1];
        for (List<Run> row : rows) {
            for (Run r : row) {
                int from = (int) Math.ceil((r.left() - min) / step);
                int to = (int) Math.floor((r.right() - min) / step);
                if (to >= from) {
                    crossings[Math.max(0, from)]++;
                    crossings[Math.min(bins, to + 1)]--;
                }
            }
        }
        for (int b = 1; b <= bins; b++) {
            crossings[b] += crossings[b - 1];
        }
        int lo = (int) ((0.25f * width) / step);
        int hi = (int) ((0.75f * width) / step);
        int fewest = Integer.MAX_VALUE;
        for (int b = lo; b <= hi; b++) {
            fewest = Math.min(fewest, crossings[b]);
        }
        if (!fewCross(fewest, rows.size())) {
            return Float.NaN;
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int b = lo; b <= hi; ) {
            if (crossings[b] != fewest) {
                b++;
                continue;
            }
            int start = b;
            while (b <= hi && crossings[b] == fewest) {
                b++;
            }
            if (b - start > bestLength) {
                bestLength = b - start;
                bestStart = start;
            }
        }
        if (bestLength * step < 0.5f * em) {
            return Float.NaN;
        }
        float gutter = min + (bestStart + bestLength / 2f) * step;
        return prose(rows, em, gutter, true) && prose(rows, em, gutter, false) ? gutter : Float.NaN;
    }

    /**
     * Whether one side of the gutter reads as a column of prose: enough lines of some length, and
     * most of its lines run to the column's right edge (a paragraph's last line does not). A table's
     * column of cells ends wherever each cell ends.
     */
    private static boolean prose(List<List<Run>> rows, float em, float gutter, boolean left) {
        List<Run> side = new ArrayList<>();
        for (List<Run> row : rows) {
            for (Run r : row) {
                if (left ? r.right() <= gutter : r.left() >= gutter) {
                    side.add(r);
                }
            }
        }
        long longLines = side.stream().filter(r -> r.width() >= PROSE_EMS * em).count();
        if (longLines < MIN_PROSE_LINES) {
            return false;
        }
        float[] rights = new float[side.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = side.get(i).right();
        }
        Arrays.sort(rights);
        float edge = rights[rights.length - 1 - rights.length / 10];
        long full = side.stream().filter(r -> edge - r.right() <= GUTTER_EMS * em).count();
        return full * 2 >= side.size();
    }
}
