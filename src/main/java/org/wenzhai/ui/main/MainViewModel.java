package org.wenzhai.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.Document;
import org.wenzhai.i18n.Messages;
import org.wenzhai.i18n.StorageMessages;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.storage.StorageException;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.Debouncer;
import org.wenzhai.ui.exporter.ExportViewModel;
import org.wenzhai.ui.outline.OutlineViewModel;
import org.wenzhai.ui.passages.MarkingViewModel;
import org.wenzhai.ui.search.SearchViewModel;
import org.wenzhai.ui.tags.TagsViewModel;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.importer.ImportViewModel;
import org.wenzhai.ui.reader.ReaderViewModel;

/**
 * State of the main window: its title, the document tree, the status line, deleting with undo,
 * renaming, switching libraries. Holds the reader's and the import's view-models.
 */
public class MainViewModel {
    private final WenzhaiContext context;
    private final BackgroundWork work;
    private final UiSettings settings;
    private final ReaderViewModel reader;
    private final ImportViewModel importer;
    private final MarkingViewModel marking;
    private final TagsViewModel tags;
    private final SearchViewModel search;
    private final FilteredList<DocumentNode> visibleDocuments;
    private boolean searchWarmed;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.t("status.ready"));
    private final ObservableList<DocumentNode> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PendingDelete> pendingDelete = new ReadOnlyObjectWrapper<>();
    /** A message the view shows in a dialog, then clears. */
    private final ObjectProperty<String> alert = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Long> firstTreeShownAt = new ReadOnlyObjectWrapper<>();

    /** For tests and the simplest wiring: own worker threads, settings kept in memory. */
    public MainViewModel(WenzhaiContext context) {
        this(context, new BackgroundWork(), UiSettings.inMemory());
    }

    public MainViewModel(WenzhaiContext context, BackgroundWork work, UiSettings settings) {
        this(context, work, settings, Debouncer.timed());
    }

    /** {@code debouncer} paces search-as-you-type ({@link Debouncer#immediate()} in tests). */
    public MainViewModel(WenzhaiContext context, BackgroundWork work, UiSettings settings, Debouncer debouncer) {
        this.context = context;
        this.work = work;
        this.settings = settings;
        this.reader = new ReaderViewModel(context.documentService(), work, settings);
        this.importer = new ImportViewModel(context.importService(),
                () -> new ImportOptions(null, context.disabledNoiseRules()), work, this::documentStored);
        this.marking = new MarkingViewModel(context.highlightService(), context.tagService(), context.copyWithSource(), work);
        this.tags = new TagsViewModel(context.tagService(), context.highlightService(), work);
        this.search = new SearchViewModel(context.searchService(), work, debouncer);
        this.visibleDocuments = new FilteredList<>(documents);
        reader.contentProperty().addListener((o, a, b) -> marking.show(b));
        marking.onChanged(tags::refresh);
        tags.onChanged(() -> marking.show(reader.content()));
        tags.documentFilterProperty().addListener((o, a, b) ->
                visibleDocuments.setPredicate(b == null ? null : n -> b.contains(n.document().id())));
        title.set(Messages.t("app.title", context.folder()));
        if (context.autoBackupFailure() != null) {
            status.set(Messages.t("ui.backup.autoFailed", context.autoBackupFailure()));
        }
    }

    public MarkingViewModel marking() {
        return marking;
    }

    public TagsViewModel tags() {
        return tags;
    }

    public SearchViewModel search() {
        return search;
    }

    /** The documents the tree shows: all, or those holding the selected tags' passages. */
    public ObservableList<DocumentNode> visibleDocuments() {
        return visibleDocuments;
    }

    /** A new outline view-model (the outline window of a tag or a search). */
    public OutlineViewModel newOutline() {
        return new OutlineViewModel(context.documentService(), work);
    }

    /** A new export dialog's view-model, starting from the selected tags. */
    public ExportViewModel newExport() {
        ExportViewModel vm = new ExportViewModel(context.excerptExporter(), context.tagService(), context.documentService(), work);
        vm.chosenTags().setAll(tags.selectedTags());
        return vm;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The documents of the tree, each with its articles, in import order (a pending delete hidden). */
    public ObservableList<DocumentNode> documents() {
        return documents;
    }

    public WenzhaiContext context() {
        return context;
    }

    public BackgroundWork work() {
        return work;
    }

    public UiSettings settings() {
        return settings;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public ObjectProperty<String> alertProperty() {
        return alert;
    }

    public ReadOnlyObjectProperty<PendingDelete> pendingDeleteProperty() {
        return pendingDelete.getReadOnlyProperty();
    }

    /** Reloads the document tree in the background: documents and articles, two queries. */
    public void refresh() {
        work.run(() -> loadTree(context), nodes -> {
            showTree(nodes);
            warmUpSearch();
        }, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /** Shows a tree loaded by {@link #loadTree} (at start-up it is loaded while the window is built). */
    public void showTree(List<DocumentNode> nodes) {
        PendingDelete pending = pendingDelete.get();
        List<DocumentNode> shown = pending == null ? nodes : nodes.stream()
                .filter(n -> n.document().id() != pending.node().document().id()).toList();
        documents.setAll(shown);
        markTreeShown(System.currentTimeMillis());
        tags.refresh();
        marking.loadTagSuggestions();
        status.set(Messages.t("ui.status.library", shown.size(), articleCount()));
    }

    /** The tree's documents with their article counts: two queries, whatever the library's size. Not on the FX thread. */
    public static List<DocumentNode> loadTree(WenzhaiContext context) {
        Map<Long, Integer> counts = context.documentService().articleCounts();
        List<DocumentNode> nodes = new ArrayList<>();
        for (Document d : context.documentService().list()) {
            nodes.add(new DocumentNode(d, counts.getOrDefault(d.id(), 0)));
        }
        return nodes;
    }

    /**
     * Opens (and if needed rebuilds) the search index in the background, so the first search is
     * quick. At start-up the window calls it once the tree is drawn, so that it does not compete
     * with drawing the window for the processor.
     */
    public void warmUpSearch() {
        if (searchWarmed) {
            return;
        }
        searchWarmed = true;
        work.run(() -> {
            boolean rebuild = context.searchService().needsRebuild();
            if (rebuild) {
                work.onUi(() -> status.set(Messages.t("ui.search.indexing")));
            }
            context.searchService().ensureReady(org.wenzhai.search.IndexProgress.NONE);
            return rebuild;
        }, rebuilt -> {
            if (rebuilt) {
                status.set(Messages.t("ui.status.library", documents.size(), articleCount()));
            }
        }, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    public int articleCount() {
        return documents.stream().mapToInt(DocumentNode::articleCount).sum();
    }

    /** A document was stored by an import: put it into the tree (or replace its node). */
    public void documentStored(long documentId) {
        work.run(() -> context.documentService().find(documentId)
                .map(d -> new DocumentNode(d, context.documentService().articles(documentId).size())), node -> {
            if (node.isEmpty()) {
                return;
            }
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i).document().id() == documentId) {
                    documents.set(i, node.get());
                    return;
                }
            }
            int at = 0;
            while (at < documents.size() && documents.get(at).document().id() < documentId) {
                at++;
            }
            documents.add(at, node.get());
            status.set(Messages.t("ui.status.library", documents.size(), articleCount()));
        }, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /** The articles of a document, for its tree children (loaded when the document is expanded). */
    public void loadArticles(long documentId, Consumer<List<Article>> onLoaded) {
        work.run(() -> context.documentService().articles(documentId), onLoaded,
                e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /** The headings of an article, for its tree children (loaded when the article is expanded). */
    public void loadHeadings(long articleId, Consumer<List<HeadingNode>> onLoaded) {
        work.run(() -> context.documentService().blocks(articleId).stream().filter(Block::isHeading)
                        .map(b -> new HeadingNode(articleId, b)).toList(), onLoaded,
                e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /** Opens a tree node in the reader: a document at its first article, an article, a heading. */
    public void open(Object node) {
        if (node instanceof DocumentNode d && d.articleCount() > 0) {
            loadArticles(d.document().id(), articles -> {
                if (!articles.isEmpty()) {
                    reader.open(articles.get(0).id(), null);
                }
            });
        } else if (node instanceof Article a) {
            reader.open(a.id(), null);
        } else if (node instanceof HeadingNode h) {
            reader.open(h.articleId(), h.heading().id());
        }
    }

    /**
     * Opens the first article whose title contains {@code titlePart}, else the first article of the
     * first document whose title does (start-up option for scripts).
     */
    public void openArticleTitled(String titlePart) {
        work.run(() -> {
            List<Article> all = context.documentService().allArticles();
            for (Article a : all) {
                if (a.title() != null && a.title().contains(titlePart)) {
                    return a.id();
                }
            }
            for (DocumentNode d : documents) {
                if (d.document().title().contains(titlePart)) {
                    for (Article a : all) {
                        if (a.documentId() == d.document().id()) {
                            return a.id();
                        }
                    }
                }
            }
            return null;
        }, id -> {
            if (id != null) {
                reader.open(id, null);
            }
        }, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /** The title a rename starts from, or null when the node cannot be renamed. */
    public String titleOf(Object node) {
        if (node instanceof DocumentNode d) {
            return d.document().title();
        }
        if (node instanceof Article a) {
            return a.title();
        }
        return null;
    }

    /** Renames a document or an article; an empty title is refused with a message. */
    public void rename(Object node, String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            status.set(Messages.t("ui.rename.empty"));
            return;
        }
        long documentId;
        Runnable action;
        if (node instanceof DocumentNode d) {
            documentId = d.document().id();
            action = () -> context.documentService().renameDocument(documentId, newTitle);
        } else if (node instanceof Article a) {
            documentId = a.documentId();
            action = () -> context.documentService().renameArticle(a.id(), newTitle);
        } else {
            return;
        }
        work.execute(action, () -> {
            status.set(Messages.t("ui.rename.done", newTitle.strip()));
            documentStored(documentId);
            if (reader.content() != null && reader.content().document().id() == documentId) {
                long articleId = reader.content().article().id();
                reader.clear();
                reader.open(articleId, null);
            }
        }, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /** "Back up now": a dated snapshot in the library's backups folder, taken in the background. */
    public void backupNow() {
        status.set(Messages.t("ui.backup.running"));
        work.run(() -> context.backupService().backupNow(), path -> status.set(Messages.t("ui.backup.done", path)),
                e -> alert.set(Messages.t("ui.backup.failed", e.getMessage())));
    }

    /** Tags a document or an article with what the user typed (paths separated by commas; new ones are created). */
    public void tagNode(Object node, String text) {
        java.util.List<org.wenzhai.domain.TagPath> paths = new ArrayList<>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                paths.add(org.wenzhai.domain.TagPath.of(part));
            } catch (IllegalArgumentException e) {
                status.set(Messages.t("ui.mark.badTag", part));
                return;
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        Runnable action;
        if (node instanceof DocumentNode d) {
            action = () -> context.tagService().tagDocument(d.document().id(), paths);
        } else if (node instanceof Article a) {
            action = () -> context.tagService().tagArticle(a.id(), paths);
        } else {
            return;
        }
        work.execute(action, () -> {
            status.set(Messages.t("ui.tree.tagged", String.join("，", paths.stream().map(Object::toString).toList())));
            tags.refresh();
            marking.loadTagSuggestions();
        }, e -> status.set(Messages.t("cli.error", e.getMessage())));
    }

    /**
     * Deleting is deferred: the document disappears from the tree at once but is deleted only when
     * {@link #commitDelete()} runs (the view calls it after the undo time) — {@link #undoDelete()}
     * brings it back untouched. A second delete commits the first.
     */
    public void requestDelete(DocumentNode node) {
        commitDelete();
        int at = documents.indexOf(node);
        if (at < 0) {
            return;
        }
        documents.remove(at);
        pendingDelete.set(new PendingDelete(node, at));
        if (reader.content() != null && reader.content().document().id() == node.document().id()) {
            reader.clear();
        }
        status.set(Messages.t("ui.delete.pending", node.document().title()));
    }

    public void undoDelete() {
        PendingDelete p = pendingDelete.get();
        if (p == null) {
            return;
        }
        pendingDelete.set(null);
        documents.add(Math.min(p.position(), documents.size()), p.node());
        status.set(Messages.t("ui.delete.undone", p.node().document().title()));
    }

    /** Deletes the pending document for real; its highlights are kept as orphans by the service. */
    public void commitDelete() {
        PendingDelete p = pendingDelete.get();
        if (p == null) {
            return;
        }
        pendingDelete.set(null);
        long id = p.node().document().id();
        work.run(() -> context.documentService().delete(id), orphans -> {
            status.set(orphans == 0 ? Messages.t("ui.delete.done", p.node().document().title())
                    : Messages.t("ui.delete.doneOrphans", p.node().document().title(), orphans));
        }, e -> {
            documents.add(Math.min(p.position(), documents.size()), p.node());
            alert.set(Messages.t("cli.error", e.getMessage()));
        });
    }

    /**
     * Opens (or creates) another library in the background; {@code onOpened} gets the new context
     * on the FX thread. A library in use by another Wenzhai is reported as a message, never thrown.
     */
    public void openLibrary(Path folder, Function<Path, WenzhaiContext> opener, Consumer<WenzhaiContext> onOpened) {
        status.set(Messages.t("ui.library.opening", folder));
        work.run(() -> {
            WenzhaiContext opened = opener.apply(folder);
            settings.addRecentLibrary(opened.folder()); // preferences are a file: not on the FX thread
            return opened;
        }, onOpened, e -> {
            alert.set(e instanceof StorageException se ? StorageMessages.of(se) : Messages.t("cli.error", e.getMessage()));
            status.set(Messages.t("status.ready"));
        });
    }

    /** Records when the tree was first shown (for the startup log line). */
    public void markTreeShown(long epochMillis) {
        if (firstTreeShownAt.get() == null) {
            firstTreeShownAt.set(epochMillis);
        }
    }

    public ReadOnlyObjectProperty<Long> firstTreeShownAtProperty() {
        return firstTreeShownAt.getReadOnlyProperty();
    }

    /** Stops background work. A delete still waiting for its undo time is dropped: the document stays. */
    public void shutdown() {
        pendingDelete.set(null);
        importer.cancel();
        search.close();
        work.close();
    }
}
