package org.wenzhai.search;

import java.util.List;

/** The outcome of a query: how many blocks match in all, and the best {@code hits} first. */
public record SearchResult(String query, int total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
