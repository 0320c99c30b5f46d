package org.wenzhai.importing.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The noise rules, kept as data: the built-in rules file plus, when present, a library's own
 * {@code noise-rules.txt} (a rule with an existing id replaces it). The format is described at the
 * top of {@code org/wenzhai/importing/clean/noise-rules.txt}.
 */
public final class NoiseRules {
    public static final String RESOURCE = "/org/wenzhai/importing/clean/noise-rules.txt";
    public static final String LIBRARY_FILE = "noise-rules.txt";

    private final List<NoiseRule> rules;

    public NoiseRules(List<NoiseRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<NoiseRule> all() {
        return rules;
    }

    /** What cleaners ask of lines, per set of disabled ids: these rules never change. */
    private final Map<Set<String>, Cleaner.Plan> plans = new ConcurrentHashMap<>();
    /** Sets of disabled ids whose plans are kept; others are worked out each time. */
    private static final int MAX_PLANS = 16;

    /** The plan of a cleaner of these rules with these ids disabled, made once. */
    Cleaner.Plan plan(Set<String> disabled, BiFunction<NoiseRules, Set<String>, Cleaner.Plan> make) {
        Set<String> key = Set.copyOf(disabled);
        Cleaner.Plan p = plans.get(key);
        if (p == null) {
            p = make.apply(this, key);
            if (plans.size() < MAX_PLANS) {
                plans.putIfAbsent(key, p);
            }
        }
        return p;
    }

    public boolean contains(String id) {
        return rules.stream().anyMatch(r -> r.id().equals(id));
    }

    /** The built-in rules. */
    public static NoiseRules builtIn() {
        try (InputStream in = NoiseRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new NoiseRules(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built-in rules extended by {@code folder/noise-rules.txt} when that file exists.
     *
     * @throws IllegalArgumentException naming the file and line when the library's file is malformed
     */
    public static NoiseRules forLibrary(Path folder) {
        NoiseRules base = builtIn();
        if (folder == null) {
            return base;
        }
        Path extra = folder.resolve(LIBRARY_FILE);
        if (!Files.isRegularFile(extra)) {
            return base;
        }
        try {
            return base.extendedBy(parse(Files.readString(extra, StandardCharsets.UTF_8), extra.toString()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + extra + ": " + e.getMessage(), e);
        }
    }

    public NoiseRules extendedBy(List<NoiseRule> extra) {
        Map<String, NoiseRule> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        extra.forEach(r -> byId.put(r.id(), r));
        return new NoiseRules(new ArrayList<>(byId.values()));
    }

    /** Parses a rules file; {@code origin} names it in error messages. */
    public static List<NoiseRule> parse(String text, String origin) {
        List<NoiseRule> out = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static NoiseRule parseLine(String line) {
        String[] head = line.split("\\s+", 3);
        if (head.length < 3) {
            throw new IllegalArgumentException("expected: ID KIND /PATTERN/ DESCRIPTION");
        }
        String id = head[0];
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9.\\-_]*")) {
            throw new IllegalArgumentException("bad rule id: " + id);
        }
        NoiseRule.Kind kind;
        try {
            kind = NoiseRule.Kind.fromWire(head[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind: " + head[1]);
        }
        String rest = head[2];
        if (!rest.startsWith("/")) {
            throw new IllegalArgumentException("the pattern must be written between slashes");
        }
        int end = -1;
        for (int i = 1; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("the pattern has no closing slash");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(rest.substring(1, end));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern: " + e.getDescription());
        }
        return new NoiseRule(id, kind, pattern, rest.substring(end + 1).strip());
    }
}
