package org.wenzhai.domain;

import java.util.List;

/**
 * One heading or paragraph as the search index needs it: where it is, its titles, and the tag
 * paths that apply to it (tags of its document, of its article, and of highlights covering it;
 * ancestors not included).
 */
public record SearchableBlock(
        long documentId,
        String documentTitle,
        long articleId,
        int articleOrder,
        String articleTitle,
        long blockId,
        int blockOrder,
        BlockType type,
        Integer level,
        String text,
        List<TagPath> tags) {

    public SearchableBlock {
        tags = List.copyOf(tags);
    }
}
