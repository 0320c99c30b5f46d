package org.wenzhai.storage;

import java.nio.file.Path;

/** Another Wenzhai process holds this library open. */
public class LibraryInUseException extends StorageException {
    private final Path folder;

    public LibraryInUseException(Path folder) {
        super("library is in use by another Wenzhai: " + folder);
        this.folder = folder;
    }

    /** The same, keeping what the database said (H2 reports a locked file this way). */
    public LibraryInUseException(Path folder, Throwable cause) {
        super("library is in use by another Wenzhai: " + folder, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
