package org.wenzhai.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.IntegrityReport;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.DocumentParser;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportService;

/** Checks that a library is whole: sound rows, and every document exactly what a fresh import of its file gives. */
public final class LibraryAssertions {
    private LibraryAssertions() {
    }

    /** The library's integrity check finds nothing. */
    public static IntegrityReport assertSound(WenzhaiContext ctx) {
        IntegrityReport report = ctx.integrityService().check();
        assertThat(report.problems()).as("integrity problems").isEmpty();
        return report;
    }

    /** Source files by the SHA-256 of their bytes. */
    public static Map<String, Path> bySha(List<Path> files) throws IOException {
        Map<String, Path> out = new HashMap<>();
        for (Path f : files) {
            out.put(Hashes.sha256Hex(Files.readAllBytes(f)), f);
        }
        return out;
    }

    /**
     * Every document of the library comes from one of {@code sources} and holds exactly the
     * articles and blocks a fresh parse of that file gives: nothing half-imported.
     *
     * @return the source files present in the library
     */
    public static List<Path> assertDocumentsWhole(WenzhaiContext ctx, Map<String, Path> sources)
            throws IOException, ImportException {
        List<Path> present = new ArrayList<>();
        for (Document d : ctx.documentService().list()) {
            Path src = sources.get(d.sha256());
            assertThat(src).as("document %s comes from a known file", d.fileName()).isNotNull();
            present.add(src);
            byte[] bytes = Files.readAllBytes(src);
            assertThat(ctx.documentService().originalBytes(d.id())).isEqualTo(bytes);
            DocumentParser parser = ctx.importService().parserFor(src).orElseThrow();
            ImportedDocument expected = parser.parse(SourceFile.of(src, ImportService.extension(src), bytes),
                    ImportOptions.defaults());
            assertThat(contentOf(ctx, d)).as("content of %s", d.fileName()).isEqualTo(contentOf(expected));
        }
        return present;
    }

    public static List<String> contentOf(ImportedDocument doc) {
        List<String> out = new ArrayList<>();
        for (ImportedArticle a : doc.articles()) {
            out.add("article|" + a.title() + "|" + a.author() + "|" + a.date());
            for (ImportedBlock b : a.blocks()) {
                out.add(b.type().wireName() + "|" + b.level() + "|" + b.text());
            }
        }
        return out;
    }

    public static List<String> contentOf(WenzhaiContext ctx, Document d) {
        List<String> out = new ArrayList<>();
        for (Article a : ctx.documentService().articles(d.id())) {
            out.add("article|" + a.title() + "|" + a.author() + "|" + a.date());
            for (Block b : ctx.documentService().blocks(a.id())) {
                out.add(b.type().wireName() + "|" + b.level() + "|" + b.text());
            }
        }
        return out;
    }
}
