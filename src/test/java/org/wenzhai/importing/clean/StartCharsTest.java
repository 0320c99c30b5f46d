package org.wenzhai.importing.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartCharsTest {
    /** Anchors, boundaries, lookahead, case folding, optional starts: each answers as find() does. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ^【[^】]{2,12}】\\s*[—–-]{1,2}  | 【某某资料屋】——每日更新
            ^【[^】]{2,12}】\\s*[—–-]{1,2}  | 看 【某某资料屋】——每日更新
            (?i:s?vip)\\s*会员             | 开通VIP会员
            (?i:s?vip)\\s*会员             | 开通sVip 会员
            (?i:QQ)\\s*群                  | 加qq群
            \\bEND\\b                      | THE END
            \\bEND\\b                      | ENDING
            会员(?!单位)                    | 全体会员单位
            会员(?!单位)                    | 成为会员
            共\\d+页$                       | 第3页 共10页
            共\\d+页$                       | 共10页码
            x?y?会员                        | 会员
            (?<=关注)公众号                  | 关注公众号
            (?<=关注)公众号                  | 本公众号
            (?<=[。！？])\\s*精品文档$          | 群众满意度明显提升。精品文档
            (?<=[。！？])\\s*精品文档$          | 群众满意度明显提升。 精品文档
            (?<=[。！？])\\s*精品文档$          | 精品文档
            (?<=[。！？])\\s*精品文档$          | 提升，精品文档
            (?<=[(（])x?                    | 无括号
            """)
    void answersAsFindDoes(String regex, String text) {
        Pattern p = Pattern.compile(regex.strip());
        assertThat(StartChars.of(p).find(text.strip())).isEqualTo(p.matcher(text.strip()).find());
    }

    @Test
    void aLookbehindThatOpensThePatternEndsAtItsOwnParenthesis() {
        // brackets and escapes inside it do not count
        assertThat(StartChars.leadingLookbehindEnd("(?<=[(（])x?")).isEqualTo(9);
        assertThat(StartChars.leadingLookbehindEnd("(?<!\\()a")).isEqualTo(7);
        assertThat(StartChars.leadingLookbehindEnd("a(?<=b)")).isZero();
    }

    @Test
    void everyBuiltInRuleAnswersAsFindDoesOnRandomLines() {
        List<Pattern> patterns = new ArrayList<>();
        StringBuilder alphabet = new StringBuilder("的是在我们工作推进会议一二三。，：: 　-—【】()（）0123456789QqVvIiPpxw");
        for (NoiseRule r : NoiseRules.builtIn().all()) {
            patterns.add(r.pattern());
            Pattern finder = Cleaner.finderFor(r.pattern());
            if (finder != null) {
                patterns.add(finder);
            }
            // the rules' own characters, so that random lines often come close to matching
            r.pattern().pattern().codePoints().filter(c -> c > 0x2000).forEach(alphabet::appendCodePoint);
        }
        Random random = new Random(11);
        int hits = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = line.toString();
            for (Pattern p : patterns) {
                boolean expected = p.matcher(text).find();
                assertThat(StartChars.of(p).find(text)).as("%s in %s", p, text).isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
        }
        assertThat(hits).as("the random lines do match some rules").isGreaterThan(1000);
    }
}
