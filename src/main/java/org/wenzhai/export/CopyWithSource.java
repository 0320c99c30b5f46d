package org.wenzhai.export;

import org.wenzhai.domain.Highlight;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.HighlightService;

/**
 * What the window puts on the clipboard for "copy with source": the selected text, a line break,
 * and the source line from the library's template (just the text when the template yields nothing).
 */
public class CopyWithSource {
    private final HighlightService highlights;
    private final ExcerptExporter exporter;

    public CopyWithSource(HighlightService highlights, ExcerptExporter exporter) {
        this.highlights = highlights;
        this.exporter = exporter;
    }

    /** A selection from {@code start} in one block to {@code end} (exclusive) in the same or a later block of one article. */
    public String copy(long startBlockId, int start, long endBlockId, int end) {
        String text = highlights.spanText(startBlockId, start, endBlockId, end);
        return withSource(text, exporter.sourceLine(startBlockId, null));
    }

    /** A highlight's quote with its source line (an orphan's quote alone: it has no place to cite). */
    public String copy(long highlightId) {
        Highlight h = highlights.find(highlightId).orElseThrow(() -> new IllegalArgumentException(
                Messages.t("passages.noHighlight", highlightId)));
        if (h.orphan()) {
            return h.anchor().quote();
        }
        return withSource(h.anchor().quote(), exporter.sourceLine(h.anchor().startBlockId(), null));
    }

    private static String withSource(String text, String source) {
        return source.isEmpty() ? text : text + "\n" + source;
    }
}
