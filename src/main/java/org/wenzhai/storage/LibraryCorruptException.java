package org.wenzhai.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The library's database file cannot be read as a library: H2 reports it corrupted, or it holds no
 * tables at all (H2 reads a file whose every chunk is damaged as an empty database). Carries the
 * newest backup in the library's {@code backups/} folder, if there is one, so that the message can
 * say how to get the work back.
 */
public class LibraryCorruptException extends StorageException {
    private final Path folder;
    private final transient Path newestBackup;

    public LibraryCorruptException(Path folder, Path newestBackup, String reason, Throwable cause) {
        super("the library file is damaged and cannot be opened: " + fileIn(folder) + " (" + reason + ")", cause);
        this.folder = folder;
        this.newestBackup = newestBackup;
    }

    public Path folder() {
        return folder;
    }

    /** The damaged database file. */
    public Path file() {
        return fileIn(folder);
    }

    private static Path fileIn(Path folder) {
        return folder.resolve(Library.DB_NAME + ".mv.db");
    }

    /** The newest backup of this library, the one to restore. */
    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
