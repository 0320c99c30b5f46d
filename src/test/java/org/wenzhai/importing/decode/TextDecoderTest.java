package org.wenzhai.importing.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportException;

class TextDecoderTest {
    private static final String SPEECH = String.join("\n",
            "在全市乡村振兴工作推进会上的讲话",
            "同志们：",
            "今天召开这次会议，主要任务是总结去年工作，部署今年任务。",
            "一、加强组织领导，压实工作责任",
            "各级党委要切实担负起主体责任，把这项工作摆上重要议程，主要负责同志要亲自抓、负总责。",
            "二、强化督促检查，确保落地见效",
            "要建立健全定期调度、跟踪问效机制，对工作推进不力的，及时约谈提醒，限期整改到位。",
            "三、注重宣传引导，营造良好氛围",
            "要充分运用报刊、广播、电视和网络等媒体，大力宣传先进典型和经验做法。");
    private static final String SPEECH_TRADITIONAL = String.join("\n",
            "在全市鄉村振興工作推進會上的講話",
            "同志們：",
            "今天召開這次會議，主要任務是總結去年工作，部署今年任務。",
            "一、加強組織領導，壓實工作責任",
            "各級黨委要切實擔負起主體責任，把這項工作擺上重要議程，主要負責同志要親自抓、負總責。",
            "二、強化督促檢查，確保落地見效",
            "要建立健全定期調度、跟蹤問效機制，對工作推進不力的，及時約談提醒，限期整改到位。",
            "三、注重宣傳引導，營造良好氛圍",
            "要充分運用報刊、廣播、電視和網絡等媒體，大力宣傳先進典型和經驗做法。");

    private final TextDecoder decoder = new TextDecoder();

    private static List<String> linesOf(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void plainUtf8IsReadAsUtf8() throws Exception {
        DecodedText t = decoder.decode(SPEECH.getBytes(StandardCharsets.UTF_8), null);
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.lines()).isEqualTo(linesOf(SPEECH));
        assertThat(t.replaced()).isZero();
    }

