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
            版权|(?<!联系人.{0,5})地址：          | 联系人张三地址：
            版权|(?<!联系人.{0,5})地址：          | 单位地址：
            版权|(?<!联系人.{0,5})地址：          | 地址：
            x(?<!^ax)y                    | axy
            x(?<!^ax)y                    | bxy
            """)
    void answersAsFindDoes(String regex, String text) {
        Pattern p = Pattern.compile(regex.strip());
        assertThat(StartChars.of(p).find(text.strip())).isEqualTo(p.matcher(text.strip()).find());
    }

    /** A whole-line test lets through every line the pattern matches whole, and turns away lines it cannot. */
    @ParameterizedTest(name = "{0} whole in {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            .{0,3}订阅.{0,5}          ; 请订阅本站          ; true
            .{0,3}订阅.{0,5}          ; 大家订阅            ; true
            .{0,3}订阅.{0,5}          ; 订阅                ; true
            .{0,3}订阅.{0,5}          ; 一二三四订阅          ; false
            .{0,3}订阅.{0,5}          ; 请注意本站          ; false
            .{0,3}?订阅               ; 请订阅              ; true
            .{0,10}(?:加|添加)\\s*微信 ; 欢迎添加 微信        ; true
            (?:目录|返回|首页)          ; 首页               ; true
            (?:目录|返回|首页)          ; 首先               ; false
            (?:目录|返回|首页)          ; 目次               ; false
            """)
    void aWholeLineTestKeepsEveryMatch(String regex, String text, boolean expected) {
        // (past the process's budget of pair tables every pair may begin a match: the answer is
        // exact only with budget left, whatever the tests before this one spent)
        StartChars.renewPairBudget();
        Pattern p = Pattern.compile(regex.strip());
        assertThat(p.matcher(text.strip()).matches()).as("the pattern itself").isEqualTo(expected);
        assertThat(StartChars.of(p).mayMatchWhole(text.strip())).isEqualTo(expected);
    }

    /**
     * A rule that may begin with any Chinese character, depending on the one after it, met with
     * thousands of different characters: its pair tables stop at the process's budget, and it still
     * answers as find() does past it.
     */
    @Test
    void pairTablesStayWithinTheirBudget() {
        Pattern p = Pattern.compile("[\\p{IsHan}]{2}｜");
        StartChars prefilter = StartChars.of(p);
        int found = 0;
        for (char c = '\u4E00'; c < '\u4E00' + 3 * StartChars.MAX_PAIR_TABLES; c++) {
            for (String line : new String[] {c + "民｜", c + "a｜", "x" + c + "国｜", "" + c}) {
                boolean expected = p.matcher(line).find();
                assertThat(prefilter.find(line)).as(line).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(StartChars.MAX_PAIR_TABLES);
        assertThat(StartChars.pairTables()).isLessThanOrEqualTo(StartChars.MAX_PAIR_TABLES);
    }

    @Test
    void theAnyPrefixStopsAtALineTerminator() {
        Pattern p = Pattern.compile(".{0,3}订阅");
        assertThat(p.matcher("a\n订阅").matches()).isFalse();
        assertThat(StartChars.of(p).mayMatchWhole("a\n订阅")).isFalse();
    }

    @Test
    void aLookbehindThatOpensThePatternEndsAtItsOwnParenthesis() {
        // brackets and escapes inside it do not count
        assertThat(StartChars.leadingLookbehindEnd("(?<=[(（])x?")).isEqualTo(9);
        assertThat(StartChars.leadingLookbehindEnd("(?<!\\()a")).isEqualTo(7);
        assertThat(StartChars.leadingLookbehindEnd("a(?<=b)")).isZero();
    }

    @Test
    void aNegativeLookbehindInsideKeepsThePrefilterUnlessItHoldsAnAnchor() {
        assertThat(StartChars.negativeLookbehindsSeeNoAnchor("版权|(?<!联系人[^。！？]{0,30})地址")).isTrue();
        assertThat(StartChars.negativeLookbehindsSeeNoAnchor("a(?<![\\^$]b)c")).isTrue();
        assertThat(StartChars.negativeLookbehindsSeeNoAnchor("a(?<!^b)c")).isFalse();
        assertThat(StartChars.negativeLookbehindsSeeNoAnchor("a(?<!\\bb)c")).isFalse();
        assertThat(StartChars.negativeLookbehindsSeeNoAnchor("a(?<!b$)c")).isFalse();
    }

    @Test
    void everyBuiltInRuleAnswersAsFindDoesOnRandomLines() {
        List<Pattern> patterns = new ArrayList<>();
        for (NoiseRule r : NoiseRules.builtIn().all()) {
            patterns.add(r.pattern());
            Pattern finder = Cleaner.finderFor(r.pattern());
            if (finder != null) {
                patterns.add(finder);
            }
        }
        RandomRuleLines lines = new RandomRuleLines("的是在我们工作推进会议一二三。，：: 　-—【】()（）0123456789QqVvIiPpxw", 4);
        // more members than one group holds: the prefilters are asked in several groups
        List<StartChars> members = patterns.stream().map(StartChars::of).toList();
        assertThat(members.size()).isGreaterThan(StartChars.Group.MAX);
        List<StartChars.Group> groups = StartChars.Group.of(members);
        Random random = new Random(11);
        int hits = 0;
        int wholes = 0;
        int tried = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = lines.next(random);
            int[] candidates = groups.stream().mapToInt(g -> g.candidates(text)).toArray();
            for (int k = 0; k < patterns.size(); k++) {
                Pattern p = patterns.get(k);
                boolean expected = p.matcher(text).find();
                boolean candidate = (candidates[k / StartChars.Group.MAX] >>> (k % StartChars.Group.MAX) & 1) != 0;
                assertThat(candidate).as("group bit of %s in %s", p, text).isEqualTo(members.get(k).triesSomewhere(text));
                assertThat(candidate || !expected).as("%s found in %s", p, text).isTrue();
                tried += candidate ? 1 : 0;
                assertThat(StartChars.of(p).find(text)).as("%s in %s", p, text).isEqualTo(expected);
                hits += expected ? 1 : 0;
                boolean whole = p.matcher(text).matches();
                if (whole) {
                    assertThat(StartChars.of(p).mayMatchWhole(text)).as("%s is the whole of %s", p, text).isTrue();
                    wholes++;
                }
            }
        }
        assertThat(hits).as("the random lines do match some rules").isGreaterThan(1000);
        assertThat(wholes).as("some random lines are matched whole").isGreaterThan(50);
        assertThat(tried).as("the groups pass over many rules of these lines, made of the rules' own characters").isLessThan(20_000 * patterns.size() / 2);
    }
}
