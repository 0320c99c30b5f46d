package org.wenzhai.passages;

import org.wenzhai.domain.TagPath;
import org.wenzhai.domain.TagUsage;
import org.wenzhai.i18n.Messages;

/** Deleting a tag that highlights, articles or documents still carry needs force. */
public class TagInUseException extends IllegalArgumentException {
    private final transient TagUsage usage;

    TagInUseException(TagPath path, TagUsage usage) {
        super(Messages.t("passages.tagInUse", path.value(), usage.highlights(), usage.articles(), usage.documents()));
        this.usage = usage;
    }

    public TagUsage usage() {
        return usage;
    }
}
