package org.wenzhai.safety;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.SettingsRepository;
import org.wenzhai.storage.StorageException;

/**
 * Backups of an open library. A backup is a consistent snapshot taken while the library stays in
 * use (other threads may import or highlight meanwhile): it holds every committed transaction and
 * nothing of one still running. The first open of each day makes one in {@code <library>/backups/}
 * and only the newest {@value #KEEP} there are kept.
 */
public class BackupService {
    /** How many dated backups {@code backups/} keeps. */
    public static final int KEEP = 7;
    static final String LAST_AUTO_BACKUP = "safety.lastAutoBackup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");
    private static final Pattern DATED = Pattern.compile("wenzhai-\\d{4}-\\d{2}-\\d{2}_\\d{6}\\.zip");

    private final Library library;
    private final SettingsRepository settings;
    private final Clock clock;

    public BackupService(Library library, SettingsRepository settings, Clock clock) {
        this.library = library;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes a snapshot to {@code file} (a new file; an existing one is replaced only with
     * {@code replace}). The snapshot is written beside it and renamed, so {@code file} is never
     * half-written.
     *
     * @return the size of the backup in bytes
     */
    public long backupTo(Path file, boolean replace) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target) && !replace) {
            throw new StorageException("the file exists; use --force to replace it: " + target);
        }
        if (target.startsWith(library.folder()) && !target.startsWith(library.backupsFolder())) {
            throw new StorageException("a backup must not be written inside the library folder: " + target);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(tmp);
            library.backupTo(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort; the partial file has a name no restore would pick
            }
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException("cannot write backup " + target + ": " + e.getMessage(), e);
        }
    }

    /** The window's "back up now": a dated backup in {@code backups/}, older ones pruned to {@value #KEEP}. */
    public Path backupNow() {
        Path file = library.backupsFolder().resolve("wenzhai-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
        backupTo(file, true);
        prune();
        return file;
    }

    /**
     * The daily backup: made on the first open of each day, unless the library was just created.
     *
     * @return the backup made, or empty when one was already made today
     */
    public Optional<Path> backupIfDue() {
        String today = LocalDate.now(clock).toString();
        if (settings.get(LAST_AUTO_BACKUP).filter(today::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<Path> made = library.wasCreated() ? Optional.empty() : Optional.of(backupNow());
        settings.put(LAST_AUTO_BACKUP, today);
        return made;
    }

    /** The dated backups in {@code backups/}, oldest first. */
    public List<Path> backups() {
        List<Path> out = new ArrayList<>();
        Path dir = library.backupsFolder();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (DATED.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    private void prune() {
        List<Path> all = backups();
        for (int i = 0; i < all.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                throw new StorageException("cannot remove old backup " + all.get(i) + ": " + e.getMessage(), e);
            }
        }
    }
}
