package org.wenzhai.importing;

/** A file could not be imported; the message is one line fit to show next to the file's name. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
