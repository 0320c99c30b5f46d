package org.wenzhai.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hierarchical tag such as {@code 主题/乡村振兴/五星支部}. Segments are trimmed; empty segments
 * and surrounding slashes are not allowed.
 */
public record TagPath(String value) implements Comparable<TagPath> {

    public static final char SEPARATOR = '/';

    public TagPath {
        value = normalise(value);
    }

    public static TagPath of(String value) {
        return new TagPath(value);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a tag path is empty");
        }
        String s = raw.replace('／', '/').strip();
        List<String> parts = new ArrayList<>();
        for (String p : s.split("/", -1)) {
            String t = p.strip();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("a tag path has an empty part: " + raw);
            }
            parts.add(t);
        }
        return String.join("/", parts);
    }

    public List<String> segments() {
        return List.of(value.split("/"));
    }

    public String name() {
        int i = value.lastIndexOf(SEPARATOR);
        return i < 0 ? value : value.substring(i + 1);
    }

    public Optional<TagPath> parent() {
        int i = value.lastIndexOf(SEPARATOR);
        return i < 0 ? Optional.empty() : Optional.of(new TagPath(value.substring(0, i)));
    }

    public int depth() {
        return segments().size();
    }

    /** True when {@code other} is this path or lies below it. */
    public boolean contains(TagPath other) {
        return other.value.equals(value) || other.value.startsWith(value + SEPARATOR);
    }

    /** This path and all its ancestors, root first. */
    public List<TagPath> selfAndAncestors() {
        List<TagPath> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String seg : segments()) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(seg);
            out.add(new TagPath(sb.toString()));
        }
        return out;
    }

    public TagPath child(String name) {
        return new TagPath(value + SEPARATOR + name);
    }

    @Override
    public int compareTo(TagPath o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
