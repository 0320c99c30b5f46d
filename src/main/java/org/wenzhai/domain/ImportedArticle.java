package org.wenzhai.domain;

import java.time.LocalDate;
import java.util.List;

/** An article produced by the import pipeline, before it has an id. */
public record ImportedArticle(String title, String author, LocalDate date, List<ImportedBlock> blocks) {

    public ImportedArticle {
        blocks = List.copyOf(blocks);
    }
}
