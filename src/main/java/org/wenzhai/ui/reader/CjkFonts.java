package org.wenzhai.ui.reader;

import java.util.Collection;
import java.util.List;

/**
 * The reader's font stack. JavaFX CSS takes one family, not a fallback list, so the first installed
 * family of the stack is chosen in code.
 */
public final class CjkFonts {
    public static final List<String> STACK = List.of("Noto Serif CJK SC", "Source Han Serif SC", "SimSun",
            "Songti SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Serif");

    private static volatile String family;

    private CjkFonts() {
    }

    /**
     * The reader's family on this machine. Listing the installed fonts takes a few hundred
     * milliseconds on Linux, so it is done once (at start-up, off the FX thread) and remembered.
     */
    public static String family() {
        String f = family;
        if (f == null) {
            f = pick(javafx.scene.text.Font.getFamilies());
            family = f;
        }
        return f;
    }

    /** The first family of the stack that is installed, else "Serif" (JavaFX's logical serif font). */
    public static String pick(Collection<String> installed) {
        for (String f : STACK) {
            for (String i : installed) {
                if (i.equalsIgnoreCase(f)) {
                    return i;
                }
            }
        }
        return "Serif";
    }
}
