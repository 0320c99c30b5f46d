package org.wenzhai.ui.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.TagCount;
import org.wenzhai.domain.TagPath;
import org.wenzhai.i18n.Messages;

/** The tag panel: tag tree with counts (several selected = AND), the passages carrying them, tag editing. */
public class TagsView {
    private final TagsViewModel vm;
    private final VBox root = new VBox(6);
    private final TreeView<TagCount> tree = new TreeView<>();
    private final ListView<Highlight> passages = new ListView<>();
    private boolean updating;

    /**
     * @param openPassage opens a passage in the reader
     * @param outline     shows the outline of these passages' articles
     */
    public TagsView(TagsViewModel vm, Consumer<Highlight> openPassage, Consumer<List<Highlight>> outline) {
        this.vm = vm;
        root.setId("tagsView");
        root.setPadding(new Insets(8));
        tree.setId("tagTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(TagCount item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setContextMenu(null);
                } else {
                    setText(item.path().name() + "（" + item.total() + "）");
                    setContextMenu(menuFor(item.path()));
                }
            }
        });
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<TagCount>>) c -> {
            if (updating) {
                return;
            }
            List<TagPath> chosen = new ArrayList<>();
            for (TreeItem<TagCount> i : tree.getSelectionModel().getSelectedItems()) {
                if (i != null && i.getValue() != null) {
                    chosen.add(i.getValue().path());
                }
            }
            vm.select(chosen);
        });
        vm.tree().addListener((ListChangeListener<TagCount>) c -> rebuild());
        Label empty = new Label(Messages.t("tags.empty"));
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.tree()));
        empty.managedProperty().bind(empty.visibleProperty());

        passages.setId("tagPassages");
        Label choose = new Label(Messages.t("ui.tags.choose"));
        choose.getStyleClass().add("muted");
        choose.setWrapText(true);
        passages.setPlaceholder(choose);
        passages.setItems(vm.passages());
        passages.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Highlight item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                if (isEmpty || item == null) {
                    setText(null);
                } else {
                    String q = item.anchor().quote();
                    setText((q.length() > 60 ? q.substring(0, 60) + "…" : q)
                            + (item.note() == null ? "" : "\n✎ " + firstLine(item.note())));
                }
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        passages.setOnMouseClicked(e -> {
            Highlight h = passages.getSelectionModel().getSelectedItem();
            if (h != null) {
                openPassage.accept(h);
            }
        });
        Button outlineButton = new Button(Messages.t("ui.outline.button"));
        outlineButton.setId("tagOutline");
        outlineButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.passages()));
        outlineButton.setOnAction(e -> outline.accept(List.copyOf(vm.passages())));
        Button clear = new Button(Messages.t("ui.tags.clear"));
        clear.setOnAction(e -> tree.getSelectionModel().clearSelection());
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        Label hint = new Label(Messages.t("ui.tags.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox.setVgrow(passages, Priority.ALWAYS);
        root.getChildren().addAll(empty, tree, hint, new HBox(6, outlineButton, clear), message, passages);
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private void rebuild() {
        updating = true;
        try {
            List<TagPath> selected = List.copyOf(vm.selectedTags());
            TreeItem<TagCount> rootItem = new TreeItem<>();
            for (TagCount t : vm.tree()) {
                rootItem.getChildren().add(item(t));
            }
            tree.setRoot(rootItem);
            tree.getSelectionModel().clearSelection();
            reselect(rootItem, selected);
        } finally {
            updating = false;
        }
    }

    private void reselect(TreeItem<TagCount> item, List<TagPath> selected) {
        for (TreeItem<TagCount> c : item.getChildren()) {
            if (selected.contains(c.getValue().path())) {
                tree.getSelectionModel().select(c);
            }
            reselect(c, selected);
        }
    }

    private static TreeItem<TagCount> item(TagCount t) {
        TreeItem<TagCount> i = new TreeItem<>(t);
        i.setExpanded(true);
        for (TagCount c : t.children()) {
            i.getChildren().add(item(c));
        }
        return i;
    }

    private ContextMenu menuFor(TagPath path) {
        MenuItem rename = new MenuItem(Messages.t("ui.tags.rename"));
        rename.setOnAction(e -> ask(Messages.t("ui.tags.rename"), Messages.t("ui.tags.renamePrompt"), path.value())
                .ifPresent(t -> vm.rename(path, t)));
        MenuItem merge = new MenuItem(Messages.t("ui.tags.merge"));
        merge.setOnAction(e -> ask(Messages.t("ui.tags.merge"), Messages.t("ui.tags.mergePrompt", path), "")
                .ifPresent(t -> vm.merge(path, t)));
        MenuItem delete = new MenuItem(Messages.t("ui.tags.delete"));
        delete.setOnAction(e -> vm.usage(path, usage -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.t("ui.tags.deleteConfirm", path,
                    usage.highlights(), usage.articles(), usage.documents()), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(root.getScene().getWindow());
            a.setHeaderText(null);
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(path));
        }));
        return new ContextMenu(rename, merge, delete);
    }

    private java.util.Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(root.getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait().filter(t -> !t.isBlank());
    }

    public Parent root() {
        return root;
    }

    public TreeView<TagCount> tree() {
        return tree;
    }
}
