package org.wenzhai.ui.reader;

/** A selection in the reader as the services take it: from {@code start} in one block to {@code end} in a later or the same block. */
public record Span(long startBlockId, int start, long endBlockId, int end) {
}
