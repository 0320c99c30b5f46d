package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            黨建引領,        党建引领
            ＡＰＰ平臺,      app平台
            5G網絡,          5g网络
            D建引领,         党建引领
            市住建局D委,     市住建局党委
            发展D员,         发展党员
            CAD软件,         cad软件
            5D电影,          5d电影
            D,               d
            D and E,         d and e
            Ｄ建,            党建
            １２３％,        123%
            全社会R&D经费,   全社会r&d经费
            "A、B、C、D四个等次", "a、b、c、d四个等次"
            D委、D员,        党委、党员
            D𠮷祥,           党𠮷祥
            大写𐐀,           大写𐐨
            """)
    void foldsWidthCaseTraditionalAndTheDObfuscation(String in, String out) {
        assertThat(TextFolding.fold(in)).isEqualTo(out);
    }

    @Test
    void theShippedTraditionalSimplifiedTableIsWhatIcuDerives() {
        assertThat(TextFolding.shippedTraditionalSimplified()).isEqualTo(TextFolding.deriveTraditionalSimplified())
                .hasSizeGreaterThan(2 * 2000);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            黨的建設與鄉村振興
            \u3000全角空格
            Ｄ委书记—分管领导
            𠀀𠀁 surrogate 党
            """)
    void keepsTheLengthSoOffsetsStayValid(String in) {
        assertThat(TextFolding.fold(in)).hasSameSizeAs(in);
    }
}
