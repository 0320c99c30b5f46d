package org.wenzhai.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.wenzhai.domain.IntegrityReport;

/**
 * Verifies a library's rows hang together: no row points at a missing parent, every document has
 * its articles, and every document's stored bytes still match their size and SHA-256. The
 * foreign keys should make orphans impossible; this check proves it after a crash, a full disk or
 * a restore instead of trusting it.
 */
public class IntegrityRepository {
    private static final String[][] ORPHAN_QUERIES = {
            {"articles without their document",
                    "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = a.document_id)"},
            {"blocks without their article",
                    "SELECT COUNT(*) FROM blocks b WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = b.article_id)"},
            {"removed texts without their document",
                    "SELECT COUNT(*) FROM removed_texts r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.document_id)"},
            {"documents without any article",
                    "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)"},
            {"articles marked duplicate of a missing article",
                    "SELECT COUNT(*) FROM articles a WHERE a.duplicate_of IS NOT NULL "
                            + "AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of)"},
            {"article tag links without article or tag",
                    "SELECT COUNT(*) FROM article_tags x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id) "
                            + "OR NOT EXISTS (SELECT 1 FROM tags t WHERE t.id = x.tag_id)"},
            {"document tag links without document or tag",
                    "SELECT COUNT(*) FROM document_tags x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = x.document_id) "
                            + "OR NOT EXISTS (SELECT 1 FROM tags t WHERE t.id = x.tag_id)"},
            {"highlight tag links without highlight or tag",
                    "SELECT COUNT(*) FROM highlight_tags x WHERE NOT EXISTS (SELECT 1 FROM highlights h WHERE h.id = x.highlight_id) "
                            + "OR NOT EXISTS (SELECT 1 FROM tags t WHERE t.id = x.tag_id)"},
            {"highlights pointing at a missing document, article or block",
                    "SELECT COUNT(*) FROM highlights h WHERE "
                            + "(h.document_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = h.document_id)) "
                            + "OR (h.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = h.article_id)) "
                            + "OR (h.start_block_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.id = h.start_block_id)) "
                            + "OR (h.end_block_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.id = h.end_block_id))"},
            {"tags whose parent tag is missing",
                    "SELECT COUNT(*) FROM tags t WHERE LOCATE('/', t.path) > 0 AND NOT EXISTS (SELECT 1 FROM tags p "
                            + "WHERE p.path = REGEXP_REPLACE(t.path, '/[^/]*$', ''))"},
    };

    private final Jdbi jdbi;

    public IntegrityRepository(Library library) {
        this.jdbi = library.jdbi();
    }

    /** Runs every check in one read transaction, so concurrent writes cannot make it report a half state. */
    public IntegrityReport check() {
        return jdbi.inTransaction(h -> {
            List<String> problems = new ArrayList<>();
            for (String[] q : ORPHAN_QUERIES) {
                long n = count(h, q[1]);
                if (n > 0) {
                    problems.add(n + " " + q[0]);
                }
            }
            if (count(h, "SELECT COUNT(*) FROM library_meta WHERE meta_key = 'change_seq'") != 1) {
                problems.add("the change counter is missing");
            }
            checkOriginals(h, problems);
            return new IntegrityReport(count(h, "SELECT COUNT(*) FROM documents"), count(h, "SELECT COUNT(*) FROM articles"),
                    count(h, "SELECT COUNT(*) FROM blocks"), count(h, "SELECT COUNT(*) FROM highlights"),
                    count(h, "SELECT COUNT(*) FROM tags"), problems);
        });
    }

    private static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    private static void checkOriginals(Handle h, List<String> problems) {
        List<Long> ids = h.createQuery("SELECT id FROM documents ORDER BY id").mapTo(Long.class).list();
        for (long id : ids) {
            h.createQuery("SELECT file_name, sha256, byte_size, original FROM documents WHERE id = ?").bind(0, id)
                    .map((rs, ctx) -> {
                        MessageDigest sha = sha256();
                        long size = 0;
                        try (InputStream in = rs.getBinaryStream("original")) {
                            byte[] buf = new byte[1 << 16];
                            for (int n; (n = in.read(buf)) > 0; ) {
                                sha.update(buf, 0, n);
                                size += n;
                            }
                        } catch (IOException e) {
                            problems.add("document #" + id + " (" + rs.getString("file_name") + "): original bytes unreadable: "
                                    + e.getMessage());
                            return Boolean.FALSE;
                        }
                        if (size != rs.getLong("byte_size")
                                || !HexFormat.of().formatHex(sha.digest()).equals(rs.getString("sha256").strip())) {
                            problems.add("document #" + id + " (" + rs.getString("file_name")
                                    + "): original bytes do not match their size and SHA-256");
                        }
                        return Boolean.TRUE;
                    }).findOne();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
