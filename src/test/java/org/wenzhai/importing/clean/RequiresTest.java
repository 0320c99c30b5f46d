package org.wenzhai.importing.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiresTest {
    private static String sets(String regex) {
        return sets(Pattern.compile(regex));
    }

    private static String sets(Pattern p) {
        StringBuilder b = new StringBuilder();
        for (char[] s : Requires.of(p)) {
            b.append(b.length() == 0 ? "" : " ").append('{').append(new String(s)).append('}');
        }
        return b.toString();
    }

    /**
     * What each construct adds: literals and small classes do; optional parts, lookarounds and wide
     * classes do not. (A (?i) at the top applies to the whole pattern here: Java reports it among the
     * pattern's flags, and more characters in a set only let more lines through.)
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '\'', textBlock = """
            [^。！？]{2,30}?[ \\t\\u3000]+第\\s*\\d{1,4}\\s*页(?:共\\d+页)?  ; {第} {页}
            (?:楼主|沙发)                           ; {楼沙}
            (?:楼主|\\s*)                            ; ''
            会员群?                                  ; {会} {员}
            (?:会员)?群                              ; {群}
            x*y{0,3}z{1,2}                          ; {z}
            (?<=关注)公众号                           ; {公} {众}
            (?!免费)下载                              ; {下} {载}
            [0-3]号                                  ; {号} {0123}
            [\\p{IsHan}a]号                          ; {号}
            [^a]号                                   ; {号}
            (?i:vip)会员                             ; {会} {员}
            (?i:q)                                  ; {Qq}
            (?i)q                                   ; {Qq}
            a(?i)b|c                                ; {ACac}
            \\Q[]\\E                                 ; {[} {]}
            \\u3000x                                ; {　} {x}
            .*(?:版权所有|ICP备).*                    ; {I版}
            a\\1                                    ; ''
            [a-z&&[^b]]q                            ; ''
            """)
    void readsWhatAMatchMustHold(String regex, String expected) {
        assertThat(sets(regex.strip())).isEqualTo(expected.strip());
    }

    @Test
    void flagsItCannotFollowGiveNoSets() {
        assertThat(Requires.of(Pattern.compile("ab", Pattern.COMMENTS))).isEmpty();
        assertThat(Requires.of(Pattern.compile("ab", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(sets(Pattern.compile("ab", Pattern.CASE_INSENSITIVE))).isEqualTo("{Aa} {Bb}");
    }

    /** Every built-in rule, on random lines of its own characters: no line it matches lacks a set. */
    @Test
    void noLineABuiltInRuleMatchesLacksItsCharacters() {
        List<Pattern> patterns = NoiseRules.builtIn().all().stream().map(NoiseRule::pattern).toList();
        RandomRuleLines lines = new RandomRuleLines("的是在我们工作推进会议一二三。，：: 　-—【】()（）0123456789QqVvIiPpxw/.#|", 3);
        Requires.Table table = Requires.Table.of(patterns);
        long[] met = table.newMet();
        Random random = new Random(7);
        int matched = 0;
        int turnedAway = 0;
        for (int round = 0; round < 30_000; round++) {
            String text = lines.next(random);
            table.met(text, met);
            for (int k = 0; k < patterns.size(); k++) {
                boolean found = patterns.get(k).matcher(text).find();
                if (found) {
                    matched++;
                    assertThat(table.allows(k, met)).as("%s on %s", patterns.get(k), text).isTrue();
                } else if (!table.allows(k, met)) {
                    turnedAway++;
                }
            }
        }
        // the test means something: rules matched often, and the sets turned many lines away
        assertThat(matched).isGreaterThan(1_000);
        assertThat(turnedAway).isGreaterThan(100_000);
    }
}
