package org.wenzhai.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationTemplateTest {

    private static Map<String, String> values(String document, String article, String heading, String author, String date) {
        Map<String, String> m = new HashMap<>();
        m.put("document", document);
        m.put("article", article);
        m.put("heading", heading);
        m.put("author", author);
        m.put("date", date);
        return m;
    }

    private static String render(Map<String, String> v) {
        return CitationTemplate.parse(null).render(v);
    }

    @Test
    void theDefaultTemplateWithEveryPart() {
        assertThat(render(values("文集", "篇名", "一、小标题", "作者", "2023-03-12")))
                .isEqualTo("——摘自《文集》·《篇名》·一、小标题（作者，2023-03-12）");
    }

    @Test
    void emptyPartsGoWithTheirBracketsAndSeparators() {
        assertThat(render(values("文集", "篇名", "一、小标题", null, null))).isEqualTo("——摘自《文集》·《篇名》·一、小标题");
        assertThat(render(values("文集", "篇名", "一、小标题", "作者", ""))).isEqualTo("——摘自《文集》·《篇名》·一、小标题（作者）");
        assertThat(render(values("文集", "篇名", "一、小标题", null, "2023-03-12")))
                .isEqualTo("——摘自《文集》·《篇名》·一、小标题（2023-03-12）");
        assertThat(render(values("文集", null, "一、小标题", "作者", "2023-03-12")))
                .isEqualTo("——摘自《文集》·一、小标题（作者，2023-03-12）");
        assertThat(render(values("文集", "篇名", null, "作者", "2023-03-12")))
                .isEqualTo("——摘自《文集》·《篇名》（作者，2023-03-12）");
        assertThat(render(values("文集", null, null, null, null))).isEqualTo("——摘自《文集》");
        assertThat(render(values(null, "篇名", null, null, null))).isEqualTo("——摘自《篇名》");
        assertThat(render(values(null, null, null, null, null))).isEmpty();
    }

    @Test
    void valuesAreInsertedUntouchedEvenWhenTheyLookLikeSeparatorsOrBrackets() {
        assertThat(render(values("文集", "篇名", "（一）明确职责，清单", "某县委组织部·办公室", null)))
                .isEqualTo("——摘自《文集》·《篇名》·（一）明确职责，清单（某县委组织部·办公室）");
    }

    @Test
    void aCustomTemplateWithOtherPlaceholders() {
        CitationTemplate t = CitationTemplate.parse("来源：{source}，{file}；{headings}");
        Map<String, String> v = new HashMap<>();
        v.put("file", "讲话.txt");
        v.put("headings", "一、总体要求 （一）目标");
        assertThat(t.render(v)).isEqualTo("来源：讲话.txt；一、总体要求 （一）目标");
        v.put("file", null);
        assertThat(t.render(v)).isEqualTo("来源：一、总体要求 （一）目标");
    }

    @Test
    void anUnknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> CitationTemplate.parse("摘自{book}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{book}");
    }
}
