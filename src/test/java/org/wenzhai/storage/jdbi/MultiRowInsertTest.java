package org.wenzhai.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiRowInsertTest {
    @TempDir
    Path dir;

    /** Every row arrives once, in order, whatever the remainder after the full statements. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 8, 37, 100, 101, 163, 255})
    void everyRowIsInsertedInOrder(int rows) {
        Jdbi jdbi = Jdbi.create("jdbc:h2:file:" + dir.resolve("t").toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE");
        List<String> texts = jdbi.withHandle(h -> {
            h.execute("CREATE TABLE r (n INT, text VARCHAR)");
            MultiRowInsert insert = new MultiRowInsert(h, "r", List.of("n", "text"), 100);
            for (int i = 0; i < rows; i++) {
                insert.add(i, "第" + i + "行");
            }
            insert.flush();
            insert.flush();
            List<String> out = h.createQuery("SELECT text FROM r ORDER BY n").mapTo(String.class).list();
            return out;
        });
        assertThat(texts).containsExactlyElementsOf(IntStream.range(0, rows).mapToObj(i -> "第" + i + "行").toList());
    }
}
