package org.wenzhai.ui.main;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wenzhai.domain.Article;
import org.wenzhai.i18n.Messages;

/** The main window: menu bar, document tree (left), reader (centre), tag panel (right). */
public class MainView {
    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TreeView<Object> tree = new TreeView<>();

    public MainView(MainViewModel vm) {
        this.vm = vm;
        root.setTop(menuBar());
        TreeItem<Object> libraryItem = new TreeItem<>(Messages.t("tree.library"));
        libraryItem.setExpanded(true);
        tree.setRoot(libraryItem);
        tree.setId("documentTree");
        tree.setCellFactory(tv -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof DocumentNode d) {
                    setText(d.document().title() + " (" + d.articles().size() + ")");
                } else if (item instanceof Article a) {
                    setText(a.title());
                } else {
                    setText(item.toString());
                }
            }
        });
        vm.documents().addListener((ListChangeListener<DocumentNode>) c -> rebuildTree());
        Label readerPlaceholder = new Label(Messages.t("reader.placeholder"));
        StackPane reader = new StackPane(readerPlaceholder);
        reader.setId("reader");
        VBox tags = new VBox(new Label(Messages.t("tags.title")));
        tags.setId("tagPanel");
        SplitPane split = new SplitPane(tree, reader, tags);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22, 0.78);
        root.setCenter(split);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        root.setBottom(status);
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.t("menu.file"));
        MenuItem quit = new MenuItem(Messages.t("menu.file.quit"));
        quit.setOnAction(e -> javafx.application.Platform.exit());
        file.getItems().add(quit);
        Menu library = new Menu(Messages.t("menu.library"));
        Menu view = new Menu(Messages.t("menu.view"));
        Menu help = new Menu(Messages.t("menu.help"));
        return new MenuBar(file, library, view, help);
    }

    private void rebuildTree() {
        TreeItem<Object> rootItem = tree.getRoot();
        rootItem.getChildren().clear();
        for (DocumentNode d : vm.documents()) {
            TreeItem<Object> di = new TreeItem<>(d);
            for (Article a : d.articles()) {
                di.getChildren().add(new TreeItem<>(a));
            }
            di.setExpanded(true);
            rootItem.getChildren().add(di);
        }
    }

    public Parent root() {
        return root;
    }

    public TreeView<Object> tree() {
        return tree;
    }
}
