package org.wenzhai.importing.clean;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faster {@code find()} for the noise rules: the characters a match of a pattern can begin
 * with, worked out once per pattern, so that a line is only tried at those positions instead of
 * at every one. Most lines of a material hold none of an advert rule's first characters, and
 * {@code find()} of a large alternation tried every branch at every position (40 % of parsing).
 *
 * <p>A character c can begin a match when the pattern matches at the start of the one-character
 * text "c" or needs more input to decide ({@link Matcher#hitEnd()}); each character is asked the
 * first time it is met. The test is exact for everything but lookbehind (which could see
 * characters before the start) and a pattern that can match the empty text; for those the plain
 * {@code find()} is used.
 */
final class StartChars {
    private static final Map<String, StartChars> CACHE = new ConcurrentHashMap<>();

    private final Pattern pattern;
    /** false: no prefilter, every position is tried. */
    private final boolean usable;
    /** Per char: 0 not yet known, 1 cannot begin a match, 2 can; filled as characters are met. */
    private final byte[] starts;

    private StartChars(Pattern pattern) {
        this.pattern = pattern;
        String src = pattern.pattern();
        this.usable = !src.contains("(?<=") && !src.contains("(?<!") && !pattern.matcher("").lookingAt();
        this.starts = usable ? new byte[Character.MAX_VALUE + 1] : null;
    }

    /** The prefilter of a regular expression compiled once (a cleaner is made for every file). */
    static StartChars compile(String regex) {
        return CACHE.computeIfAbsent("0/" + regex, k -> new StartChars(Pattern.compile(regex)));
    }

    /** The prefilter of a pattern, shared by every cleaner of the process. */
    static StartChars of(Pattern p) {
        return CACHE.computeIfAbsent(p.flags() + "/" + p.pattern(), k -> new StartChars(p));
    }

    private boolean canStart(char c) {
        byte s = starts[c];
        if (s == 0) {
            // a supplementary character is two chars: the full match decides
            boolean yes = Character.isSurrogate(c);
            if (!yes) {
                Matcher m = pattern.matcher(String.valueOf(c));
                yes = m.lookingAt() || m.hitEnd();
            }
            s = yes ? (byte) 2 : (byte) 1;
            // racing threads compute the same value
            starts[c] = s;
        }
        return s == 2;
    }

    /** The same answer as {@code pattern.matcher(text).find()}. */
    boolean find(CharSequence text) {
        if (!usable) {
            return pattern.matcher(text).find();
        }
        Matcher m = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!canStart(text.charAt(i))) {
                continue;
            }
            if (m == null) {
                // anchors keep their meaning for the whole text, lookarounds see past the region
                m = pattern.matcher(text).useAnchoringBounds(false).useTransparentBounds(true);
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
