package org.wenzhai.importing;

import java.util.List;

/** The outcome of one import run, a result per file in the order they were taken. */
public record ImportReport(List<FileResult> files, boolean cancelled) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public boolean anyFailed() {
        return files.stream().anyMatch(FileResult::failed);
    }

    public long count(FileResult.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
