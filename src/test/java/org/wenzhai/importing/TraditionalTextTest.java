package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.formats.FormatReaders;

class TraditionalTextTest {
    private final PipelineParser parser = new PipelineParser(FormatReaders.all(), NoiseRules.builtIn());

    private ImportedDocument parse(String text, Charset charset) throws Exception {
        return parser.parse(SourceFile.of(Path.of("講話.txt"), "txt", text.getBytes(charset)), ImportOptions.defaults());
    }

    @Test
    void aSpeechInTraditionalCharactersIsRecognisedAndKeepsItsCharacters() throws Exception {
        String text = String.join("\n", "在全縣農業農村工作會議上的講話", "某某縣委副書記　趙某某", "（2024年3月12日）", "同志們：",
                "　　今天，我們召開全縣農業農村工作會議，主要任務是總結去年工作，部署今年任務。",
                "一、充分肯定農業農村工作取得的成績", "　　過去一年，全縣糧食總產量穩定在三十萬噸以上。",
                "二、紮實推進鄉村全面振興", "　　各級黨委要把鄉村振興擺在突出位置。");
        ImportedDocument doc = parse(text, Charset.forName("Big5"));
        assertThat(doc.title()).isEqualTo("在全縣農業農村工作會議上的講話");
        ImportedArticle a = doc.articles().get(0);
        assertThat(a.author()).isEqualTo("某某縣委副書記 趙某某");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(a.blocks()).filteredOn(b -> b.type() == org.wenzhai.domain.BlockType.HEADING).extracting(ImportedBlock::text)
                .containsExactly("一、充分肯定農業農村工作取得的成績", "二、紮實推進鄉村全面振興");
        assertThat(a.blocks()).extracting(ImportedBlock::text).contains("同志們：", "各級黨委要把鄉村振興擺在突出位置。");
    }

    @Test
    void aCharacterWrittenBothWaysStaysAsWrittenEachTime() throws Exception {
        // 党 and 黨 both written: 黨 is not folded (党 could not be told back), the rest is
        String text = String.join("\n", "在全縣黨建工作會議上的講話", "同志們：", "　　党建工作要與業務工作同部署。黨委要負起主體責任。");
        ImportedDocument doc = parse(text, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(doc.title()).isEqualTo("在全縣黨建工作會議上的講話");
        assertThat(doc.articles().get(0).blocks()).extracting(ImportedBlock::text)
                .contains("党建工作要與業務工作同部署。黨委要負起主體責任。");
    }
}
