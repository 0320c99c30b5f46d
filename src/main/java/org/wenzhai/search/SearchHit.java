package org.wenzhai.search;

import java.util.List;

/**
 * One block that matches a query. {@code matches} are UTF-16 offsets into {@code text},
 * {@code [start, end)}, sorted and not overlapping.
 */
public record SearchHit(long documentId, long articleId, long blockId, String documentTitle, String articleTitle,
                        List<String> headingPath, boolean heading, String text, List<Match> matches, float score) {

    public SearchHit {
        headingPath = List.copyOf(headingPath);
        matches = List.copyOf(matches);
    }

    /** One occurrence, {@code [start, end)} in UTF-16 units. */
    public record Match(int start, int end) {
    }
}
