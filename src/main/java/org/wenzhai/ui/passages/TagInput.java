package org.wenzhai.ui.passages;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.wenzhai.i18n.Messages;

/** Asks for tags, auto-completed from the library's existing tag paths; new paths are allowed. */
public final class TagInput {
    private TagInput() {
    }

    /** A text field completing tag paths (the part after the last separator is completed). */
    public static TextField field(List<String> suggestions) {
        TextField field = new TextField();
        field.setPromptText(Messages.t("ui.mark.tagsPrompt"));
        TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText();
            int cut = Math.max(Math.max(typed.lastIndexOf(','), typed.lastIndexOf('，')),
                    Math.max(typed.lastIndexOf('、'), typed.lastIndexOf(' ')));
            String head = typed.substring(0, cut + 1);
            String last = typed.substring(cut + 1).strip();
            if (last.isEmpty()) {
                return List.of();
            }
            return suggestions.stream().filter(s -> s.contains(last)).limit(12).map(s -> head + s).toList();
        });
        return field;
    }

    public static Optional<String> ask(Window owner, List<String> suggestions) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.t("ui.mark.withTags"));
        TextField field = field(suggestions);
        field.setPrefColumnCount(30);
        d.getDialogPane().setContent(new VBox(8, new Label(Messages.t("ui.mark.tagsHelp")), field));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        d.setOnShown(e -> field.requestFocus());
        return d.showAndWait().filter(t -> !t.isBlank());
    }
}
