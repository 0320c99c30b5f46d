package org.wenzhai.domain;

import java.util.List;

/**
 * Which highlights to list or export. Empty lists mean "any"; several tags or documents match
 * any of them. A tag matches highlights carrying it or one of its descendants.
 *
 * @param orphans null for placed and orphaned alike, true for orphans only, false for placed only
 */
public record HighlightFilter(List<TagPath> tags, List<Long> documentIds, HighlightColor color, Boolean orphans) {

    public HighlightFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    public static HighlightFilter all() {
        return new HighlightFilter(List.of(), List.of(), null, null);
    }

    public HighlightFilter placedOnly() {
        return new HighlightFilter(tags, documentIds, color, false);
    }
}
