package org.wenzhai.passages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightRelocator;

/**
 * Re-anchors a highlight after its document's text was replaced, trying in turn:
 * <ol>
 *   <li>position: the same run of block texts still exists (blocks inserted or removed around it);</li>
 *   <li>exact quote, the candidate whose 32-character prefix and suffix agree best winning;</li>
 *   <li>exact quote ignoring block boundaries (a paragraph split or joined inside the quote);</li>
 *   <li>a bounded fuzzy match: approximate substring search (Sellers' edit-distance DP) in a
 *       window of at most {@link #MAX_CELLS} DP cells around the expected place, accepting at most
 *       one edit per {@link #CHARS_PER_EDIT} quote characters, candidates ranked by quote distance
 *       plus a quarter of the context distance.</li>
 * </ol>
 * Anything else is left unplaced and becomes an orphan. Pure: no storage, no state.
 */
public final class AnchorRelocator implements HighlightRelocator {
    /** Longest quote tried by the fuzzy pass (longer ones need an exact match). */
    public static final int MAX_FUZZY_QUOTE = 1000;
    /** Upper bound of quote length × window length for one fuzzy search. */
    public static final int MAX_CELLS = 4_000_000;
    /** The fuzzy pass allows one edit per this many quote characters. */
    public static final int CHARS_PER_EDIT = 4;
    /** Fuzzy candidates examined in detail (start recovery and context). */
    private static final int MAX_CANDIDATES = 16;

    /** Which pass placed a highlight (for tests and benchmarks). */
    public enum Pass { POSITION, EXACT, EXACT_ACROSS_BLOCKS, FUZZY }

    /** A placement and the pass that found it. */
    public record Result(Placement placement, Pass pass) {
    }

    @Override
    public Optional<Placement> relocate(Highlight highlight, List<Block> oldBlocks, List<Block> newBlocks) {
        return locate(highlight.anchor(), oldBlocks, newBlocks).map(Result::placement);
    }

    /** Like {@link #relocate} but says which pass succeeded. */
    public Optional<Result> locate(Anchor a, List<Block> oldBlocks, List<Block> newBlocks) {
        if (a.quote() == null || a.quote().isEmpty() || newBlocks.isEmpty()) {
            return Optional.empty();
        }
        DocText old = DocText.of(oldBlocks);
        DocText nu = DocText.of(newBlocks);
        int oldStart = old.globalStart(a);
        double ratio = oldStart >= 0 && old.length() > 0 ? oldStart / (double) old.length() : 0.5;
        int expected = (int) Math.round(ratio * nu.length());

        Optional<Anchor> found = byPosition(a, old, nu);
        if (found.isPresent()) {
            return result(found.get(), nu, Pass.POSITION);
        }
        found = exact(a, nu, expected);
        if (found.isPresent()) {
            return result(found.get(), nu, Pass.EXACT);
        }
        found = exactAcrossBlocks(a, nu, expected);
        if (found.isPresent()) {
            return result(found.get(), nu, Pass.EXACT_ACROSS_BLOCKS);
        }
        found = fuzzy(a, nu, expected);
        return found.flatMap(x -> result(x, nu, Pass.FUZZY));
    }

    private static Optional<Result> result(Anchor a, DocText nu, Pass pass) {
        return Optional.of(new Result(new Placement(nu.articleOf(a.startBlockId()), a), pass));
    }

