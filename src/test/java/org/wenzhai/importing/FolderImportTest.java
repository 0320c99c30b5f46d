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

    @Test
    void aSavedPagesFolderOfFramesAndImagesIsSkippedWithOneNoteAndThePageImported(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("下载"));
        String page = "<html><head><title>关于开展作风建设年活动的通知</title></head><body><h1>关于开展作风建设年活动的通知</h1>"
                + "<p>各乡镇、各部门：为深入推进作风建设，经研究，决定在全县开展作风建设年活动。</p></body></html>";
        Files.writeString(folder.resolve("通知.html"), page);
        // Chrome's "complete" page: the frames of an advert and a comment box, a script, an image
        Path resources = Files.createDirectories(folder.resolve("通知_files"));
        Files.writeString(resources.resolve("ad.html"), "<html><body><p>扫码加入会员群，海量范文免费下载</p></body></html>");
        Files.writeString(resources.resolve("comments.htm"), "<html><body><p>网友评论：写得真好，收藏了</p></body></html>");
        Files.writeString(resources.resolve("jquery.min.js"), "var $=function(){};");
        Files.write(resources.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        // Chinese Word's 网页 (.htm and name.files)
        Files.writeString(folder.resolve("讲话.htm"), page.replace("通知", "讲话"));
        Path word = Files.createDirectories(folder.resolve("讲话.files"));
        Files.writeString(word.resolve("filelist.xml"), "<xml/>");
        Files.writeString(word.resolve("header.htm"), "<html><body><p>页眉</p></body></html>");
        // a folder of materials whose name only ends so, without a page beside it, is walked
        Path own = Files.createDirectories(folder.resolve("会议_files"));
        Files.writeString(own.resolve("发言.txt"), "在全县组织工作会议上的发言\n\n今年以来，我们坚持把抓基层打基础作为长远之计。\n");

        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("library"))) {
            ImportReport report = ctx.importService().importPaths(List.of(folder), ImportOptions.defaults(), SILENT, () -> false);
            assertThat(report.files().stream().filter(r -> r.status() == FileResult.Status.IMPORTED)
                    .map(r -> r.path().getFileName().toString())).containsExactlyInAnyOrder("通知.html", "讲话.htm", "发言.txt");
            assertThat(report.files().stream().filter(r -> r.status() == FileResult.Status.SKIPPED)
                    .map(r -> r.path().getFileName().toString())).containsExactlyInAnyOrder("通知_files", "讲话.files");
            assertThat(statusOf(report, "通知_files")).isEqualTo(FileResult.Status.SKIPPED);
            assertThat(ctx.documents().count()).isEqualTo(3);
        }
        // imported on its own, such a folder is walked: the user asked for it
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("library2"))) {
            ImportReport report = ctx.importService().importPaths(List.of(resources), ImportOptions.defaults(), SILENT, () -> false);
            // (the advert's frame holds nothing but the advert: no text to import)
            assertThat(report.files().stream().map(r -> r.path().getFileName().toString()))
                    .contains("ad.html", "comments.htm", "logo.png").doesNotContain("通知_files");
        }
    }

    /** Progress nobody watches. */
    private static final ImportProgress SILENT = new ImportProgress() {
        @Override
        public void starting(int index, int total, Path file) {
        }

        @Override
        public void finished(FileResult result) {
        }
    };

    private static FileResult.Status statusOf(ImportReport report, String name) {
        return report.files().stream().filter(r -> r.path().getFileName().toString().equals(name)).findFirst()
                .orElseThrow().status();
    }
}
