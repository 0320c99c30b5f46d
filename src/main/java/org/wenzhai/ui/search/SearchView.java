package org.wenzhai.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wenzhai.i18n.Messages;
import org.wenzhai.search.SearchHit;

/** Search the whole library (Ctrl+K): results as you type, each with its heading path and the match marked. */
public class SearchView {
    private final SearchViewModel vm;
    private final VBox root = new VBox(6);
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();

    public SearchView(SearchViewModel vm, Consumer<SearchHit> open, Consumer<List<SearchHit>> outline) {
        this.vm = vm;
        root.setId("searchView");
        root.setPadding(new Insets(8));
        field.setId("searchField");
        field.setPromptText(Messages.t("ui.search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        Label status = new Label();
        status.setId("searchStatus");
        status.setWrapText(true);
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        results.setId("searchResults");
        results.setItems(vm.results());
        results.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(null);
                if (empty || hit == null) {
                    setGraphic(null);
                    return;
                }
                Label where = new Label(where(hit));
                where.getStyleClass().add("search-where");
                where.setWrapText(true);
                SearchViewModel.Snippet s = SearchViewModel.snippet(hit, 30);
                TextFlow flow = new TextFlow();
                if (s.start() < 0) {
                    flow.getChildren().add(new Text(s.text()));
                } else {
                    Text match = new Text(s.text().substring(s.start(), s.end()));
                    match.getStyleClass().add("search-match");
                    flow.getChildren().addAll(new Text(s.text().substring(0, s.start())), match,
                            new Text(s.text().substring(s.end())));
                }
                flow.getStyleClass().add("search-snippet");
                flow.prefWidthProperty().bind(lv.widthProperty().subtract(30));
                where.maxWidthProperty().bind(lv.widthProperty().subtract(30));
                setPrefWidth(0);
                setGraphic(new VBox(2, where, flow));
            }
        });
        results.setOnMouseClicked(e -> {
            SearchHit h = results.getSelectionModel().getSelectedItem();
            if (h != null) {
                open.accept(h);
            }
        });
        Button outlineButton = new Button(Messages.t("ui.outline.button"));
        outlineButton.setId("searchOutline");
        outlineButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.results()));
        outlineButton.setOnAction(e -> outline.accept(List.copyOf(vm.results())));
        Label help = new Label(Messages.t("ui.search.help"));
        help.setWrapText(true);
        help.getStyleClass().add("muted");
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(results, Priority.ALWAYS);
        root.getChildren().addAll(field, new HBox(8, status, outlineButton), results, help);
    }

    /** 文章 › 一、… › （一）… */
    public static String where(SearchHit hit) {
        StringBuilder sb = new StringBuilder(hit.articleTitle() == null ? hit.documentTitle() : hit.articleTitle());
        for (String h : hit.headingPath()) {
            sb.append(" › ").append(h.length() > 24 ? h.substring(0, 24) + "…" : h);
        }
        return sb.toString();
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public Parent root() {
        return root;
    }
}
