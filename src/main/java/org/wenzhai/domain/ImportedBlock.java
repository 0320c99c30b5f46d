package org.wenzhai.domain;

import java.util.Objects;

/** A block produced by the import pipeline, before it has an id. */
public record ImportedBlock(BlockType type, Integer level, String text) {

    public ImportedBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (type == BlockType.PARAGRAPH) {
            level = null;
        } else if (level == null || level < 1) {
            throw new IllegalArgumentException("a heading needs a level >= 1");
        }
    }

    public static ImportedBlock paragraph(String text) {
        return new ImportedBlock(BlockType.PARAGRAPH, null, text);
    }

    public static ImportedBlock heading(int level, String text) {
        return new ImportedBlock(BlockType.HEADING, level, text);
    }
}
