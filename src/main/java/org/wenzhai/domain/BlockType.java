package org.wenzhai.domain;

/** What a block of an article is: a numbered heading or a paragraph of body text. */
public enum BlockType {
    HEADING, PARAGRAPH;

    /** The lower-case name used in JSON and the database. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BlockType fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
