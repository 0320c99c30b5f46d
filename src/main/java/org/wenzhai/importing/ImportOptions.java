package org.wenzhai.importing;

import java.nio.charset.Charset;
import java.util.Set;

/**
 * How to import: an encoding that overrides detection (null = detect) and the noise rules the user
 * turned off.
 */
public record ImportOptions(Charset encoding, Set<String> disabledRules) {

    public ImportOptions {
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, Set.of());
    }
}