    private static Optional<Anchor> byPosition(Anchor a, DocText old, DocText nu) {
        if (!a.isPlaced()) {
            return Optional.empty();
        }
        int i = old.indexOf(a.startBlockId());
        int j = old.indexOf(a.endBlockId());
        if (i < 0 || j < i) {
            return Optional.empty();
        }
        Optional<Anchor> there = old.anchor(a.startBlockId(), a.start(), a.endBlockId(), a.end());
        if (there.isEmpty() || !there.get().quote().equals(a.quote())) {
            return Optional.empty();
        }
        int run = j - i + 1;
        List<Block> ob = old.blocks();
        List<Block> nb = nu.blocks();
        int best = -1;
        for (int p = 0; p + run <= nb.size(); p++) {
            boolean same = true;
            for (int k = 0; k < run && same; k++) {
                same = nb.get(p + k).text().equals(ob.get(i + k).text())
                        && nb.get(p + k).articleId() == nb.get(p).articleId();
            }
            if (same && (best < 0 || Math.abs(p - i) < Math.abs(best - i))) {
                best = p;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return nu.anchor(nb.get(best).id(), a.start(), nb.get(best + run - 1).id(), a.end())
                .filter(x -> x.quote().equals(a.quote()));
    }

    private static Optional<Anchor> exact(Anchor a, DocText nu, int expected) {
        List<Anchor> candidates = new ArrayList<>();
        for (int s : nu.occurrences(a.quote())) {
            nu.anchor(s, s + a.quote().length()).ifPresent(candidates::add);
        }
        return bestByContext(a, nu, candidates, expected);
    }

    private static Optional<Anchor> exactAcrossBlocks(Anchor a, DocText nu, int expected) {
        String quote = strip(a.quote());
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        String text = nu.text();
        StringBuilder flat = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != DocText.SEPARATOR) {
                map[flat.length()] = i;
                flat.append(c);
            }
        }
        List<Anchor> candidates = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = flat.indexOf(quote, from);
            if (i < 0) {
                break;
            }
            nu.anchor(map[i], map[i + quote.length() - 1] + 1).ifPresent(candidates::add);
            from = i + 1;
        }
        return bestByContext(a, nu, candidates, expected);
    }

    private static Optional<Anchor> bestByContext(Anchor a, DocText nu, List<Anchor> candidates, int expected) {
        return candidates.stream().min(Comparator
                .comparingInt((Anchor c) -> -contextAgreement(a, c))
                .thenComparingInt(c -> Math.abs(nu.globalStart(c) - expected)));
    }

    /** Characters of the old prefix (read backwards) and suffix that the candidate's context repeats. */
    static int contextAgreement(Anchor old, Anchor candidate) {
        String p1 = nz(old.prefix());
        String p2 = nz(candidate.prefix());
        int n = 0;
        while (n < p1.length() && n < p2.length() && p1.charAt(p1.length() - 1 - n) == p2.charAt(p2.length() - 1 - n)) {
            n++;
        }
        String s1 = nz(old.suffix());
        String s2 = nz(candidate.suffix());
        int m = 0;
        while (m < s1.length() && m < s2.length() && s1.charAt(m) == s2.charAt(m)) {
            m++;
        }
        return n + m;
    }

    private static Optional<Anchor> fuzzy(Anchor a, DocText nu, int expected) {
        String p = a.quote();
        int m = p.length();
        int k = m / CHARS_PER_EDIT;
        if (m > MAX_FUZZY_QUOTE || k == 0) {
            return Optional.empty();
        }
        String text = nu.text();
        int windowLength = Math.min(text.length(), Math.max(m + 2 * k, MAX_CELLS / m));
        int w0 = Math.max(0, Math.min(text.length() - windowLength, expected - windowLength / 2));
        int w1 = w0 + windowLength;

        int[] dist = endDistances(p, text, w0, w1);
        List<Integer> ends = new ArrayList<>();
        for (int j = 0; j < dist.length; j++) {
            int d = dist[j];
            if (d <= k && (j == 0 || d <= dist[j - 1]) && (j == dist.length - 1 || d <= dist[j + 1])) {
                ends.add(j);
            }
        }
        ends.sort(Comparator.comparingInt((Integer j) -> dist[j]).thenComparingInt(j -> Math.abs(w0 + j - expected)));
        String oldPrefix = nz(a.prefix());
        String oldSuffix = nz(a.suffix());
        Anchor best = null;
        double bestCost = Double.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (int c = 0; c < ends.size() && c < MAX_CANDIDATES; c++) {
            int e = w0 + ends.get(c) + 1;
            int[] startAndDistance = bestStart(p, text, e, m + k, w0);
            int s = startAndDistance[0];
            int quoteDistance = startAndDistance[1];
            if (quoteDistance > k) {
                continue;
            }
            String before = text.substring(Math.max(0, s - oldPrefix.length()), s);
            String after = text.substring(e, Math.min(text.length(), e + oldSuffix.length()));
            int contextDistance = levenshtein(oldPrefix, before) + levenshtein(oldSuffix, after);
            int contextLength = oldPrefix.length() + oldSuffix.length();
            if (m < 4 * CHARS_PER_EDIT && contextLength > 0 && contextDistance * 2 > contextLength) {
                continue; // a short quote alone is weak evidence: its context must agree too
            }
            double cost = quoteDistance + contextDistance / 4.0;
            int distanceFromExpected = Math.abs(s - expected);
            if (cost < bestCost || (cost == bestCost && distanceFromExpected < bestDistance)) {
                Optional<Anchor> anchor = nu.anchor(s, e);
                if (anchor.isPresent()) {
                    best = anchor.get();
                    bestCost = cost;
                    bestDistance = distanceFromExpected;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** For each end position in [w0, w1): the least edit distance of {@code p} to a substring ending there. */
    private static int[] endDistances(String p, String text, int w0, int w1) {
        int m = p.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int[] out = new int[w1 - w0];
        for (int j = w0; j < w1; j++) {
            char c = text.charAt(j);
            cur[0] = 0;
            for (int i = 1; i <= m; i++) {
                int v = prev[i - 1] + (p.charAt(i - 1) == c ? 0 : 1);
                v = Math.min(v, prev[i] + 1);
                cur[i] = Math.min(v, cur[i - 1] + 1);
            }
            out[j - w0] = cur[m];
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return out;
    }

    /** The start s (≥ floor) minimising the edit distance of p to text[s, e), with that distance. */
    private static int[] bestStart(String p, String text, int e, int maxLength, int floor) {
        int m = p.length();
        int[] col = new int[m + 1];
        int[] next = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int bestL = 0;
        int best = col[m];
        int limit = Math.min(maxLength, e - floor);
        for (int l = 1; l <= limit; l++) {
            char c = text.charAt(e - l);
            next[0] = l;
            for (int i = 1; i <= m; i++) {
                int v = col[i - 1] + (p.charAt(m - i) == c ? 0 : 1);
                v = Math.min(v, col[i] + 1);
                next[i] = Math.min(v, next[i - 1] + 1);
            }
            int[] t = col;
            col = next;
            next = t;
            if (col[m] < best || (col[m] == best && Math.abs(l - m) < Math.abs(bestL - m))) {
                best = col[m];
                bestL = l;
            }
        }
        return new int[] {e - bestL, best};
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int v = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(v, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String strip(String s) {
        return s.replace(String.valueOf(DocText.SEPARATOR), "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
