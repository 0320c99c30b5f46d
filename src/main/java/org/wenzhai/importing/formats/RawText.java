package org.wenzhai.importing.formats;

import java.util.List;
import org.wenzhai.domain.RemovedText;

/**
 * What a format reader makes of a file: its lines in order, the encoding it was read in, and what
 * the reader itself recognised as noise and left out (a PDF's page numbers and running headers),
 * kept so that it can be shown.
 */
public record RawText(List<RawLine> lines, String encoding, List<RemovedText> removed) {

    public RawText {
        lines = List.copyOf(lines);
        removed = List.copyOf(removed);
    }

    public RawText(List<RawLine> lines, String encoding) {
        this(lines, encoding, List.of());
    }
}
