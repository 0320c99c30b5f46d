package org.wenzhai.importing;

import java.nio.file.Path;

/** What happened to one file of an import. */
public record FileResult(Path path, Status status, Long documentId, String message) {

    public enum Status {
        /** Stored as a new document. */
        IMPORTED,
        /** The same bytes were already in the library. */
        ALREADY_PRESENT,
        /** A changed version of a document imported from the same path replaced it. */
        REPLACED,
        /** Not a format Wenzhai reads; skipped with a note. */
        SKIPPED,
        /** Could not be imported; {@code message} says why. */
        FAILED
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
