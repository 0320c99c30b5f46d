package org.wenzhai.passages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.domain.TagPath;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.DocumentRepository;
import org.wenzhai.storage.HighlightRepository;

/**
 * The user's marked passages: adding them by quote or by block offsets (what the window
 * selects), listing, tagging, notes, colours, deleting, and re-attaching orphans. Every change
 * that concerns a document's passages is reported to {@link PassageEvents} listeners.
 */
public class HighlightService {
    private final HighlightRepository highlights;
    private final DocumentRepository documents;
    private final PassageEvents events;

    /** What a new highlight carries besides its place. */
    public record Details(HighlightColor color, String note, List<TagPath> tags) {
        public Details {
            color = color == null ? HighlightColor.YELLOW : color;
            note = note == null || note.isBlank() ? null : note;
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public static Details plain() {
            return new Details(null, null, List.of());
        }
    }

    /** An orphan with where it came from (document title or file when it lost its place, may be null). */
    public record Orphan(Highlight highlight, String origin) {
    }

    public HighlightService(HighlightRepository highlights, DocumentRepository documents, PassageEvents events) {
        this.highlights = highlights;
        this.documents = documents;
        this.events = events;
    }

    /** Registers a listener for the ids of documents whose passages (highlights, tags, notes) changed. */
    public void addListener(Consumer<Set<Long>> listener) {
        events.addListener(listener);
    }

    /**
     * Highlights the {@code occurrence}-th (1-based) occurrence of {@code quote} in a document. A
     * quote may span consecutive blocks of one article, written with a line break between them.
     *
     * @param occurrence null when the quote must be unique
     * @throws QuoteNotFoundException when it is absent, ambiguous, or has fewer occurrences
     */
    public Highlight addByQuote(long documentId, String quote, Integer occurrence, Details details) {
        Anchor anchor = locate(documentId, quote, occurrence);
        return insert(documentId, anchor, details);
    }

    /**
     * Highlights a span from {@code start} in one block to {@code end} (exclusive) in the same or a
     * later block of the same article, as the window selects it.
     */
    public Highlight addBySpan(long startBlockId, int start, long endBlockId, int end, Details details) {
        Located at = span(startBlockId, start, endBlockId, end);
        return insert(at.documentId, at.anchor, details);
    }

    private Highlight insert(long documentId, Anchor anchor, Details details) {
        DocText text = DocText.of(documents.documentBlocks(documentId));
        Highlight h = highlights.insert(documentId, text.articleOf(anchor.startBlockId()), anchor, details.color(),
                details.note(), details.tags());
        events.fire(Set.of(documentId));
        return h;
    }

    /** The text of a span of blocks, blocks separated by a line break (what a highlight's quote would be). */
    public String spanText(long startBlockId, int start, long endBlockId, int end) {
        return span(startBlockId, start, endBlockId, end).anchor.quote();
    }

    private record Located(long documentId, Anchor anchor) {
    }

    private Located span(long startBlockId, int start, long endBlockId, int end) {
        Block first = documents.block(startBlockId)
                .orElseThrow(() -> new IllegalArgumentException(Messages.t("passages.noBlock", startBlockId)));
        Block last = documents.block(endBlockId)
                .orElseThrow(() -> new IllegalArgumentException(Messages.t("passages.noBlock", endBlockId)));
        if (first.articleId() != last.articleId() || last.order() < first.order()
                || (first.id() == last.id() && end <= start)) {
            throw new IllegalArgumentException(Messages.t("passages.badSpan"));
        }
        long documentId = documents.article(first.articleId()).orElseThrow().documentId();
        DocText text = DocText.of(documents.documentBlocks(documentId));
        Anchor anchor = text.anchor(startBlockId, start, endBlockId, end)
                .orElseThrow(() -> new IllegalArgumentException(Messages.t("passages.badSpan")));
        return new Located(documentId, anchor);
    }

    /** Where the {@code occurrence}-th occurrence of a quote is, without storing anything. */
    public Anchor locate(long documentId, String quote, Integer occurrence) {
        if (documents.find(documentId).isEmpty()) {
            throw new IllegalArgumentException(Messages.t("passages.noDocument", documentId));
        }
        String q = normaliseQuote(quote);
        if (q.isEmpty()) {
            throw new IllegalArgumentException(Messages.t("passages.emptyQuote"));
        }
        DocText text = DocText.of(documents.documentBlocks(documentId));
        List<Integer> found = text.occurrences(q);
        if (found.isEmpty()) {
            throw QuoteNotFoundException.notFound(documentId);
        }
        if (occurrence == null && found.size() > 1) {
            throw QuoteNotFoundException.ambiguous(found.size());
        }
        int k = occurrence == null ? 1 : occurrence;
        if (k < 1 || k > found.size()) {
            throw QuoteNotFoundException.noSuchOccurrence(k, found.size());
        }
        int s = found.get(k - 1);
        return text.anchor(s, s + q.length()).orElseThrow();
    }

