package org.wenzhai.ui.outline;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.wenzhai.i18n.Messages;

/** The outline (提纲) window: headings of level 1 and 2, article by article, as text to copy. */
public class OutlineView {
    private final OutlineViewModel vm;

    public OutlineView(OutlineViewModel vm) {
        this.vm = vm;
    }

    public Dialog<Void> show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.titleProperty().bind(vm.titleProperty());
        d.setResizable(true);
        TextArea text = new TextArea();
        text.setId("outlineText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 520);
        text.textProperty().bind(vm.textProperty());
        d.getDialogPane().setContent(text);
        ButtonType copy = new ButtonType(Messages.t("ui.outline.copy"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        d.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.textProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        d.show();
        return d;
    }
}
