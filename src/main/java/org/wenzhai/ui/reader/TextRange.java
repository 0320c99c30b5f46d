package org.wenzhai.ui.reader;

/** A range inside one paragraph of the reader: {@code start} inclusive, {@code end} exclusive. */
public record TextRange(int paragraph, int start, int end) {
}
