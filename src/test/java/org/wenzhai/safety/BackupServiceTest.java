package org.wenzhai.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.ImportProgress;
import org.wenzhai.importing.ImportReport;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.storage.SettingsRepository;
import org.wenzhai.storage.StorageException;
import org.wenzhai.testsupport.LibraryAssertions;
import org.wenzhai.testsupport.LibraryDump;
import org.wenzhai.testsupport.Materials;
import org.wenzhai.testsupport.UserWork;

class BackupServiceTest {
    @TempDir
    Path dir;

    private WenzhaiContext libraryWithWork(Path lib, int files) throws Exception {
        List<Path> materials = Materials.writeFolder(dir.resolve("materials"), "报告", 100, files, 6);
        WenzhaiContext ctx = WenzhaiContext.open(lib);
        ImportReport r = ctx.importService().importPaths(materials, ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        assertThat(r.anyFailed()).isFalse();
        UserWork.addTo(ctx.library());
        return ctx;
    }

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTableUnchanged() throws Exception {
        Path zip = dir.resolve("out/备份 2024.zip");
        Map<String, List<String>> before;
        try (WenzhaiContext ctx = libraryWithWork(dir.resolve("lib"), 5)) {
            Files.createDirectories(ctx.library().indexFolder());
            Files.writeString(ctx.library().indexFolder().resolve("stale-segment"), "old index");
            before = LibraryDump.of(ctx.library());
            assertThat(ctx.backupService().backupTo(zip, false)).isPositive();
        }
        assertThat(before.get("HIGHLIGHTS")).hasSize(6);
        assertThat(before.get("HIGHLIGHT_TAGS")).hasSize(6);

        Path restored = dir.resolve("restored");
        var report = new RestoreService().restore(zip, restored, false);
        assertThat(report.documents()).isEqualTo(5);
        assertThat(restored.resolve("index")).doesNotExist();
        try (WenzhaiContext ctx = WenzhaiContext.open(restored)) {
            assertThat(LibraryDump.of(ctx.library())).isEqualTo(before);
            assertThat(ctx.searchService().needsRebuild()).as("no stale index was restored").isTrue();
            LibraryAssertions.assertSearchFindsEveryDocument(ctx);
        }
    }

    @Test
    void restoreRefusesANonEmptyFolderWithoutForceAndKeepsTheReplacedLibraryWithForce() throws Exception {
        Path zip = dir.resolve("one.zip");
        try (WenzhaiContext ctx = libraryWithWork(dir.resolve("lib"), 2)) {
            ctx.backupService().backupTo(zip, false);
        }
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("我的笔记.txt"), "不要覆盖我");
        assertThatThrownBy(() -> new RestoreService().restore(zip, other, false))
                .isInstanceOf(StorageException.class).hasMessageContaining("--force");
        assertThat(other.resolve("wenzhai.mv.db")).doesNotExist();

        Path existing = dir.resolve("existing");
        try (Library l = Library.open(existing)) {
            assertThat(l.wasCreated()).isTrue();
        }
        assertThatThrownBy(() -> new RestoreService().restore(zip, existing, false)).isInstanceOf(StorageException.class);
        var report = new RestoreService().restore(zip, existing, true);
        assertThat(report.documents()).isEqualTo(2);
        try (var files = Files.list(existing.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("wenzhai-before-restore-"));
        }
    }

