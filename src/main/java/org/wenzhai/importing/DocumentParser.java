package org.wenzhai.importing;

import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;

/** Turns a file's bytes into a document of articles and blocks. Pure: touches no storage. */
public interface DocumentParser {

    /**
     * @throws ImportException when the file cannot be read as a document (binary, encrypted,
     *                         truncated…); the message says why in one line
     */
    ImportedDocument parse(SourceFile file, ImportOptions options) throws ImportException;

    /** Whether this parser reads files with this extension (lower case, no dot). */
    boolean supports(String extension);
}
