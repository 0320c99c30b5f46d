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

    /**
     * The search index agrees with the database: for every document, a phrase taken from its own
     * longest block finds it (the index is rebuilt on first use when it is behind or missing).
     */
    public static void assertSearchFindsEveryDocument(WenzhaiContext ctx) {
        for (Document d : ctx.documentService().list()) {
            String phrase = phraseOf(ctx.documentService().documentBlocks(d.id()));
            if (phrase == null) {
                continue;
            }
            var result = ctx.searchService().searchNow(phrase, 200);
            assertThat(result.hits()).as("search for «%s» finds %s", phrase, d.fileName())
                    .anyMatch(h -> h.documentId() == d.id());
        }
    }

    private static String phraseOf(List<Block> blocks) {
        Block longest = null;
        for (Block b : blocks) {
            if (longest == null || b.text().length() > longest.text().length()) {
                longest = b;
            }
        }
        if (longest == null) {
            return null;
        }
        String t = longest.text();
        int marker = t.indexOf("篇第");
        int start = marker > 0 ? Math.max(0, t.lastIndexOf('第', marker - 1)) : t.length() / 2;
        // a run of letters only: punctuation between the words would not be in the text once removed
        int end = start;
        while (end < t.length() && end - start < 9 && Character.isLetterOrDigit(t.charAt(end))) {
            end++;
        }
        String phrase = t.substring(start, end);
        return phrase.length() < 2 ? null : phrase;
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
