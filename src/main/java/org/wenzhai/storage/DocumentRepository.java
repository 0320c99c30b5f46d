package org.wenzhai.storage;

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
import org.jdbi.v3.core.statement.PreparedBatch;
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
import org.wenzhai.storage.jdbi.Rows;

/**
 * Documents, their articles and blocks. Every write is one transaction: a document is stored
 * whole or not at all.
 */
public class DocumentRepository {
    private static final int BATCH_ROWS = 1000;
    private static final String BLOCK_INSERT = "INSERT INTO blocks (article_id, ord, block_type, level, text) "
            + "VALUES (:article, :ord, :type, :level, :text)";
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
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO documents (file_name, source_path, format, encoding, sha256, "
                            + "byte_size, original, title, source, imported_at) VALUES (:fileName, :sourcePath, :format, "
                            + ":encoding, :sha, :size, :original, :title, :source, :at)")
                    .bind("fileName", file.fileName())
                    .bind("sourcePath", file.sourcePath())
                    .bind("format", file.format())
                    .bind("encoding", doc.encoding())
                    .bind("sha", file.sha256())
                    .bind("size", (long) file.bytes().length)
                    .bindBinaryStream("original", new java.io.ByteArrayInputStream(file.bytes()), file.bytes().length)
                    .bind("title", doc.title())
                    .bind("source", doc.source())
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertContent(h, id, doc);
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
        return jdbi.inTransaction(h -> {
            List<Block> oldBlocks = documentBlocks(h, documentId);
            List<Highlight> highlights = HighlightRows.forDocument(h, documentId);
            h.createUpdate("UPDATE documents SET file_name = :fileName, source_path = :sourcePath, format = :format, "
                            + "encoding = :encoding, sha256 = :sha, byte_size = :size, original = :original, "
                            + "title = :title, source = :source, imported_at = :at WHERE id = :id")
                    .bind("fileName", file.fileName())
                    .bind("sourcePath", file.sourcePath())
                    .bind("format", file.format())
                    .bind("encoding", doc.encoding())
                    .bind("sha", file.sha256())
                    .bind("size", (long) file.bytes().length)
                    .bindBinaryStream("original", new java.io.ByteArrayInputStream(file.bytes()), file.bytes().length)
                    .bind("title", doc.title())
                    .bind("source", doc.source())
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
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
            insertContent(h, documentId, doc);
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

    private static void insertContent(Handle h, long documentId, ImportedDocument doc) {
        int ord = 0;
        for (ImportedArticle a : doc.articles()) {
            long articleId = h.createUpdate("INSERT INTO articles (document_id, ord, title, author, article_date) "
                            + "VALUES (:doc, :ord, :title, :author, :date)")
                    .bind("doc", documentId).bind("ord", ord++).bind("title", a.title()).bind("author", a.author())
                    .bind("date", Rows.sqlDate(a.date()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch batch = h.prepareBatch(BLOCK_INSERT);
            int bord = 0;
            for (ImportedBlock b : a.blocks()) {
                batch.bind("article", articleId).bind("ord", bord++).bind("type", b.type().wireName())
                        .bind("level", b.level()).bind("text", b.text()).add();
                // a batch keeps every row's bindings until it runs: flush in slices so a 200 MB file fits the heap
                if (bord % BATCH_ROWS == 0) {
                    batch.execute();
                    batch = h.prepareBatch(BLOCK_INSERT);
                }
            }
            if (bord % BATCH_ROWS != 0) {
                batch.execute();
            }
        }
        if (!doc.removed().isEmpty()) {
            PreparedBatch batch = h.prepareBatch("INSERT INTO removed_texts (document_id, ord, rule_id, line_no, text) "
                    + "VALUES (:doc, :ord, :rule, :line, :text)");
            int rord = 0;
            for (RemovedText r : doc.removed()) {
                batch.bind("doc", documentId).bind("ord", rord++).bind("rule", r.ruleId()).bind("line", r.lineNumber())
                        .bind("text", r.text()).add();
            }
            batch.execute();
        }
    }

    /** Marks an article as a near-duplicate of another (or clears it with null). */
    public void setDuplicateOf(long articleId, Long duplicateOf, Long simhash) {
        jdbi.useHandle(h -> h.execute("UPDATE articles SET duplicate_of = ?, simhash = ? WHERE id = ?",
                duplicateOf, simhash, articleId));
    }

    /** An article's fingerprint and the earlier article it repeats (null when none). */
    public record DuplicateMark(long articleId, Long duplicateOf, long simhash) {
    }

    /**
     * Stores a document's fingerprints and duplicate links in one transaction: one commit per
     * article (each a write to disk with {@code WRITE_DELAY=0}) dominated importing a folder.
     */
    public void setDuplicates(List<DuplicateMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("UPDATE articles SET duplicate_of = :dup, simhash = :hash WHERE id = :id");
            for (DuplicateMark m : marks) {
                batch.bind("dup", m.duplicateOf()).bind("hash", m.simhash()).bind("id", m.articleId()).add();
            }
            batch.execute();
        });
    }

    /** Article ids with their stored SimHash fingerprints (articles without one are left out). */
    public Map<Long, Long> articleFingerprints() {
        Map<Long, Long> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, simhash FROM articles WHERE simhash IS NOT NULL ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
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
