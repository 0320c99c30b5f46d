package org.wenzhai.importing.formats;

import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/** Reads one file format into raw lines; cleaning and structure come after. */
public interface FormatReader {

    /** Whether this reader reads files with this extension (lower case, no dot). */
    boolean supports(String extension);

    /** @throws ImportException with a one-line reason when the file cannot be read */
    RawText read(SourceFile file, ImportOptions options) throws ImportException;
}
