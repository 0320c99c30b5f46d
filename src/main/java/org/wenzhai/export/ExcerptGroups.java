package org.wenzhai.export;

import java.util.List;

/** Excerpts grouped by document → article → heading path, each level in reading order. */
public record ExcerptGroups(List<DocumentGroup> documents) {

    public ExcerptGroups {
        documents = List.copyOf(documents);
    }

    public record DocumentGroup(long documentId, String title, List<ArticleGroup> articles) {
        public DocumentGroup {
            articles = List.copyOf(articles);
        }
    }

    /** {@code title} is null when the article's title repeats the document's. */
    public record ArticleGroup(long articleId, String title, List<HeadingGroup> sections) {
        public ArticleGroup {
            sections = List.copyOf(sections);
        }
    }

    /** Consecutive excerpts under the same headings (an empty path: before the first heading). */
    public record HeadingGroup(List<String> headings, List<Excerpt> excerpts) {
        public HeadingGroup {
            headings = List.copyOf(headings);
            excerpts = List.copyOf(excerpts);
        }
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** Every excerpt in reading order. */
    public List<Excerpt> excerpts() {
        return documents.stream().flatMap(d -> d.articles().stream()).flatMap(a -> a.sections().stream())
                .flatMap(s -> s.excerpts().stream()).toList();
    }
}
