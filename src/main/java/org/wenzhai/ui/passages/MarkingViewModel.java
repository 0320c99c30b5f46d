package org.wenzhai.ui.passages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.Tag;
import org.wenzhai.domain.TagPath;
import org.wenzhai.export.CopyWithSource;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.HighlightService;
import org.wenzhai.passages.TagService;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.reader.ReaderContent;
import org.wenzhai.ui.reader.Span;

/**
 * Marking in the reader: the highlights of the open article, the one the user clicked, and the
 * actions on a selection (highlight in a colour, note, tags, copy with source) and on a highlight
 * (edit note, tags, colour, delete). Every change is written by the passages services in the
 * background; {@code onChanged} then tells the tag panel.
 */
public class MarkingViewModel {
    private final HighlightService highlights;
    private final TagService tags;
    private final CopyWithSource copy;
    private final BackgroundWork work;
    private final ObservableList<Highlight> articleHighlights = FXCollections.observableArrayList();
    private final ObjectProperty<Highlight> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> tagSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> changeListeners = new ArrayList<>();
    private ReaderContent content;
    private Long selectOnShow;

    public MarkingViewModel(HighlightService highlights, TagService tags, CopyWithSource copy, BackgroundWork work) {
        this.highlights = highlights;
        this.tags = tags;
        this.copy = copy;
        this.work = work;
    }

