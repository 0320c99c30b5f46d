package org.wenzhai.domain;

/** How many highlights (passages), articles and documents carry a tag or one of its descendants. */
public record TagUsage(int highlights, int articles, int documents) {

    public boolean inUse() {
        return highlights + articles + documents > 0;
    }
}
