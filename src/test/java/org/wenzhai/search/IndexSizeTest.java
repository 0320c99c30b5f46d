package org.wenzhai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.SearchableBlock;

/** The index's size is that of its last commit, not of an earlier index a reader still holds. */
class IndexSizeTest {
    @TempDir
    Path dir;

    @Test
    void aRebuiltIndexIsMeasuredWithoutTheFilesOfTheOneBefore() throws IOException {
        Path folder = dir.resolve("index");
        List<List<SearchableBlock>> docs = GeneratedCorpus.documents(30, 3L);
        try (SearchIndex index = SearchIndex.open(folder)) {
            docs.forEach(index::addDocument);
            index.commit(1);
            // a search opens a reader on this index, which keeps its files until it is replaced
            assertThat(index.search(SearchQuery.parse("工作"), 5, () -> false).total()).isPositive();
            long first = index.sizeOnDisk();
            assertThat(first).isEqualTo(folderSize(folder) - lockFile(folder)).isPositive();

            index.deleteAll();
            docs.forEach(index::addDocument);
            index.commit(2);
            long rebuilt = index.sizeOnDisk();
            assertThat(folderSize(folder)).as("the old files are still there").isGreaterThan(first + rebuilt / 2);
            assertThat(rebuilt).isBetween(first * 9 / 10, first * 11 / 10);
        }
    }

    private static long lockFile(Path folder) throws IOException {
        Path lock = folder.resolve("write.lock");
        return Files.exists(lock) ? Files.size(lock) : 0;
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
