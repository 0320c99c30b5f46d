package org.wenzhai.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightRelocator;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.storage.jdbi.ChangeLog;
import org.wenzhai.storage.jdbi.HighlightRows;
import org.wenzhai.storage.jdbi.MultiRowInsert;
import org.wenzhai.storage.jdbi.Rows;

/**
 * Documents, their articles and blocks. Every write is one transaction: a document is stored
 * whole or not at all.
 */
public class DocumentRepository {
    /** Rows per INSERT statement: few statements, and a 200 MB file's rows never all held at once. */
    private static final int BLOCK_ROWS = 200;
    private final Jdbi jdbi;

    public DocumentRepository(Library library) {
        this.jdbi = library.jdbi();
    }

    /** The document with exactly these bytes, if the library has it. */
    public Optional<Document> findBySha256(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM documents WHERE sha256 = ?")
                .bind(0, sha256).map(Rows.DOCUMENT).findOne());
    }

    /** Documents imported from this path (newest first). */
    public List<Document> findBySourcePath(String sourcePath) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + Rows.DOCUMENT_COLUMNS
                        + " FROM documents WHERE source_path = ? ORDER BY id DESC")
                .bind(0, sourcePath).map(Rows.DOCUMENT).list());
    }

    public Optional<Document> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM documents WHERE id = ?")
                .bind(0, id).map(Rows.DOCUMENT).findOne());
    }

    /** All documents in import order. */
    public List<Document> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM documents ORDER BY id")
                .map(Rows.DOCUMENT).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM documents").mapTo(Integer.class).one());
    }

    public List<Article> articles(long documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM articles WHERE document_id = ? ORDER BY ord")
                .bind(0, documentId).map(Rows.ARTICLE).list());
    }

    /** How many articles each document has (document id to count), in one query. */
    public Map<Long, Integer> articleCounts() {
        Map<Long, Integer> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT document_id, COUNT(*) FROM articles GROUP BY document_id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2))).forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** Every article of the library, by document and order. */
    public List<Article> allArticles() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM articles ORDER BY document_id, ord")
                .map(Rows.ARTICLE).list());
    }

    public Optional<Article> article(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM articles WHERE id = ?")
                .bind(0, articleId).map(Rows.ARTICLE).findOne());
    }

    public List<Block> blocks(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM blocks WHERE article_id = ? ORDER BY ord")
                .bind(0, articleId).map(Rows.BLOCK).list());
    }

    /** All blocks of a document in reading order. */
    public List<Block> documentBlocks(long documentId) {
        return jdbi.withHandle(h -> documentBlocks(h, documentId));
    }

    private static List<Block> documentBlocks(Handle h, long documentId) {
        return h.createQuery("SELECT b.* FROM blocks b JOIN articles a ON a.id = b.article_id "
                        + "WHERE a.document_id = ? ORDER BY a.ord, b.ord")
                .bind(0, documentId).map(Rows.BLOCK).list();
    }

    public Optional<Block> block(long blockId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM blocks WHERE id = ?")
                .bind(0, blockId).map(Rows.BLOCK).findOne());
    }

    /** The file's bytes exactly as imported. */
    public byte[] originalBytes(long documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT original FROM documents WHERE id = ?")
                .bind(0, documentId).mapTo(byte[].class).findOne()
                .orElseThrow(() -> new StorageException("no document " + documentId)));
    }

    /** What cleaning removed from this document, in order. */
    public List<RemovedText> removedTexts(long documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM removed_texts WHERE document_id = ? ORDER BY ord")
                .bind(0, documentId).map(Rows.REMOVED).list());
    }

    /** Stores a newly imported document with all its articles and blocks in one transaction. */
    public long insert(SourceFile file, ImportedDocument doc) {
        return insert(file, doc, ArticleMarks.NONE);
    }

    /**
     * Fingerprints and duplicate links of a document's articles, in article order, stored with the
     * articles in the same transaction (a null entry: none).
     */
    public record ArticleMarks(List<Long> simhash, List<Long> duplicateOf) {
        public static final ArticleMarks NONE = new ArticleMarks(List.of(), List.of());

        Long simhashAt(int i) {
            return i < simhash.size() ? simhash.get(i) : null;
        }

        Long duplicateOfAt(int i) {
            return i < duplicateOf.size() ? duplicateOf.get(i) : null;
        }
    }

    /** The columns of a document's row that come from its file and its parse (the original bytes aside). */
    private static Map<String, Object> documentRow(SourceFile file, ImportedDocument doc) {
        Map<String, Object> row = new HashMap<>();
        row.put("fileName", file.fileName());
        row.put("sourcePath", file.sourcePath());
        row.put("format", file.format());
        row.put("encoding", doc.encoding());
        row.put("sha", file.sha256());
        row.put("size", (long) file.bytes().length);
        row.put("title", doc.title());
        row.put("source", doc.source());
        row.put("at", OffsetDateTime.now(ZoneOffset.UTC));
        return row;
    }

    /** Stores a newly imported document, its articles (with their marks) and blocks in one transaction. */
    public long insert(SourceFile file, ImportedDocument doc, ArticleMarks marks) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO documents (file_name, source_path, format, encoding, sha256, "
                            + "byte_size, original, title, source, imported_at) VALUES (:fileName, :sourcePath, :format, "
                            + ":encoding, :sha, :size, :original, :title, :source, :at)")
                    .bindMap(documentRow(file, doc))
                    .bindBinaryStream("original", new java.io.ByteArrayInputStream(file.bytes()), file.bytes().length)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertContent(h, id, doc, marks);
            ChangeLog.bump(h);
            return id;
        });
    }

    /**
     * Replaces a document's bytes and content (a changed file re-imported, or cleaning rules
     * changed) and moves its highlights with {@code relocator}, all in one transaction. A highlight
     * that cannot be placed becomes an orphan; none is deleted.
     *
     * @return how many highlights became orphans
     */
    public int replaceContent(long documentId, SourceFile file, ImportedDocument doc, HighlightRelocator relocator) {
        return replaceContent(documentId, file, doc, relocator, ArticleMarks.NONE);
    }

    /** The same, storing the new articles' fingerprints and duplicate links with them. */
    public int replaceContent(long documentId, SourceFile file, ImportedDocument doc, HighlightRelocator relocator,
                              ArticleMarks marks) {
        return jdbi.inTransaction(h -> {
            List<Block> oldBlocks = documentBlocks(h, documentId);
            List<Highlight> highlights = HighlightRows.forDocument(h, documentId);
            h.createUpdate("UPDATE documents SET file_name = :fileName, source_path = :sourcePath, format = :format, "
                            + "encoding = :encoding, sha256 = :sha, byte_size = :size, original = :original, "
                            + "title = :title, source = :source, imported_at = :at WHERE id = :id")
                    .bindMap(documentRow(file, doc))
                    .bindBinaryStream("original", new java.io.ByteArrayInputStream(file.bytes()), file.bytes().length)
                    .bind("id", documentId)
                    .execute();
            // article tags follow the article at the same position
            Map<Integer, List<Long>> articleTagsByOrder = new HashMap<>();
            h.createQuery("SELECT a.ord, t.tag_id FROM article_tags t JOIN articles a ON a.id = t.article_id "
                            + "WHERE a.document_id = ?").bind(0, documentId)
                    .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getLong(2))).list()
                    .forEach(e -> articleTagsByOrder.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            h.execute("DELETE FROM removed_texts WHERE document_id = ?", documentId);
            h.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IN "
                    + "(SELECT id FROM articles WHERE document_id = ?)", documentId);
            h.execute("DELETE FROM articles WHERE document_id = ?", documentId);
            insertContent(h, documentId, doc, marks);
            List<Article> newArticles = h.createQuery("SELECT * FROM articles WHERE document_id = ? ORDER BY ord")
                    .bind(0, documentId).map(Rows.ARTICLE).list();
            for (Article a : newArticles) {
                for (Long tagId : articleTagsByOrder.getOrDefault(a.order(), List.of())) {
                    h.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", a.id(), tagId);
                }
            }
            List<Block> newBlocks = documentBlocks(h, documentId);
            int orphans = 0;
            Instant now = Instant.now();
            for (Highlight hl : highlights) {
                Optional<HighlightRelocator.Placement> placement = relocator.relocate(hl, oldBlocks, newBlocks);
                if (placement.isPresent()) {
                    HighlightRows.place(h, hl.id(), documentId, placement.get().articleId(), placement.get().anchor(), now);
                } else {
                    HighlightRows.orphan(h, hl.id(), now);
                    orphans++;
                }
            }
            ChangeLog.bump(h);
            return orphans;
        });
    }

    private static void insertContent(Handle h, long documentId, ImportedDocument doc, ArticleMarks marks) {
        List<Long> articleIds = new ArrayList<>(doc.articles().size());
        // one prepared statement on the handle's connection for every article (through Jdbi, each
        // article's insert bound its values one by one through its argument factories)
        try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO articles (document_id, ord, title, "
                + "author, article_date, simhash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            int ord = 0;
            for (ImportedArticle a : doc.articles()) {
                ps.setLong(1, documentId);
                ps.setInt(2, ord);
                ps.setString(3, a.title());
                ps.setString(4, a.author());
                ps.setObject(5, Rows.sqlDate(a.date()));
                ps.setObject(6, marks.simhashAt(ord));
                ps.setObject(7, marks.duplicateOfAt(ord));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new StorageException("no id was generated for an article");
                    }
                    articleIds.add(keys.getLong(1));
                }
                ord++;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e.getMessage(), e, null);
        }
        // rows in statements of BLOCK_ROWS (a statement per article cost a parse each; a batch
        // goes on after a failed write, see MultiRowInsert)
        MultiRowInsert blocks = new MultiRowInsert(h, "blocks", List.of("article_id", "ord", "block_type", "level", "text"),
                BLOCK_ROWS);
        for (int ai = 0; ai < articleIds.size(); ai++) {
            long articleId = articleIds.get(ai);
            int bord = 0;
            for (ImportedBlock b : doc.articles().get(ai).blocks()) {
                blocks.add(articleId, bord++, b.type().wireName(), b.level(), b.text());
            }
        }
        blocks.flush();
        if (!doc.removed().isEmpty()) {
            MultiRowInsert removed = new MultiRowInsert(h, "removed_texts",
                    List.of("document_id", "ord", "rule_id", "line_no", "text"), BLOCK_ROWS);
            int rord = 0;
            for (RemovedText r : doc.removed()) {
                removed.add(documentId, rord++, r.ruleId(), r.lineNumber(), r.text());
            }
            removed.flush();
        }
    }

    /** An article's stored SimHash fingerprint and the document it belongs to. */
    public record Fingerprint(long articleId, long documentId, long simhash) {
    }

    /** Every stored fingerprint, in article id order (articles without one are left out). */
    public List<Fingerprint> articleFingerprints() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, document_id, simhash FROM articles WHERE simhash IS NOT NULL "
                        + "ORDER BY id")
                .map((rs, ctx) -> new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list());
    }

    /** The ids of a document's articles in reading order. */
    public List<Long> articleIds(long documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles WHERE document_id = ? ORDER BY ord")
                .bind(0, documentId).mapTo(Long.class).list());
    }

    public void renameDocument(long documentId, String title) {
        jdbi.useTransaction(h -> {
            h.execute("UPDATE documents SET title = ? WHERE id = ?", title, documentId);
            ChangeLog.bump(h);
        });
    }

    public void renameArticle(long articleId, String title) {
        jdbi.useTransaction(h -> {
            h.execute("UPDATE articles SET title = ? WHERE id = ?", title, articleId);
            ChangeLog.bump(h);
        });
    }

    /**
     * Deletes a document with its articles and blocks. Its highlights are kept as orphans with
     * their quotes, notes and tags: they are the user's work.
     *
     * @return how many highlights became orphans
     */
    public int delete(long documentId) {
        return jdbi.inTransaction(h -> {
            Instant now = Instant.now();
            List<Highlight> hs = HighlightRows.forDocument(h, documentId);
            for (Highlight hl : hs) {
                HighlightRows.orphan(h, hl.id(), now);
            }
            h.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IN "
                    + "(SELECT id FROM articles WHERE document_id = ?)", documentId);
            h.execute("DELETE FROM documents WHERE id = ?", documentId);
            ChangeLog.bump(h);
            return hs.size();
        });
    }

    /** Current value of the change counter (see the search index's consistency check). */
    public long changeSeq() {
        return jdbi.withHandle(ChangeLog::current);
    }

}
