package org.wenzhai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.Hashes;
import org.wenzhai.testsupport.Materials;

/**
 * A library made by the first schema alone, filled with plain SQL in that schema's shape, must
 * open through every later migration with nothing lost: every V1 column of every row the same.
 */
class MigrationFromFirstSchemaTest {
    /** The V1 tables and their columns: what must survive every later migration. */
    private static final Map<String, String> V1_COLUMNS = new LinkedHashMap<>();

    static {
        V1_COLUMNS.put("library_meta", "meta_key, meta_value");
        V1_COLUMNS.put("documents", "id, file_name, source_path, format, encoding, sha256, byte_size, original, title, "
                + "source, imported_at");
        V1_COLUMNS.put("removed_texts", "id, document_id, ord, rule_id, line_no, text");
        V1_COLUMNS.put("articles", "id, document_id, ord, title, author, article_date, duplicate_of, simhash");
        V1_COLUMNS.put("blocks", "id, article_id, ord, block_type, level, text");
        V1_COLUMNS.put("tags", "id, path, color");
        V1_COLUMNS.put("highlights", "id, document_id, article_id, start_block_id, start_offset, end_block_id, end_offset, "
                + "quote, prefix, suffix, color, note, orphan, origin, created_at, updated_at");
        V1_COLUMNS.put("highlight_tags", "highlight_id, tag_id");
        V1_COLUMNS.put("article_tags", "article_id, tag_id");
        V1_COLUMNS.put("document_tags", "document_id, tag_id");
        V1_COLUMNS.put("settings", "setting_key, setting_value");
    }

    @TempDir
    Path dir;

