package org.wenzhai.domain;

import java.time.LocalDate;

/** One article of a document (a compilation holds several, a single speech one). */
public record Article(
        long id,
        long documentId,
        int order,
        String title,
        String author,
        LocalDate date,
        Long duplicateOf) {
}