    /** Line breaks (with the spaces around them) become the block separator; the ends are trimmed. */
    static String normaliseQuote(String quote) {
        if (quote == null) {
            return "";
        }
        return quote.replaceAll("[ \\t\\u3000]*(\\r\\n|\\r|\\n)+[ \\t\\u3000]*", "\n").strip();
    }

    public Optional<Highlight> find(long id) {
        return highlights.find(id);
    }

    /** Highlights matching the filter in reading order (orphans last). */
    public List<Highlight> list(HighlightFilter filter) {
        return highlights.list(filter);
    }

    /** The placed highlights of one document in reading order (for the reader). */
    public List<Highlight> forDocument(long documentId) {
        return highlights.list(new HighlightFilter(List.of(), List.of(documentId), null, false));
    }

    /** Every orphan with where it came from, by id. */
    public List<Orphan> orphans() {
        List<Highlight> list = highlights.list(new HighlightFilter(List.of(), List.of(), null, true));
        Map<Long, String> origins = highlights.origins(list.stream().map(Highlight::id).toList());
        List<Orphan> out = new ArrayList<>();
        for (Highlight h : list) {
            out.add(new Orphan(h, origins.get(h.id())));
        }
        return out;
    }

    public Highlight tag(long id, Collection<TagPath> tags) {
        Highlight h = highlights.addTags(require(id).id(), tags);
        fire(h);
        return h;
    }

    public Highlight untag(long id, Collection<TagPath> tags) {
        Highlight h = highlights.removeTags(require(id).id(), tags);
        fire(h);
        return h;
    }

    /** Sets the note (multi-line; null or blank clears it). */
    public Highlight note(long id, String note) {
        Highlight h = highlights.setNote(require(id).id(), note);
        fire(h);
        return h;
    }

    public Highlight color(long id, HighlightColor color) {
        return highlights.setColor(require(id).id(), color);
    }

    /** Deletes a highlight with its note at the user's request; returns what was deleted. */
    public Highlight delete(long id) {
        Highlight h = highlights.delete(require(id).id());
        fire(h);
        return h;
    }

    /** Puts a highlight (an orphan, or one in the wrong place) on a quote of a document. */
    public Highlight reattachByQuote(long id, long documentId, String quote, Integer occurrence) {
        Highlight before = require(id);
        Anchor anchor = locate(documentId, quote, occurrence);
        DocText text = DocText.of(documents.documentBlocks(documentId));
        Highlight after = highlights.place(id, documentId, text.articleOf(anchor.startBlockId()), anchor);
        fireBoth(before, after);
        return after;
    }

    /** Puts a highlight on a span of blocks, as the window selects it. */
    public Highlight reattachBySpan(long id, long startBlockId, int start, long endBlockId, int end) {
        Highlight before = require(id);
        Located at = span(startBlockId, start, endBlockId, end);
        DocText text = DocText.of(documents.documentBlocks(at.documentId));
        Highlight after = highlights.place(id, at.documentId, text.articleOf(at.anchor.startBlockId()), at.anchor);
        fireBoth(before, after);
        return after;
    }

    private void fireBoth(Highlight before, Highlight after) {
        Set<Long> docs = new HashSet<>();
        if (before.documentId() != null) {
            docs.add(before.documentId());
        }
        docs.add(after.documentId());
        events.fire(docs);
    }

    private void fire(Highlight h) {
        if (h.documentId() != null) {
            events.fire(Set.of(h.documentId()));
        }
    }

    private Highlight require(long id) {
        return highlights.find(id).orElseThrow(() -> new IllegalArgumentException(Messages.t("passages.noHighlight", id)));
    }

    /** Counts of highlights per colour, for summaries. */
    public Map<HighlightColor, Integer> countByColor(HighlightFilter filter) {
        Map<HighlightColor, Integer> out = new LinkedHashMap<>();
        for (Highlight h : list(filter)) {
            out.merge(h.color(), 1, Integer::sum);
        }
        return out;
    }
}
