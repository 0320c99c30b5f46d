package org.wenzhai.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.domain.TagPath;
import org.wenzhai.storage.jdbi.ChangeLog;
import org.wenzhai.storage.jdbi.HighlightRows;
import org.wenzhai.storage.jdbi.TagRows;

/**
 * Highlights with their notes and tags. Each write is one transaction; writes that change what
 * the search index shows for a document (its highlights, their tags and notes) bump the change
 * counter. Nothing here deletes a highlight except {@link #delete(long)}, the user's own request.
 */
public class HighlightRepository {
    private final Jdbi jdbi;

    public HighlightRepository(Library library) {
        this.jdbi = library.jdbi();
    }

    /** Stores a new placed highlight with its tags (created when missing). */
    public Highlight insert(long documentId, long articleId, Anchor anchor, HighlightColor color, String note,
                            Collection<TagPath> tags) {
        if (!anchor.isPlaced()) {
            throw new IllegalArgumentException("a new highlight needs a place");
        }
        return jdbi.inTransaction(h -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long id = h.createUpdate("INSERT INTO highlights (document_id, article_id, start_block_id, start_offset, "
                            + "end_block_id, end_offset, quote, prefix, suffix, color, note, orphan, created_at, updated_at) "
                            + "VALUES (:doc, :article, :sb, :so, :eb, :eo, :quote, :prefix, :suffix, :color, :note, FALSE, :now, :now)")
                    .bind("doc", documentId).bind("article", articleId)
                    .bind("sb", anchor.startBlockId()).bind("so", anchor.start())
                    .bind("eb", anchor.endBlockId()).bind("eo", anchor.end())
                    .bind("quote", anchor.quote()).bind("prefix", nz(anchor.prefix())).bind("suffix", nz(anchor.suffix()))
                    .bind("color", color.wireName()).bind("note", note).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (TagPath t : tags) {
                link(h, id, TagRows.ensure(h, t));
            }
            ChangeLog.bump(h);
            return one(h, id);
        });
    }

    public Optional<Highlight> find(long id) {
        return jdbi.withHandle(h -> HighlightRows.query(h, "h.id = ?", id).stream().findFirst());
    }

    /**
     * Highlights matching the filter, in reading order: by document, article, block and offset;
     * orphans (which have no place) after the placed ones, by id.
     */
    public List<Highlight> list(HighlightFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (!filter.documentIds().isEmpty()) {
            where.append(" AND h.document_id IN (");
            for (int i = 0; i < filter.documentIds().size(); i++) {
                where.append(i == 0 ? "?" : ", ?");
                args.add(filter.documentIds().get(i));
            }
            where.append(")");
        }
        if (filter.color() != null) {
            where.append(" AND h.color = ?");
            args.add(filter.color().wireName());
        }
        if (filter.orphans() != null) {
            where.append(filter.orphans() ? " AND (h.orphan OR h.start_block_id IS NULL)"
                    : " AND NOT h.orphan AND h.start_block_id IS NOT NULL");
        }
        if (!filter.tags().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id "
                    + "WHERE ht.highlight_id = h.id AND (");
            for (int i = 0; i < filter.tags().size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("t.path = ? OR t.path LIKE ? ").append(TagRows.LIKE_ESCAPE);
                args.add(filter.tags().get(i).value());
                args.add(TagRows.descendantsPattern(filter.tags().get(i)));
            }
            where.append("))");
        }
        return jdbi.withHandle(h -> {
            List<Highlight> found = HighlightRows.query(h, where.toString(), args.toArray());
            Map<Long, long[]> order = readingOrder(h, found);
            List<Highlight> sorted = new ArrayList<>(found);
            sorted.sort((a, b) -> {
                long[] x = order.get(a.id());
                long[] y = order.get(b.id());
                if (x == null || y == null) {
                    return x == null && y == null ? Long.compare(a.id(), b.id()) : (x == null ? 1 : -1);
                }
                for (int i = 0; i < x.length; i++) {
                    int c = Long.compare(x[i], y[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return Long.compare(a.id(), b.id());
            });
            return sorted;
        });
    }

    private static Map<Long, long[]> readingOrder(Handle h, List<Highlight> hs) {
        Map<Long, long[]> out = new HashMap<>();
        List<Long> ids = hs.stream().filter(x -> !x.orphan()).map(Highlight::id).toList();
        if (ids.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT h.id, h.document_id, a.ord AS aord, b.ord AS bord, h.start_offset FROM highlights h "
                        + "JOIN blocks b ON b.id = h.start_block_id JOIN articles a ON a.id = b.article_id "
                        + "WHERE h.id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Where each orphan came from (document title or file name when it lost its place), by id. */
    public Map<Long, String> origins(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT h.id, COALESCE(d.title, d.file_name, h.origin) FROM highlights h "
                        + "LEFT JOIN documents d ON d.id = h.document_id WHERE h.id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), Optional.ofNullable(rs.getString(2))))
                .forEach(e -> e.getValue().ifPresent(v -> out.put(e.getKey(), v))));
        return out;
    }

    /** Replaces the note (null or blank clears it). */
    public Highlight setNote(long id, String note) {
        return jdbi.inTransaction(h -> {
            one(h, id);
            h.createUpdate("UPDATE highlights SET note = :note, updated_at = :now WHERE id = :id")
                    .bind("note", note == null || note.isBlank() ? null : note).bind("now", now()).bind("id", id).execute();
            ChangeLog.bump(h);
            return one(h, id);
        });
    }

    public Highlight setColor(long id, HighlightColor color) {
        return jdbi.inTransaction(h -> {
            one(h, id);
            h.createUpdate("UPDATE highlights SET color = :color, updated_at = :now WHERE id = :id")
                    .bind("color", color.wireName()).bind("now", now()).bind("id", id).execute();
            return one(h, id);
        });
    }

    /** Adds tags (created when missing); tags it already has are left as they are. */
    public Highlight addTags(long id, Collection<TagPath> tags) {
        return jdbi.inTransaction(h -> {
            one(h, id);
            for (TagPath t : tags) {
                link(h, id, TagRows.ensure(h, t));
            }
            touch(h, id);
            ChangeLog.bump(h);
            return one(h, id);
        });
    }

    /** Removes tags from one highlight; the tags themselves stay in the library. */
    public Highlight removeTags(long id, Collection<TagPath> tags) {
        return jdbi.inTransaction(h -> {
            one(h, id);
            for (TagPath t : tags) {
                TagRows.find(h, t).ifPresent(tag ->
                        h.execute("DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?", id, tag.id()));
            }
            touch(h, id);
            ChangeLog.bump(h);
            return one(h, id);
        });
    }

    /** Deletes a highlight with its note and tag links, at the user's request; returns it as it was. */
    public Highlight delete(long id) {
        return jdbi.inTransaction(h -> {
            Highlight before = one(h, id);
            h.execute("DELETE FROM highlights WHERE id = ?", id);
            ChangeLog.bump(h);
            return before;
        });
    }

    /** Puts a highlight (typically an orphan) at a new place, keeping note, colour and tags. */
    public Highlight place(long id, long documentId, long articleId, Anchor anchor) {
        if (!anchor.isPlaced()) {
            throw new IllegalArgumentException("a place is needed");
        }
        return jdbi.inTransaction(h -> {
            one(h, id);
            Instant now = Instant.now();
            HighlightRows.place(h, id, documentId, articleId, anchor, now);
            touch(h, id);
            ChangeLog.bump(h);
            return one(h, id);
        });
    }

    private static Highlight one(Handle h, long id) {
        return HighlightRows.query(h, "h.id = ?", id).stream().findFirst()
                .orElseThrow(() -> new NoSuchItemException("highlight", id));
    }

    private static void link(Handle h, long highlightId, long tagId) {
        h.execute("MERGE INTO highlight_tags (highlight_id, tag_id) KEY (highlight_id, tag_id) VALUES (?, ?)",
                highlightId, tagId);
    }

    private static void touch(Handle h, long id) {
        h.createUpdate("UPDATE highlights SET updated_at = :now WHERE id = :id").bind("now", now()).bind("id", id).execute();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
