package org.wenzhai.testsupport;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.wenzhai.storage.Library;

/**
 * Adds a user's marking to a library with plain SQL in the first schema's shape: hierarchical
 * tags, highlights with notes on the first blocks of each document, tag links of every kind and
 * one orphan highlight.
 */
public final class UserWork {
    private UserWork() {
    }

    public static void addTo(Library library) {
        library.jdbi().useTransaction(h -> {
            OffsetDateTime at = OffsetDateTime.of(2024, 6, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
            for (String path : List.of("主题", "主题/乡村振兴", "主题/基层治理", "素材", "素材/金句")) {
                h.execute("INSERT INTO tags (path, color) VALUES (?, ?)", path, path.startsWith("素材") ? "#c04040" : null);
            }
            List<Long> tagIds = h.createQuery("SELECT id FROM tags ORDER BY id").mapTo(Long.class).list();
            List<Long> docs = h.createQuery("SELECT id FROM documents ORDER BY id").mapTo(Long.class).list();
            int n = 0;
            for (long doc : docs) {
                var block = h.createQuery("SELECT b.id, b.article_id, b.text FROM blocks b JOIN articles a ON a.id = b.article_id "
                                + "WHERE a.document_id = ? AND LENGTH(b.text) > 12 ORDER BY a.ord, b.ord LIMIT 1")
                        .bind(0, doc).mapToMap().findOne();
                if (block.isEmpty()) {
                    continue;
                }
                long blockId = ((Number) block.get().get("id")).longValue();
                long articleId = ((Number) block.get().get("article_id")).longValue();
                String text = (String) block.get().get("text");
                long hl = h.createUpdate("INSERT INTO highlights (document_id, article_id, start_block_id, start_offset, "
                                + "end_block_id, end_offset, quote, prefix, suffix, color, note, created_at, updated_at) "
                                + "VALUES (?, ?, ?, 2, ?, 10, ?, ?, ?, ?, ?, ?, ?)")
                        .bind(0, doc).bind(1, articleId).bind(2, blockId).bind(3, blockId).bind(4, text.substring(2, 10))
                        .bind(5, text.substring(0, 2)).bind(6, text.substring(10, 12)).bind(7, n % 2 == 0 ? "yellow" : "green")
                        .bind(8, "批注" + n + "：这段可用于开头，注意“三个坚持”的提法。").bind(9, at.plusMinutes(n)).bind(10, at.plusMinutes(n))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                h.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)", hl, tagIds.get(1 + n % 4));
                h.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", articleId, tagIds.get(n % 5));
                h.execute("INSERT INTO document_tags (document_id, tag_id) VALUES (?, ?)", doc, tagIds.get(0));
                n++;
            }
            long orphan = h.createUpdate("INSERT INTO highlights (start_offset, end_offset, quote, prefix, suffix, note, orphan, "
                            + "origin, created_at, updated_at) VALUES (0, 6, '久久为功见实效', '', '', '原文已删除，保留摘录', TRUE, "
                            + "'某县经验交流材料汇编', ?, ?)")
                    .bind(0, at).bind(1, at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)", orphan, tagIds.get(4));
            h.execute("MERGE INTO settings (setting_key, setting_value) KEY (setting_key) VALUES ('export.citation', "
                    + "'摘自《{document}》·《{article}》')");
        });
    }
}
