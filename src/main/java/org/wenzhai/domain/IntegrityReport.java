package org.wenzhai.domain;

import java.util.List;

/**
 * What a library integrity check found: how many rows of each kind there are, and every problem
 * (orphan rows, a document whose stored bytes do not match its hash) in one line each.
 */
public record IntegrityReport(long documents, long articles, long blocks, long highlights, long tags,
                              List<String> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
