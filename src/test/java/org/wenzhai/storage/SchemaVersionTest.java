package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library at the newest schema opens without Flyway; every other one still goes through it. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionConstantIsTheNewestMigrationFile() throws Exception {
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
        assertThat(Library.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void aNewLibraryIsAtTheCurrentSchemaAndOpensAgain() throws Exception {
        Path lib = dir.resolve("lib");
        Library.open(lib).close();
        JdbcConnectionPool pool = JdbcConnectionPool.create(Library.url(lib, Library.DB_NAME), "wenzhai", "");
        try {
            assertThat(Library.atCurrentSchema(pool)).isTrue();
        } finally {
            pool.dispose();
        }
        try (Library again = Library.open(lib)) {
            int documents = again.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM documents")
                    .mapTo(Integer.class).one());
            assertThat(documents).isZero();
        }
    }

    @Test
    void aLibraryWhoseLastMigrationFailedIsNotTakenAsCurrent() throws Exception {
        Path lib = dir.resolve("lib");
        Library.open(lib).close();
        String url = "jdbc:h2:file:" + lib.resolve(Library.DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "wenzhai", ""); Statement st = c.createStatement()) {
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(Library.url(lib, Library.DB_NAME), "wenzhai", "");
        try {
            assertThat(Library.atCurrentSchema(pool)).isFalse();
        } finally {
            pool.dispose();
        }
        // Flyway is asked, and it refuses a library with a failed migration rather than using it
        assertThatThrownBy(() -> Library.open(lib)).isInstanceOf(StorageException.class);
    }

    @Test
    void aDatabaseWithoutMigrationHistoryIsNotTakenAsCurrent() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plain") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "wenzhai", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE documents (id INT)");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "wenzhai", "");
        try {
            assertThat(Library.atCurrentSchema(pool)).isFalse();
        } finally {
            pool.dispose();
        }
    }
}
