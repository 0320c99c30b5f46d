package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenzhai.bench.CorpusGenerator;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.formats.FormatReaders;

/**
 * Materials of the benchmark's generator carry the clean content an import should produce; the
 * pipeline must recover exactly that from the noisy text, material after material.
 */
class GeneratedCorpusImportTest {

    @Test
    void everyGeneratedMaterialImportsToItsCleanContent() throws Exception {
        PipelineParser parser = new PipelineParser(FormatReaders.all(), NoiseRules.builtIn());
        List<String> failures = new ArrayList<>();
        for (CorpusGenerator.Material m : CorpusGenerator.materials(120, 20240601L)) {
            byte[] bytes = m.toTxt().getBytes(StandardCharsets.UTF_8);
            ImportedDocument doc = parser.parse(new SourceFile(m.fileName(), "/gen/" + m.fileName(), "txt", bytes,
                    Hashes.sha256Hex(bytes)), ImportOptions.defaults());
            if (!doc.title().equals(m.title())) {
                failures.add(m.fileName() + ": title " + doc.title() + " is not " + m.title());
            }
            if (doc.articles().size() != m.articles().size()) {
                failures.add(m.fileName() + ": " + doc.articles().size() + " articles, expected " + m.articles().size());
                continue;
            }
            for (int i = 0; i < m.articles().size(); i++) {
                CorpusGenerator.Article want = m.articles().get(i);
                ImportedArticle got = doc.articles().get(i);
                if (!got.title().equals(want.title())) {
                    failures.add(m.fileName() + " #" + i + ": title " + got.title() + " is not " + want.title());
                }
                String obfuscated = want.unit().replace('党', 'D');
                String unit = m.toTxt().contains(obfuscated + "\n") ? obfuscated : want.unit();
                if (!unit.equals(got.author())) {
                    failures.add(m.fileName() + " #" + i + ": author " + got.author() + " is not " + unit);
                }
                List<ImportedBlock> expected = new ArrayList<>();
                for (CorpusGenerator.Block b : want.blocks()) {
                    expected.add(b.heading() ? ImportedBlock.heading(b.level(), b.text()) : ImportedBlock.paragraph(b.text()));
                }
                if (!got.blocks().equals(expected)) {
                    failures.add(m.fileName() + " #" + i + ": blocks differ, first difference " + firstDifference(expected, got.blocks()));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String firstDifference(List<ImportedBlock> want, List<ImportedBlock> got) {
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            ImportedBlock w = i < want.size() ? want.get(i) : null;
            ImportedBlock g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                return "at " + i + ": expected " + w + " got " + g;
            }
        }
        return "none";
    }
}
