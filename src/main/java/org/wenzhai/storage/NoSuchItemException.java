package org.wenzhai.storage;

/** A write or lookup named a highlight, tag, document or article the library does not have. */
public class NoSuchItemException extends StorageException {
    private final String kind;
    private final Object key;

    public NoSuchItemException(String kind, Object key) {
        super("no " + kind + " " + key);
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public Object key() {
        return key;
    }
}
