package org.wenzhai.domain;

/**
 * Where a highlight sits: from {@code start} in block {@code startBlockId} to {@code end}
 * (exclusive, UTF-16 offsets) in block {@code endBlockId}, plus the exact quote and up to 32
 * characters of context on each side, so it can be found again after the text changes.
 * Block ids are null for an orphan.
 */
public record Anchor(Long startBlockId, int start, Long endBlockId, int end, String quote, String prefix,
                     String suffix) {

    public static final int CONTEXT = 32;

    public boolean isPlaced() {
        return startBlockId != null && endBlockId != null;
    }
}
