package org.wenzhai.domain;

/** A heading or a paragraph of an article, in reading order. {@code level} is null for paragraphs. */
public record Block(long id, long articleId, int order, BlockType type, Integer level, String text) {

    public boolean isHeading() {
        return type == BlockType.HEADING;
    }
}
