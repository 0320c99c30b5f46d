package org.wenzhai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.storage.Library;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.ui.common.FatalDialog;

/** A window started on a library another Wenzhai holds shows the in-use message in a dialog. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SecondProcessDialogUiTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theSecondWindowShowsTheInUseMessageAsADialog(FxRobot robot) throws Exception {
        String message;
        try (Library held = Library.open(dir)) {
            LibraryInUseException e = catchThrowableOfType(() -> WenzhaiContext.open(dir), LibraryInUseException.class);
            assertThat(e).isNotNull();
            message = WenzhaiApp.fatalMessage(e);
        }
        assertThat(message).contains(dir.toString()).containsAnyOf("正被另一个", "in use by another Wenzhai");

        Alert[] shown = new Alert[1];
        Platform.runLater(() -> {
            shown[0] = FatalDialog.create(message);
            shown[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown[0] != null && shown[0].isShowing());
        Label text = robot.lookup("#fatalMessage").queryAs(Label.class);
        assertThat(text.getText()).isEqualTo(message);
        assertThat(shown[0].getAlertType()).isEqualTo(Alert.AlertType.ERROR);
        Button ok = (Button) shown[0].getDialogPane().lookupButton(ButtonType.OK);
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown[0].isShowing()).isFalse();
    }
}
