package org.wenzhai.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wenzhai.i18n.Messages;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.clean.Cleaner;
import org.wenzhai.importing.clean.Line;
import org.wenzhai.importing.clean.NoiseRules;
import org.wenzhai.importing.clean.Reflow;
import org.wenzhai.importing.formats.FormatReader;
import org.wenzhai.importing.formats.RawText;
import org.wenzhai.importing.structure.StructureBuilder;

/**
 * The import pipeline for every format: format reader → clean (noise rules, normalisation) →
 * reflow → structure. Pure: touches no storage.
 */
public class PipelineParser implements DocumentParser {
    private final List<FormatReader> readers;
    private final NoiseRules rules;

    public PipelineParser(List<FormatReader> readers, NoiseRules rules) {
        this.readers = List.copyOf(readers);
        this.rules = rules;
    }

    public NoiseRules rules() {
        return rules;
    }

    @Override
    public boolean supports(String extension) {
        return reader(extension).isPresent();
    }

    private Optional<FormatReader> reader(String extension) {
        return readers.stream().filter(r -> r.supports(extension)).findFirst();
    }

    @Override
    public ImportedDocument parse(SourceFile file, ImportOptions options) throws ImportException {
        FormatReader reader = reader(file.format() == null ? "" : file.format())
                .orElseThrow(() -> new ImportException(Messages.t("importing.result.notAFormat")));
        RawText raw = reader.read(file, options);
        // traditional characters are read as simplified ones by the rules, and given back at the end
        TraditionalText traditional = TraditionalText.of(raw);
        Cleaned cleaned = clean(traditional == null ? raw : traditional.fold(raw), options);
        List<RemovedText> removed = new ArrayList<>(cleaned.result.removed());
        List<Line> lines = Reflow.apply(cleaned.result.lines(), options.disabledRules(), removed);
        if (lines.isEmpty()) {
            throw new ImportException(Messages.t("importing.result.noText"));
        }
        StructureBuilder builder = new StructureBuilder();
        StructureBuilder.Result built = builder.build(lines, baseName(file.fileName()));
        removed.addAll(builder.separators());
        removed.sort(Comparator.comparingInt(RemovedText::lineNumber));
        StructureBuilder.Result structure = StructureBuilder.withPageInfo(built, removed, lines.get(0).number() + 12);
        ImportedDocument doc = new ImportedDocument(structure.title(), structure.source(), cleaned.encoding, structure.articles(),
                removed);
        return traditional == null ? doc : traditional.restore(doc);
    }

    private record Cleaned(Cleaner.Result result, String encoding) {
    }

    // a method of its own so that the raw lines can be collected as soon as they are cleaned
    private Cleaned clean(RawText raw, ImportOptions options) {
        return new Cleaned(new Cleaner(rules, options.disabledRules()).clean(raw.lines(), raw.removed()), raw.encoding());
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

}
