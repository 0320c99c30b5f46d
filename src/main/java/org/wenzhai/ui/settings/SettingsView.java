package org.wenzhai.ui.settings;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.Callback;
import org.wenzhai.i18n.Messages;
import org.wenzhai.ui.common.UiSettings;

/** The settings dialog: language, theme, reader font size. */
public class SettingsView {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    /** Shows the dialog; empty when cancelled, else whether the language changed. */
    public Optional<Boolean> showAndWait(Window owner) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.t("ui.settings.title"));
        ComboBox<SettingsViewModel.Language> language = new ComboBox<>();
        language.getItems().setAll(SettingsViewModel.Language.values());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Callback<javafx.scene.control.ListView<SettingsViewModel.Language>, ListCell<SettingsViewModel.Language>> cells =
                lv -> new ListCell<>() {
                    @Override
                    protected void updateItem(SettingsViewModel.Language item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item.label());
                    }
                };
        language.setCellFactory(cells);
        language.setButtonCell(cells.call(null));
        ComboBox<UiSettings.Theme> theme = new ComboBox<>();
        theme.getItems().setAll(UiSettings.Theme.values());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Callback<javafx.scene.control.ListView<UiSettings.Theme>, ListCell<UiSettings.Theme>> themeCells =
                lv -> new ListCell<>() {
                    @Override
                    protected void updateItem(UiSettings.Theme item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null
                                : Messages.t("ui.settings.theme." + item.name().toLowerCase(java.util.Locale.ROOT)));
                    }
                };
        theme.setCellFactory(themeCells);
        theme.setButtonCell(themeCells.call(null));
        Spinner<Integer> font = new Spinner<>(UiSettings.MIN_FONT, UiSettings.MAX_FONT, vm.fontSizeProperty().get());
        font.valueProperty().addListener((o, a, b) -> vm.fontSizeProperty().set(b));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(Messages.t("ui.settings.language")), language);
        grid.addRow(1, new Label(Messages.t("ui.settings.theme")), theme);
        grid.addRow(2, new Label(Messages.t("ui.settings.fontSize")), font);
        grid.add(new Label(Messages.t("ui.settings.languageNote")), 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? vm.apply() : null);
        return dialog.showAndWait();
    }
}
