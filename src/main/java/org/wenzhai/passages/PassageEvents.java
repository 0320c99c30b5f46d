package org.wenzhai.passages;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners (the search index) which documents' passages changed: highlights added,
 * moved or deleted, their tags or notes, and the tags of articles and documents. One instance
 * is shared by {@link HighlightService} and {@link TagService}; listeners run on the writing
 * thread after the write committed.
 */
public final class PassageEvents {
    private final List<Consumer<Set<Long>>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener called with the ids of the documents concerned (never empty). */
    public void addListener(Consumer<Set<Long>> listener) {
        listeners.add(listener);
    }

    void fire(Set<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        Set<Long> ids = Set.copyOf(documentIds);
        for (Consumer<Set<Long>> l : listeners) {
            l.accept(ids);
        }
    }
}
