package org.wenzhai.importing;

/** Progress of an import of many files. Called on the importing thread. */
public interface ImportProgress {
    /** Before file {@code index} (1-based) of {@code total} is read. */
    void starting(int index, int total, java.nio.file.Path file);

    /** After each file, with its outcome. */
    default void finished(FileResult result) {
    }

    ImportProgress NONE = (i, t, f) -> { };
}