    /** Called after any highlight or tag changed (the tag panel refreshes its counts). */
    public void onChanged(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The reader shows another article (or none): load its highlights. */
    public void show(ReaderContent c) {
        this.content = c;
        selected.set(null);
        Long select = selectOnShow;
        selectOnShow = null;
        reload(select);
    }

    private void reload(Long select) {
        ReaderContent c = content;
        if (c == null) {
            articleHighlights.clear();
            return;
        }
        long articleId = c.article().id();
        work.run(() -> highlights.forDocument(c.document().id()).stream()
                .filter(h -> h.articleId() != null && h.articleId() == articleId).toList(), list -> {
            if (content != c) {
                return;
            }
            articleHighlights.setAll(list);
            if (select != null) {
                list.stream().filter(h -> h.id() == select).findFirst().ifPresent(selected::set);
            } else if (selected.get() != null) {
                long id = selected.get().id();
                selected.set(list.stream().filter(h -> h.id() == id).findFirst().orElse(null));
            }
        }, this::fail);
    }

    /** Loads every tag path, for auto-completion. */
    public void loadTagSuggestions() {
        work.run(() -> tags.all().stream().map(Tag::path).map(TagPath::value).sorted().toList(),
                tagSuggestions::setAll, this::fail);
    }

    /** Highlights the selection in {@code color} and selects the new highlight. */
    public void highlight(Span span, HighlightColor color) {
        create(span, new HighlightService.Details(color, null, List.of()));
    }

    /** Highlights the selection with a note (yellow unless it already is a highlight). */
    public void highlightWithNote(Span span, String note) {
        create(span, new HighlightService.Details(HighlightColor.YELLOW, note, List.of()));
    }

    /** Highlights the selection with tags; new paths are created. */
    public void highlightWithTags(Span span, Collection<String> tagTexts) {
        List<TagPath> paths = parseTags(tagTexts);
        if (paths == null) {
            return;
        }
        create(span, new HighlightService.Details(HighlightColor.YELLOW, null, paths));
    }

    private void create(Span span, HighlightService.Details details) {
        if (span == null) {
            return;
        }
        work.run(() -> highlights.addBySpan(span.startBlockId(), span.start(), span.endBlockId(), span.end(), details),
                h -> {
                    message.set(Messages.t("ui.mark.added"));
                    reload(h.id());
                    changed();
                }, this::fail);
    }

    /** Copies the selection with its source line; {@code toClipboard} runs on the FX thread. */
    public void copyWithSource(Span span, Consumer<String> toClipboard) {
        if (span == null) {
            return;
        }
        work.run(() -> copy.copy(span.startBlockId(), span.start(), span.endBlockId(), span.end()), text -> {
            toClipboard.accept(text);
            message.set(Messages.t("ui.mark.copied"));
        }, this::fail);
    }

    /** Copies a highlight's quote with its source line. */
    public void copyWithSource(Highlight h, Consumer<String> toClipboard) {
        work.run(() -> copy.copy(h.id()), text -> {
            toClipboard.accept(text);
            message.set(Messages.t("ui.mark.copied"));
        }, this::fail);
    }

    /** The highlight covering {@code offset} of {@code paragraph}, if any (the user clicked there). */
    public Highlight highlightAt(int paragraph, int offset) {
        if (content == null) {
            return null;
        }
        for (Highlight h : articleHighlights) {
            if (!h.anchor().isPlaced()) {
                continue;
            }
            int sp = content.paragraphOf(h.anchor().startBlockId());
            int ep = content.paragraphOf(h.anchor().endBlockId());
            if (sp < 0 || ep < 0) {
                continue;
            }
            boolean afterStart = paragraph > sp || (paragraph == sp && offset >= h.anchor().start());
            boolean beforeEnd = paragraph < ep || (paragraph == ep && offset < h.anchor().end());
            if (afterStart && beforeEnd) {
                return h;
            }
        }
        return null;
    }

    public void select(Highlight h) {
        selected.set(h);
    }

    /** Selects a highlight that is being opened in the reader: now if its article is shown, else once it is. */
    public void focus(Highlight h) {
        if (content != null && h.articleId() != null && content.article().id() == h.articleId()) {
            reload(h.id());
        } else {
            selectOnShow = h.id();
        }
    }

    public void setNote(Highlight h, String note) {
        update(h, () -> highlights.note(h.id(), note), Messages.t("ui.mark.noteSaved"));
    }

    public void setColor(Highlight h, HighlightColor color) {
        update(h, () -> highlights.color(h.id(), color), null);
    }

    public void addTags(Highlight h, Collection<String> tagTexts) {
        List<TagPath> paths = parseTags(tagTexts);
        if (paths == null || paths.isEmpty()) {
            return;
        }
        update(h, () -> highlights.tag(h.id(), paths), Messages.t("ui.mark.tagged"));
    }

    public void removeTag(Highlight h, TagPath path) {
        update(h, () -> highlights.untag(h.id(), List.of(path)), null);
    }

    public void delete(Highlight h) {
        work.run(() -> highlights.delete(h.id()), deleted -> {
            if (selected.get() != null && selected.get().id() == h.id()) {
                selected.set(null);
            }
            message.set(Messages.t("ui.mark.deleted"));
            reload(null);
            changed();
        }, this::fail);
    }

    private void update(Highlight h, java.util.function.Supplier<Highlight> action, String done) {
        work.run(action, updated -> {
            if (done != null) {
                message.set(done);
            }
            reload(updated.id());
            changed();
        }, this::fail);
    }

    /** Tag paths from what the user typed (separated by commas, spaces, 、 or ；), or null with a message. */
    List<TagPath> parseTags(Collection<String> texts) {
        Set<TagPath> out = new LinkedHashSet<>();
        for (String t : texts) {
            for (String part : t.split("[,，、;；\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    out.add(TagPath.of(part));
                } catch (IllegalArgumentException e) {
                    message.set(Messages.t("ui.mark.badTag", part));
                    return null;
                }
            }
        }
        return List.copyOf(out);
    }

    private void changed() {
        loadTagSuggestions();
        changeListeners.forEach(Runnable::run);
    }

    private void fail(Throwable e) {
        message.set(Messages.t("cli.error", e.getMessage()));
    }

    public ObservableList<Highlight> highlights() {
        return articleHighlights;
    }

    public ObjectProperty<Highlight> selectedProperty() {
        return selected;
    }

    public ObservableList<String> tagSuggestions() {
        return tagSuggestions;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
