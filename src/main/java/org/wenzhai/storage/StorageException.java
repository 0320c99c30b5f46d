package org.wenzhai.storage;

/** A library could not be opened, read or written; the message is fit to show. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
