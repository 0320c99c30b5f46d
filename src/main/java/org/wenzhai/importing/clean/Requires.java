package org.wenzhai.importing.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Characters that every match of a pattern contains, worked out from its source: a necessary
 * condition, asked of a line before the pattern itself. {@code [^。]{2,30}?[ \t]+第\s*\d{1,4}\s*页}
 * can begin at any character, so {@link StartChars} lets every line through, but no line without
 * 第 and 页 can match it.
 *
 * <p>The answer is a few sets of characters; a match holds at least one character of each set.
 * It is worked out conservatively: whatever the reader does not understand (an escape it does not
 * know, a class with an intersection, comments mode) adds no set, so a pattern it cannot read at
 * all gets no sets and is asked of every line, as before. Optional parts ({@code ?}, {@code *},
 * {@code {0,n}}) and lookarounds add nothing; an alternation adds one set, the union of a set from
 * each branch, and nothing when a branch has none.
 */
final class Requires {
    /** A set larger than this says too little to be worth asking. */
    static final int MAX_SET = 64;
    /** At most this many sets are kept per pattern, the smallest. */
    static final int MAX_SETS = 2;

    private final String src;
    private int at;
    private boolean ci;

    private Requires(String src, boolean ci) {
        this.src = src;
        this.ci = ci;
    }

    /** The sets of characters of which every match of {@code p} holds one each; empty when nothing is known. */
    static List<char[]> of(Pattern p) {
        int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CASE
                | Pattern.UNICODE_CHARACTER_CLASS;
        if ((p.flags() & unsupported) != 0) {
            return List.of();
        }
        try {
            Requires r = new Requires(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0);
            List<BitSet> sets = r.alternation();
            if (r.at != r.src.length()) {
                return List.of();
            }
            return sets.stream()
                    .sorted(Comparator.comparingInt(BitSet::cardinality))
                    .limit(MAX_SETS)
                    .map(Requires::chars)
                    .toList();
        } catch (Unreadable e) {
            return List.of();
        }
    }

    private static char[] chars(BitSet s) {
        char[] out = new char[s.cardinality()];
        int k = 0;
        for (int c = s.nextSetBit(0); c >= 0; c = s.nextSetBit(c + 1)) {
            out[k++] = (char) c;
        }
        return out;
    }

