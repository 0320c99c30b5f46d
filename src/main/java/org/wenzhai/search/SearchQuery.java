package org.wenzhai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wenzhai.domain.TagPath;

/**
 * A parsed query. Syntax: words separated by spaces must all occur; {@code "quoted text"} is one
 * exact phrase, spaces and punctuation included; {@code -word} or {@code -"phrase"} excludes
 * blocks containing it; {@code tag:主题/乡村振兴} keeps blocks under that tag or its descendants;
 * {@code doc:12} keeps blocks of that document (several doc: filters mean any of them);
 * {@code heading:word} requires the word and keeps headings only ({@code heading:} alone keeps
 * headings only).
 *
 * @param required  texts that must all occur (as typed, not folded)
 * @param excluded  texts that must not occur
 * @param tags      tag filters, all must apply
 * @param documents document filter, any of them; empty for all
 */
public record SearchQuery(String text, List<String> required, List<String> excluded, List<TagPath> tags,
                          List<Long> documents, boolean headingsOnly) {

    public SearchQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
        tags = List.copyOf(tags);
        documents = List.copyOf(documents);
    }

    /** Parses a query; a malformed one throws {@link SearchQueryException} with a one-line reason. */
    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SearchQueryException("search.error.empty");
        }
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<TagPath> tags = new ArrayList<>();
        List<Long> docs = new ArrayList<>();
        boolean headings = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean negate = false;
            if (c == '-') {
                negate = true;
                i++;
                if (i >= n || isSpace(text.charAt(i))) {
                    throw new SearchQueryException("search.error.emptyExclusion");
                }
            }
            String prefix = null;
            if (!negate) {
                for (String p : new String[] {"tag:", "doc:", "heading:"}) {
                    if (text.regionMatches(true, i, p, 0, p.length())) {
                        prefix = p.toLowerCase(Locale.ROOT);
                        i += p.length();
                        break;
                    }
                }
            }
            String value;
            if (i < n && isQuote(text.charAt(i))) {
                int close = indexOfQuote(text, i + 1);
                if (close < 0) {
                    throw new SearchQueryException("search.error.unclosedQuote");
                }
                value = text.substring(i + 1, close);
                if (value.isEmpty()) {
                    throw new SearchQueryException("search.error.emptyPhrase");
                }
                i = close + 1;
            } else {
                int start = i;
                while (i < n && !isSpace(text.charAt(i))) {
                    i++;
                }
                value = text.substring(start, i);
            }
            if (prefix == null) {
                (negate ? excluded : required).add(value);
            } else if (prefix.equals("tag:")) {
                if (value.isBlank()) {
                    throw new SearchQueryException("search.error.emptyTag");
                }
                try {
                    tags.add(TagPath.of(value));
                } catch (IllegalArgumentException e) {
                    throw new SearchQueryException("search.error.badTag", value);
                }
            } else if (prefix.equals("doc:")) {
                if (value.isBlank()) {
                    throw new SearchQueryException("search.error.emptyDocument");
                }
                try {
                    docs.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    throw new SearchQueryException("search.error.badDocument", value);
                }
            } else {
                headings = true;
                if (!value.isEmpty()) {
                    required.add(value);
                }
            }
        }
        if (required.isEmpty() && tags.isEmpty() && docs.isEmpty() && !headings) {
            throw new SearchQueryException(excluded.isEmpty() ? "search.error.empty" : "search.error.onlyExclusions");
        }
        return new SearchQuery(text, required, excluded, tags, docs, headings);
    }

    private static boolean isSpace(char c) {
        // every space the tokenizer skips separates words: no-break, narrow and figure spaces too
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '＂';
    }

    private static int indexOfQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isQuote(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
