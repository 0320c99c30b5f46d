package org.wenzhai.importing.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random lines made of the built-in rules' own characters and of their runs of Chinese text
 * (会员群, 温馨提示), so that they often come close to matching a rule, and pairs of characters that
 * begin a match come up.
 */
final class RandomRuleLines {
    private final StringBuilder alphabet;
    private final List<String> fragments = new ArrayList<>();
    private final int fragmentOneIn;

    /** {@code base} and the rules' characters; a fragment (or its beginning) for one pick in {@code fragmentOneIn}. */
    RandomRuleLines(String base, int fragmentOneIn) {
        this.alphabet = new StringBuilder(base);
        this.fragmentOneIn = fragmentOneIn;
        for (NoiseRule r : NoiseRules.builtIn().all()) {
            r.pattern().pattern().codePoints().filter(c -> c > 0x2000).forEach(alphabet::appendCodePoint);
            for (String run : r.pattern().pattern().split("[^\\p{IsHan}]+")) {
                if (run.length() >= 2) {
                    fragments.add(run);
                }
            }
        }
    }

    /** A line of 1 to 30 picks. */
    String next(Random random) {
        StringBuilder line = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(fragmentOneIn) == 0) {
                String f = fragments.get(random.nextInt(fragments.size()));
                line.append(f, 0, 1 + random.nextInt(f.length()));
            } else {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return line.toString();
    }
}
