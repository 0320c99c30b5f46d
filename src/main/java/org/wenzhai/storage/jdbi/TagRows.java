package org.wenzhai.storage.jdbi;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.wenzhai.domain.Tag;
import org.wenzhai.domain.TagPath;

/** Tag rows inside a caller's transaction: tags are their paths, and ancestors always exist as rows. */
public final class TagRows {
    private TagRows() {
    }

    public static Optional<Tag> find(Handle h, TagPath path) {
        return h.createQuery("SELECT id, path, color FROM tags WHERE path = ?").bind(0, path.value())
                .map((rs, ctx) -> new Tag(rs.getLong("id"), TagPath.of(rs.getString("path")), rs.getString("color")))
                .findOne();
    }

    /** The tag's id, creating it and any missing ancestor. */
    public static long ensure(Handle h, TagPath path) {
        long id = -1;
        for (TagPath p : path.selfAndAncestors()) {
            Optional<Tag> t = find(h, p);
            id = t.isPresent() ? t.get().id()
                    : h.createUpdate("INSERT INTO tags (path) VALUES (?)").bind(0, p.value())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }
        return id;
    }

    /** The escape character of {@link #descendantsPattern} (a backslash confuses Jdbi's SQL parser). */
    public static final String LIKE_ESCAPE = "ESCAPE '!'";

    /** A LIKE pattern for the descendants of {@code path}, to be used with {@link #LIKE_ESCAPE}. */
    public static String descendantsPattern(TagPath path) {
        return path.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "/%";
    }

    /** The tag and its descendants, shallow first. */
    public static List<Tag> subtree(Handle h, TagPath path) {
        return h.createQuery("SELECT id, path, color FROM tags WHERE path = :p OR path LIKE :like " + LIKE_ESCAPE + " ORDER BY path")
                .bind("p", path.value()).bind("like", descendantsPattern(path))
                .map((rs, ctx) -> new Tag(rs.getLong("id"), TagPath.of(rs.getString("path")), rs.getString("color")))
                .list();
    }

    /** Documents whose highlights, articles or the document itself carry one of these tags. */
    public static Set<Long> documentsUsing(Handle h, Collection<Long> tagIds) {
        Set<Long> out = new LinkedHashSet<>();
        if (tagIds.isEmpty()) {
            return out;
        }
        out.addAll(h.createQuery("SELECT DISTINCT hl.document_id FROM highlight_tags ht JOIN highlights hl "
                        + "ON hl.id = ht.highlight_id WHERE ht.tag_id IN (<ids>) AND hl.document_id IS NOT NULL")
                .bindList("ids", List.copyOf(tagIds)).mapTo(Long.class).list());
        out.addAll(h.createQuery("SELECT DISTINCT a.document_id FROM article_tags at JOIN articles a ON a.id = at.article_id "
                        + "WHERE at.tag_id IN (<ids>)")
                .bindList("ids", List.copyOf(tagIds)).mapTo(Long.class).list());
        out.addAll(h.createQuery("SELECT DISTINCT document_id FROM document_tags WHERE tag_id IN (<ids>)")
                .bindList("ids", List.copyOf(tagIds)).mapTo(Long.class).list());
        return out;
    }
}
