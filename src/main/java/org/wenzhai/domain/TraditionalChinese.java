package org.wenzhai.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters and their simplified forms, where the simplified form is one
 * char (黨 → 党): the table {@code traditional-simplified.txt} derived from ICU4J's
 * Traditional-Simplified transliterator (search's {@code TextFolding} writes it and checks it). Used
 * by search to fold texts and queries, and by the import to recognise titles, units and headings
 * written in traditional characters.
 */
public final class TraditionalChinese {
    static final String TABLE_RESOURCE = "traditional-simplified.txt";

    private TraditionalChinese() {
    }

    /** The simplified form of {@code c}, or {@code c} itself when it has none in the table. */
    public static char simplified(char c) {
        return Table.MAP[c];
    }

    /** The shipped pairs (traditional char, simplified char), concatenated. */
    public static String pairs() {
        try (InputStream in = TraditionalChinese.class.getResourceAsStream(TABLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE_RESOURCE);
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() == 2) {
                    sb.append(line);
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Built on first use from the shipped table: a few milliseconds. */
    private static final class Table {
        static final char[] MAP = build();

        private static char[] build() {
            char[] map = new char[65536];
            for (int c = 0; c < map.length; c++) {
                map[c] = (char) c;
            }
            String pairs = pairs();
            for (int i = 0; i + 1 < pairs.length(); i += 2) {
                map[pairs.charAt(i)] = pairs.charAt(i + 1);
            }
            return map;
        }
    }
}
