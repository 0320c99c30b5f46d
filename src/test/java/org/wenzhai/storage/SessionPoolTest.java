package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's own pool of embedded connections. */
class SessionPoolTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("pool").toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM notes")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aConnectionHandedBackInsideATransactionIsRolledBackAndInAutoCommitAgain() throws Exception {
        SessionPool pool = new SessionPool(url(), 4);
        try {
            Connection c = pool.take();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE notes (id INT PRIMARY KEY)");
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO notes VALUES (1)");
            }
            pool.give(c);
            Connection again = pool.take();
            assertThat(again).as("the connection handed back last comes out first").isSameAs(c);
            assertThat(again.getAutoCommit()).isTrue();
            assertThat(count(again)).isZero();
            pool.give(again);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aStatementPreparedOnOneUseIsStillPreparedOnTheNext() throws Exception {
        SessionPool pool = new SessionPool(url(), 4);
        String sql = "SELECT COUNT(*) FROM notes WHERE id > ?";
        try {
            Connection c = pool.take();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE notes (id INT PRIMARY KEY)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, 0);
                ps.executeQuery().close();
            }
            pool.give(c);
            Connection again = pool.take();
            assertThat(preparedCommands(again)).as("the session's cache of prepared commands").containsKey(sql);
            pool.give(again);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aQueryOfTheLibraryIsStillPreparedOnItsNextUse() throws Exception {
        String sql = "SELECT title FROM documents WHERE id = ?";
        try (Library lib = Library.open(dir.resolve("lib"))) {
            lib.jdbi().useHandle(h -> h.createQuery(sql).bind(0, 1L).mapTo(String.class).findOne());
            lib.jdbi().useTransaction(h -> assertThat(preparedCommands(h.getConnection())).containsKey(sql));
            lib.jdbi().useHandle(h -> assertThat(preparedCommands(h.getConnection())).containsKey(sql));
        }
    }

    @Test
    void anIdleConnectionOfADatabaseShutDownUnderItIsReportedAsAClosedDatabase() throws Exception {
        SessionPool pool = new SessionPool(url(), 4);
        try {
            Connection c = pool.take();
            pool.give(c);
            try (Connection other = new SessionPool(url(), 1).take(); Statement st = other.createStatement()) {
                st.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException expected) {
                // the statement that closes the database may report it closed
            }
            assertThatThrownBy(pool::take).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(ErrorCode.DATABASE_IS_CLOSED));
            assertThat(GuardedDatabase.isStoreFailure(catchTake(pool))).isTrue();
        } finally {
            pool.dispose();
        }
    }

    private static Throwable catchTake(SessionPool pool) {
        try {
            pool.give(pool.take());
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** H2's per-session cache of prepared commands (a private field: this test names the H2 internals it relies on). */
    private static Map<Object, Object> preparedCommands(Connection c) throws Exception {
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        var field = SessionLocal.class.getDeclaredField("queryCache");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<Object, Object> cache = (Map<Object, Object>) field.get(session);
        return cache == null ? Map.of() : cache;
    }
}
