package org.wenzhai.storage.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.wenzhai.domain.Anchor;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.BlockType;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.RemovedText;

/** Row mappers from our tables to domain records. */
public final class Rows {
    private Rows() {
    }

    public static final String DOCUMENT_COLUMNS =
            "id, file_name, source_path, format, encoding, sha256, byte_size, title, source, imported_at";

    public static final RowMapper<Document> DOCUMENT = (rs, ctx) -> new Document(
            rs.getLong("id"), rs.getString("file_name"), rs.getString("source_path"), rs.getString("format"),
            rs.getString("encoding"), rs.getString("sha256"), rs.getLong("byte_size"), rs.getString("title"),
            rs.getString("source"), instant(rs, "imported_at"));

    public static final RowMapper<Article> ARTICLE = (rs, ctx) -> {
        java.sql.Date d = rs.getDate("article_date");
        long dup = rs.getLong("duplicate_of");
        Long duplicateOf = rs.wasNull() ? null : dup;
        return new Article(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("ord"), rs.getString("title"),
                rs.getString("author"), d == null ? null : d.toLocalDate(), duplicateOf);
    };

    public static final RowMapper<Block> BLOCK = (rs, ctx) -> {
        int level = rs.getInt("level");
        Integer lv = rs.wasNull() ? null : level;
        return new Block(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("ord"),
                BlockType.fromWire(rs.getString("block_type")), lv, rs.getString("text"));
    };

    public static final RowMapper<RemovedText> REMOVED = (rs, ctx) -> new RemovedText(
            rs.getString("rule_id"), rs.getInt("line_no"), rs.getString("text"));

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        if (odt != null) {
            return odt.toInstant();
        }
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Anchor anchor(ResultSet rs) throws SQLException {
        return new Anchor(nullableLong(rs, "start_block_id"), rs.getInt("start_offset"),
                nullableLong(rs, "end_block_id"), rs.getInt("end_offset"), rs.getString("quote"),
                rs.getString("prefix"), rs.getString("suffix"));
    }

    public static HighlightColor color(ResultSet rs) throws SQLException {
        return HighlightColor.fromWire(rs.getString("color"));
    }

    public static java.sql.Date sqlDate(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }
}
