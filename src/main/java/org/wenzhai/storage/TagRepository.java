package org.wenzhai.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.wenzhai.domain.Tag;
import org.wenzhai.domain.TagCount;
import org.wenzhai.domain.TagPath;
import org.wenzhai.domain.TagUsage;
import org.wenzhai.storage.jdbi.ChangeLog;
import org.wenzhai.storage.jdbi.TagRows;

/**
 * Hierarchical tags and the tags of articles and documents. A tag is its path; its ancestors
 * always exist. Every write is one transaction; writes that change which tags a document's
 * blocks carry bump the change counter and return the ids of the documents concerned.
 */
public class TagRepository {
    private final Jdbi jdbi;

    public TagRepository(Library library) {
        this.jdbi = library.jdbi();
    }

    /** The tag, created with its ancestors when missing. */
    public Tag ensure(TagPath path) {
        return jdbi.inTransaction(h -> {
            TagRows.ensure(h, path);
            return TagRows.find(h, path).orElseThrow();
        });
    }

    public Optional<Tag> find(TagPath path) {
        return jdbi.withHandle(h -> TagRows.find(h, path));
    }

    /** Every tag, by path. */
    public List<Tag> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, path, color FROM tags ORDER BY path")
                .map((rs, ctx) -> new Tag(rs.getLong("id"), TagPath.of(rs.getString("path")), rs.getString("color")))
                .list());
    }

    /** Sets (or with null clears) a tag's colour, creating the tag when missing. */
    public Tag setColor(TagPath path, String color) {
        return jdbi.inTransaction(h -> {
            long id = TagRows.ensure(h, path);
            h.execute("UPDATE tags SET color = ? WHERE id = ?", color, id);
            return TagRows.find(h, path).orElseThrow();
        });
    }

    /** What carries this tag or one of its descendants. */
    public TagUsage usage(TagPath path) {
        return jdbi.withHandle(h -> {
            List<Long> ids = TagRows.subtree(h, path).stream().map(Tag::id).toList();
            if (ids.isEmpty()) {
                return new TagUsage(0, 0, 0);
            }
            return new TagUsage(countDistinct(h, "highlight_id", "highlight_tags", ids),
                    countDistinct(h, "article_id", "article_tags", ids),
                    countDistinct(h, "document_id", "document_tags", ids));
        });
    }

    private static int countDistinct(Handle h, String column, String table, List<Long> tagIds) {
        return h.createQuery("SELECT COUNT(DISTINCT " + column + ") FROM " + table + " WHERE tag_id IN (<ids>)")
                .bindList("ids", tagIds).mapTo(Integer.class).one();
    }

    /**
     * The tag forest with counts: {@code count} is how many highlights, articles and documents
     * carry the tag itself; {@code total} how many distinct ones carry it or a descendant.
     */
    public List<TagCount> tree() {
        return jdbi.withHandle(h -> {
            Map<String, String> colors = new TreeMap<>();
            h.createQuery("SELECT path, color FROM tags ORDER BY path")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getString(2))))
                    .forEach(e -> colors.put(e.getKey(), e.getValue().orElse(null)));
            Map<String, Integer> direct = new HashMap<>();
            Map<String, Set<String>> below = new HashMap<>();
            h.createQuery("SELECT 'h' || ht.highlight_id, t.path FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id "
                            + "UNION ALL SELECT 'a' || at.article_id, t.path FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                            + "UNION ALL SELECT 'd' || dt.document_id, t.path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> {
                        direct.merge(e.getValue(), 1, Integer::sum);
                        for (TagPath p : TagPath.of(e.getValue()).selfAndAncestors()) {
                            below.computeIfAbsent(p.value(), k -> new HashSet<>()).add(e.getKey());
                        }
                    });
            return children(null, colors, direct, below);
        });
    }

    private static List<TagCount> children(TagPath parent, Map<String, String> colors, Map<String, Integer> direct,
                                           Map<String, Set<String>> below) {
        List<TagCount> out = new ArrayList<>();
        for (Map.Entry<String, String> e : colors.entrySet()) {
            TagPath p = TagPath.of(e.getKey());
            if (p.parent().equals(Optional.ofNullable(parent))) {
                out.add(new TagCount(p, e.getValue(), direct.getOrDefault(p.value(), 0),
                        below.getOrDefault(p.value(), Set.of()).size(), children(p, colors, direct, below)));
            }
        }
        return out;
    }

    /**
     * Renames (or moves) a tag with its descendants: {@code 主题/a} to {@code 专题/a} also turns
     * {@code 主题/a/b} into {@code 专题/a/b}. The new path must not exist yet (merge instead).
     *
     * @return the documents whose tags changed
     */
    public Set<Long> rename(TagPath from, TagPath to) {
        return jdbi.inTransaction(h -> {
            List<Tag> subtree = TagRows.subtree(h, from);
            if (subtree.isEmpty()) {
                throw new NoSuchItemException("tag", from);
            }
            if (from.equals(to)) {
                return Set.of();
            }
            if (from.contains(to)) {
                throw new IllegalArgumentException("cannot move tag " + from + " below itself");
            }
            if (TagRows.find(h, to).isPresent()) {
                throw new TagExistsException(to);
            }
            to.parent().ifPresent(p -> TagRows.ensure(h, p));
            for (Tag t : subtree) {
                String rest = t.path().value().substring(from.value().length());
                h.execute("UPDATE tags SET path = ? WHERE id = ?", to.value() + rest, t.id());
            }
            Set<Long> docs = TagRows.documentsUsing(h, subtree.stream().map(Tag::id).toList());
            ChangeLog.bump(h);
            return docs;
        });
    }

    /**
     * Merges a tag with its descendants into another: whatever carried {@code from/x} now carries
     * {@code into/x}; {@code from} and its descendants are gone.
     *
     * @return the documents whose tags changed
     */
    public Set<Long> merge(TagPath from, TagPath into) {
        return jdbi.inTransaction(h -> {
            List<Tag> subtree = TagRows.subtree(h, from);
            if (subtree.isEmpty()) {
                throw new NoSuchItemException("tag", from);
            }
            if (from.contains(into)) {
                throw new IllegalArgumentException("cannot merge tag " + from + " into itself or its descendant " + into);
            }
            Set<Long> docs = TagRows.documentsUsing(h, subtree.stream().map(Tag::id).toList());
            List<Tag> deepestFirst = new ArrayList<>(subtree);
            deepestFirst.sort((a, b) -> Integer.compare(b.path().depth(), a.path().depth()));
            for (Tag t : deepestFirst) {
                TagPath target = TagPath.of(into.value() + t.path().value().substring(from.value().length()));
                long targetId = TagRows.ensure(h, target);
                h.execute("MERGE INTO highlight_tags (highlight_id, tag_id) KEY (highlight_id, tag_id) "
                        + "SELECT highlight_id, ? FROM highlight_tags WHERE tag_id = ?", targetId, t.id());
                h.execute("MERGE INTO article_tags (article_id, tag_id) KEY (article_id, tag_id) "
                        + "SELECT article_id, ? FROM article_tags WHERE tag_id = ?", targetId, t.id());
                h.execute("MERGE INTO document_tags (document_id, tag_id) KEY (document_id, tag_id) "
                        + "SELECT document_id, ? FROM document_tags WHERE tag_id = ?", targetId, t.id());
                h.execute("UPDATE tags SET color = ? WHERE id = ? AND color IS NULL", t.color(), targetId);
                h.execute("DELETE FROM tags WHERE id = ?", t.id());
            }
            ChangeLog.bump(h);
            return docs;
        });
    }

    /**
     * Deletes a tag with its descendants; highlights, articles and documents that carried them
     * lose those tags (the highlights themselves stay).
     *
     * @return the documents whose tags changed
     */
    public Set<Long> delete(TagPath path) {
        return jdbi.inTransaction(h -> {
            List<Tag> subtree = TagRows.subtree(h, path);
            if (subtree.isEmpty()) {
                throw new NoSuchItemException("tag", path);
            }
            List<Long> ids = subtree.stream().map(Tag::id).toList();
            Set<Long> docs = TagRows.documentsUsing(h, ids);
            h.createUpdate("DELETE FROM tags WHERE id IN (<ids>)").bindList("ids", ids).execute();
            ChangeLog.bump(h);
            return docs;
        });
    }

    /** Tags a document (tags created when missing). */
    public void tagDocument(long documentId, Collection<TagPath> tags) {
        jdbi.useTransaction(h -> {
            requireRow(h, "documents", "document", documentId);
            for (TagPath t : tags) {
                h.execute("MERGE INTO document_tags (document_id, tag_id) KEY (document_id, tag_id) VALUES (?, ?)",
                        documentId, TagRows.ensure(h, t));
            }
            ChangeLog.bump(h);
        });
    }

    public void untagDocument(long documentId, Collection<TagPath> tags) {
        jdbi.useTransaction(h -> {
            requireRow(h, "documents", "document", documentId);
            for (TagPath t : tags) {
                TagRows.find(h, t).ifPresent(tag ->
                        h.execute("DELETE FROM document_tags WHERE document_id = ? AND tag_id = ?", documentId, tag.id()));
            }
            ChangeLog.bump(h);
        });
    }

    /**
     * Tags an article (tags created when missing).
     *
     * @return the article's document
     */
    public long tagArticle(long articleId, Collection<TagPath> tags) {
        return jdbi.inTransaction(h -> {
            long doc = articleDocument(h, articleId);
            for (TagPath t : tags) {
                h.execute("MERGE INTO article_tags (article_id, tag_id) KEY (article_id, tag_id) VALUES (?, ?)",
                        articleId, TagRows.ensure(h, t));
            }
            ChangeLog.bump(h);
            return doc;
        });
    }

    /** @return the article's document */
    public long untagArticle(long articleId, Collection<TagPath> tags) {
        return jdbi.inTransaction(h -> {
            long doc = articleDocument(h, articleId);
            for (TagPath t : tags) {
                TagRows.find(h, t).ifPresent(tag ->
                        h.execute("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", articleId, tag.id()));
            }
            ChangeLog.bump(h);
            return doc;
        });
    }

    public List<TagPath> documentTags(long documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id "
                        + "WHERE dt.document_id = ? ORDER BY t.path").bind(0, documentId)
                .map((rs, ctx) -> TagPath.of(rs.getString(1))).list());
    }

    public List<TagPath> articleTags(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.path FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                        + "WHERE at.article_id = ? ORDER BY t.path").bind(0, articleId)
                .map((rs, ctx) -> TagPath.of(rs.getString(1))).list());
    }

    /** Tags of every article of a document, by article id. */
    public Map<Long, List<TagPath>> articleTagsOfDocument(long documentId) {
        Map<Long, List<TagPath>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT at.article_id, t.path FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                        + "JOIN articles a ON a.id = at.article_id WHERE a.document_id = ? ORDER BY t.path").bind(0, documentId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), TagPath.of(rs.getString(2))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return out;
    }

    private static long articleDocument(Handle h, long articleId) {
        return h.createQuery("SELECT document_id FROM articles WHERE id = ?").bind(0, articleId).mapTo(Long.class)
                .findOne().orElseThrow(() -> new NoSuchItemException("article", articleId));
    }

    private static void requireRow(Handle h, String table, String kind, long id) {
        if (h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = ?").bind(0, id).mapTo(Integer.class).one() == 0) {
            throw new NoSuchItemException(kind, id);
        }
    }

    /** Every document that has any tag, highlight tag or article tag (for rebuilding an index). */
    public Set<Long> taggedDocuments() {
        return jdbi.withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM tags").mapTo(Long.class).list();
            return new LinkedHashSet<>(TagRows.documentsUsing(h, ids));
        });
    }
}
