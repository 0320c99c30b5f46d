package org.wenzhai.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.wenzhai.domain.ThreadGuard;

/**
 * An open library folder: holds an exclusive lock file, the embedded H2 database (never a
 * server, never a port) migrated by Flyway, and the one {@link Jdbi} of this library.
 */
public final class Library implements AutoCloseable {
    public static final String DB_NAME = "wenzhai";
    public static final String LOCK_FILE = ".wenzhai.lock";
    /**
     * The version of the newest migration in {@code db/migration}; a test keeps it equal to the
     * files. A library already at this version opens without Flyway (its class loading and
     * classpath scan cost about 0.35 s of every start); any other library goes through Flyway.
     */
    static final String SCHEMA_VERSION = "2";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final GuardedDatabase database;
    private final Jdbi jdbi;
    private final WriteGate gate;
    private final boolean created;

    private Library(Path folder, FileChannel lockChannel, FileLock lock, GuardedDatabase database, Jdbi jdbi,
                    WriteGate gate, boolean created) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.database = database;
        this.jdbi = jdbi;
        this.gate = gate;
        this.created = created;
    }

    /** Opens (creating on first use) the library in {@code folder}. */
    public static Library open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("cannot create library folder " + dir + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LibraryInUseException(dir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("cannot lock library folder " + dir + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new LibraryInUseException(dir);
        }
        Path dbFile = dir.resolve(DB_NAME + ".mv.db");
        boolean exists = Files.exists(dbFile);
        long sizeOnDisk = sizeOf(dbFile);
        if (!exists) {
            try {
                createAtomically(dir);
            } catch (RuntimeException e) {
                releaseQuietly(lock, channel);
                throw e;
            }
        }
        if (exists && !StoreFileCheck.latestChunkInPlace(dbFile) && StoreFileCheck.readableMaps(dbFile) <= 0) {
            // H2 would truncate such a file to an empty database as it opened it
            releaseQuietly(lock, channel);
            throw damaged(dir, "no readable chunk in it", null);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, DB_NAME), "wenzhai", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        GuardedDatabase database;
        try {
            if (exists && !hasTables(pool) && sizeOnDisk > UNFINISHED_CREATION_MAX_BYTES) {
                throw damaged(dir, "it holds no tables", null);
            }
            if (!exists || !atCurrentSchema(pool)) {
                Flyway flyway = flyway(pool);
                if (exists && flyway.info().pending().length > 0) {
                    // DDL is not transactional in H2: keep a copy in case an upgrade is interrupted
                    backupBeforeMigration(pool, dir);
                }
                flyway.migrate();
            }
            database = new GuardedDatabase(url(dir, DB_NAME), pool, MAX_CONNECTIONS);
        } catch (SQLException e) {
            pool.dispose();
            releaseQuietly(lock, channel);
            if (e.getErrorCode() == 90020) {
                throw new LibraryInUseException(dir, e);
            }
            if (isCorruption(e)) {
                throw damaged(dir, firstLine(e.getMessage()), e);
            }
            throw new StorageException("cannot open library " + dir + ": " + firstLine(e.getMessage()), e);
        } catch (LibraryCorruptException e) {
            pool.dispose();
            releaseQuietly(lock, channel);
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            releaseQuietly(lock, channel);
            if (isCorruption(e)) {
                throw damaged(dir, firstLine(e.getMessage()), e);
            }
            throw new StorageException("cannot open library " + dir + ": " + firstLine(e.getMessage()), e);
        }
        Jdbi jdbi = Jdbi.create(() -> {
            ThreadGuard.checkNotFxThread("the library database");
            return database.connection();
        }).installPlugin(new SqlObjectPlugin());
        WriteGate gate = new WriteGate();
        jdbi.setTransactionHandler(gate.around(jdbi.getTransactionHandler()));
        return new Library(dir, channel, lock, database, jdbi, gate, !exists);
    }

    private static final int MAX_CONNECTIONS = 16;

    /**
     * The JDBC URL of a database in {@code dir}: embedded file mode only (never AUTO_SERVER or TCP),
     * {@code IFEXISTS} so that a missing file is an error rather than a new empty library, and
     * {@code WRITE_DELAY=0} so that a committed transaction reaches the file at once and survives a
     * killed process (MVStore never exposes a half-written transaction either way), and
     * {@code MAX_COMPACT_TIME=0} so that closing never moves chunks inside the file (H2's own check
     * against moving one over space in use fails there; docs/safety.md).
     */
    static String url(Path dir, String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toString().replace('\\', '/')
                + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE;DEFAULT_LOCK_TIMEOUT=10000;WRITE_DELAY=0;MAX_COMPACT_TIME=0;QUERY_CACHE_SIZE=64";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A database file without tables no larger than this is a library whose creation was cut short
     * (before creation became atomic, a file was made first and migrated after): it is migrated as
     * before. A larger one held data that H2 could no longer read.
     */
    static final long UNFINISHED_CREATION_MAX_BYTES = 128 * 1024;

    /**
     * False for a database without a single table of ours. A library file always has its schema (a
     * new one is built under another name and renamed), so an empty one is a damaged file that H2
     * read as a new database: it must not be migrated into an empty library.
     */
    static boolean hasTables(javax.sql.DataSource ds) throws SQLException {
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** The library in {@code dir} refused as damaged, with its newest backup to offer. */
    private static LibraryCorruptException damaged(Path dir, String reason, Throwable cause) {
        return new LibraryCorruptException(dir, LibraryArchive.newestBackup(dir).orElse(null), reason, cause);
    }

    /** True when H2 reports the file itself damaged (as opposed to locked, missing or unreadable). */
    static boolean isCorruption(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (t instanceof MVStoreException m && (m.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
                    || m.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND)) {
                return true;
            }
        }
        return false;
    }

    /** True when the last migration recorded in the library succeeded and is {@link #SCHEMA_VERSION}. */
    static boolean atCurrentSchema(javax.sql.DataSource ds) throws SQLException {
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() && rs.getBoolean(2) && SCHEMA_VERSION.equals(rs.getString(1));
            } catch (SQLException noHistory) {
                // no history table (or an unreadable one): Flyway decides
                return false;
            }
        }
    }

    private static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").loggers("slf4j").load();
    }

    /**
     * A new library is created and migrated under a temporary name and then renamed, so that a
     * process killed while creating it never leaves a half-built schema behind.
     */
    private static void createAtomically(Path dir) {
        String tmpName = DB_NAME + "-new";
        Path tmpFile = dir.resolve(tmpName + ".mv.db");
        try {
            Files.deleteIfExists(tmpFile);
            Files.deleteIfExists(dir.resolve(tmpName + ".trace.db"));
        } catch (IOException e) {
            throw new StorageException("cannot create library in " + dir + ": " + e.getMessage(), e);
        }
        String createUrl = "jdbc:h2:file:" + dir.resolve(tmpName).toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(createUrl, "wenzhai", "");
        try {
            flyway(pool).migrate();
            GuardedDatabase.shutdown(createUrl, pool::dispose);
        } catch (SQLException | RuntimeException e) {
            throw new StorageException("cannot create library in " + dir + ": " + firstLine(e.getMessage()), e);
        } finally {
            pool.dispose();
        }
        try {
            Files.move(tmpFile, dir.resolve(DB_NAME + ".mv.db"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot create library in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void backupBeforeMigration(JdbcConnectionPool pool, Path dir) throws SQLException {
        Path backups = dir.resolve("backups");
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new StorageException("cannot create " + backups + ": " + e.getMessage(), e);
        }
        Path zip = backups.resolve("wenzhai-before-upgrade-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss"))
                + ".zip");
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("BACKUP TO " + quote(zip));
        }
    }

    static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /**
     * Writes a consistent snapshot of the database, as of its last committed transactions, to
     * {@code zip} (H2's online {@code BACKUP TO}; other threads go on reading, and their
     * transactions wait at the {@link WriteGate} while the copy is written). The zip holds one
     * entry, {@code wenzhai.mv.db}.
     */
    public void backupTo(Path zip) {
        Path target = zip.toAbsolutePath();
        gate.exclusive(() -> jdbi.withHandle(h -> h.execute("BACKUP TO " + quote(target))));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    public Path folder() {
        return folder;
    }

    /** True when this open created the database. */
    public boolean wasCreated() {
        return created;
    }

    public Path indexFolder() {
        return folder.resolve("index");
    }

    public Path backupsFolder() {
        return folder.resolve("backups");
    }

    /** For repositories in this package and its jdbi subpackage only. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * True while the database is closed after a failed write (a full disk); the next use opens it
     * again from its file, where every committed transaction is.
     */
    public boolean closedByWriteFailure() {
        return database.retired();
    }

    @Override
    public void close() {
        database.close();
        releaseQuietly(lock, lockChannel);
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
