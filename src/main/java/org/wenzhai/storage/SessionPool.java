package org.wenzhai.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded connections of one opened database, kept open between uses.
 *
 * <p>H2's own {@code JdbcConnectionPool} rolls back every connection handed back to it, and a
 * rollback empties the session's cache of prepared commands: every query of a document's search
 * feed and every multi-row insert of its blocks was parsed and planned again, about a tenth of an
 * import's CPU. A connection handed back here is rolled back only when a transaction is open on it
 * (auto-commit off); otherwise it keeps its session and its cache. The most recently returned
 * connection is handed out first, so a thread going back and forth finds its statements warm.
 */
final class SessionPool {
    private static final long WAIT_SECONDS = 30;

    private final JdbcDataSource source = new JdbcDataSource();
    private final int maxConnections;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean disposed;

    SessionPool(String url, int maxConnections) {
        source.setURL(url);
        source.setUser("wenzhai");
        source.setPassword("");
        this.maxConnections = maxConnections;
        this.permits = new Semaphore(maxConnections);
    }

    /**
     * A connection of this database, waiting up to 30 s while all are in use. An idle connection
     * found closed (the database was shut down under it) is reported as a closed database.
     */
    Connection take() throws SQLException {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("all " + maxConnections + " connections of the library are in use", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection of the library", "08001", e);
        }
        try {
            Connection c;
            synchronized (this) {
                if (disposed) {
                    throw new SQLException("the library is closed", "08003", ErrorCode.DATABASE_IS_CLOSED);
                }
                c = idle.pollFirst();
            }
            if (c == null) {
                return source.getConnection();
            }
            if (c.isClosed()) {
                // closed all the same, or H2 reports it as leaked when it is collected
                closeQuietly(c);
                dispose();
                throw new SQLException("the library database was closed", "08003", ErrorCode.DATABASE_IS_CLOSED);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Takes back a connection from {@link #take}; one that cannot be reset is closed instead. */
    void give(Connection c) {
        boolean kept = false;
        try {
            if (!c.isClosed()) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                synchronized (this) {
                    if (!disposed) {
                        idle.addFirst(c);
                        kept = true;
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            // not handed out again
        } finally {
            if (!kept) {
                closeQuietly(c);
            }
            permits.release();
        }
    }

    /** Closes the idle connections; those in use are closed when they come back. */
    void dispose() {
        List<Connection> all;
        synchronized (this) {
            disposed = true;
            all = new ArrayList<>(idle);
            idle.clear();
        }
        all.forEach(SessionPool::closeQuietly);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // closed or broken already
        }
    }
}
