package org.wenzhai.passages;

import org.wenzhai.i18n.Messages;

/** A quote is not in the document, or occurs more often than the requested occurrence allows. */
public class QuoteNotFoundException extends IllegalArgumentException {
    private final int found;

    private QuoteNotFoundException(String message, int found) {
        super(message);
        this.found = found;
    }

    static QuoteNotFoundException notFound(long documentId) {
        return new QuoteNotFoundException(Messages.t("passages.quoteNotFound", documentId), 0);
    }

    static QuoteNotFoundException ambiguous(int found) {
        return new QuoteNotFoundException(Messages.t("passages.quoteAmbiguous", found), found);
    }

    static QuoteNotFoundException noSuchOccurrence(int occurrence, int found) {
        return new QuoteNotFoundException(Messages.t("passages.quoteOccurrence", occurrence, found), found);
    }

    /** How many times the quote was found. */
    public int found() {
        return found;
    }
}
