package org.wenzhai.ui.exporter;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.wenzhai.domain.Document;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagPath;
import org.wenzhai.export.ExportFormat;
import org.wenzhai.export.TextEncoding;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.reader.ReaderView;

/** The export dialog: tags, documents, colour, format, encoding; preview; save. */
public class ExportView {
    /** Asks where to save (a file chooser; tests answer with a path). */
    public interface SaveTarget {
        java.util.Optional<java.nio.file.Path> ask(Window owner, String suggestedName);

        SaveTarget FILE_CHOOSER = (owner, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(name);
            return java.util.Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }

    private final ExportViewModel vm;
    private final SaveTarget saveTarget;

    public ExportView(ExportViewModel vm, SaveTarget saveTarget) {
        this.vm = vm;
        this.saveTarget = saveTarget;
    }

    public Dialog<Void> show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.t("ui.export.title"));
        d.setResizable(true);

        CheckListView<TagPath> tags = new CheckListView<>(vm.availableTags());
        tags.setId("exportTags");
        tags.setPrefHeight(160);
        Runnable syncTags = () -> {
            for (TagPath t : vm.chosenTags()) {
                if (!tags.getCheckModel().isChecked(t)) {
                    tags.getCheckModel().check(t);
                }
            }
        };
        vm.availableTags().addListener((ListChangeListener<TagPath>) c -> syncTags.run());
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<TagPath>) c ->
                vm.chosenTags().setAll(tags.getCheckModel().getCheckedItems()));
        CheckListView<Document> docs = new CheckListView<>(vm.availableDocuments());
        docs.setId("exportDocuments");
        docs.setPrefHeight(160);
        docs.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<Document>(
                item -> docs.getItemBooleanProperty(item), new StringConverter<Document>() {
                    @Override
                    public String toString(Document doc) {
                        return doc == null ? "" : doc.title();
                    }

                    @Override
                    public Document fromString(String s) {
                        return null;
                    }
                }));
        docs.getCheckModel().getCheckedItems().addListener((ListChangeListener<Document>) c ->
                vm.chosenDocuments().setAll(docs.getCheckModel().getCheckedItems().stream().map(Document::id).toList()));

        ComboBox<HighlightColor> color = new ComboBox<>();
        color.getItems().add(null);
        color.getItems().addAll(HighlightColor.values());
        color.setButtonCell(colorCell());
        color.setCellFactory(lv -> colorCell());
        color.valueProperty().bindBidirectional(vm.colorProperty());
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ComboBox<TextEncoding> encoding = new ComboBox<>();
        encoding.getItems().setAll(TextEncoding.values());
        encoding.valueProperty().bindBidirectional(vm.encodingProperty());
        encoding.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.formatProperty().get() == null || !vm.formatProperty().get().isText(), vm.formatProperty()));

        TextArea preview = new TextArea();
        preview.setId("exportPreview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefSize(520, 360);
        preview.textProperty().bind(vm.previewProperty());
        Button previewButton = new Button(Messages.t("ui.export.preview"));
        previewButton.setId("exportPreviewButton");
        previewButton.setOnAction(e -> vm.preview());
        Button save = new Button(Messages.t("ui.export.save"));
        save.setId("exportSave");
        save.setOnAction(e -> saveTarget.ask(d.getDialogPane().getScene().getWindow(), vm.suggestedFileName())
                .ifPresent(vm::save));
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.t("ui.export.tags")), tags);
        form.addRow(1, new Label(Messages.t("ui.export.documents")), docs);
        form.addRow(2, new Label(Messages.t("ui.export.color")), color);
        form.addRow(3, new Label(Messages.t("ui.export.format")), format);
        form.addRow(4, new Label(Messages.t("ui.export.encoding")), encoding);
        VBox right = new VBox(8, new HBox(8, previewButton, save), preview, status);
        HBox content = new HBox(16, form, right);
        content.setPadding(new Insets(12));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        vm.load();
        d.show();
        return d;
    }

    private static ListCell<HighlightColor> colorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(HighlightColor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.t("ui.export.anyColor") : ReaderView.colorName(item));
            }
        };
    }
}
