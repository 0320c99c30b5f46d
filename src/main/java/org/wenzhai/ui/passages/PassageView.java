package org.wenzhai.ui.passages;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagPath;
import org.wenzhai.i18n.Messages;

/** The clicked highlight in the right panel: its quote, colour, note and tags, for editing. */
public class PassageView {
    private final MarkingViewModel vm;
    private final VBox root = new VBox(8);
    private final Label quote = new Label();
    private final ComboBox<HighlightColor> color = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final FlowPane tags = new FlowPane(6, 6);
    private final TextField newTags;
    private final Label empty = new Label(Messages.t("ui.passage.none"));
    private final VBox editor;
    private boolean updating;

    public PassageView(MarkingViewModel vm) {
        this.vm = vm;
        root.setId("passagePanel");
        root.setPadding(new Insets(10));
        quote.setWrapText(true);
        quote.getStyleClass().add("passage-quote");
        quote.setId("passageQuote");
        color.getItems().setAll(HighlightColor.values());
        color.setCellFactory(lv -> colorCell());
        color.setButtonCell(colorCell());
        color.valueProperty().addListener((o, a, b) -> {
            Highlight h = vm.selectedProperty().get();
            if (!updating && h != null && b != null && b != h.color()) {
                vm.setColor(h, b);
            }
        });
        note.setId("passageNote");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText(Messages.t("ui.mark.notePrompt"));
        Button saveNote = new Button(Messages.t("ui.passage.saveNote"));
        saveNote.setId("saveNote");
        saveNote.setOnAction(e -> {
            Highlight h = vm.selectedProperty().get();
            if (h != null) {
                vm.setNote(h, note.getText());
            }
        });
        newTags = TagInput.field(vm.tagSuggestions());
        newTags.setId("passageNewTags");
        Button addTags = new Button(Messages.t("ui.passage.addTags"));
        addTags.setId("addTags");
        Runnable add = () -> {
            Highlight h = vm.selectedProperty().get();
            if (h != null && !newTags.getText().isBlank()) {
                vm.addTags(h, List.of(newTags.getText()));
                newTags.clear();
            }
        };
        addTags.setOnAction(e -> add.run());
        newTags.setOnAction(e -> add.run());
        Button copy = new Button(Messages.t("ui.mark.copyWithSource"));
        copy.setOnAction(e -> {
            Highlight h = vm.selectedProperty().get();
            if (h != null) {
                vm.copyWithSource(h, text -> {
                    javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                    c.putString(text);
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                });
            }
        });
        Button delete = new Button(Messages.t("ui.passage.delete"));
        delete.setOnAction(e -> {
            Highlight h = vm.selectedProperty().get();
            if (h == null) {
                return;
            }
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.t("ui.passage.deleteConfirm"), ButtonType.OK,
                    ButtonType.CANCEL);
            a.initOwner(root.getScene().getWindow());
            a.setHeaderText(null);
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(h));
        });
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        editor = new VBox(8, quote, new HBox(8, new Label(Messages.t("ui.passage.color")), color),
                new Label(Messages.t("ui.passage.note")), note, saveNote,
                new Label(Messages.t("ui.passage.tags")), tags, new HBox(6, newTags, addTags),
                new HBox(8, copy, delete));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        root.getChildren().addAll(empty, editor, message);
        vm.selectedProperty().addListener((o, a, b) -> show(b));
        show(null);
    }

    private static ListCell<HighlightColor> colorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(HighlightColor item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                getStyleClass().removeIf(s -> s.startsWith("swatch-"));
                if (emptyCell || item == null) {
                    setText(null);
                } else {
                    setText(org.wenzhai.ui.reader.ReaderView.colorName(item));
                    getStyleClass().add("swatch-" + item.wireName());
                }
            }
        };
    }

    private void show(Highlight h) {
        updating = true;
        try {
            editor.setVisible(h != null);
            editor.setManaged(h != null);
            empty.setVisible(h == null);
            empty.setManaged(h == null);
            if (h == null) {
                return;
            }
            String q = h.anchor().quote();
            quote.setText("“" + (q.length() > 300 ? q.substring(0, 300) + "…" : q) + "”");
            color.setValue(h.color());
            note.setText(h.note() == null ? "" : h.note());
            tags.getChildren().clear();
            for (TagPath t : h.tags()) {
                Button chip = new Button(t.value() + "  ✕");
                chip.getStyleClass().add("tag-chip");
                chip.setOnAction(e -> vm.removeTag(h, t));
                tags.getChildren().add(chip);
            }
        } finally {
            updating = false;
        }
    }

    public Parent root() {
        return root;
    }
}
