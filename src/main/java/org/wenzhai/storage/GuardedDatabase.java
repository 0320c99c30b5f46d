package org.wenzhai.storage;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The library's embedded database, retired and opened afresh after a failed write.
 *
 * <p>When H2 cannot write its file (the disk is full, a file-size limit is reached), its store
 * may be left in a state where the next statement on any connection spins for ever inside H2
 * ({@code MVStore.registerVersionUsage}); a rollback or a pooled connection's reset is such a
 * statement. So every connection handed out is a thin proxy: the first write failure seen through
 * any of them powers off that database instance at once (its file is closed, nothing more is
 * written, and the committed state on disk is what the next open sees), and from then on that
 * instance's connections fail at once without calling H2 again, and their close is a no-op. The
 * next connection asked for opens the database again from its file. Committed transactions are
 * all there; the one that failed is not, as if it had been rolled back.
 */
final class GuardedDatabase {
    /** One opened instance of the database and its pool. */
    private static final class Generation {
        final SessionPool pool;
        final Database database;
        volatile boolean retired;

        Generation(SessionPool pool, Database database) {
            this.pool = pool;
            this.database = database;
        }
    }

    private final String url;
    private final int maxConnections;
    private volatile Generation current;
    private volatile boolean closed;

    /**
     * Takes over the database that {@code openedBy} holds open (the pool the library was checked
     * and migrated through): its own connections are opened before that pool is disposed, so the
     * database is not closed and opened again in between.
     */
    GuardedDatabase(String url, JdbcConnectionPool openedBy, int maxConnections) throws SQLException {
        this.url = url;
        this.maxConnections = maxConnections;
        SessionPool pool = new SessionPool(url, maxConnections);
        try {
            this.current = new Generation(pool, databaseOf(pool));
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
        openedBy.dispose();
    }

    /** A connection to the live instance, opening the database again if the last one was retired. */
    Connection connection() throws SQLException {
        if (closed) {
            throw closedLibrary();
        }
        Generation g = current;
        if (g.retired) {
            g = reopen(g);
        }
        Connection c;
        try {
            c = g.pool.take();
        } catch (SQLException | RuntimeException e) {
            // an idle connection may be found closed with the store right there
            if (!isStoreFailure(e)) {
                throw e;
            }
            retire(g);
            g = reopen(g);
            c = g.pool.take();
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Guard(g, c));
    }

    /** True after a failed write retired the instance in use and before a connection opened it again. */
    boolean retired() {
        return current.retired;
    }

    /**
     * Closes the live instance cleanly ({@code SHUTDOWN}); a retired one is already closed. After
     * this no connection is handed out, so that no late caller (a background task still finishing)
     * opens the file again behind the library's back.
     */
    synchronized void close() {
        closed = true;
        Generation g = current;
        if (g.retired) {
            return;
        }
        try {
            shutdown(url, g.pool::dispose);
        } catch (SQLException | RuntimeException ignored) {
            // already closed or never fully open; the pool is disposed below either way
        }
        g.pool.dispose();
    }

    /**
     * {@code SHUTDOWN} on a connection of its own, with the pool disposed first: a pooled
     * connection that ran it would roll back on the closed database when handed back, and H2
     * writes that failure into the library's trace file on every close.
     */
    static void shutdown(String url, Runnable disposePool) throws SQLException {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(url);
        plain.setUser("wenzhai");
        try (Connection c = plain.getConnection()) {
            disposePool.run();
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
    }

    private static SQLException closedLibrary() {
        return new SQLException("the library is closed", "08003", ErrorCode.DATABASE_IS_CLOSED);
    }

    private synchronized Generation reopen(Generation dead) throws SQLException {
        if (closed) {
            throw closedLibrary();
        }
        if (current != dead) {
            return current;
        }
        SessionPool pool = new SessionPool(url, maxConnections);
        try {
            current = new Generation(pool, databaseOf(pool));
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return current;
    }

    /**
     * Powers the instance off: H2 closes its store without another write and forgets the
     * instance, so that the next open reads the file again. Its pool is left alone: closing
     * pooled connections would run a rollback on the broken store.
     */
    private static void retire(Generation g) {
        synchronized (g) {
            if (g.retired) {
                return;
            }
            g.retired = true;
            if (g.database != null) {
                try {
                    g.database.setPowerOffCount(1);
                    g.database.checkPowerOff();
                } catch (RuntimeException expected) {
                    // "database is closed" is what powering off reports; a store that fails while
                    // closing (an MVStoreException) is as closed as H2 can make it
                }
            }
        }
    }

    private static Database databaseOf(SessionPool pool) throws SQLException {
        Connection c = pool.take();
        try {
            if (c instanceof JdbcConnection jc && jc.getSession() instanceof SessionLocal s) {
                return s.getDatabase();
            }
            return null;
        } finally {
            pool.give(c);
        }
    }

    /** True for a failure of the database file itself (a write that did not reach the disk, a store closed by one). */
    static boolean isStoreFailure(Throwable e) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof MVStoreException m && (m.getErrorCode() == DataUtils.ERROR_WRITING_FAILED
                    || m.getErrorCode() == DataUtils.ERROR_CLOSED || m.getErrorCode() == DataUtils.ERROR_INTERNAL)) {
                return true;
            }
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.IO_EXCEPTION_1
                    || s.getErrorCode() == ErrorCode.IO_EXCEPTION_2 || s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || s.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                    || s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || s.getErrorCode() == ErrorCode.GENERAL_ERROR_1 && String.valueOf(s.getMessage()).contains("MVStoreException"))) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (seen.add(s) && isStoreFailure(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Passes calls through to a live instance; retires it on a store failure; fails fast once it is retired. */
    private static final class Guard implements InvocationHandler {
        private final Generation generation;
        private final Object target;
        /** For a connection: handed back to its pool (its close and abort do that, once). */
        private final java.util.concurrent.atomic.AtomicBoolean returned = new java.util.concurrent.atomic.AtomicBoolean();

        Guard(Generation generation, Object target) {
            this.generation = generation;
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Connection connection && !generation.retired) {
                switch (name) {
                    case "close", "abort":
                        if (returned.compareAndSet(false, true)) {
                            generation.pool.give(connection);
                        }
                        return null;
                    case "isClosed":
                        if (returned.get()) {
                            return true;
                        }
                        break;
                    default:
                        if (returned.get() && !"toString".equals(name) && !"hashCode".equals(name) && !"equals".equals(name)) {
                            throw new SQLException("the connection is closed", "08003", ErrorCode.OBJECT_CLOSED);
                        }
                }
            }
            if (generation.retired) {
                switch (name) {
                    case "close", "abort":
                        // a connection whose session H2 already closed (a SHUTDOWN) is closed without
                        // touching the store, and H2 does not report it as leaked when it is collected;
                        // one of a powered-off store is left alone: its close would roll back on it
                        if (target instanceof Connection c && returned.compareAndSet(false, true) && c.isClosed()) {
                            c.close();
                        }
                        return null;
                    case "isClosed":
                        return true;
                    case "isValid":
                        return false;
                    case "toString":
                        return "retired " + target;
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        throw new SQLException("the library database was closed after a failed write; try again",
                                "08003", ErrorCode.DATABASE_IS_CLOSED);
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (isStoreFailure(cause)) {
                    retire(generation);
                }
                throw cause;
            }
            Class<?> type = method.getReturnType();
            if (result != null && (type == Statement.class || type == PreparedStatement.class
                    || type == CallableStatement.class)) {
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Guard(generation, result));
            }
            return result;
        }
    }
}
