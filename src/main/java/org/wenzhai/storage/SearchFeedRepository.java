package org.wenzhai.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.SearchableBlock;
import org.wenzhai.domain.TagPath;
import org.wenzhai.storage.jdbi.ChangeLog;
import org.wenzhai.storage.jdbi.Rows;

/**
 * What the search index is built from: the blocks of a document, or of the whole library, in
 * reading order with their titles and tag paths. The database stays the source of truth; the
 * index can always be rebuilt from this feed.
 */
public class SearchFeedRepository {
    private final Jdbi jdbi;

    public SearchFeedRepository(Library library) {
        this.jdbi = library.jdbi();
    }

    /** Ids of every document, in import order. */
    public List<Long> documentIds() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM documents ORDER BY id").mapTo(Long.class).list());
    }

    /** The library's change counter; the index records the value it reflects. */
    public long changeSeq() {
        return jdbi.withHandle(ChangeLog::current);
    }

    /**
     * Calls {@code sink} with every block of the document in reading order, read in one
     * transaction. Nothing is called when the document does not exist.
     */
    public void forEachBlock(long documentId, Consumer<SearchableBlock> sink) {
        List<SearchableBlock> blocks = jdbi.inTransaction(h -> documentBlocks(h, documentId));
        blocks.forEach(sink);
    }

    /** Every block of the library, document by document (one document in memory at a time). */
    public void forEachBlock(Consumer<SearchableBlock> sink) {
        for (long id : documentIds()) {
            forEachBlock(id, sink);
        }
    }

    private static List<SearchableBlock> documentBlocks(Handle h, long documentId) {
        String docTitle = h.createQuery("SELECT title FROM documents WHERE id = ?").bind(0, documentId)
                .mapTo(String.class).findOne().orElse(null);
        List<SearchableBlock> out = new ArrayList<>();
        if (docTitle == null && h.createQuery("SELECT COUNT(*) FROM documents WHERE id = ?").bind(0, documentId)
                .mapTo(Integer.class).one() == 0) {
            return out;
        }
        List<TagPath> docTags = h.createQuery("SELECT t.path FROM document_tags d JOIN tags t ON t.id = d.tag_id "
                        + "WHERE d.document_id = ? ORDER BY t.path").bind(0, documentId)
                .map((rs, ctx) -> TagPath.of(rs.getString(1))).list();
        Map<Long, List<TagPath>> articleTags = new HashMap<>();
        h.createQuery("SELECT a.article_id, t.path FROM article_tags a JOIN tags t ON t.id = a.tag_id "
                        + "JOIN articles ar ON ar.id = a.article_id WHERE ar.document_id = ?").bind(0, documentId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), TagPath.of(rs.getString(2))))
                .forEach(e -> articleTags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        record Span(long articleId, int fromOrder, int toOrder, TagPath tag) {
        }
        List<Span> spans = h.createQuery("SELECT sb.article_id, sb.ord, eb.ord, t.path FROM highlights hl "
                        + "JOIN blocks sb ON sb.id = hl.start_block_id JOIN blocks eb ON eb.id = hl.end_block_id "
                        + "JOIN highlight_tags ht ON ht.highlight_id = hl.id JOIN tags t ON t.id = ht.tag_id "
                        + "WHERE hl.document_id = ? AND NOT hl.orphan").bind(0, documentId)
                .map((rs, ctx) -> new Span(rs.getLong(1), rs.getInt(2), rs.getInt(3), TagPath.of(rs.getString(4))))
                .list();
        Map<Long, String[]> articles = new HashMap<>();
        Map<Long, Integer> articleOrders = new HashMap<>();
        h.createQuery("SELECT id, ord, title FROM articles WHERE document_id = ?").bind(0, documentId)
                .map((rs, ctx) -> {
                    articles.put(rs.getLong(1), new String[] {rs.getString(3)});
                    articleOrders.put(rs.getLong(1), rs.getInt(2));
                    return 0;
                }).list();
        List<Block> blocks = h.createQuery("SELECT b.* FROM blocks b JOIN articles a ON a.id = b.article_id "
                        + "WHERE a.document_id = ? ORDER BY a.ord, b.ord").bind(0, documentId)
                .map(Rows.BLOCK).list();
        for (Block b : blocks) {
            Set<TagPath> tags = new LinkedHashSet<>(docTags);
            tags.addAll(articleTags.getOrDefault(b.articleId(), List.of()));
            for (Span s : spans) {
                if (s.articleId() == b.articleId() && b.order() >= s.fromOrder() && b.order() <= s.toOrder()) {
                    tags.add(s.tag());
                }
            }
            out.add(new SearchableBlock(documentId, docTitle, b.articleId(), articleOrders.get(b.articleId()),
                    articles.get(b.articleId())[0], b.id(), b.order(), b.type(), b.level(), b.text(), List.copyOf(tags)));
        }
        return out;
    }
}
