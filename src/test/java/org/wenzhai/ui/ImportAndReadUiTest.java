package org.wenzhai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
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
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;

/** The whole workflow in a real (headless) window: import a file, see it in the tree, open and read it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportAndReadUiTest {
    @TempDir
    static Path dir;
    private static WenzhaiContext context;
    private MainViewModel vm;

    @BeforeAll
    static void library() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        context = WenzhaiContext.open(dir.resolve("library"));
    }

    @AfterAll
    static void closeLibrary() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(context, new BackgroundWork(), UiSettings.inMemory());
        stage.setScene(new Scene(new MainView(vm).root(), 1100, 750));
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null).toList();
    }

    @Test
    void importAFileSeeItInTheTreeOpenItAndFindInIt(FxRobot robot) throws Exception {
        Path material = dir.resolve("座谈会发言.txt");
        Files.writeString(material, "在全县基层治理座谈会上的发言\n同志们：今年以来，我们把网格作为治理的基本单元。\n"
                + "下一步，我们将继续完善网格员队伍建设。\n");
        robot.interact(() -> vm.importer().importPaths(List.of(material)));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> cellTexts(robot).stream().anyMatch(t -> t.startsWith("在全县基层治理座谈会上的发言")));
        // the tree shows the file as soon as it is stored; the import ends once the index has it too
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.importer().runningProperty().get());
        int documents = context.documentService().list().size();
        assertThat(cellTexts(robot)).anyMatch(t -> t.startsWith("资料库（" + documents + " 个文档"));

        TreeCell<?> docCell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("在全县基层治理座谈会上的发言"))
                .findFirst().orElseThrow();
        robot.clickOn(docCell);

        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().contains("网格员队伍"));
        Label title = robot.lookup("#readerTitle").queryAs(Label.class);
        assertThat(title.getText()).isNotBlank();
        assertThat(area.getText()).contains("我们把网格作为治理的基本单元");

        // find in the article: Ctrl+F, type, the matches are counted and the first selected
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.reader().findQueryProperty().set("网格"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.reader().matches()).hasSize(2);
        assertThat(area.getSelectedText()).isEqualTo("网格");
        assertThat(robot.lookup("#findField").tryQuery()).isPresent();
        assertThat(robot.lookup("#findField").query().isVisible()).isTrue();
    }

    @Test
    void deletingADocumentCanBeUndoneFromTheBar(FxRobot robot) throws Exception {
        Path material = dir.resolve("工作报告.txt");
        Files.writeString(material, "2024年工作报告\n一年来，我们坚持稳中求进。\n");
        context.importService().importFile(material, org.wenzhai.importing.ImportOptions.defaults());
        robot.interact(vm::refresh);
        int count = context.documentService().list().size();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.documents().size() == count);
        robot.interact(() -> vm.requestDelete(vm.documents().get(count - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#undoBar").query().isVisible()).isTrue();
        assertThat(vm.documents()).hasSize(count - 1);
        robot.clickOn(robot.lookup("#undoDelete").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.documents()).hasSize(count);
        assertThat(robot.lookup("#undoBar").query().isVisible()).isFalse();
        assertThat(context.documentService().list()).hasSize(count);
        TreeView<?> tree = robot.lookup("#documentTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(count);
    }
}
