package org.wenzhai.safety;

import java.nio.file.Path;
import org.wenzhai.domain.IntegrityReport;
import org.wenzhai.storage.IntegrityRepository;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.LibraryArchive;
import org.wenzhai.storage.StorageException;

/**
 * Restores a backup into a library folder that no process has open. The restored library is
 * opened once (which brings its schema up to date) and checked before this returns; its search
 * index is not restored but rebuilt from the database on the next open.
 */
public class RestoreService {

    /**
     * @param force replace the library already in {@code folder} (it is kept in its backups folder)
     * @return the integrity report of the restored library
     * @throws StorageException with a one-line reason; {@code LibraryInUseException} when another
     *                          process has the folder's library open
     */
    public IntegrityReport restore(Path backup, Path folder, boolean force) {
        LibraryArchive.restore(backup, folder, force);
        try (Library library = Library.open(folder)) {
            IntegrityReport report = new IntegrityRepository(library).check();
            if (!report.ok()) {
                throw new StorageException("the restored library has problems: " + String.join("; ", report.problems()));
            }
            return report;
        }
    }
}
