package org.wenzhai.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * CSV per RFC 4180 (CRLF line ends; fields with commas, quotes or line breaks quoted, quotes
 * doubled) with the columns Highlight, Title, Author, Note, Tags, Location. Tags are joined
 * with "; ". UTF-8 with a BOM by default so that Excel reads the Chinese correctly.
 */
public class CsvExcerptWriter implements ExcerptWriter {
    public static final List<String> COLUMNS = List.of("Highlight", "Title", "Author", "Note", "Tags", "Location");

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(ExcerptGroups groups, TextEncoding encoding, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        row(sb, COLUMNS);
        for (Excerpt x : groups.excerpts()) {
            row(sb, List.of(x.text(), nz(x.articleTitle()), nz(x.author()), nz(x.note()), String.join("; ", x.tags()),
                    x.location()));
        }
        out.write(encoding.encode(sb.toString()));
    }

    private static void row(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    static String field(String s) {
        String v = s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
