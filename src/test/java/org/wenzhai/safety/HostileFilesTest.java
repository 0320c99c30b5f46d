package org.wenzhai.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.importing.ImportReport;
import org.wenzhai.testsupport.HostileFiles;
import org.wenzhai.testsupport.HostileFiles.Kind;
import org.wenzhai.testsupport.LibraryAssertions;

/** Every hostile file in one folder, imported through ImportService together with good materials. */
class HostileFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachHostileFileGivesOneLineOrACorrectImportAndTheOthersAreUnaffected() throws Exception {
        Path folder = dir.resolve("收到的 材料");
        Map<String, Kind> expected = HostileFiles.writeAll(folder);
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("library"))) {
            ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ctx.importService()
                    .importPaths(List.of(folder), ImportOptions.defaults(), ImportProgress.NONE, () -> false));
            Map<String, FileResult> byName = new HashMap<>();
            for (FileResult r : report.files()) {
                byName.put(r.path().getFileName().toString(), r);
                if (r.status() == FileResult.Status.FAILED || r.status() == FileResult.Status.SKIPPED) {
                    assertThat(r.message()).as(r.path().toString()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ")
                            .hasSizeLessThan(300);
                }
            }
            for (var e : expected.entrySet()) {
                FileResult r = byName.get(e.getKey());
                assertThat(r).as("a result for %s in %s", e.getKey(), report.files()).isNotNull();
                switch (e.getValue()) {
                    case GOOD -> assertThat(r.status()).as(e.getKey() + ": " + r.message()).isEqualTo(FileResult.Status.IMPORTED);
                    case REFUSED -> assertThat(r.status()).as(e.getKey()).isIn(FileResult.Status.FAILED, FileResult.Status.SKIPPED);
                    case EITHER -> assertThat(r.status()).as(e.getKey())
                            .isIn(FileResult.Status.IMPORTED, FileResult.Status.FAILED, FileResult.Status.SKIPPED);
                }
                System.out.println(e.getKey() + " -> " + r.status() + (r.message() == null ? "" : ": " + r.message()));
            }
            // the link back to the folder is reported, not walked
            assertThat(report.files()).anyMatch(r -> r.path().endsWith(Path.of("loop", "back"))
                    && r.status() == FileResult.Status.SKIPPED);
            LibraryAssertions.assertSound(ctx);
            List<Path> all;
            try (Stream<Path> s = Files.walk(folder)) {
                all = s.filter(Files::isRegularFile).toList();
            }
            LibraryAssertions.assertDocumentsWhole(ctx, LibraryAssertions.bySha(all));
            assertThat(ctx.documentService().list()).hasSize((int) report.count(FileResult.Status.IMPORTED));
            for (Document d : ctx.documentService().list()) {
                for (Block b : ctx.documentService().documentBlocks(d.id())) {
                    assertThat(hasLoneSurrogate(b.text())).as("lone surrogate stored in %s", d.fileName()).isFalse();
                }
            }
            assertThat(ctx.documentService().list()).extracting(Document::fileName).contains("工作 报告 🚀 2024.txt");
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
