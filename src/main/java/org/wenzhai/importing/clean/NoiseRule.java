package org.wenzhai.importing.clean;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** One noise rule of a rules file: what it matches and how a match is removed. */
public record NoiseRule(String id, Kind kind, Pattern pattern, String description) {

    public enum Kind {
        /** Every match is removed from inside the line. */
        INLINE,
        /** A whole line (at most {@link Cleaner#LINE_RULE_MAX_CHARS} characters) matching the pattern goes. */
        LINE,
        /** Like LINE, for page numbers and running headers; the next line starts a page. */
        PAGE,
        /** An advert mark; a line goes when it carries enough marks for its length. */
        ADVERT,
        /** A mark of the advert block at the head of a document. */
        HEAD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind fromWire(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    public NoiseRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        description = description == null ? "" : description;
    }
}