    /** Something this reader does not understand: no sets for the whole pattern. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private boolean more() {
        return at < src.length();
    }

    private char peek() {
        return src.charAt(at);
    }

    /** Branches up to the end or the closing parenthesis of the current group. */
    private List<BitSet> alternation() {
        List<List<BitSet>> branches = new ArrayList<>();
        branches.add(sequence());
        while (more() && peek() == '|') {
            at++;
            // an inline (?i) lasts to the end of its group, across branches (group() restores it)
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        BitSet union = new BitSet();
        for (List<BitSet> b : branches) {
            BitSet smallest = b.stream().min(Comparator.comparingInt(BitSet::cardinality)).orElse(null);
            if (smallest == null) {
                return new ArrayList<>();
            }
            union.or(smallest);
        }
        List<BitSet> out = new ArrayList<>();
        if (union.cardinality() <= MAX_SET) {
            out.add(union);
        }
        return out;
    }

    private List<BitSet> sequence() {
        List<BitSet> sets = new ArrayList<>();
        while (more() && peek() != '|' && peek() != ')') {
            List<BitSet> atom = atom();
            if (atom == null) {
                // zero-width (anchor, lookaround, flags): no quantifier can follow in our rules
                continue;
            }
            if (quantifierMin() > 0) {
                sets.addAll(atom);
            }
        }
        return sets;
    }

    /** Reads a quantifier if there is one and returns its minimum (1 without one). */
    private int quantifierMin() {
        if (!more()) {
            return 1;
        }
        char c = peek();
        int min;
        if (c == '?' || c == '*') {
            at++;
            min = 0;
        } else if (c == '+') {
            at++;
            min = 1;
        } else if (c == '{') {
            int close = src.indexOf('}', at);
            if (close < 0) {
                throw new Unreadable();
            }
            String body = src.substring(at + 1, close);
            String first = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
            if (!first.matches("\\d{1,6}")) {
                throw new Unreadable();
            }
            min = Integer.parseInt(first);
            at = close + 1;
        } else {
            return 1;
        }
        // lazy or possessive
        if (more() && (peek() == '?' || peek() == '+')) {
            at++;
        }
        return min;
    }

    /** The sets an atom requires (possibly none), or null for a zero-width atom. */
    private List<BitSet> atom() {
        char c = src.charAt(at++);
        switch (c) {
            case '^', '$' -> {
                return null;
            }
            case '.' -> {
                return new ArrayList<>();
            }
            case '[' -> {
                return single(charClass());
            }
            case '(' -> {
                return group();
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?', '{' -> throw new Unreadable();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                BitSet s = new BitSet();
                addChar(s, c);
                return single(s);
            }
        }
    }

    private static List<BitSet> single(BitSet s) {
        List<BitSet> out = new ArrayList<>();
        if (s != null && !s.isEmpty() && s.cardinality() <= MAX_SET) {
            out.add(s);
        }
        return out;
    }

    private void addChar(BitSet s, char c) {
        s.set(c);
        if (ci) {
            s.set(Character.toUpperCase(c));
            s.set(Character.toLowerCase(c));
        }
    }

    private List<BitSet> group() {
        boolean outerCi = ci;
        boolean zeroWidth = false;
        if (more() && peek() == '?') {
            at++;
            if (src.startsWith("=", at) || src.startsWith("!", at)) {
                at++;
                zeroWidth = true;
            } else if (src.startsWith("<=", at) || src.startsWith("<!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (src.startsWith("<", at)) {
                int close = src.indexOf('>', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else if (src.startsWith(":", at) || src.startsWith(">", at)) {
                at++;
            } else {
                // flags: (?i) for the rest of the enclosing group, or (?i:…) for this one
                int start = at;
                while (more() && (Character.isLetter(peek()) || peek() == '-')) {
                    at++;
                }
                boolean ciNow = flags(src.substring(start, at), ci);
                if (more() && peek() == ')') {
                    at++;
                    ci = ciNow;
                    return null;
                }
                if (!more() || peek() != ':') {
                    throw new Unreadable();
                }
                at++;
                ci = ciNow;
            }
        }
        List<BitSet> inner = alternation();
        if (!more() || peek() != ')') {
            throw new Unreadable();
        }
        at++;
        ci = outerCi;
        return zeroWidth ? null : inner;
    }

    /** The case-insensitivity after these inline flags; other flags that change matching are not read. */
    private static boolean flags(String f, boolean ci) {
        boolean on = true;
        for (char c : f.toCharArray()) {
            switch (c) {
                case '-' -> on = false;
                case 'i' -> ci = on;
                case 's', 'm', 'd' -> {
                    // dot and anchors: neither adds a set
                }
                default -> throw new Unreadable();
            }
        }
        return ci;
    }

    /** An escape outside a class. */
    private List<BitSet> escape() {
        if (!more()) {
            throw new Unreadable();
        }
        char e = src.charAt(at);
        switch (e) {
            case 'b', 'B', 'A', 'G', 'z', 'Z' -> {
                at++;
                return null;
            }
            case 'Q' -> {
                int end = src.indexOf("\\E", at);
                String lit = end < 0 ? src.substring(at + 1) : src.substring(at + 1, end);
                at = end < 0 ? src.length() : end + 2;
                List<BitSet> out = new ArrayList<>();
                for (char c : lit.toCharArray()) {
                    if (Character.isSurrogate(c)) {
                        throw new Unreadable();
                    }
                    BitSet s = new BitSet();
                    addChar(s, c);
                    out.add(s);
                }
                return out;
            }
            default -> {
                BitSet s = escapedChars();
                return s == null ? new ArrayList<>() : single(s);
            }
        }
    }

    /**
     * The characters an escape stands for (at {@code at}, after the backslash), or null when it
     * stands for too many to say (\s, \p{…}, \w) or for something else (a back reference).
     */
    private BitSet escapedChars() {
        char e = src.charAt(at++);
        BitSet s = new BitSet();
        switch (e) {
            case 'd' -> {
                s.set('0', '9' + 1);
                return s;
            }
            case 't' -> addChar(s, '\t');
            case 'n' -> addChar(s, '\n');
            case 'r' -> addChar(s, '\r');
            case 'f' -> addChar(s, '\f');
            case 'a' -> addChar(s, '\u0007');
            case 'e' -> addChar(s, '\u001B');
            case 'u' -> {
                if (at + 4 > src.length()) {
                    throw new Unreadable();
                }
                char c = (char) Integer.parseInt(src.substring(at, at + 4), 16);
                at += 4;
                if (Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                addChar(s, c);
            }
            case 'p', 'P' -> {
                if (more() && peek() == '{') {
                    int close = src.indexOf('}', at);
                    if (close < 0) {
                        throw new Unreadable();
                    }
                    at = close + 1;
                } else {
                    at++;
                }
                return null;
            }
            case 's', 'S', 'w', 'W', 'D', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                return null;
            }
            case 'x', 'c', '0', 'k', 'N' -> throw new Unreadable();
            default -> {
                if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                    // back references and escapes this reader does not know
                    throw new Unreadable();
                }
                addChar(s, e);
            }
        }
        return s;
    }

    /**
     * The sets of several patterns asked over a line in one pass: per character, a bit for every
     * set it belongs to. Shared by every cleaner of the process (one is made for every file).
     */
    static final class Table {
        private static final java.util.Map<List<String>, Table> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

        /** Per char: whether it is in any set (8 KB, so that the common case stays in the cache). */
        private final long[] present = new long[(Character.MAX_VALUE + 1) / 64];
        /** Per char in a set: its row in {@link #rows}, plus one. */
        private final short[] rowOf;
        private final long[][] rows;
        /** Per member: the bits of its sets. */
        private final long[][] need;
        private final int words;

        private Table(List<Pattern> members) {
            List<List<char[]>> sets = members.stream().map(Requires::of).toList();
            int count = sets.stream().mapToInt(List::size).sum();
            this.words = Math.max(1, (count + 63) / 64);
            this.need = new long[members.size()][words];
            java.util.Map<Character, long[]> byChar = new java.util.LinkedHashMap<>();
            int bit = 0;
            for (int m = 0; m < sets.size(); m++) {
                for (char[] set : sets.get(m)) {
                    need[m][bit / 64] |= 1L << (bit % 64);
                    for (char c : set) {
                        byChar.computeIfAbsent(c, k -> new long[words])[bit / 64] |= 1L << (bit % 64);
                    }
                    bit++;
                }
            }
            if (byChar.size() >= Short.MAX_VALUE) {
                throw new IllegalStateException("too many characters: " + byChar.size());
            }
            this.rowOf = new short[Character.MAX_VALUE + 1];
            this.rows = new long[byChar.size()][];
            int r = 0;
            for (var e : byChar.entrySet()) {
                char c = e.getKey();
                present[c >>> 6] |= 1L << c;
                rows[r] = e.getValue();
                rowOf[c] = (short) ++r;
            }
        }

        /** The table of these patterns, made once per process. */
        static Table of(List<Pattern> members) {
            List<String> key = members.stream().map(p -> p.flags() + "/" + p.pattern()).toList();
            return TABLES.computeIfAbsent(key, k -> new Table(members));
        }

        /** A fresh array for {@link #met}. */
        long[] newMet() {
            return new long[words];
        }

        /** Sets the bits of the sets {@code text} holds a character of. */
        void met(CharSequence text, long[] out) {
            java.util.Arrays.fill(out, 0);
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if ((present[c >>> 6] & 1L << c) != 0) {
                    long[] row = rows[rowOf[c] - 1];
                    for (int w = 0; w < words; w++) {
                        out[w] |= row[w];
                    }
                }
            }
        }

        /** False when member {@code m} surely matches nowhere in the text whose {@link #met} this is. */
        boolean allows(int m, long[] met) {
            long[] n = need[m];
            for (int w = 0; w < words; w++) {
                if ((met[w] & n[w]) != n[w]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A character class (after its '['): its characters, or null when it allows too many to say. */
    private BitSet charClass() {
        boolean negated = more() && peek() == '^';
        if (negated) {
            at++;
        }
        BitSet s = new BitSet();
        boolean open = false;
        boolean first = true;
        while (true) {
            if (!more()) {
                throw new Unreadable();
            }
            char c = src.charAt(at);
            if (c == ']' && !first) {
                at++;
                break;
            }
            first = false;
            if (c == '[' || src.startsWith("&&", at)) {
                // nested classes, unions and intersections
                throw new Unreadable();
            }
            at++;
            BitSet one;
            char single;
            if (c == '\\') {
                if (!more()) {
                    throw new Unreadable();
                }
                one = escapedChars();
                if (one == null) {
                    open = true;
                    continue;
                }
                single = one.cardinality() == 1 ? (char) one.nextSetBit(0) : 0;
            } else {
                if (Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                one = new BitSet();
                addChar(one, c);
                single = c;
            }
            // a range a-z (not a '-' that closes the class)
            if (single != 0 && more() && peek() == '-' && at + 1 < src.length() && src.charAt(at + 1) != ']') {
                at++;
                char hi = src.charAt(at++);
                if (hi == '\\') {
                    BitSet h = escapedChars();
                    if (h == null || h.cardinality() < 1) {
                        throw new Unreadable();
                    }
                    hi = (char) h.nextSetBit(0);
                }
                if (Character.isSurrogate(hi) || hi < single) {
                    throw new Unreadable();
                }
                if (hi - single > MAX_SET) {
                    open = true;
                    continue;
                }
                for (char x = single; x <= hi; x++) {
                    addChar(s, x);
                }
                continue;
            }
            s.or(one);
        }
        return negated || open ? null : s;
    }
}
