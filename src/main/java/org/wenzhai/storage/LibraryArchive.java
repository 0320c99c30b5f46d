package org.wenzhai.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backup files on disk: a zip holding the library's {@code wenzhai.mv.db} (what H2's
 * {@code BACKUP TO} writes). Restoring one never touches a library another process has open, and
 * never leaves a half-copied database: the file is extracted beside the target and renamed into
 * place. The search index is not part of a backup; a restored library has none and rebuilds it.
 */
public final class LibraryArchive {
    /** The one entry a backup holds. */
    public static final String DB_ENTRY = Library.DB_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private LibraryArchive() {
    }

    /** Throws a one-line {@link StorageException} unless {@code zip} is a readable Wenzhai backup. */
    public static void verify(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(DB_ENTRY);
            if (e == null) {
                throw new StorageException("not a Wenzhai backup (no " + DB_ENTRY + " inside): " + zip);
            }
            try (InputStream in = z.getInputStream(e)) {
                byte[] head = in.readNBytes(64);
                if (!new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("H:2")) {
                    throw new StorageException("not a Wenzhai backup (" + DB_ENTRY + " is not an H2 database): " + zip);
                }
            }
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new StorageException("backup file not found: " + zip, e);
        } catch (IOException e) {
            throw new StorageException("not a readable backup: " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores {@code zip} into {@code folder}. The folder must be new or empty unless
     * {@code force}; with {@code force} an existing database is first kept as
     * {@code backups/wenzhai-before-restore-<time>.zip}. A folder whose library is open elsewhere is
     * never touched ({@link LibraryInUseException}). Any search index in the folder is removed.
     */
    public static void restore(Path zip, Path folder, boolean force) {
        verify(zip);
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("cannot create library folder " + dir + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(dir.resolve(Library.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new LibraryInUseException(dir);
            }
            Path db = dir.resolve(DB_ENTRY);
            if (!force && !isEmpty(dir)) {
                throw new StorageException("the folder is not empty; use --force to replace the library in it: " + dir);
            }
            Path tmp = dir.resolve(DB_ENTRY + ".restoring");
            try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(DB_ENTRY))) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel fc = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                fc.force(true);
            }
            if (Files.exists(db)) {
                keepCopy(db, dir.resolve("backups").resolve("wenzhai-before-restore-" + LocalDateTime.now().format(STAMP) + ".zip"));
            }
            deleteTree(dir.resolve("index"));
            Files.deleteIfExists(dir.resolve(Library.DB_NAME + ".trace.db"));
            Files.move(tmp, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot restore into " + dir + ": " + e.getMessage(), e);
        } finally {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // closing the channel releases the lock
            }
        }
    }

    /**
     * The newest backup in {@code folder}'s {@code backups/}: a dated daily one or one made before a
     * schema upgrade, by the time in its name. A copy kept before a restore is not offered (it may be
     * the damaged file itself).
     */
    public static Optional<Path> newestBackup(Path folder) {
        Path dir = folder.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Path best = null;
        String bestStamp = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "wenzhai-*.zip")) {
            for (Path p : entries) {
                Matcher m = BACKUP_NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p) && (bestStamp == null || m.group(1).compareTo(bestStamp) > 0)) {
                    best = p;
                    bestStamp = m.group(1);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern BACKUP_NAME =
            Pattern.compile("wenzhai-(?:before-upgrade-)?(\\d{4}-\\d{2}-\\d{2}_\\d{6})\\.zip");

    /** Empty apart from our own lock file (left by an earlier open) and an empty backups folder. */
    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.equals(Library.LOCK_FILE)) {
                    continue;
                }
                if (Files.isDirectory(p) && (name.equals("backups") || name.equals("index"))) {
                    try (DirectoryStream<Path> inner = Files.newDirectoryStream(p)) {
                        if (!inner.iterator().hasNext()) {
                            continue;
                        }
                    }
                }
                return false;
            }
        }
        return true;
    }

    private static void keepCopy(Path db, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(DB_ENTRY));
            Files.copy(db, z);
            z.closeEntry();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
