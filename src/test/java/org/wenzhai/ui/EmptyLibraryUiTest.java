package org.wenzhai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;

/** A new, empty library tells how to fill it; once a document is in, the reader asks for an article. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EmptyLibraryUiTest {
    @TempDir
    static Path dir;

    private static WenzhaiContext context;
    private MainViewModel vm;

    @BeforeAll
    static void library() {
        context = WenzhaiContext.open(dir.resolve("library"));
    }

    @AfterAll
    static void closeLibrary() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(context);
        stage.setScene(new Scene(new MainView(vm).root(), 1000, 700));
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    @Test
    void anEmptyLibrarySaysHowToImportUntilADocumentLands(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.lookup(".reader-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hint.getText().equals(Messages.t("reader.placeholder.emptyLibrary")));
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("Ctrl+O");

        Path material = dir.resolve("调研报告.txt");
        Files.writeString(material, "关于推进基层治理的调研报告\n近年来，各地积极探索网格化管理。\n");
        FileResult r = context.importService().importFile(material, ImportOptions.defaults());
        vm.documentStored(r.documentId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hint.getText().equals(Messages.t("reader.placeholder")));
        assertThat(vm.documents()).hasSize(1);
    }
}
