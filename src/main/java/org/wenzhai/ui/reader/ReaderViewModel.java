package org.wenzhai.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.documents.DocumentService;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;

/**
 * The reader's state: which article is open and where, the font size, find-in-article matches and
 * a marked range (a search hit). Loading happens on {@link BackgroundWork}; the view renders.
 */
public class ReaderViewModel {
    private final DocumentService documents;
    private final BackgroundWork work;
    private final UiSettings settings;
    private final ReadOnlyObjectWrapper<ReaderContent> content = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TextRange> target = new SimpleObjectProperty<>();
    private final ObjectProperty<TextRange> marked = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final StringProperty findQuery = new SimpleStringProperty("");
    private final ObservableList<TextRange> matches = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper findStatus = new ReadOnlyStringWrapper("");
    private BackgroundWork.Job loading;
    private long openedAtNanos;
    private long loadedAtNanos;
    private volatile long lastRenderMillis = -1;

    public ReaderViewModel(DocumentService documents, BackgroundWork work, UiSettings settings) {
        this.documents = documents;
        this.work = work;
        this.settings = settings;
        fontSize.set(settings.fontSize());
        findQuery.addListener((o, a, b) -> updateMatches());
        content.addListener((o, a, b) -> updateMatches());
    }

    /** Opens an article, scrolled to {@code blockId} when given, and marks {@code mark} when given. */
    public void open(long articleId, Long blockId, TextRange mark) {
        ReaderContent current = content.get();
        if (current != null && current.article().id() == articleId) {
            place(current, blockId, mark);
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        openedAtNanos = System.nanoTime();
        lastRenderMillis = -1;
        loading = work.start(c -> load(articleId), loaded -> {
            loadedAtNanos = System.nanoTime();
            error.set(null);
            marked.set(null);
            target.set(null);
            content.set(loaded);
            place(loaded, blockId, mark);
        }, e -> error.set(Messages.t("cli.error", e.getMessage())));
    }

    public void open(long articleId, Long blockId) {
        open(articleId, blockId, null);
    }

    /** Opens an article at a block and marks {@code [start, end)} in it (a search hit, a passage). */
    public void openAt(long articleId, long blockId, int start, int end) {
        open(articleId, blockId, new TextRange(-1, start, end));
    }

    private ReaderContent load(long articleId) {
        Article article = documents.article(articleId)
                .orElseThrow(() -> new IllegalArgumentException(Messages.t("ui.reader.gone")));
        Document document = documents.find(article.documentId())
                .orElseThrow(() -> new IllegalArgumentException(Messages.t("ui.reader.gone")));
        List<Block> blocks = documents.blocks(articleId);
        return new ReaderContent(document, article, blocks);
    }

    private void place(ReaderContent c, Long blockId, TextRange mark) {
        int paragraph = blockId == null ? 0 : Math.max(0, c.paragraphOf(blockId));
        if (mark != null && mark.paragraph() < 0) {
            mark = new TextRange(paragraph, mark.start(), mark.end());
        }
        if (mark != null) {
            marked.set(mark);
            paragraph = mark.paragraph();
        }
        // a new object each time so that opening the same place twice scrolls again
        target.set(new TextRange(paragraph, mark == null ? 0 : mark.start(), mark == null ? 0 : mark.end()));
    }

    /** Empties the reader (its document was deleted). */
    public void clear() {
        if (loading != null) {
            loading.cancel();
        }
        content.set(null);
        target.set(null);
        marked.set(null);
        lastRenderMillis = -1;
    }

    /** Called by the view once the article is drawn; returns a line for the log. */
    public String rendered() {
        long now = System.nanoTime();
        ReaderContent c = content.get();
        lastRenderMillis = (now - loadedAtNanos) / 1_000_000;
        return String.format("wenzhai: article %d (%d characters) loaded in %d ms, rendered in %d ms",
                c == null ? -1 : c.article().id(), c == null ? 0 : c.characterCount(),
                (loadedAtNanos - openedAtNanos) / 1_000_000, lastRenderMillis);
    }

    public long lastRenderMillis() {
        return lastRenderMillis;
    }

    public void zoomIn() {
        setFontSize(fontSize.get() + 2);
    }

    public void zoomOut() {
        setFontSize(fontSize.get() - 2);
    }

    public void setFontSize(int size) {
        int s = UiSettings.clampFont(size);
        fontSize.set(s);
        work.execute(() -> settings.setFontSize(s), () -> { }, e -> { });
    }

    private void updateMatches() {
        ReaderContent c = content.get();
        String q = findQuery.get();
        List<TextRange> found = new ArrayList<>();
        if (c != null && q != null && !q.isEmpty()) {
            Pattern p = Pattern.compile(Pattern.quote(q), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<Block> blocks = c.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Matcher m = p.matcher(blocks.get(i).text());
                while (m.find()) {
                    found.add(new TextRange(i, m.start(), m.end()));
                }
            }
        }
        matches.setAll(found);
        currentMatch.set(found.isEmpty() ? -1 : 0);
        updateFindStatus();
        if (!found.isEmpty()) {
            target.set(found.get(0));
        }
    }

    public void findNext() {
        step(1);
    }

    public void findPrevious() {
        step(-1);
    }

    private void step(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        int i = Math.floorMod(currentMatch.get() + delta, matches.size());
        currentMatch.set(i);
        target.set(matches.get(i));
        updateFindStatus();
    }

    private void updateFindStatus() {
        String q = findQuery.get();
        if (q == null || q.isEmpty()) {
            findStatus.set("");
        } else if (matches.isEmpty()) {
            findStatus.set(Messages.t("ui.find.none"));
        } else {
            findStatus.set(Messages.t("ui.find.count", currentMatch.get() + 1, matches.size()));
        }
    }

    public Optional<TextRange> currentMatchRange() {
        int i = currentMatch.get();
        return i < 0 || i >= matches.size() ? Optional.empty() : Optional.of(matches.get(i));
    }

    public ReadOnlyObjectProperty<ReaderContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReaderContent content() {
        return content.get();
    }

    /** Where the view should scroll: paragraph and range (a new value on every request). */
    public ObjectProperty<TextRange> targetProperty() {
        return target;
    }

    /** A range to mark (a search hit), or null. */
    public ObjectProperty<TextRange> markedProperty() {
        return marked;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public StringProperty findQueryProperty() {
        return findQuery;
    }

    public ObservableList<TextRange> matches() {
        return matches;
    }

    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty findStatusProperty() {
        return findStatus.getReadOnlyProperty();
    }

    /** The header line under the title: author, date, source, document. */
    public static String byline(ReaderContent c) {
        List<String> parts = new ArrayList<>();
        if (c.article().author() != null && !c.article().author().isBlank()) {
            parts.add(c.article().author());
        }
        if (c.article().date() != null) {
            parts.add(c.article().date().toString());
        }
        if (c.document().source() != null && !c.document().source().isBlank()) {
            parts.add(Messages.t("ui.reader.source", c.document().source()));
        }
        String file = c.document().fileName();
        String stem = file == null ? "" : file.replaceFirst("\\.[^.]*$", "");
        // 《标题》（标题.txt） says the title twice: name the file only when it says something else
        parts.add(stem.equals(c.document().title()) ? Messages.t("ui.reader.documentOnly", c.document().title())
                : Messages.t("ui.reader.document", c.document().title(), file));
        return String.join("　·　", parts);
    }
}