    @Test
    void utf8WithBomLosesTheBomOnly() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SPEECH.getBytes(StandardCharsets.UTF_8));
        DecodedText t = decoder.decode(bytes, null);
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.lines().get(0)).isEqualTo("在全市乡村振兴工作推进会上的讲话");
    }

    @Test
    void gb18030WithCharactersOutsideGbkIsReadAsGb18030() throws Exception {
        String text = SPEECH + "\n生僻字𠮷与㐀也要保留。";
        DecodedText t = decoder.decode(text.getBytes(TextDecoder.GB18030), null);
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).isEqualTo(linesOf(text));
    }

    @Test
    void gbkWithCrlfIsReadAsGb18030() throws Exception {
        byte[] bytes = SPEECH.replace("\n", "\r\n").getBytes(Charset.forName("GBK"));
        DecodedText t = decoder.decode(bytes, null);
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(t.lines()).isEqualTo(linesOf(SPEECH));
    }

    @Test
    void shortGbkLineIsStillChinese() throws Exception {
        DecodedText t = decoder.decode("一、加强组织领导".getBytes(Charset.forName("GBK")), null);
        assertThat(t.lines()).containsExactly("一、加强组织领导");
        assertThat(t.encoding()).isEqualTo("GB18030");
    }

    @Test
    void big5IsRecognised() throws Exception {
        DecodedText t = decoder.decode(SPEECH_TRADITIONAL.getBytes(TextDecoder.BIG5), null);
        assertThat(t.encoding()).isEqualTo("Big5");
        assertThat(t.lines()).isEqualTo(linesOf(SPEECH_TRADITIONAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithBom(String name) throws Exception {
        Charset cs = Charset.forName(name);
        byte[] bom = name.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        DecodedText t = decoder.decode(concat(bom, SPEECH.replace("\n", "\r\n").getBytes(cs)), null);
        assertThat(t.encoding()).isEqualTo(name);
        assertThat(t.lines()).isEqualTo(linesOf(SPEECH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBomLatinByItsZeroBytes(String name) throws Exception {
        String text = "Work report 2023\nSection 1: general requirements\nSection 2: main tasks\n";
        DecodedText t = decoder.decode(text.getBytes(Charset.forName(name)), null);
        assertThat(t.encoding()).isEqualTo(name);
        assertThat(t.lines()).containsExactly("Work report 2023", "Section 1: general requirements", "Section 2: main tasks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBomChineseWithLineEnds(String name) throws Exception {
        DecodedText t = decoder.decode(SPEECH.getBytes(Charset.forName(name)), null);
        assertThat(t.encoding()).isEqualTo(name);
        assertThat(t.lines()).isEqualTo(linesOf(SPEECH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBomChineseOnlyByCodeUnitStatistics(String name) throws Exception {
        String text = "各级党委要切实担负起主体责任把这项工作摆上重要议程主要负责同志要亲自抓负总责";
        DecodedText t = decoder.decode(text.getBytes(Charset.forName(name)), null);
        assertThat(t.encoding()).isEqualTo(name);
        assertThat(t.lines()).containsExactly(text);
    }

    @Test
    void utf32WithBom() throws Exception {
        byte[] bytes = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, SPEECH.getBytes(TextDecoder.UTF_32BE));
        DecodedText t = decoder.decode(bytes, null);
        assertThat(t.encoding()).isEqualTo("UTF-32BE");
        assertThat(t.lines()).isEqualTo(linesOf(SPEECH));
    }

    @Test
    void crOnlyLineEndsSplitLines() throws Exception {
        String text = "一、总体要求\r（一）指导思想\r坚持以人民为中心。\r";
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), null).lines())
                .containsExactly("一、总体要求", "（一）指导思想", "坚持以人民为中心。");
        assertThat(decoder.decode(text.getBytes(TextDecoder.GB18030), null).lines())
                .containsExactly("一、总体要求", "（一）指导思想", "坚持以人民为中心。");
    }

    @Test
    void mixedLineEndsAndBlankLinesAreKept() throws Exception {
        String text = "第一行\r\n\r\n第二行\n\n第三行\r第四行";
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), null).lines())
                .containsExactly("第一行", "", "第二行", "", "第三行", "第四行");
    }

    @Test
    void anEncodingGivenByTheUserOverridesDetection() throws Exception {
        byte[] bytes = SPEECH.getBytes(TextDecoder.GB18030);
        DecodedText t = decoder.decode(bytes, StandardCharsets.ISO_8859_1);
        assertThat(t.encoding()).isEqualTo("ISO-8859-1");
        assertThat(t.lines().get(0)).isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow());

        assertThatThrownBy(() -> decoder.decode(SPEECH.getBytes(StandardCharsets.UTF_8), TextDecoder.GB18030))
                .hasMessage(Messages.t("importing.format.notInEncoding", "GB18030"));

        DecodedText gbk = decoder.decode(SPEECH.getBytes(Charset.forName("GBK")), Charset.forName("GBK"));
        assertThat(gbk.encoding()).isEqualTo("GB18030");
        assertThat(gbk.lines()).isEqualTo(linesOf(SPEECH));

        DecodedText big5 = decoder.decode("加強組織領導".getBytes(TextDecoder.BIG5), TextDecoder.BIG5);
        assertThat(big5.encoding()).isEqualTo("Big5");
        assertThat(big5.lines()).containsExactly("加強組織領導");
    }

    @Test
    void utf8WithATruncatedLastCharacterIsStillUtf8() throws Exception {
        byte[] full = (SPEECH + "完").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 1);
        DecodedText t = decoder.decode(cut, null);
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.replaced()).isEqualTo(1);
        assertThat(t.lines().get(t.lines().size() - 1)).endsWith("\uFFFD");
    }

    // ---- hostile inputs ----

    private static String reason(String key) {
        return Messages.t(key);
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], null))
                .isInstanceOf(ImportException.class).hasMessage(reason("importing.format.empty"));
        assertThatThrownBy(() -> decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null))
                .isInstanceOf(ImportException.class).hasMessage(reason("importing.format.empty"));
        assertThatThrownBy(() -> decoder.decode("\r\n\r\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportException.class).hasMessage(reason("importing.format.empty"));
    }

    @Test
    void pngHeaderIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0, 0x1F, (byte) 0xF3, (byte) 0xFF, 0x61};
        assertThatThrownBy(() -> decoder.decode(png, null)).hasMessage(reason("importing.format.binary"));
        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(png, 8), null)).hasMessage(reason("importing.format.binary"));
    }

    @Test
    void elfHeaderIsBinary() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 1, 0, 0, 0,
            0x40, 0x10, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> decoder.decode(elf, null)).hasMessage(reason("importing.format.binary"));
    }

    @Test
    void randomBytesAreRefusedNotDecodedAsGb18030() {
        Random random = new Random(20240601L);
        for (int size : new int[] {16, 100, 4096, 1 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            assertThatThrownBy(() -> decoder.decode(bytes, null)).as("size %d", size).isInstanceOf(ImportException.class);
        }
        // only high bytes: no control characters to give it away, but not Chinese either
        byte[] high = new byte[64 * 1024];
        random.nextBytes(high);
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (high[i] | 0x80);
        }
        assertThatThrownBy(() -> decoder.decode(high, null)).isInstanceOf(ImportException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void loneSurrogatesInUtf16BecomeReplacementCharacters() throws Exception {
        String text = SPEECH + "\n孤立代理项\uD800在此，\uDC00这里也有。";
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16leKeepingSurrogates(text));
        DecodedText t = decoder.decode(bytes, null);
        assertThat(t.encoding()).isEqualTo("UTF-16LE");
        assertThat(t.lines().get(t.lines().size() - 1)).isEqualTo("孤立代理项\uFFFD在此，\uFFFD这里也有。");
        assertThat(t.replaced()).isEqualTo(2);
    }

    @Test
    void surrogatesEncodedInUtf8AreReplacedInOtherwiseUtf8Text() throws Exception {
        byte[] bytes = concat(SPEECH.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', (byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, "结束".getBytes(StandardCharsets.UTF_8));
        DecodedText t = decoder.decode(bytes, null);
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.lines().get(t.lines().size() - 1)).startsWith("\uFFFD").endsWith("结束");
    }

    @Test
    void aFiveMegabyteLineWithoutBreaksIsOneLine() throws Exception {
        String unit = "坚持以人民为中心的发展思想，";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000 / 3) {
            sb.append(unit);
        }
        String line = sb.toString();
        DecodedText utf8 = decoder.decode(line.getBytes(StandardCharsets.UTF_8), null);
        assertThat(utf8.lines()).hasSize(1);
        assertThat(utf8.lines().get(0)).isEqualTo(line);
        DecodedText gb = decoder.decode(line.getBytes(TextDecoder.GB18030), null);
        assertThat(gb.encoding()).isEqualTo("GB18030");
        assertThat(gb.lines().get(0)).isEqualTo(line);
    }

    @Test
    void decodeToStringKeepsLineEnds() throws Exception {
        byte[] bytes = SPEECH.replace("\n", "\r\n").getBytes(TextDecoder.GB18030);
        assertThat(decoder.decodeToString(bytes, null)).isEqualTo(SPEECH.replace("\n", "\r\n"));
    }

    private static byte[] utf16leKeepingSurrogates(String s) {
        byte[] out = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >> 8);
        }
        return out;
    }
}
