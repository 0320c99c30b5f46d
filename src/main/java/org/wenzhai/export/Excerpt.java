package org.wenzhai.export;

import java.time.LocalDate;
import java.util.List;
import org.wenzhai.domain.Highlight;

/**
 * One highlight ready to be written: its text (blocks separated by a line break), where it comes
 * from, its source line, note and tags.
 *
 * @param headings the heading path above the passage, outermost first
 * @param paragraph the 1-based position of its first block in the article
 */
public record Excerpt(Highlight highlight, String text, String documentTitle, String articleTitle, String author,
                      LocalDate date, List<String> headings, int paragraph, String sourceLine) {

    public Excerpt {
        headings = List.copyOf(headings);
    }

    public String note() {
        return highlight.note();
    }

    public List<String> tags() {
        return highlight.tags().stream().map(Object::toString).toList();
    }

    /** Where it is, for a table: document › article › headings › paragraph. */
    public String location() {
        StringBuilder sb = new StringBuilder("《").append(documentTitle).append("》");
        if (articleTitle != null && !articleTitle.equals(documentTitle)) {
            sb.append(" › 《").append(articleTitle).append("》");
        }
        for (String h : headings) {
            sb.append(" › ").append(h);
        }
        return sb.append(" › 第").append(paragraph).append("段").toString();
    }
}