    @Test
    void aFirstSchemaLibraryWithDataOpensAfterEveryLaterMigrationWithNothingLost() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(Library.DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "wenzhai", "").locations("classpath:db/migration").target("1").load().migrate();
        Map<String, List<String>> before;
        try (Connection c = DriverManager.getConnection(url, "wenzhai", "")) {
            fillInFirstShape(c);
            before = v1Rows(c);
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
        assertThat(before.get("documents")).hasSize(3);
        assertThat(before.get("highlights")).hasSize(4);

        try (Library library = Library.open(dir)) {
            assertThat(library.wasCreated()).isFalse();
            Map<String, List<String>> after = library.jdbi().withHandle(h -> {
                try {
                    return v1Rows(h.getConnection());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(after).isEqualTo(before);
            int applied = library.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL").mapTo(Integer.class).one());
            if (applied > 1) {
                try (var files = Files.list(dir.resolve("backups"))) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .as("a copy is kept before an upgrade").anyMatch(n -> n.startsWith("wenzhai-before-upgrade-"));
                }
            }
            assertThat(new IntegrityRepository(library).check().problems()).isEmpty();
            assertThat(new DocumentRepository(library).originalBytes(2))
                    .isEqualTo(Materials.text(2, 4).replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
        }
    }

    @Test
    void anExistingDatabaseIsCopiedToBackupsBeforeItsSchemaIsUpgraded() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(Library.DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "wenzhai", ""); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
        try (Library library = Library.open(dir)) {
            int documents = library.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM documents")
                    .mapTo(Integer.class).one());
            assertThat(documents).isZero();
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            List<Path> copies = files.filter(p -> p.getFileName().toString().startsWith("wenzhai-before-upgrade-")).toList();
            assertThat(copies).hasSize(1);
            try (var zip = new java.util.zip.ZipFile(copies.get(0).toFile())) {
                assertThat(zip.getEntry("wenzhai.mv.db")).isNotNull();
            }
        }
    }

    private static void fillInFirstShape(Connection c) throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2024, 3, 12, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        long blockSeq = 0;
        for (int d = 1; d <= 3; d++) {
            String text = Materials.text(d, 4);
            byte[] original = d == 2 ? text.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"))
                    : text.getBytes(StandardCharsets.UTF_8);
            exec(c, "INSERT INTO documents (id, file_name, source_path, format, encoding, sha256, byte_size, original, title, "
                            + "source, imported_at) VALUES (?, ?, ?, 'txt', ?, ?, ?, ?, ?, ?, ?)",
                    d, "材料 " + d + " 🙂.txt", "/home/user/资料/材料 " + d + ".txt", d == 2 ? "GB18030" : "UTF-8",
                    Hashes.sha256Hex(original), (long) original.length, original, text.lines().findFirst().orElseThrow(),
                    d == 3 ? "某市委办公室" : null, at.plusDays(d));
            exec(c, "INSERT INTO removed_texts (document_id, ord, rule_id, line_no, text) VALUES (?, 0, 'advert.member-group', 7, "
                    + "'加入会员群获取更多材料')", d);
            List<String> lines = text.lines().skip(2).map(String::strip).toList();
            for (int a = 0; a < 2; a++) {
                long articleId = d * 10L + a;
                exec(c, "INSERT INTO articles (id, document_id, ord, title, author, article_date, duplicate_of, simhash) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        articleId, d, a, "第" + (a + 1) + "篇 " + lines.get(0).substring(0, 6), a == 0 ? "某县委组织部" : null,
                        a == 0 ? java.sql.Date.valueOf(LocalDate.of(2023, 3, d)) : null,
                        d == 3 && a == 1 ? 10L : null, d * 1_000_003L + a);
                int ord = 0;
                for (String line : lines) {
                    boolean heading = line.matches("^[一二三四五六]、.*|^（[一二三]）.*");
                    exec(c, "INSERT INTO blocks (id, article_id, ord, block_type, level, text) VALUES (?, ?, ?, ?, ?, ?)",
                            ++blockSeq, articleId, ord++, heading ? "heading" : "paragraph",
                            heading ? (line.startsWith("（") ? 2 : 1) : null, line);
                }
            }
        }
        for (String[] t : new String[][] {{"1", "主题", null}, {"2", "主题/乡村振兴", "#2e7d32"}, {"3", "素材", null},
                {"4", "素材/金句", "#c62828"}}) {
            exec(c, "INSERT INTO tags (id, path, color) VALUES (?, ?, ?)", Long.parseLong(t[0]), t[1], t[2]);
        }
        exec(c, "INSERT INTO highlights (id, document_id, article_id, start_block_id, start_offset, end_block_id, end_offset, "
                + "quote, prefix, suffix, color, note, orphan, origin, created_at, updated_at) VALUES "
                + "(1, 1, 10, 2, 0, 3, 4, '跨段摘录', '', '', 'yellow', '批注：可作开头', FALSE, NULL, ?, ?)", at, at.plusHours(1));
        exec(c, "INSERT INTO highlights (id, document_id, article_id, start_block_id, start_offset, end_block_id, end_offset, "
                + "quote, prefix, suffix, color, note, orphan, origin, created_at, updated_at) VALUES "
                + "(2, 2, 20, 12, 3, 12, 9, '以钉钉子精神', '我们', '抓好', 'green', NULL, FALSE, NULL, ?, ?)", at, at);
        exec(c, "INSERT INTO highlights (id, document_id, article_id, start_block_id, start_offset, end_block_id, end_offset, "
                + "quote, prefix, suffix, color, note, orphan, origin, created_at, updated_at) VALUES "
                + "(3, NULL, NULL, NULL, 0, NULL, 5, '久久为功', '', '', 'blue', '原文已删除', TRUE, '某县经验交流材料汇编', ?, ?)",
                at, at);
        exec(c, "INSERT INTO highlights (id, document_id, article_id, start_block_id, start_offset, end_block_id, end_offset, "
                + "quote, prefix, suffix, color, note, orphan, origin, created_at, updated_at) VALUES "
                + "(4, 3, 31, 30, 1, 30, 8, '金句摘录示例', '“', '”', 'pink', '多行批注\n第二行', FALSE, NULL, ?, ?)", at, at);
        exec(c, "INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (1, 2), (1, 4), (3, 4), (4, 3)");
        exec(c, "INSERT INTO article_tags (article_id, tag_id) VALUES (10, 2), (21, 1)");
        exec(c, "INSERT INTO document_tags (document_id, tag_id) VALUES (1, 1), (3, 2)");
        exec(c, "INSERT INTO settings (setting_key, setting_value) VALUES ('import.disabledRules', 'advert.qq-group'), "
                + "('export.citation', '摘自《{document}》·《{article}》')");
        exec(c, "UPDATE library_meta SET meta_value = '42' WHERE meta_key = 'change_seq'");
    }

    private static void exec(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static Map<String, List<String>> v1Rows(Connection c) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : V1_COLUMNS.entrySet()) {
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + e.getValue() + " FROM " + e.getKey())) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof java.sql.Blob b) {
                            v = Hashes.sha256Hex(b.getBytes(1, (int) b.length())) + "/" + b.length();
                        } else if (v instanceof byte[] bytes) {
                            v = Hashes.sha256Hex(bytes) + "/" + bytes.length;
                        }
                        sb.append(v).append('|');
                    }
                    rows.add(sb.toString());
                }
            }
            rows.sort(null);
            out.put(e.getKey(), rows);
        }
        return out;
    }
}
