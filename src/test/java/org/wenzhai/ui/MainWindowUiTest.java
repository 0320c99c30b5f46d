package org.wenzhai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    @TempDir
    static Path dir;

    private static WenzhaiContext context;
    private MainViewModel vm;

    @org.junit.jupiter.api.BeforeAll
    static void library() throws Exception {
        // library work happens off the FX thread, as in the app
        Path material = dir.resolve("材料.txt");
        java.nio.file.Files.writeString(material, "关于推进基层治理的调研报告\n近年来，各地积极探索网格化管理。\n");
        context = WenzhaiContext.open(dir.resolve("library"));
        context.importService().importFile(material, ImportOptions.defaults());
    }

    @org.junit.jupiter.api.AfterAll
    static void closeLibrary() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(context);
        stage.setScene(new Scene(new MainView(vm).root(), 1000, 700));
        stage.titleProperty().bind(vm.titleProperty());
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    @Test
    void theWindowOpensAndShowsTheImportedDocumentInTheTree(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.documents().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#documentTree").queryAs(TreeView.class);
        TreeItem<?> doc = tree.getRoot().getChildren().get(0);
        assertThat(tree.getRoot().getChildren()).hasSize(1);
        assertThat(robot.lookup(".tree-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TreeCell<?>) n).getText())
                .filter(t -> t != null && t.contains("关于推进基层治理的调研报告")).count()).isPositive();
        assertThat(doc).isNotNull();
        Stage stage = (Stage) tree.getScene().getWindow();
        assertThat(stage.getTitle()).startsWith("文摘 Wenzhai — ");
        assertThat(robot.lookup("#reader").tryQuery()).isPresent();
        assertThat(robot.lookup("#tagPanel").tryQuery()).isPresent();
    }
}
