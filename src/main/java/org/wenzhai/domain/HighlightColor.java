package org.wenzhai.domain;

import java.util.Locale;

/** The five highlight colours, in the order of the shortcut keys 1–5. */
public enum HighlightColor {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HighlightColor fromWire(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown colour '" + s + "' (yellow, green, blue, pink, purple)");
        }
    }
}
