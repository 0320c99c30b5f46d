package org.wenzhai.storage.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.TagPath;

/** Reading and moving highlight rows inside a caller's transaction. */
public final class HighlightRows {
    private HighlightRows() {
    }

    public static Highlight map(ResultSet rs, List<TagPath> tags) throws SQLException {
        return new Highlight(rs.getLong("id"), Rows.nullableLong(rs, "document_id"), Rows.nullableLong(rs, "article_id"),
                Rows.anchor(rs), Rows.color(rs), rs.getString("note"), tags, Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), rs.getBoolean("orphan") || rs.getObject("start_block_id") == null);
    }

    /** Highlights matching a WHERE clause (on alias h), with their tags, in id order. */
    public static List<Highlight> query(Handle h, String where, Object... args) {
        var q = h.createQuery("SELECT h.* FROM highlights h WHERE " + where + " ORDER BY h.id");
        for (int i = 0; i < args.length; i++) {
            q.bind(i, args[i]);
        }
        List<Highlight> raw = q.map((rs, ctx) -> map(rs, List.of())).list();
        if (raw.isEmpty()) {
            return raw;
        }
        Map<Long, List<TagPath>> tags = tagsOf(h, raw);
        List<Highlight> out = new ArrayList<>(raw.size());
        for (Highlight x : raw) {
            out.add(new Highlight(x.id(), x.documentId(), x.articleId(), x.anchor(), x.color(), x.note(),
                    tags.getOrDefault(x.id(), List.of()), x.createdAt(), x.updatedAt(), x.orphan()));
        }
        return out;
    }

    private static Map<Long, List<TagPath>> tagsOf(Handle h, List<Highlight> hs) {
        Map<Long, List<TagPath>> out = new HashMap<>();
        List<Long> ids = hs.stream().map(Highlight::id).toList();
        h.createQuery("SELECT ht.highlight_id, t.path FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id "
                        + "WHERE ht.highlight_id IN (<ids>) ORDER BY t.path")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(TagPath.of(e.getValue())));
        return out;
    }

    public static List<Highlight> forDocument(Handle h, long documentId) {
        return query(h, "h.document_id = ?", documentId);
    }

    public static void place(Handle h, long highlightId, long documentId, long articleId, Anchor a, Instant now) {
        h.createUpdate("UPDATE highlights SET document_id = :doc, article_id = :article, start_block_id = :sb, "
                        + "start_offset = :so, end_block_id = :eb, end_offset = :eo, quote = :quote, prefix = :prefix, "
                        + "suffix = :suffix, orphan = FALSE WHERE id = :id")
                .bind("doc", documentId).bind("article", articleId).bind("sb", a.startBlockId()).bind("so", a.start())
                .bind("eb", a.endBlockId()).bind("eo", a.end()).bind("quote", a.quote())
                .bind("prefix", a.prefix() == null ? "" : a.prefix()).bind("suffix", a.suffix() == null ? "" : a.suffix())
                .bind("id", highlightId).execute();
    }

    /** Makes a highlight an orphan, remembering where it came from; quote, note and tags stay. */
    public static void orphan(Handle h, long highlightId, Instant now) {
        h.createUpdate("UPDATE highlights SET origin = COALESCE((SELECT COALESCE(d.title, d.file_name) FROM documents d "
                        + "WHERE d.id = highlights.document_id), origin), article_id = NULL, start_block_id = NULL, "
                        + "end_block_id = NULL, orphan = TRUE, updated_at = :now WHERE id = :id")
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).bind("id", highlightId).execute();
    }
}
