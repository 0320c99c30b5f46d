package org.wenzhai.i18n;

import org.wenzhai.storage.LibraryCorruptException;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.storage.StorageException;

/**
 * The one line for a storage failure, the same on the command line, in the window's start-up
 * dialog and when the window switches libraries: a library in use names its folder; a damaged one
 * names its newest backup and the command that restores it.
 */
public final class StorageMessages {
    private StorageMessages() {
    }

    public static String of(StorageException e) {
        if (e instanceof LibraryInUseException inUse) {
            return Messages.t("cli.libraryInUse", inUse.folder());
        }
        if (e instanceof LibraryCorruptException damaged) {
            return damaged.newestBackup().map(b -> Messages.t("cli.libraryCorrupt.backup", damaged.file(), b, damaged.folder()))
                    .orElseGet(() -> Messages.t("cli.libraryCorrupt", damaged.file()));
        }
        return Messages.t("cli.error", e.getMessage());
    }
}