    @Test
    void restoreNeverTouchesALibraryThatIsOpen() throws Exception {
        Path zip = dir.resolve("one.zip");
        try (WenzhaiContext ctx = libraryWithWork(dir.resolve("lib"), 1)) {
            ctx.backupService().backupTo(zip, false);
        }
        Path open = dir.resolve("open");
        try (Library l = Library.open(open)) {
            byte[] before = Files.readAllBytes(open.resolve("wenzhai.mv.db"));
            assertThatThrownBy(() -> new RestoreService().restore(zip, open, true)).isInstanceOf(LibraryInUseException.class);
            assertThat(Files.readAllBytes(open.resolve("wenzhai.mv.db"))).isEqualTo(before);
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupInOneLine() throws Exception {
        Path bogus = dir.resolve("bogus.zip");
        Files.write(bogus, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> new RestoreService().restore(bogus, dir.resolve("x"), false))
                .isInstanceOf(StorageException.class).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(dir.resolve("x/wenzhai.mv.db")).doesNotExist();
    }

    @Test
    void aBackupTakenWhileAnotherThreadImportsHoldsOnlyWholeDocuments() throws Exception {
        List<Path> materials = Materials.writeFolder(dir.resolve("many"), "材料", 500, 60, 30);
        Map<String, Path> bySha = LibraryAssertions.bySha(materials);
        List<Path> zips = new ArrayList<>();
        int finalCount;
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("busy"))) {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<ImportReport> running = pool.submit(() -> ctx.importService().importPaths(List.of(dir.resolve("many")),
                    ImportOptions.defaults(), ImportProgress.NONE, () -> false));
            int i = 0;
            while (!running.isDone() || zips.isEmpty()) {
                Path zip = dir.resolve("snap-" + i++ + ".zip");
                ctx.backupService().backupTo(zip, false);
                zips.add(zip);
            }
            assertThat(running.get().anyFailed()).isFalse();
            pool.shutdown();
            finalCount = ctx.documentService().list().size();
        }
        assertThat(finalCount).isEqualTo(60);
        int previous = -1;
        for (Path zip : zips) {
            Path target = dir.resolve("from-" + zip.getFileName());
            new RestoreService().restore(zip, target, false);
            try (WenzhaiContext ctx = WenzhaiContext.open(target)) {
                LibraryAssertions.assertSound(ctx);
                int count = LibraryAssertions.assertDocumentsWhole(ctx, bySha).size();
                assertThat(count).isGreaterThanOrEqualTo(previous);
                previous = count;
            }
        }
        assertThat(zips.size()).as("snapshots taken during the import").isGreaterThan(1);
    }

    @Test
    void aBackupAskedForDuringATransactionWaitsForItToEndAndHoldsItWhole() throws Exception {
        Path zip = dir.resolve("during.zip");
        AtomicReference<Throwable> backupFailure = new AtomicReference<>();
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("lib"))) {
            Thread backup = new Thread(() -> {
                try {
                    ctx.backupService().backupTo(zip, false);
                } catch (Throwable t) {
                    backupFailure.set(t);
                }
            });
            ctx.library().jdbi().useTransaction(h -> {
                h.execute("INSERT INTO settings (setting_key, setting_value) VALUES ('probe.first', '一')");
                backup.start();
                // until the backup either finished (copying the file under this transaction) or waits for it
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (backup.isAlive() && backup.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                h.execute("INSERT INTO settings (setting_key, setting_value) VALUES ('probe.second', '二')");
            });
            backup.join();
        }
        assertThat(backupFailure.get()).isNull();
        new RestoreService().restore(zip, dir.resolve("restored"), false);
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("restored"))) {
            SettingsRepository settings = new SettingsRepository(ctx.library());
            assertThat(settings.get("probe.first")).as("the transaction running when the backup was asked for").contains("一");
            assertThat(settings.get("probe.second")).contains("二");
        }
    }

    @Test
    void theFirstOpenOfEachDayMakesOneBackupAndOnlySevenAreKept() throws Exception {
        try (WenzhaiContext ctx = libraryWithWork(dir.resolve("lib"), 1)) {
            assertThat(ctx.backupService().backups()).isEmpty();
        }
        Library library = Library.open(dir.resolve("lib"));
        try {
            SettingsRepository settings = new SettingsRepository(library);
            for (int day = 1; day <= 10; day++) {
                Clock clock = Clock.fixed(Instant.parse(String.format("2025-03-%02dT08:00:00Z", day)), ZoneOffset.UTC);
                BackupService service = new BackupService(library, settings, clock);
                assertThat(service.backupIfDue()).as("day %d", day).isPresent();
                assertThat(service.backupIfDue()).as("second open on day %d", day).isEmpty();
            }
            List<String> names = new BackupService(library, settings, Clock.systemUTC()).backups().stream()
                    .map(p -> p.getFileName().toString()).toList();
            assertThat(names).containsExactly("wenzhai-2025-03-04_080000.zip", "wenzhai-2025-03-05_080000.zip",
                    "wenzhai-2025-03-06_080000.zip", "wenzhai-2025-03-07_080000.zip", "wenzhai-2025-03-08_080000.zip",
                    "wenzhai-2025-03-09_080000.zip", "wenzhai-2025-03-10_080000.zip");
        } finally {
            library.close();
        }
    }

    @Test
    void backupRefusesToReplaceAFileWithoutForce() throws Exception {
        Path zip = dir.resolve("b.zip");
        Files.writeString(zip, "something the user keeps");
        try (WenzhaiContext ctx = WenzhaiContext.open(dir.resolve("lib"))) {
            assertThatThrownBy(() -> ctx.backupService().backupTo(zip, false)).isInstanceOf(StorageException.class);
            assertThat(Files.readString(zip)).isEqualTo("something the user keeps");
        }
    }
}
