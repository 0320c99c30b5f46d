package org.wenzhai.domain;

/** A tag with its colour (a CSS colour such as {@code #d9534f}, or null). */
public record Tag(long id, TagPath path, String color) {
}
