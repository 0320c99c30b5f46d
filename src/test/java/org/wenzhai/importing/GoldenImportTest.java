package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.formats.FormatReaders;

/**
 * Golden import tests: every src/test/resources/materials/NAME.txt (written by this project, one
 * quirk each) goes through the real pipeline and must render exactly as NAME.tree. Run with
 * -Dwenzhai.golden.write=true to (re)write the .tree files, then review them by hand.
 */
class GoldenImportTest {
    static final Path MATERIALS = Path.of("src", "test", "resources", "materials");

    static Stream<String> materials() throws IOException {
        try (Stream<Path> s = Files.list(MATERIALS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("materials")
    void materialImportsAsItsGoldenTree(String name) throws Exception {
        Path input = MATERIALS.resolve(name);
        Path golden = MATERIALS.resolve(name.replaceAll("\\.txt$", ".tree"));
        ImportedDocument doc = parse(input);
        String tree = render(doc);
        if (Boolean.getBoolean("wenzhai.golden.write")) {
            Files.writeString(golden, tree, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file for " + name).exists();
        assertThat(tree).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static ImportedDocument parse(Path input) throws Exception {
        PipelineParser parser = new PipelineParser(FormatReaders.all(), NoiseRules.builtIn());
        byte[] bytes = Files.readAllBytes(input);
        return parser.parse(SourceFile.of(input, ImportService.extension(input), bytes), ImportOptions.defaults());
    }

    /** A readable, diffable rendering of everything the pipeline decided. */
    static String render(ImportedDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("document: ").append(doc.title()).append('\n');
        if (doc.source() != null) {
            sb.append("source: ").append(doc.source()).append('\n');
        }
        for (ImportedArticle a : doc.articles()) {
            sb.append("\narticle: ").append(a.title());
            if (a.author() != null) {
                sb.append(" | author: ").append(a.author());
            }
            if (a.date() != null) {
                sb.append(" | date: ").append(a.date());
            }
            sb.append('\n');
            for (ImportedBlock b : a.blocks()) {
                sb.append(b.level() == null ? "  P  " : "  H" + b.level() + " ").append(b.text()).append('\n');
            }
        }
        List<RemovedText> removed = doc.removed();
        if (!removed.isEmpty()) {
            sb.append("\nremoved:\n");
            for (RemovedText r : removed) {
                sb.append("  ").append(r.lineNumber()).append(' ').append(r.ruleId()).append(": ").append(r.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
