package org.wenzhai.domain;

import java.util.List;

/**
 * What the import pipeline makes of one file: title, source, articles and what was removed as
 * noise. The file's own facts (name, bytes, hash) travel separately in {@link SourceFile}.
 */
public record ImportedDocument(
        String title,
        String source,
        String encoding,
        List<ImportedArticle> articles,
        List<RemovedText> removed) {

    public ImportedDocument {
        articles = List.copyOf(articles);
        removed = List.copyOf(removed);
    }
}
