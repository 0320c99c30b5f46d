package org.wenzhai.search;

/** Told how a rebuild of the search index advances: {@code done} of {@code total} documents. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> {
    };

    void progress(int done, int total);
}
