package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.bench.CorpusGenerator;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.search.SearchResult;

/**
 * A folder is imported with the next file parsed ahead while the current one is stored: the
 * results must be the same as one file after another, in order, and every stored file searchable.
 */
class FolderImportTest {

    @Test
    void aFolderImportsInOrderWithCopiesAndBadFilesReportedAndEverythingSearchable(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("材料"));
        List<CorpusGenerator.Material> ms = CorpusGenerator.materials(6, 20241125L);
        for (int i = 0; i < ms.size(); i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i * 2)), ms.get(i).toTxt(), StandardCharsets.UTF_8);
        }
        // an identical copy right after its original: parsed ahead before the original is stored
        Files.writeString(folder.resolve("01.txt"), ms.get(0).toTxt(), StandardCharsets.UTF_8);
        // not text at all in the middle of the folder
        Files.write(folder.resolve("03.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 0, 9, 0});
        Files.writeString(folder.resolve("05.pptx"), "not a format we read");

        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("library"))) {
            AtomicInteger started = new AtomicInteger();
            ImportReport report = ctx.importService().importPaths(List.of(folder), ImportOptions.defaults(),
                    new ImportProgress() {
                        @Override
                        public void starting(int index, int total, Path file) {
                            assertThat(index).isEqualTo(started.incrementAndGet());
                        }

                        @Override
                        public void finished(FileResult result) {
                        }
                    }, () -> false);

            List<String> txt = report.files().stream().map(r -> r.path().getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).toList();
            assertThat(txt).containsExactly("00.txt", "01.txt", "02.txt", "03.txt", "04.txt", "06.txt", "08.txt", "10.txt");
            assertThat(report.count(FileResult.Status.IMPORTED)).isEqualTo(6);
            assertThat(report.count(FileResult.Status.ALREADY_PRESENT)).isEqualTo(1);
            assertThat(statusOf(report, "01.txt")).isEqualTo(FileResult.Status.ALREADY_PRESENT);
            assertThat(statusOf(report, "05.pptx")).isEqualTo(FileResult.Status.SKIPPED);
            assertThat(ctx.documents().count()).isEqualTo(6);

            for (CorpusGenerator.Material m : ms) {
                String text = m.articles().get(0).blocks().stream().filter(b -> !b.heading()).findFirst().orElseThrow().text();
                String phrase = text.substring(0, Math.min(10, text.length()));
                SearchResult found = ctx.searchService().search(phrase, 5).get(30, TimeUnit.SECONDS);
                assertThat(found.total()).as(m.title() + ": " + phrase).isPositive();
            }
        }
    }

    @Test
    void aCancelledFolderImportStopsBeforeTheNextFileAndStoresNothingParsedAhead(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("材料"));
        List<CorpusGenerator.Material> ms = CorpusGenerator.materials(4, 7L);
        for (int i = 0; i < ms.size(); i++) {
            Files.writeString(folder.resolve(i + ".txt"), ms.get(i).toTxt(), StandardCharsets.UTF_8);
        }
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("library"))) {
            AtomicInteger asked = new AtomicInteger();
            ImportReport report = ctx.importService().importPaths(List.of(folder), ImportOptions.defaults(),
                    ImportProgress.NONE, () -> asked.incrementAndGet() > 2);
            assertThat(report.cancelled()).isTrue();
            assertThat(report.count(FileResult.Status.IMPORTED)).isEqualTo(2);
            assertThat(ctx.documents().count()).isEqualTo(2);
        }
    }

    private static FileResult.Status statusOf(ImportReport report, String name) {
        return report.files().stream().filter(r -> r.path().getFileName().toString().equals(name)).findFirst()
                .orElseThrow().status();
    }
}
