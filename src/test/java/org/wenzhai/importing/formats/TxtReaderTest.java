package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

class TxtReaderTest {
    private final TxtReader reader = new TxtReader();

    @Test
    void linesMayBeBrokenMidSentenceSoNoneEndsAParagraph() throws Exception {
        byte[] bytes = "一、加强组织领导\r\n各级党委要切实担负起\r\n主体责任。\r\n".getBytes(Charset.forName("GBK"));
        RawText t = reader.read(Fixtures.file("讲话.txt", bytes), ImportOptions.defaults());
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("一、加强组织领导", "各级党委要切实担负起", "主体责任。");
        assertThat(t.lines()).noneMatch(RawLine::paragraphEnd).allMatch(l -> l.headingLevel() == null);
    }

    @Test
    void aFormFeedIsAPageBreak() throws Exception {
        RawText t = new TxtReader().read(Fixtures.file("a.txt", "第一行\n\f\n第二页的行\n\f第三页的行\n末尾换页\f\n第四页\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), org.wenzhai.importing.ImportOptions.defaults());
        assertThat(t.lines()).extracting(RawLine::text, RawLine::pageBreakBefore).containsExactly(
                org.assertj.core.groups.Tuple.tuple("第一行", false), org.assertj.core.groups.Tuple.tuple("", true),
                org.assertj.core.groups.Tuple.tuple("第二页的行", false), org.assertj.core.groups.Tuple.tuple("第三页的行", true),
                org.assertj.core.groups.Tuple.tuple("末尾换页", false), org.assertj.core.groups.Tuple.tuple("第四页", true));
    }

    @Test
    void theUsersEncodingWins() throws Exception {
        byte[] bytes = "加強組織領導".getBytes(Charset.forName("Big5"));
        RawText t = reader.read(Fixtures.file("a.text", bytes), new ImportOptions(Charset.forName("Big5"), null));
        assertThat(t.encoding()).isEqualTo("Big5");
        assertThat(t.lines()).extracting(RawLine::text).containsExactly("加強組織領導");
    }

    @Test
    void binaryIsRefused() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> reader.read(Fixtures.file("a.txt", elf), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessage(Messages.t("importing.format.binary"));
    }

    @Test
    void everyFormatHasAReader() {
        List<FormatReader> all = FormatReaders.all();
        for (String ext : List.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "doc", "pdf")) {
            assertThat(all).as(ext).anyMatch(r -> r.supports(ext));
        }
        assertThat(all).noneMatch(r -> r.supports("exe") || r.supports("png") || r.supports(""));
    }
    @Test
    void aWordFileOrAWebPageSavedAsTxtIsReadAsWhatItIs() throws Exception {
        byte[] word = DocxFixtures.word(d -> {
            d.createParagraph().createRun().setText("关于加强基层治理的实施意见");
            d.createParagraph().createRun().setText("各乡镇人民政府：为加强基层治理，现提出如下意见。");
        });
        assertThat(reader.read(Fixtures.file("意见.txt", word), ImportOptions.defaults()).lines()).extracting(RawLine::text)
                .containsExactly("关于加强基层治理的实施意见", "各乡镇人民政府：为加强基层治理，现提出如下意见。");
        byte[] page = "<!DOCTYPE html><html><head><title>通知</title></head><body><h1>关于做好防汛工作的通知</h1><p>各单位要落实责任。</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reader.read(Fixtures.file("通知.txt", page), ImportOptions.defaults()).lines()).extracting(RawLine::text)
                .containsExactly("关于做好防汛工作的通知", "各单位要落实责任。");
    }
}
