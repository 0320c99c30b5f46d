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
            D级危房,         d级危房
            "C类、D类",      "c类、d类"
            ￥100,           ¥100
            """)
    void foldsWidthCaseTraditionalAndTheDObfuscation(String in, String out) {
        assertThat(TextFolding.fold(in)).isEqualTo(out);
    }

    @Test
    void everySpaceIsASpace() {
        assertThat(TextFolding.fold("乡村\u00A0振兴\u2002示范\t点\u3000建设\u202F完成")).isEqualTo("乡村 振兴 示范 点 建设 完成");
    }

    @Test
    void aDAtTheEdgeOfAQueryFoldsBothWaysAndOtherQueriesOne() {
        // 3D打印 holds D打印 (D left alone), 开展D员 holds 开展D (D is 党)
        assertThat(TextFolding.foldVariants("D打印")).containsExactlyInAnyOrder("党打印", "d打印");
        assertThat(TextFolding.foldVariants("开展D")).containsExactlyInAnyOrder("开展党", "开展d");
        assertThat(TextFolding.foldVariants("，Ｄ")).containsExactlyInAnyOrder(",d", ",党");
        assertThat(TextFolding.foldVariants("发展D员")).containsExactly("发展党员");
        assertThat(TextFolding.foldVariants("CAD")).containsExactly("cad");
        assertThat(TextFolding.foldVariants("網格化管理")).containsExactly("网格化管理");
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
