package org.wenzhai.domain;

import java.util.List;

/** A tag with how many things carry it directly ({@code count}) and with its descendants ({@code total}). */
public record TagCount(TagPath path, String color, int count, int total, List<TagCount> children) {

    public TagCount {
        children = List.copyOf(children);
    }
}
