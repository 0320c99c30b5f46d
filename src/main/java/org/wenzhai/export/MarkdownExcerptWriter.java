package org.wenzhai.export;

import java.io.IOException;
import java.io.OutputStream;
import org.wenzhai.i18n.Messages;

/** Markdown: # document, ## article, ### heading path; each excerpt a > quote ending with its source line. */
public class MarkdownExcerptWriter implements ExcerptWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.MD;
    }

    @Override
    public void write(ExcerptGroups groups, TextEncoding encoding, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ExcerptGroups.DocumentGroup d : groups.documents()) {
            sb.append("# ").append(inline(d.title())).append("\n\n");
            for (ExcerptGroups.ArticleGroup a : d.articles()) {
                if (a.title() != null) {
                    sb.append("## ").append(inline(a.title())).append("\n\n");
                }
                for (ExcerptGroups.HeadingGroup s : a.sections()) {
                    if (!s.headings().isEmpty()) {
                        sb.append("### ").append(inline(String.join(" › ", s.headings()))).append("\n\n");
                    }
                    for (Excerpt x : s.excerpts()) {
                        String[] lines = x.text().split("\n");
                        for (int i = 0; i < lines.length; i++) {
                            if (i > 0) {
                                sb.append(">\n");
                            }
                            sb.append("> ").append(lines[i]).append('\n');
                        }
                        if (!x.sourceLine().isEmpty()) {
                            sb.append(">\n> ").append(x.sourceLine()).append('\n');
                        }
                        sb.append('\n');
                        if (x.note() != null) {
                            sb.append(Messages.t("passages.export.note"))
                                    .append(x.note().strip().replaceAll("\\R", "  \n")).append("\n\n");
                        }
                        if (!x.tags().isEmpty()) {
                            sb.append(Messages.t("passages.export.tags"));
                            for (int i = 0; i < x.tags().size(); i++) {
                                sb.append(i == 0 ? "" : " ").append('`').append(x.tags().get(i)).append('`');
                            }
                            sb.append("\n\n");
                        }
                    }
                }
            }
        }
        out.write(encoding.encode(sb.toString()));
    }

    /** Keeps a title on one line and from starting a Markdown construct of its own. */
    private static String inline(String s) {
        return s.replaceAll("\\R", " ").replace("#", "\\#");
    }
}
