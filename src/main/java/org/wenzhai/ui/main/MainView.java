package org.wenzhai.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.wenzhai.domain.Article;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.FileResult;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.importer.ImportViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.wenzhai.domain.Highlight;
import org.wenzhai.search.SearchHit;
import org.wenzhai.ui.exporter.ExportView;
import org.wenzhai.ui.outline.OutlineView;
import org.wenzhai.ui.outline.OutlineViewModel;
import org.wenzhai.ui.passages.PassageView;
import org.wenzhai.ui.reader.ReaderView;
import org.wenzhai.ui.search.SearchView;
import org.wenzhai.ui.tags.TagsView;
import org.wenzhai.ui.settings.SettingsView;
import org.wenzhai.ui.settings.SettingsViewModel;

/** The main window: menu bar, document tree (left), reader (centre), tag panel (right), status bar. */
public class MainView {
    public static final Duration UNDO_TIME = Duration.seconds(8);
    private static final String BASE_CSS = MainView.class.getResource("/org/wenzhai/ui/wenzhai.css").toExternalForm();
    private static final String DARK_CSS = MainView.class.getResource("/org/wenzhai/ui/dark.css").toExternalForm();

    private final MainViewModel vm;
    private final WindowHost host;
    private final BorderPane root = new BorderPane();
    private final TreeView<Object> tree = new TreeView<>();
    private final TreeItem<Object> libraryItem;
    private final Map<Long, TreeItem<Object>> documentItems = new HashMap<>();
    private final ReaderView reader;
    private final VBox tagPanel = new VBox(8);
    private final TabPane rightTabs = new TabPane();
    private SearchView searchView;
    private ExportView.SaveTarget exportTarget = ExportView.SaveTarget.FILE_CHOOSER;
    private PathChooser chooser = PathChooser.NATIVE;
    private Tab tagsTab;
    private Tab passageTab;
    private Tab searchTab;
    private final PauseTransition undoTimer = new PauseTransition(UNDO_TIME);
    private boolean syncingSelection;
    private final CheckMenuItem darkTheme = new CheckMenuItem(Messages.t("menu.view.dark"));

    public MainView(MainViewModel vm) {
        this(vm, WindowHost.NONE);
    }

