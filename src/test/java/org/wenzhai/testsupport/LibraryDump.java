package org.wenzhai.testsupport;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wenzhai.domain.Hashes;
import org.wenzhai.storage.Library;

/** Every row of every table of a library, as comparable text (binary columns as length + SHA-256). */
public final class LibraryDump {
    private LibraryDump() {
    }

    public static Map<String, List<String>> of(Library library) {
        return library.jdbi().withHandle(h -> {
            Map<String, List<String>> out = new TreeMap<>();
            List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'").mapTo(String.class).list();
            for (String t : tables) {
                List<String> rows = h.createQuery("SELECT * FROM \"" + t + "\"").map((rs, ctx) -> row(rs)).list();
                rows = new ArrayList<>(rows);
                rows.sort(null);
                out.put(t, rows);
            }
            return out;
        });
    }

    private static String row(ResultSet rs) throws java.sql.SQLException {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof Blob b) {
                byte[] bytes = b.getBytes(1, (int) b.length());
                v = "blob[" + bytes.length + "," + Hashes.sha256Hex(bytes) + "]";
            } else if (v instanceof byte[] bytes) {
                v = "bin[" + bytes.length + "," + Hashes.sha256Hex(bytes) + "]";
            } else if (v instanceof Clob c) {
                v = c.getSubString(1, (int) c.length());
            }
            sb.append(md.getColumnName(i)).append('=').append(v).append('|');
        }
        return sb.toString();
    }
}
