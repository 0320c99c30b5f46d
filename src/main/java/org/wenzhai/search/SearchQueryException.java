package org.wenzhai.search;

import org.wenzhai.i18n.Messages;

/** A query that cannot be understood; the message is one line for the user, from the search bundle. */
public class SearchQueryException extends RuntimeException {
    private final String key;

    public SearchQueryException(String key, Object... args) {
        super(Messages.t(key, args));
        this.key = key;
    }

    /** The bundle key of the reason, e.g. {@code search.error.unclosedQuote}. */
    public String key() {
        return key;
    }
}
