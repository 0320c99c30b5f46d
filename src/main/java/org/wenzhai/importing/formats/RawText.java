package org.wenzhai.importing.formats;

import java.util.List;

/** What a format reader makes of a file: its lines in order and the encoding it was read in. */
public record RawText(List<RawLine> lines, String encoding) {

    public RawText {
        lines = List.copyOf(lines);
    }
}
