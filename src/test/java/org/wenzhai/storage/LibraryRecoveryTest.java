package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;

/**
 * The library's database after its store stopped under it (what a full disk does) and the rows of
 * a large document written in several multi-row statements.
 */
class LibraryRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseClosedUnderTheLibraryIsOpenedAgainWithEveryCommittedRow() {
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            long first = repo.insert(LibraryTestSupport.file("一.txt", "一"), LibraryTestSupport.twoArticleDocument());
            // the store closes as H2 closes it after a write that failed
            try {
                lib.jdbi().useHandle(h -> h.execute("SHUTDOWN IMMEDIATELY"));
            } catch (RuntimeException expected) {
                // the statement that closes the database may report it closed
            }
            // the next use opens the database again from its file
            assertThat(repo.find(first)).isPresent();
            assertThat(lib.closedByWriteFailure()).isFalse();
            long second = repo.insert(LibraryTestSupport.file("二.txt", "二"), LibraryTestSupport.twoArticleDocument());
            assertThat(repo.list()).extracting(d -> d.id()).containsExactly(first, second);
        }
        try (Library lib = Library.open(dir)) {
            assertThat(new DocumentRepository(lib).list()).hasSize(2);
        }
    }

    @Test
    void aConnectionStillInUseWhenTheLibraryClosesNeverOpensTheFileAgain() throws Exception {
        Library lib = Library.open(dir);
        org.jdbi.v3.core.Handle late = lib.jdbi().open();
        lib.close();
        // what a background task still finishing does: its statement finds the database closed ...
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> late.execute("SELECT 1"))).isNotNull();
        late.close();
        // ... and its next call must not open the file again behind the closed library
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> lib.jdbi().useHandle(h -> h.execute("SELECT 1"))))
                .isNotNull();
        assertThat(openDescriptors(dir.resolve(Library.DB_NAME + ".mv.db"))).isZero();
        try (Library again = Library.open(dir)) {
            assertThat(new DocumentRepository(again).list()).isEmpty();
        }
    }

    @Test
    void connectionsOfADatabaseClosedUnderThemAreClosedAndNotLeftToTheCollector() throws Exception {
        // a connection still in use when the library closes, and the pooled ones after a SHUTDOWN IMMEDIATELY
        Library closing = Library.open(dir.resolve("closing"));
        org.jdbi.v3.core.Handle late = closing.jdbi().open();
        closing.close();
        org.assertj.core.api.Assertions.catchThrowable(() -> late.execute("SELECT 1"));
        late.close();
        try (Library lib = Library.open(dir.resolve("shut"))) {
            new SettingsRepository(lib).put("k", "v");
            org.assertj.core.api.Assertions.catchThrowable(() -> lib.jdbi().useHandle(h -> h.execute("SHUTDOWN IMMEDIATELY")));
            assertThat(new SettingsRepository(lib).get("k")).contains("v");
        }
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
        // H2 reports a connection that was collected unclosed in the trace file of the next database opened
        Path next = dir.resolve("next");
        try (Library lib = Library.open(next)) {
            new SettingsRepository(lib).put("k", "v");
        }
        assertThat(next.resolve(Library.DB_NAME + "-new.trace.db")).doesNotExist();
        assertThat(next.resolve(Library.DB_NAME + ".trace.db")).doesNotExist();
    }

    @Test
    void aCleanCloseWritesNothingToTheTraceFile() {
        for (int i = 0; i < 3; i++) {
            try (Library lib = Library.open(dir)) {
                new DocumentRepository(lib).insert(LibraryTestSupport.file(i + ".txt", "文" + i), LibraryTestSupport.twoArticleDocument());
            }
        }
        // H2 writes its trace file only for an error: closing must not produce one
        Path trace = dir.resolve(Library.DB_NAME + ".trace.db");
        assertThat(trace).as(() -> {
            try {
                return java.nio.file.Files.exists(trace) ? java.nio.file.Files.readString(trace) : "";
            } catch (java.io.IOException e) {
                return e.toString();
            }
        }).doesNotExist();
        assertThat(dir.resolve(Library.DB_NAME + "-new.trace.db")).doesNotExist();
    }

    /** How many of this process's file descriptors point at {@code file} (Linux; 0 elsewhere). */
    private static long openDescriptors(Path file) throws java.io.IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!java.nio.file.Files.isDirectory(fds)) {
            return 0;
        }
        long n = 0;
        try (var list = java.nio.file.Files.list(fds)) {
            for (Path fd : (Iterable<Path>) list::iterator) {
                try {
                    if (java.nio.file.Files.readSymbolicLink(fd).equals(file.toAbsolutePath())) {
                        n++;
                    }
                } catch (java.io.IOException gone) {
                    // closed while listing
                }
            }
        }
        return n;
    }

    @Test
    void aDocumentOfManyBlocksIsStoredInOrderWithItsEmptyLevelsAndRemovedTexts() {
        List<ImportedBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            blocks.add(i % 10 == 0 ? ImportedBlock.heading(1 + i % 4, "标题" + i) : ImportedBlock.paragraph("第" + i + "段。"));
        }
        List<RemovedText> removed = new ArrayList<>();
        for (int i = 0; i < 401; i++) {
            removed.add(new RemovedText("advert.member-group", i, "会员群" + i));
        }
        ImportedDocument doc = new ImportedDocument("汇编", null, "UTF-8",
                List.of(new ImportedArticle("一篇", null, null, blocks)), removed);
        try (Library lib = Library.open(dir)) {
            DocumentRepository repo = new DocumentRepository(lib);
            long id = repo.insert(LibraryTestSupport.file("多.txt", "多"), doc);
            long article = repo.articles(id).get(0).id();
            List<Block> stored = repo.blocks(article);
            assertThat(stored).hasSize(1_234);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(stored.get(i).text()).isEqualTo(blocks.get(i).text());
                assertThat(stored.get(i).level()).isEqualTo(blocks.get(i).level());
            }
            assertThat(repo.removedTexts(id)).extracting(RemovedText::text).containsExactlyElementsOf(
                    removed.stream().map(RemovedText::text).toList());
        }
    }
}
