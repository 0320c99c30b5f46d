package org.wenzhai.domain;

import java.time.Instant;
import java.util.List;

/** A user's marked passage with its colour, note and tags. An orphan has lost its place but keeps its quote. */
public record Highlight(
        long id,
        Long documentId,
        Long articleId,
        Anchor anchor,
        HighlightColor color,
        String note,
        List<TagPath> tags,
        Instant createdAt,
        Instant updatedAt,
        boolean orphan) {

    public Highlight {
        tags = List.copyOf(tags);
    }
}
