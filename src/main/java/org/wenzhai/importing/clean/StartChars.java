package org.wenzhai.importing.clean;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
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
 * first time it is met. The test is exact for everything but a positive lookbehind (which could
 * see characters before the start) and a pattern that can match the empty text; for those the
 * plain {@code find()} is used. A lookbehind that opens the pattern only narrows where a match may
 * begin: the start characters are worked out without it, and the whole pattern decides at each.
 * So does a negative lookbehind anywhere, as long as it holds no anchor.
 *
 * <p>The same test on the two-character text "cd" narrows it further where the character after c
 * matters (会 begins 会员群 only before 员); a character that begins a match whatever follows it
 * (tested with a private-use character after it) is not asked in pairs. {@link #mayMatchWhole}
 * answers for {@code matches()} by the line's first characters, or, for a pattern that opens with
 * {@code .{0,N}}, by where the rest of the pattern can begin among the first N + 1.
 */
final class StartChars {
    private static final Map<String, StartChars> CACHE = new ConcurrentHashMap<>();

    private final Pattern pattern;
    /** false: no prefilter, every position is tried. */
    private final boolean usable;
    /** Per char: 0 not yet known, else its {@link #startState}; filled as characters are met. */
    private final byte[] starts;

    private StartChars(Pattern pattern) {
        this.pattern = pattern;
        String src = pattern.pattern();
        // a lookbehind that opens the pattern only narrows where a match may begin: the characters
        // that can begin one are found without it, and the whole pattern decides at each of them
        String rest = src.substring(leadingLookbehindEnd(src));
        this.usable = !rest.contains("(?<=") && negativeLookbehindsSeeNoAnchor(rest) && !pattern.matcher("").lookingAt()
                && !Pattern.compile(rest, pattern.flags()).matcher("").lookingAt();
        this.probe = usable && rest.length() < src.length() ? Pattern.compile(rest, pattern.flags()) : pattern;
        this.starts = usable ? new byte[Character.MAX_VALUE + 1] : null;
        Matcher lead = BOUNDED_ANY.matcher(src);
        if ((pattern.flags() & Pattern.DOTALL) == 0 && lead.lookingAt() && lead.end() < src.length()
                && src.charAt(lead.end()) != '+') {
            this.anyPrefix = Integer.parseInt(lead.group(1));
            this.afterAnyPrefix = new StartChars(Pattern.compile(src.substring(lead.end()), pattern.flags()));
        } else {
            this.anyPrefix = -1;
            this.afterAnyPrefix = null;
        }
    }

    /** A pattern that opens with {@code .{0,N}} (lazy or not): 通知.{0,10}订阅… */
    private static final Pattern BOUNDED_ANY = Pattern.compile("\\.\\{0,(\\d{1,4})\\}\\??");
    /** N of an opening {@code .{0,N}}, or -1. */
    private final int anyPrefix;
    /** The prefilter of the pattern after its opening {@code .{0,N}}, or null. */
    private final StartChars afterAnyPrefix;

    /** The pattern to find the characters that can begin a match with: without its opening lookbehind. */
    private final Pattern probe;

    /**
     * Whether every negative lookbehind inside {@code src} ({@code (?<!联系人[^。]{0,30})地址}) is free of
     * anchors and boundaries. Such a lookbehind only narrows a match: asked on a text that starts
     * where a match would start, it sees a suffix of what the full line shows it, so whatever it
     * rules out there it rules out in the line too, and the probe lets through a superset of the
     * positions. An anchor (^, \b…) could answer differently at the probe's start than in the line.
     */
    static boolean negativeLookbehindsSeeNoAnchor(String src) {
        for (int at = src.indexOf("(?<!"); at >= 0; at = src.indexOf("(?<!", at + 1)) {
            int end = at + leadingLookbehindEnd(src.substring(at));
            if (end == at) {
                return false;
            }
            boolean inClass = false;
            for (int i = at + 4; i < end - 1; i++) {
                char c = src.charAt(i);
                if (c == '\\') {
                    char e = i + 1 < end ? src.charAt(i + 1) : ' ';
                    if (!inClass && "bBAGzZ".indexOf(e) >= 0) {
                        return false;
                    }
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                    if (i + 1 < end && src.charAt(i + 1) == '^') {
                        i++;
                    }
                } else if (c == '^' || c == '$') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a lookbehind group that opens {@code src} ends, or 0 when it does not open with one. */
    static int leadingLookbehindEnd(String src) {
        if (!src.startsWith("(?<=") && !src.startsWith("(?<!")) {
            return 0;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The prefilter of a regular expression compiled once (a cleaner is made for every file). */
    static StartChars compile(String regex) {
        return CACHE.computeIfAbsent("0/" + regex, k -> new StartChars(Pattern.compile(regex)));
    }

    /** The prefilter of a pattern, shared by every cleaner of the process. */
    static StartChars of(Pattern p) {
        return CACHE.computeIfAbsent(p.flags() + "/" + p.pattern(), k -> new StartChars(p));
    }

    /**
     * 1: {@code c} cannot begin a match; 2: it can, depending on the character after it; 3: it can,
     * whatever follows (.{0,10}…, [^。]{2,30}…: asking the pair would only fill memory).
     */
    private byte startState(char c) {
        byte s = starts[c];
        if (s == 0) {
            // a supplementary character is two chars: the full match decides
            if (Character.isSurrogate(c)) {
                s = 3;
            } else if (!probeCanBegin(String.valueOf(c))) {
                s = 1;
            } else {
                // a private-use character stands for any character a rule does not name
                s = probeCanBegin(c + "\uE000") ? (byte) 3 : (byte) 2;
            }
            // racing threads compute the same value
            starts[c] = s;
        }
        return s;
    }

    /** Whether a match of the probe can begin with this text or needs more input to tell. */
    private boolean probeCanBegin(String text) {
        Matcher m = probe.matcher(text);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * Per first character whose follower matters: two bits per second character, 0 not yet asked,
     * 1 cannot begin a match, 3 can. Both bits are set in one atomic update, so a racing update of
     * another character of the same word never leaves a pair half known.
     */
    private final Map<Character, AtomicLongArray> pairs = new ConcurrentHashMap<>();
    /**
     * Pair tables (16 KB each) over all prefilters of the process: at most {@link #MAX_PAIR_TABLES}.
     * A rule whose match may begin with any Chinese character and depends on the next one
     * ({@code [\p{IsHan}]{2,8}…}) would otherwise grow a table for every character met; past the
     * budget a character is let through on its own, as before pairs were asked.
     */
    private static final java.util.concurrent.atomic.AtomicInteger PAIR_TABLES = new java.util.concurrent.atomic.AtomicInteger();
    static final int MAX_PAIR_TABLES = 512;

    /** Pair tables made so far in this process. */
    static int pairTables() {
        return PAIR_TABLES.get();
    }

    /**
     * Lets new pair tables be made again, the ones made so far kept: for tests, whose answers must
     * not depend on how much of the budget the tests run before them in the same process spent.
     */
    static void renewPairBudget() {
        PAIR_TABLES.set(0);
    }

    /**
     * Whether a match can begin with these two characters, by the same test as {@link #startState}
     * on the two-character text: the first character alone lets through every line holding a
     * common one (会 of 会员群 in every 会议).
     */
    private boolean canStart(char c, char next) {
        if (Character.isSurrogate(next)) {
            return true;
        }
        AtomicLongArray bits = pairs.get(c);
        if (bits == null) {
            if (PAIR_TABLES.get() >= MAX_PAIR_TABLES) {
                return true;
            }
            bits = pairs.computeIfAbsent(c, k -> {
                PAIR_TABLES.incrementAndGet();
                return new AtomicLongArray((Character.MAX_VALUE + 1) / 32);
            });
        }
        int slot = next >>> 5;
        int shift = (next & 31) * 2;
        int known = (int) (bits.get(slot) >>> shift) & 3;
        if (known != 0) {
            return known == 3;
        }
        boolean yes = probeCanBegin(new String(new char[] {c, next}));
        long set = (yes ? 3L : 1L) << shift;
        long w;
        do {
            w = bits.get(slot);
        } while (!bits.compareAndSet(slot, w, w | set));
        return yes;
    }

    /** Whether a match can begin at {@code i}: by its character and the one after it. */
    private boolean canStartAt(CharSequence text, int i) {
        char c = text.charAt(i);
        byte s = startState(c);
        return s == 3 || (s == 2 && (i + 1 == text.length() || canStart(c, text.charAt(i + 1))));
    }

    /**
     * False when {@code pattern.matcher(text).matches()} is surely false, by the characters the
     * text begins with; true when the whole pattern must decide.
     */
    boolean mayMatchWhole(CharSequence text) {
        if (afterAnyPrefix != null && afterAnyPrefix.usable) {
            // .{0,N}REST matches the whole text only where REST matches the rest of it from one of the
            // first N + 1 positions, and the dot passes no line terminator
            int last = Math.min(anyPrefix, text.length() - 1);
            for (int i = 0; i <= last; i++) {
                if (afterAnyPrefix.canStartAt(text, i)) {
                    return true;
                }
                if (isLineTerminator(text.charAt(i))) {
                    return false;
                }
            }
            return false;
        }
        // (a pattern that is not usable may match the empty text)
        return !usable || (text.length() > 0 && canStartAt(text, 0));
    }

    /** What Java's dot does not match (without DOTALL or UNIX_LINES). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@link #find} tries the pattern anywhere in the text: the question a {@link Group} answers per member. */
    boolean triesSomewhere(CharSequence text) {
        if (!usable) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (canStartAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The same answer as {@code pattern.matcher(text).find()}. */
    boolean find(CharSequence text) {
        if (!usable) {
            return pattern.matcher(text).find();
        }
        Matcher m = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!canStartAt(text, i)) {
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

    /** Whether this prefilter lets {@code c} begin a match: 3 whatever follows, 2 depending on the next char, 1 never. */
    private int state(char c) {
        return usable ? startState(c) : 3;
    }

    /**
     * Several prefilters asked over one line in one pass. Each rule's {@link #find} walked the
     * whole line, one table look-up per character and rule: with the inline rules, the line rules
     * matched by {@code find} and the advert marks, eight walks of every line, whose per-rule
     * tables (64 KB each) did not stay in the cache (a third of parsing). A group keeps, per
     * character, one word with a bit per member that the character can begin a match of, and
     * asks the pair tables only for those whose answer depends on the next character.
     * {@link #candidates} has bit k set exactly when member k's {@link #find} would try a position
     * of the line, so a member whose bit is clear finds nothing there.
     */
    static final class Group {
        /**
         * Members per group: their bits whatever follows in the low half of an int, their bits
         * asking the pair in the high half, and the top bit telling that the char was asked. An int,
         * not a long: the Java memory model lets a racing thread see half of a long written
         * without synchronisation, never half of an int.
         */
        static final int MAX = 15;
        private static final int LOW = (1 << MAX) - 1;
        private static final int KNOWN = 1 << 31;
        private static final Map<List<StartChars>, Group> GROUPS = new ConcurrentHashMap<>();

        private final StartChars[] members;
        private final int all;
        /** Per char: 0 not yet known, else KNOWN with the members' bits; filled as characters are met. */
        private final int[] masks = new int[Character.MAX_VALUE + 1];

        private Group(List<StartChars> members) {
            this.members = members.toArray(new StartChars[0]);
            this.all = (1 << this.members.length) - 1;
        }

        /** The groups of these prefilters, {@link #MAX} to a group, shared by every cleaner of the process. */
        static List<Group> of(List<StartChars> members) {
            List<Group> out = new java.util.ArrayList<>();
            for (int from = 0; from < members.size(); from += MAX) {
                List<StartChars> chunk = List.copyOf(members.subList(from, Math.min(members.size(), from + MAX)));
                out.add(GROUPS.computeIfAbsent(chunk, Group::new));
            }
            return out;
        }

        /** Bit k set when member k's {@link #find} could find a match in {@code text}, clear when it cannot. */
        int candidates(CharSequence text) {
            int found = 0;
            int n = text.length();
            for (int i = 0; i < n && found != all; i++) {
                char c = text.charAt(i);
                int m = masks[c];
                if (m == 0) {
                    m = fill(c);
                }
                found |= m & LOW;
                int pair = (m >>> 16) & LOW & ~found;
                while (pair != 0) {
                    int k = Integer.numberOfTrailingZeros(pair);
                    pair &= pair - 1;
                    if (i + 1 == n || members[k].canStart(c, text.charAt(i + 1))) {
                        found |= 1 << k;
                    }
                }
            }
            return found;
        }

        private int fill(char c) {
            int m = KNOWN;
            for (int k = 0; k < members.length; k++) {
                int s = members[k].state(c);
                if (s == 3) {
                    m |= 1 << k;
                } else if (s == 2) {
                    m |= 1 << (16 + k);
                }
            }
            // racing threads compute the same value
            masks[c] = m;
            return m;
        }
    }
}
