package org.wenzhai.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;

/**
 * The dialog for a problem that keeps the window from opening at all (the library is open in
 * another Wenzhai, or cannot be read): one message, one OK button.
 */
public final class FatalDialog {
    private FatalDialog() {
    }

    /** Builds the dialog (on the FX thread); the caller shows it. */
    public static Alert create(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("文摘 Wenzhai");
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setId("fatalMessage");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
