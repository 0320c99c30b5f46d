package org.wenzhai.domain;

import java.util.List;
import java.util.Optional;

/**
 * Finds where a highlight belongs after its document's text was replaced (re-import of a changed
 * file, or after cleaning rules changed). Implementations must be pure: storage calls them inside
 * the transaction that replaces the blocks.
 */
public interface HighlightRelocator {

    /** Where a highlight now sits. */
    record Placement(long articleId, Anchor anchor) {
    }

    /**
     * @param highlight the highlight as it was before the replacement
     * @param oldBlocks the document's blocks before, in reading order (ids are the old ids)
     * @param newBlocks the document's blocks after, in reading order (ids are the new ids)
     * @return the new place, or empty when it cannot be placed (the highlight becomes an orphan)
     */
    Optional<Placement> relocate(Highlight highlight, List<Block> oldBlocks, List<Block> newBlocks);

    /** Places nothing: every highlight of a replaced document becomes an orphan. */
    HighlightRelocator ORPHAN_ALL = (h, oldBlocks, newBlocks) -> Optional.empty();
}
