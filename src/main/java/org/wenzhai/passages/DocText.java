package org.wenzhai.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Block;

/**
 * A document's blocks as one string, each block followed by {@code '\n'} (the separator of a
 * quote that spans blocks), with the mapping between global offsets and (block, offset). This is
 * the coordinate system of anchoring: quotes, prefixes and suffixes are slices of this text.
 */
public final class DocText {
    public static final char SEPARATOR = '\n';

    private final List<Block> blocks;
    private final int[] starts;
    private final String text;
    private final Map<Long, Integer> indexById = new HashMap<>();

    private DocText(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        this.starts = new int[blocks.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            starts[i] = sb.length();
            sb.append(blocks.get(i).text());
            indexById.put(blocks.get(i).id(), i);
        }
        this.text = sb.toString();
    }

    /** The text of blocks given in reading order. */
    public static DocText of(List<Block> blocks) {
        return new DocText(blocks);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Index of a block in reading order, or -1. */
    public int indexOf(long blockId) {
        return indexById.getOrDefault(blockId, -1);
    }

    /** Global offset of an offset inside a block, or -1 when the block is not here or the offset is out of range. */
    public int globalOffset(long blockId, int offset) {
        int i = indexOf(blockId);
        if (i < 0 || offset < 0 || offset > blocks.get(i).text().length()) {
            return -1;
        }
        return starts[i] + offset;
    }

    /** Global start of a placed anchor, or -1. */
    public int globalStart(Anchor a) {
        return a.startBlockId() == null ? -1 : globalOffset(a.startBlockId(), a.start());
    }

    /**
     * The anchor for the global span [s, e), with separators at its edges trimmed off, or empty
     * when the span is empty or crosses from one article into another.
     */
    public Optional<Anchor> anchor(int s, int e) {
        if (s < 0 || e > text.length()) {
            return Optional.empty();
        }
        while (s < e && text.charAt(s) == SEPARATOR && isSeparatorAt(s)) {
            s++;
        }
        while (e > s && text.charAt(e - 1) == SEPARATOR && isSeparatorAt(e - 1)) {
            e--;
        }
        if (s >= e) {
            return Optional.empty();
        }
        int bs = blockAt(s);
        int be = blockAt(e - 1);
        if (bs < 0 || be < 0 || blocks.get(bs).articleId() != blocks.get(be).articleId()) {
            return Optional.empty();
        }
        return Optional.of(new Anchor(blocks.get(bs).id(), s - starts[bs], blocks.get(be).id(), e - starts[be],
                text.substring(s, e), prefix(s), suffix(e)));
    }

    /** The anchor of a span given in block coordinates, or empty when it does not fit these blocks. */
    public Optional<Anchor> anchor(long startBlockId, int start, long endBlockId, int end) {
        int s = globalOffset(startBlockId, start);
        int e = globalOffset(endBlockId, end);
        if (s < 0 || e < 0 || e <= s) {
            return Optional.empty();
        }
        return anchor(s, e);
    }

    /** The article of a block of this text. */
    public long articleOf(long blockId) {
        return blocks.get(indexOf(blockId)).articleId();
    }

    public String prefix(int s) {
        return text.substring(Math.max(0, s - Anchor.CONTEXT), s);
    }

    public String suffix(int e) {
        return text.substring(e, Math.min(text.length(), e + Anchor.CONTEXT));
    }

    /** Start offsets of the non-overlapping occurrences of {@code quote} that lie inside one article. */
    public List<Integer> occurrences(String quote) {
        List<Integer> out = new ArrayList<>();
        if (quote.isEmpty()) {
            return out;
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(quote, from);
            if (i < 0) {
                return out;
            }
            if (anchor(i, i + quote.length()).isPresent()) {
                out.add(i);
            }
            from = i + quote.length();
        }
    }

    private boolean isSeparatorAt(int offset) {
        return blockAt(offset) < 0;
    }

    /** The block containing global offset {@code offset}, or -1 when it is a separator. */
    private int blockAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || offset >= starts[found] + blocks.get(found).text().length()) {
            return -1;
        }
        return found;
    }
}
