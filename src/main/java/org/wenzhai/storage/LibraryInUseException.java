package org.wenzhai.storage;

import java.nio.file.Path;

/** Another Wenzhai process holds this library open. */
public class LibraryInUseException extends StorageException {
    private final Path folder;

    public LibraryInUseException(Path folder) {
        super("library is in use by another Wenzhai: " + folder);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
