package org.wenzhai.ui.tags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.domain.TagCount;
import org.wenzhai.domain.TagPath;
import org.wenzhai.domain.TagUsage;
import org.wenzhai.i18n.Messages;
import org.wenzhai.passages.HighlightService;
import org.wenzhai.passages.TagService;
import org.wenzhai.ui.common.BackgroundWork;

/**
 * The tag panel: the tag tree with counts, the selected tags (several = all of them must apply),
 * the passages carrying them, the documents they are in (to filter the document tree), and
 * renaming, merging and deleting tags.
 */
public class TagsViewModel {
    private final TagService tags;
    private final HighlightService highlights;
    private final BackgroundWork work;
    private final ObservableList<TagCount> tree = FXCollections.observableArrayList();
    private final ObservableList<TagPath> selectedTags = FXCollections.observableArrayList();
    private final ObservableList<Highlight> passages = FXCollections.observableArrayList();
    /** Documents holding the selected tags' passages; null when no tag is selected. */
    private final ObjectProperty<Set<Long>> documentFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TagsViewModel(TagService tags, HighlightService highlights, BackgroundWork work) {
        this.tags = tags;
        this.highlights = highlights;
        this.work = work;
        selectedTags.addListener((ListChangeListener<TagPath>) c -> loadPassages());
    }

    /** Reloads the tag tree and the passages of the selection. */
    public void refresh() {
        work.run(tags::tree, tree::setAll, this::fail);
        loadPassages();
    }

    private void loadPassages() {
        List<TagPath> chosen = List.copyOf(selectedTags);
        if (chosen.isEmpty()) {
            passages.clear();
            documentFilter.set(null);
            return;
        }
        work.run(() -> withAllTags(chosen), list -> {
            if (!chosen.equals(selectedTags)) {
                return;
            }
            passages.setAll(list);
            Set<Long> docs = new LinkedHashSet<>();
            list.forEach(h -> {
                if (h.documentId() != null) {
                    docs.add(h.documentId());
                }
            });
            documentFilter.set(docs);
            message.set(Messages.t("ui.tags.passages", list.size()));
        }, this::fail);
    }

    /** Placed highlights carrying every chosen tag (or one of its descendants), in reading order. */
    private List<Highlight> withAllTags(List<TagPath> chosen) {
        List<Highlight> candidates = highlights.list(new HighlightFilter(List.of(chosen.get(0)), List.of(), null, false));
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : candidates) {
            boolean all = chosen.stream().allMatch(t -> h.tags().stream().anyMatch(t::contains));
            if (all) {
                out.add(h);
            }
        }
        return out;
    }

    public void select(List<TagPath> paths) {
        selectedTags.setAll(paths);
    }

    public void usage(TagPath path, Consumer<TagUsage> onUsage) {
        work.run(() -> tags.usage(path), onUsage, this::fail);
    }

    /** Renames {@code from} (with its descendants) to what the user typed. */
    public void rename(TagPath from, String to) {
        TagPath target = parse(to);
        if (target == null) {
            return;
        }
        change(() -> tags.rename(from, target), Messages.t("ui.tags.renamed", from, target));
    }

    /** Merges {@code from} into what the user typed; {@code from} is gone afterwards. */
    public void merge(TagPath from, String into) {
        TagPath target = parse(into);
        if (target == null) {
            return;
        }
        change(() -> tags.merge(from, target), Messages.t("ui.tags.merged", from, target));
    }

    /** Deletes a tag and its descendants; what carried it keeps everything else. */
    public void delete(TagPath path) {
        change(() -> tags.delete(path, true), Messages.t("ui.tags.deleted", path));
    }

    private void change(Runnable action, String done) {
        work.execute(action, () -> {
            selectedTags.clear();
            message.set(done);
            refresh();
            changed.forEach(Runnable::run);
        }, this::fail);
    }

    private final List<Runnable> changed = new ArrayList<>();

    /** Called after a rename, merge or delete (the reader redraws its highlights' tags). */
    public void onChanged(Runnable r) {
        changed.add(r);
    }

    private TagPath parse(String text) {
        try {
            return TagPath.of(text);
        } catch (IllegalArgumentException e) {
            message.set(Messages.t("ui.mark.badTag", text == null ? "" : text));
            return null;
        }
    }

    private void fail(Throwable e) {
        message.set(Messages.t("cli.error", e.getMessage()));
    }

    public ObservableList<TagCount> tree() {
        return tree;
    }

    public ObservableList<TagPath> selectedTags() {
        return selectedTags;
    }

    public ObservableList<Highlight> passages() {
        return passages;
    }

    public ObjectProperty<Set<Long>> documentFilterProperty() {
        return documentFilter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
