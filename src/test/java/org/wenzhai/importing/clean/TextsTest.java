package org.wenzhai.importing.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
    /**
     * The first-character test before the numbering patterns passes every line one of them finds: a
     * line made of each character of the Basic Multilingual Plane followed by what may follow a
     * number is numbered only when the test lets it through.
     */
    @Test
    void everyLineANumberingPatternFindsPassesTheFirstCharacterTest() {
        String[] tails = {"", "、总体要求", "）总体要求", ")总体要求", "．总体要求", ". 总体要求", "1", "一、", "一）总体",
                "十节　总则", "条　总则", "一部分", "\u3000标题", "2.5亿", "3.5G应用"};
        int numbered = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String tail : tails) {
                String line = (char) c + tail;
                boolean found = false;
                for (Pattern p : Texts.NUMBERING) {
                    found |= p.matcher(line).find();
                }
                if (found) {
                    numbered++;
                    assertThat(Texts.mayBeNumbered(line)).as(line).isTrue();
                }
                // the patterns asked by the first character answer as all nine in order
                String prefix = "";
                int level = 0;
                for (int i = 0; i < Texts.NUMBERING.length; i++) {
                    java.util.regex.Matcher m = Texts.NUMBERING[i].matcher(line);
                    if (m.lookingAt()) {
                        prefix = prefix.isEmpty() ? m.group() : prefix;
                        if (m.end() < line.length()) {
                            level = Texts.LEVELS[i];
                            break;
                        }
                    }
                }
                assertThat(Texts.numberingPrefix(line)).as(line).isEqualTo(prefix);
                assertThat(Texts.numberingLevel(line)).as(line).isEqualTo(level);
            }
        }
        // the check saw numbered lines of every kind (第, numerals, brackets, digits both widths)
        assertThat(numbered).isGreaterThan(40);
        assertThat(Texts.numberingLevel("（三）加强组织领导")).isEqualTo(2);
        assertThat(Texts.numberingLevel("１．完善制度")).isEqualTo(3);
        assertThat(Texts.numberingPrefix("第二章　总则")).isEqualTo("第二章");
        assertThat(Texts.numberingLevel("加强组织领导")).isZero();
        assertThat(Texts.numberingPrefix("")).isEmpty();
    }

    @Test
    void aNumberingShiftedByOne() {
        assertThat(Texts.shiftedNumbering("（1）", 1)).isEqualTo("（2）");
        assertThat(Texts.shiftedNumbering("二、", -1)).isEqualTo("一、");
        assertThat(Texts.shiftedNumbering("１．", 1)).isEqualTo("２．");
        assertThat(Texts.shiftedNumbering("一、", -1)).isNull();
        assertThat(Texts.shiftedNumbering("9.", 1)).isNull();
        assertThat(Texts.shiftedNumbering("十一、", -1)).isNull();
        assertThat(Texts.shiftedNumbering("12.", 1)).isNull();
    }

    @Test
    void numbersListedInTheTextAreNoHeadingButTheSameNumberAgainIs() {
        assertThat(Texts.numberingLevel("二、三季度集中查处食品违法案件57件")).isZero();
        assertThat(Texts.numberingLevel("一、二等奖获得者名单")).isZero();
        assertThat(Texts.numberingLevel("一、一季度工作进展情况")).isEqualTo(1);
        assertThat(Texts.numberingPrefix("三、三产业发展势头良好")).isEqualTo("三、");
        assertThat(Texts.numberingLevel("五、六类人员")).isZero();
    }

    /** Searching a line's tail answers as searching all of it, for the unit endings and for a title's. */
    @Test
    void findAtEndAnswersAsFind() {
        assertThat(Texts.UNIT_SUFFIX_MAX).isEqualTo(5);
        assertFindAtEndAgrees(Pattern.compile(Texts.UNIT_SUFFIX + "$"), Texts.UNIT_SUFFIX_MAX, "委员会局街道办事处县区某人民政府新局\n");
        assertFindAtEndAgrees(org.wenzhai.importing.structure.MetadataAccess.titleEnding(),
                org.wenzhai.importing.structure.MetadataAccess.titleEndingMax(), "新大局强省城市乡村先行区人民政府服务型\n");
    }

    private static void assertFindAtEndAgrees(Pattern p, int max, String alphabet) {
        Random random = new Random(3);
        int found = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(14);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            boolean expected = p.matcher(t).find();
            assertThat(Texts.findAtEnd(p, t, max)).as("%s in [%s]", p, t).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void theLongestAlternativeIsOnlyTakenOfPlainWords() {
        assertThat(Texts.longestAlternative("(?:局|委员会|D组)$")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Texts.longestAlternative("(?:局|委.会)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
