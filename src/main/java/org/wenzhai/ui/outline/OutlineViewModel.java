package org.wenzhai.ui.outline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.documents.DocumentService;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.BackgroundWork;

/**
 * The outline (提纲) of a tag's or a search's articles: their level-1 and level-2 headings, article
 * by article — writers borrow outlines. Also as plain text to copy.
 */
public class OutlineViewModel {
    /** One article's outline. */
    public record Entry(long articleId, String articleTitle, String documentTitle, List<Block> headings) {
        public Entry {
            headings = List.copyOf(headings);
        }
    }

    private final DocumentService documents;
    private final BackgroundWork work;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public OutlineViewModel(DocumentService documents, BackgroundWork work) {
        this.documents = documents;
        this.work = work;
    }

    /** Builds the outline of these articles (in this order, each once). */
    public void load(String forWhat, List<Long> articleIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(articleIds));
        title.set(Messages.t("ui.outline.title", forWhat, ids.size()));
        work.run(() -> {
            List<Entry> out = new ArrayList<>();
            for (long id : ids) {
                Optional<Article> a = documents.article(id);
                if (a.isEmpty()) {
                    continue;
                }
                String docTitle = documents.find(a.get().documentId()).map(Document::title).orElse("");
                List<Block> heads = documents.blocks(id).stream()
                        .filter(b -> b.isHeading() && b.level() != null && b.level() <= 2).toList();
                out.add(new Entry(id, a.get().title(), docTitle, heads));
            }
            return out;
        }, list -> {
            entries.setAll(list);
            text.set(asText(list));
        }, e -> text.set(Messages.t("cli.error", e.getMessage())));
    }

    /** The outline as text: the article, its source, then its headings indented by level. */
    public static String asText(List<Entry> list) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : list) {
            sb.append(e.articleTitle());
            if (e.documentTitle() != null && !e.documentTitle().isBlank() && !e.documentTitle().equals(e.articleTitle())) {
                sb.append("（").append(Messages.t("ui.outline.from", e.documentTitle())).append("）");
            }
            sb.append('\n');
            if (e.headings().isEmpty()) {
                sb.append("    ").append(Messages.t("ui.outline.noHeadings")).append('\n');
            }
            for (Block b : e.headings()) {
                sb.append(b.level() == 1 ? "    " : "        ").append(b.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().strip() + (list.isEmpty() ? "" : "\n");
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
