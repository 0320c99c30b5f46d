package org.wenzhai.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * The dialog for a problem that keeps the window from opening at all (the library is open in
 * another Wenzhai, or cannot be read): one message, one OK button, or the choices given.
 */
public final class FatalDialog {
    private FatalDialog() {
    }

    /** Builds the dialog (on the FX thread); the caller shows it. */
    public static Alert create(String message) {
        return create(message, new ButtonType[0]);
    }

    /** The same with these buttons instead of OK (a damaged library offers its backup). */
    public static Alert create(String message, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", buttons);
        alert.setTitle("文摘 Wenzhai");
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setId("fatalMessage");
        text.setWrapText(true);
        // a long line (a path, a command) wraps inside a dialog of reading width instead of
        // stretching it past the screen
        text.setPrefWidth(560);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
