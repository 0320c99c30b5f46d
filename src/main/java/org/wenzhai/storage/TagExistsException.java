package org.wenzhai.storage;

import org.wenzhai.domain.TagPath;

/** A rename or move would land on a tag that already exists (merge it instead). */
public class TagExistsException extends StorageException {
    private final TagPath path;

    public TagExistsException(TagPath path) {
        super("tag " + path + " already exists");
        this.path = path;
    }

    public TagPath path() {
        return path;
    }
}
