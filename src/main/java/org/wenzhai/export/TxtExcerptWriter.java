package org.wenzhai.export;

import java.io.IOException;
import java.io.OutputStream;
import org.wenzhai.i18n.Messages;

/** Plain text: titles, heading paths, then each excerpt indented with its source line, note and tags. */
public class TxtExcerptWriter implements ExcerptWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.TXT;
    }

    @Override
    public void write(ExcerptGroups groups, TextEncoding encoding, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ExcerptGroups.DocumentGroup d : groups.documents()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("《").append(d.title()).append("》\n");
            for (ExcerptGroups.ArticleGroup a : d.articles()) {
                if (a.title() != null) {
                    sb.append('\n').append("【").append(a.title()).append("】\n");
                }
                for (ExcerptGroups.HeadingGroup s : a.sections()) {
                    if (!s.headings().isEmpty()) {
                        sb.append('\n').append(String.join(" › ", s.headings())).append('\n');
                    }
                    for (Excerpt x : s.excerpts()) {
                        sb.append('\n');
                        for (String line : x.text().split("\n")) {
                            sb.append("    ").append(line).append('\n');
                        }
                        if (!x.sourceLine().isEmpty()) {
                            sb.append("    ").append(x.sourceLine()).append('\n');
                        }
                        if (x.note() != null) {
                            String[] lines = x.note().split("\\R");
                            sb.append("    ").append(Messages.t("passages.export.note")).append(lines[0]).append('\n');
                            for (int i = 1; i < lines.length; i++) {
                                sb.append("    ").append(lines[i]).append('\n');
                            }
                        }
                        if (!x.tags().isEmpty()) {
                            sb.append("    ").append(Messages.t("passages.export.tags")).append(String.join("、", x.tags()))
                                    .append('\n');
                        }
                    }
                }
            }
        }
        out.write(encoding.encode(sb.toString()));
    }
}