    public MainView(MainViewModel vm, WindowHost host) {
        this.vm = vm;
        this.host = host;
        root.getStylesheets().add(BASE_CSS);
        root.getStyleClass().add("wenzhai");
        reader = new ReaderView(vm.reader(), vm.marking());
        // an empty library says how to fill it
        javafx.collections.ListChangeListener<DocumentNode> emptyHint = c -> reader.setIdleHint(Messages.t(
                vm.documents().isEmpty() ? "reader.placeholder.emptyLibrary" : "reader.placeholder"));
        vm.documents().addListener(emptyHint);
        emptyHint.onChanged(null);

        libraryItem = new TreeItem<>(new LibraryLabel());
        libraryItem.setExpanded(true);
        tree.setRoot(libraryItem);
        tree.setId("documentTree");
        tree.setShowRoot(true);
        tree.setCellFactory(tv -> new NodeCell());
        // one menu for the whole tree, filled for the node under the mouse when it opens (a menu per
        // cell would be made again for every cell on every scroll); not the selection: opening a
        // document moves the selection to its first article
        ContextMenu treeMenu = new ContextMenu();
        Object[] menuTarget = new Object[1];
        tree.setContextMenu(treeMenu);
        tree.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            menuTarget[0] = null;
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != tree; n = n.getParent()) {
                if (n instanceof TreeCell<?> cell) {
                    menuTarget[0] = cell.isEmpty() ? null : cell.getItem();
                    break;
                }
            }
            if (menuTarget[0] == null && e.isKeyboardTrigger() && tree.getSelectionModel().getSelectedItem() != null) {
                menuTarget[0] = tree.getSelectionModel().getSelectedItem().getValue();
            }
            // ContextMenu.show does nothing without items: fill it before the tree shows it
            treeMenu.getItems().setAll(menuTarget[0] == null ? List.of() : menuItemsFor(menuTarget[0]));
            if (treeMenu.getItems().isEmpty()) {
                e.consume();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncingSelection) {
                vm.open(b.getValue());
            }
        });
        vm.reader().contentProperty().addListener((o, a, b) -> {
            if (b != null) {
                selectInTree(b.document().id(), b.article().id());
            }
        });
        vm.visibleDocuments().addListener((ListChangeListener<DocumentNode>) c -> syncTree());
        syncTree();

        TagsView tagsView = new TagsView(vm.tags(), this::openPassage, this::outlineOfPassages);
        PassageView passageView = new PassageView(vm.marking());
        searchView = new SearchView(vm.search(), this::openHit, this::outlineOfHits);
        tagsTab = new Tab(Messages.t("tags.title"), tagsView.root());
        passageTab = new Tab(Messages.t("ui.passage.tab"), passageView.root());
        searchTab = new Tab(Messages.t("ui.search.tab"), searchView.root());
        tagsTab.setId("tagsTab");
        passageTab.setId("passageTab");
        searchTab.setId("searchTab");
        rightTabs.getTabs().setAll(tagsTab, passageTab, searchTab);
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(rightTabs, Priority.ALWAYS);
        tagPanel.getChildren().add(rightTabs);
        vm.marking().selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                rightTabs.getSelectionModel().select(passageTab);
            }
        });
        tagPanel.setId("tagPanel");
        tagPanel.getStyleClass().add("tag-panel");
        tagPanel.setMinWidth(220);

        SplitPane split = new SplitPane(tree, reader.root(), tagPanel);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22, 0.74);
        SplitPane.setResizableWithParent(tree, false);
        SplitPane.setResizableWithParent(tagPanel, false);

        VBox centre = new VBox(undoBar(), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setTop(menuBar());
        root.setCenter(centre);
        root.setBottom(statusBar());
        applyTheme(vm.settings().theme());
        installDragAndDrop();

        vm.alertProperty().addListener((o, a, b) -> {
            if (b != null) {
                Platform.runLater(() -> {
                    vm.alertProperty().set(null);
                    Alert alert = new Alert(Alert.AlertType.WARNING, b, ButtonType.OK);
                    alert.setHeaderText(null);
                    alert.initOwner(window());
                    alert.show();
                });
            }
        });
        vm.importer().reportProperty().addListener((o, a, b) -> {
            if (b != null && !vm.importer().problems().isEmpty()) {
                showImportProblems(new ArrayList<>(vm.importer().problems()));
            }
        });
    }

    // ---- tree

    /** The library node's text, recomputed from the view-model's counts. */
    private final class LibraryLabel {
        @Override
        public String toString() {
            return Messages.t("ui.tree.library", vm.documents().size(), vm.articleCount());
        }
    }

    private void syncTree() {
        List<TreeItem<Object>> items = new ArrayList<>();
        Map<Long, TreeItem<Object>> seen = new HashMap<>();
        for (DocumentNode d : vm.visibleDocuments()) {
            TreeItem<Object> item = documentItems.get(d.document().id());
            if (item == null || !item.getValue().equals(d)) {
                boolean expanded = item != null && item.isExpanded();
                item = new DocumentItem(d);
                item.setExpanded(expanded);
            }
            seen.put(d.document().id(), item);
            items.add(item);
        }
        documentItems.clear();
        documentItems.putAll(seen);
        libraryItem.getChildren().setAll(items);
        libraryItem.setValue(new LibraryLabel());
    }

    /** Shows the open article in the tree without reopening it. */
    private void selectInTree(long documentId, long articleId) {
        TreeItem<Object> doc = documentItems.get(documentId);
        if (doc == null) {
            return;
        }
        TreeItem<Object> current = tree.getSelectionModel().getSelectedItem();
        if (current != null && current.getValue() instanceof HeadingNode h && h.articleId() == articleId) {
            return;
        }
        if (doc instanceof DocumentItem di && !di.built) {
            di.pendingSelect = articleId;
            doc.setExpanded(true);
            return;
        }
        doc.setExpanded(true);
        selectArticle(doc, articleId);
    }

    private void selectArticle(TreeItem<Object> doc, long articleId) {
        TreeItem<Object> current = tree.getSelectionModel().getSelectedItem();
        for (TreeItem<Object> child : doc.getChildren()) {
            if (child.getValue() instanceof Article a && a.id() == articleId) {
                if (child != current) {
                    syncingSelection = true;
                    try {
                        tree.getSelectionModel().select(child);
                        int row = tree.getRow(child);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 3));
                        }
                    } finally {
                        syncingSelection = false;
                    }
                }
                return;
            }
        }
    }

    /** A document whose article children are made on first expansion. */
    private final class DocumentItem extends TreeItem<Object> {
        private boolean built;
        private Long pendingSelect;

        DocumentItem(DocumentNode node) {
            super(node);
            expandedProperty().addListener((o, a, b) -> {
                if (b) {
                    build();
                }
            });
        }

        @Override
        public boolean isLeaf() {
            return ((DocumentNode) getValue()).articleCount() == 0;
        }

        private void build() {
            if (built) {
                return;
            }
            built = true;
            vm.loadArticles(((DocumentNode) getValue()).document().id(), articles -> {
                List<TreeItem<Object>> children = new ArrayList<>();
                for (Article a : articles) {
                    children.add(new ArticleItem(a));
                }
                getChildren().setAll(children);
                if (pendingSelect != null) {
                    Long id = pendingSelect;
                    pendingSelect = null;
                    selectArticle(this, id);
                }
            });
        }
    }

    /** An article whose headings are loaded in the background on first expansion. */
    private final class ArticleItem extends TreeItem<Object> {
        private boolean requested;
        private boolean leaf;

        ArticleItem(Article article) {
            super(article);
            expandedProperty().addListener((o, a, b) -> {
                if (b && !requested) {
                    requested = true;
                    vm.loadHeadings(article.id(), this::fill);
                }
            });
        }

        @Override
        public boolean isLeaf() {
            return leaf;
        }

        private void fill(List<HeadingNode> headings) {
            if (headings.isEmpty()) {
                leaf = true;
                getChildren().clear();
                setExpanded(false);
                return;
            }
            // nest by level: 一、 holds （一） holds 1.
            List<TreeItem<Object>> top = new ArrayList<>();
            List<TreeItem<Object>> stack = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            for (HeadingNode h : headings) {
                int level = h.heading().level() == null ? 1 : h.heading().level();
                TreeItem<Object> item = new TreeItem<>(h);
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    stack.remove(stack.size() - 1);
                }
                if (stack.isEmpty()) {
                    top.add(item);
                } else {
                    stack.get(stack.size() - 1).getChildren().add(item);
                }
                stack.add(item);
                levels.add(level);
            }
            getChildren().setAll(top);
        }
    }

    /**
     * A row of the tree. As wide as the tree (no sideways scrolling): a long title ends in "…" and
     * is shown whole in a tooltip; a document's article count stays visible at the right of its title.
     */
    private final class NodeCell extends TreeCell<Object> {
        private final Label count = new Label();
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        NodeCell() {
            setPrefWidth(0);
            count.getStyleClass().add("tree-count");
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setGraphicTextGap(6);
            setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("tree-library", "tree-document", "tree-article", "tree-heading");
            setGraphic(null);
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String full;
            if (item instanceof DocumentNode d) {
                full = d.document().title();
                count.setText(Messages.t("ui.tree.articleCount", d.articleCount()));
                setGraphic(count);
                getStyleClass().add("tree-document");
            } else if (item instanceof Article a) {
                full = a.title();
                getStyleClass().add("tree-article");
            } else if (item instanceof HeadingNode h) {
                full = h.heading().text();
                getStyleClass().add("tree-heading");
            } else {
                full = item.toString();
                getStyleClass().add("tree-library");
            }
            setText(full);
            tip.setText(full);
            setTooltip(tip);
        }
    }

    private List<MenuItem> menuItemsFor(Object item) {
        List<MenuItem> items = new ArrayList<>();
        if (vm.titleOf(item) != null) {
            MenuItem rename = new MenuItem(Messages.t("ui.tree.rename"));
            rename.setOnAction(e -> rename(item));
            items.add(rename);
        }
        if (item instanceof DocumentNode || item instanceof Article) {
            MenuItem tag = new MenuItem(Messages.t("ui.tree.tag"));
            tag.setOnAction(e -> org.wenzhai.ui.passages.TagInput.ask(window(), vm.marking().tagSuggestions())
                    .ifPresent(t -> vm.tagNode(item, t)));
            items.add(tag);
        }
        if (item instanceof DocumentNode d) {
            MenuItem delete = new MenuItem(Messages.t("ui.tree.delete"));
            delete.setOnAction(e -> confirmDelete(d));
            items.add(delete);
        }
        return items;
    }

    private void rename(Object item) {
        TextInputDialog dialog = new TextInputDialog(vm.titleOf(item));
        dialog.initOwner(window());
        dialog.setTitle(Messages.t("ui.tree.rename"));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.t("ui.rename.prompt"));
        dialog.showAndWait().ifPresent(t -> vm.rename(item, t));
    }

    private void confirmDelete(DocumentNode d) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.t("ui.delete.confirm", d.document().title(), d.articleCount()),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.setTitle(Messages.t("ui.tree.delete"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            vm.requestDelete(d);
        }
    }

    private Node undoBar() {
        Label text = new Label();
        Button undo = new Button(Messages.t("ui.delete.undo"));
        undo.setId("undoDelete");
        undo.setOnAction(e -> {
            undoTimer.stop();
            vm.undoDelete();
        });
        HBox bar = new HBox(12, text, undo);
        bar.setId("undoBar");
        bar.getStyleClass().add("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(vm.pendingDeleteProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        undoTimer.setOnFinished(e -> vm.commitDelete());
        vm.pendingDeleteProperty().addListener((o, a, b) -> {
            if (b != null) {
                text.setText(Messages.t("ui.delete.pending", b.node().document().title()));
                undoTimer.playFromStart();
            } else {
                undoTimer.stop();
            }
        });
        return bar;
    }

    // ---- passages, search, outline, export

    private void openPassage(Highlight h) {
        if (h.articleId() == null || !h.anchor().isPlaced()) {
            return;
        }
        vm.marking().focus(h);
        boolean oneBlock = h.anchor().startBlockId().equals(h.anchor().endBlockId());
        vm.reader().openAt(h.articleId(), h.anchor().startBlockId(), h.anchor().start(),
                oneBlock ? h.anchor().end() : Integer.MAX_VALUE);
    }

    private void openHit(SearchHit hit) {
        int start = hit.matches().isEmpty() ? 0 : hit.matches().get(0).start();
        int end = hit.matches().isEmpty() ? 0 : hit.matches().get(0).end();
        vm.reader().openAt(hit.articleId(), hit.blockId(), start, end);
    }

    private void outlineOfPassages(List<Highlight> passages) {
        showOutline(String.join(" + ", vm.tags().selectedTags().stream().map(Object::toString).toList()),
                passages.stream().filter(h -> h.articleId() != null).map(Highlight::articleId).toList());
    }

    private void outlineOfHits(List<SearchHit> hits) {
        showOutline("“" + vm.search().queryProperty().get() + "”", hits.stream().map(SearchHit::articleId).toList());
    }

    private void showOutline(String forWhat, List<Long> articleIds) {
        OutlineViewModel ovm = vm.newOutline();
        ovm.load(forWhat, articleIds);
        new OutlineView(ovm).show(window());
    }

    /** Shows the tag tab. */
    public void showTags() {
        rightTabs.getSelectionModel().select(tagsTab);
    }

    /** Shows the search tab and focuses its field (Ctrl+K). */
    public void showSearch() {
        rightTabs.getSelectionModel().select(searchTab);
        Platform.runLater(searchView::focus);
    }

    private void showExport() {
        new ExportView(vm.newExport(), exportTarget).show(window());
    }

    /** Where the export dialog saves: a file chooser, or a fixed answer in tests. */
    public void setExportTarget(ExportView.SaveTarget target) {
        this.exportTarget = target;
    }

    // ---- status bar and import

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ImportViewModel importer = vm.importer();
        Label importMessage = new Label();
        importMessage.setId("importMessage");
        importMessage.textProperty().bind(importer.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(importer.progressProperty());
        Button cancel = new Button(Messages.t("ui.import.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> importer.cancel());
        HBox importBox = new HBox(8, importMessage, progress, cancel);
        importBox.setAlignment(Pos.CENTER_RIGHT);
        progress.visibleProperty().bind(importer.runningProperty());
        progress.managedProperty().bind(importer.runningProperty());
        cancel.visibleProperty().bind(importer.runningProperty());
        cancel.managedProperty().bind(importer.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, importBox);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles()) {
                ok = vm.importer().importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void showImportProblems(List<FileResult> problems) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(problems.stream().map(ImportViewModel::describe).toList());
        list.setPrefSize(640, 260);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle(Messages.t("ui.import.problems.title"));
        alert.setHeaderText(Messages.t("ui.import.problems.header", problems.size()));
        alert.getDialogPane().setContent(list);
        alert.show();
    }

    private void importFiles() {
        List<Path> files = chooser.materials(window());
        if (!files.isEmpty()) {
            vm.importer().importPaths(files);
        }
    }

    private void importFolder() {
        chooser.folder(window(), Messages.t("menu.file.importFolder"))
                .ifPresent(dir -> vm.importer().importPaths(List.of(dir)));
    }

    // ---- menus

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.t("menu.file"));
        MenuItem importFiles = item(Messages.t("menu.file.import"), "Shortcut+O", this::importFiles);
        importFiles.setId("menuImport");
        MenuItem importFolder = item(Messages.t("menu.file.importFolder"), "Shortcut+Shift+O", this::importFolder);
        importFolder.setId("menuImportFolder");
        MenuItem settings = item(Messages.t("ui.menu.settings"), "Shortcut+COMMA", this::showSettings);
        settings.setId("menuSettings");
        MenuItem quit = item(Messages.t("menu.file.quit"), "Shortcut+Q", Platform::exit);
        MenuItem export = item(Messages.t("menu.file.export"), "Shortcut+E", this::showExport);
        export.setId("menuExport");
        file.getItems().addAll(importFiles, importFolder, new SeparatorMenuItem(), export, new SeparatorMenuItem(), settings,
                new SeparatorMenuItem(), quit);

        Menu library = new Menu(Messages.t("menu.library"));
        MenuItem open = item(Messages.t("menu.library.open"), null, this::chooseLibrary);
        open.setId("menuOpenLibrary");
        Menu recent = new Menu(Messages.t("menu.library.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem backup = item(Messages.t("menu.library.backup"), null, vm::backupNow);
        backup.setId("menuBackup");
        library.getItems().addAll(open, recent, new SeparatorMenuItem(), backup);

        Menu view = new Menu(Messages.t("menu.view"));
        MenuItem zoomIn = item(Messages.t("menu.view.zoomIn"), "Shortcut+EQUALS", () -> vm.reader().zoomIn());
        MenuItem zoomInPlus = item(Messages.t("menu.view.zoomIn"), "Shortcut+ADD", () -> vm.reader().zoomIn());
        zoomInPlus.setVisible(false);
        MenuItem zoomOut = item(Messages.t("menu.view.zoomOut"), "Shortcut+MINUS", () -> vm.reader().zoomOut());
        MenuItem find = item(Messages.t("ui.menu.find"), "Shortcut+F", reader::showFind);
        MenuItem searchAll = item(Messages.t("menu.view.search"), "Shortcut+K", this::showSearch);
        darkTheme.setSelected(vm.settings().theme() == UiSettings.Theme.DARK);
        darkTheme.setOnAction(e -> {
            UiSettings.Theme t = darkTheme.isSelected() ? UiSettings.Theme.DARK : UiSettings.Theme.LIGHT;
            applyTheme(t);
            vm.work().execute(() -> vm.settings().setTheme(t), () -> { }, err -> { });
        });
        Menu language = new Menu(Messages.t("ui.menu.language"));
        ToggleGroup langs = new ToggleGroup();
        for (SettingsViewModel.Language l : SettingsViewModel.Language.values()) {
            RadioMenuItem r = new RadioMenuItem(l.label());
            r.setToggleGroup(langs);
            SettingsViewModel svm = new SettingsViewModel(vm.settings(), vm.work());
            r.setSelected(svm.languageProperty().get() == l);
            r.setOnAction(e -> {
                SettingsViewModel s = new SettingsViewModel(vm.settings(), vm.work());
                s.languageProperty().set(l);
                if (s.apply()) {
                    s.saved().whenComplete((v, err) -> host.rebuild());
                }
            });
            language.getItems().add(r);
        }
        view.getItems().addAll(zoomIn, zoomInPlus, zoomOut, new SeparatorMenuItem(), find, searchAll, new SeparatorMenuItem(),
                darkTheme, language);

        Menu help = new Menu(Messages.t("menu.help"));
        MenuItem about = item(Messages.t("menu.help.about"), null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.t("ui.about.text"), ButtonType.OK);
            a.initOwner(window());
            a.setHeaderText("文摘 Wenzhai");
            a.show();
        });
        help.getItems().add(about);
        return new MenuBar(file, library, view, help);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : vm.settings().recentLibraries()) {
            if (p.equals(vm.context().folder())) {
                continue;
            }
            recent.getItems().add(item(p.toString(), null, () -> host.openLibrary(p)));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.t("ui.library.noRecent"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void chooseLibrary() {
        chooser.folder(window(), Messages.t("menu.library.open")).ifPresent(host::openLibrary);
    }

    /** Where the file and folder choices come from: the native dialogs, or a test's answers. */
    public void setPathChooser(PathChooser chooser) {
        this.chooser = chooser;
    }

    private void showSettings() {
        SettingsViewModel svm = new SettingsViewModel(vm.settings(), vm.work());
        new SettingsView(svm).showAndWait(window()).ifPresent(applied -> {
            applyTheme(svm.themeProperty().get());
            darkTheme.setSelected(svm.themeProperty().get() == UiSettings.Theme.DARK);
            vm.reader().setFontSize(svm.fontSizeProperty().get());
            if (applied) {
                svm.saved().whenComplete((v, err) -> host.rebuild());
            }
        });
    }

    /** Applies a theme for this window only (start-up option). */
    public void useTheme(UiSettings.Theme theme) {
        applyTheme(theme);
        darkTheme.setSelected(theme == UiSettings.Theme.DARK);
    }

    private void applyTheme(UiSettings.Theme theme) {
        root.getStylesheets().remove(DARK_CSS);
        if (theme == UiSettings.Theme.DARK) {
            root.getStylesheets().add(DARK_CSS);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    public ReaderView reader() {
        return reader;
    }

    /** The right-hand panel, filled by the tag features. */
    public VBox tagPanel() {
        return tagPanel;
    }
}
