package org.wenzhai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.TagPath;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;
import org.wenzhai.ui.main.PathChooser;

/**
 * Workflows of the document tree, the tag panel and importing by drag-and-drop and by the menu, in
 * a real headless window on a real library in a temporary folder.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TreeTagsAndDropUiTest {
    @TempDir
    Path dir;
    private WenzhaiContext context;
    private MainViewModel vm;
    private MainView view;
    private List<Path> chosenFiles = List.of();
    private Path chosenFolder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1100, 750));
        stage.show();
    }

    @BeforeEach
    void window(FxRobot robot) throws Exception {
        context = WenzhaiContext.open(dir.resolve("library"));
        Path material = dir.resolve("调研报告.txt");
        Files.writeString(material, "关于推进基层治理的调研报告\n近年来，各地积极探索网格化管理。\n");
        context.importService().importFile(material, ImportOptions.defaults());
        robot.interact(() -> {
            vm = new MainViewModel(context, new BackgroundWork(), UiSettings.inMemory());
            view = new MainView(vm);
            view.setPathChooser(new PathChooser() {
                @Override
                public List<Path> materials(Window owner) {
                    return chosenFiles;
                }

                @Override
                public Optional<Path> folder(Window owner, String title) {
                    return Optional.ofNullable(chosenFolder);
                }
            });
            stage.getScene().setRoot(view.root());
            vm.refresh();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.documents().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        vm.shutdown();
        context.close();
    }

    private static List<String> cellTexts(FxRobot robot, String tree) {
        String cells = tree.contains(".") ? tree : tree + " .tree-cell";
        return robot.lookup(cells).queryAllAs(TreeCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty()).map(TreeCell::getText).filter(t -> t != null).toList();
    }

    private static TreeCell<?> cell(FxRobot robot, String tree, String textStart) {
        String cells = tree.contains(".") ? tree : tree + " .tree-cell";
        return robot.lookup(cells).queryAllAs(TreeCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null && c.getText().startsWith(textStart))
                .findFirst().orElseThrow();
    }

    private static void waitForCell(FxRobot robot, String tree, String textStart, boolean present) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> cellTexts(robot, tree).stream().anyMatch(t -> t.startsWith(textStart)) == present);
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void answer(FxRobot robot, ButtonType button) throws Exception {
        Node b = dialog(robot).lookupButton(button);
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A right-click on a cell: selects it, then the context-menu request a right button makes (the
     * headless glass platform sends no context-menu events of its own).
     */
    private static FxRobot rightClick(FxRobot robot, String tree, String textStart) {
        robot.clickOn(cell(robot, tree, textStart));
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> cell = cell(robot, tree, textStart); // the click may have made the rows anew
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            double x = b.getWidth() / 3;
            double y = b.getHeight() / 2;
            cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    x, y, b.getMinX() + x, b.getMinY() + y, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    /** A drop as the operating system delivers it: a drag over the window, then the drop, with files. */
    private static boolean drop(FxRobot robot, Node target, List<File> files) {
        boolean[] completed = new boolean[1];
        robot.interact(() -> {
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new DroppedFiles(files));
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, 100, 100, 100, 100, TransferMode.COPY,
                    null, target, null);
            target.fireEvent(over);
            DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, 100, 100, 100, 100, TransferMode.COPY,
                    null, target, null);
            target.fireEvent(dropped);
            completed[0] = dropped.isDropCompleted() || dropped.isAccepted();
        });
        return completed[0];
    }

    /** What a file manager puts on the drag board: a list of files, offered for copying. */
    private record DroppedFiles(List<File> files) implements com.sun.javafx.tk.TKClipboard {
        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return java.util.Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    @Test
    void droppingFilesAndAFolderOnTheWindowImportsThemAll(FxRobot robot) throws Exception {
        Path speech = dir.resolve("讲话.txt");
        Files.writeString(speech, "在乡村振兴工作会议上的讲话\n同志们：今天我们召开会议，部署乡村振兴工作。\n");
        Path folder = Files.createDirectories(dir.resolve("汇编材料"));
        Files.writeString(folder.resolve("一.txt"), "关于发展村级集体经济的报告\n村级集体经济是基层组织的物质基础。\n");
        Files.writeString(folder.resolve("二.txt"), "2024年度工作总结\n一年来，我们坚持稳中求进工作总基调。\n");

        drop(robot, robot.lookup("#documentTree").query(), List.of(speech.toFile(), folder.toFile()));

        waitForCell(robot, "#documentTree", "在乡村振兴工作会议上的讲话", true);
        waitForCell(robot, "#documentTree", "关于发展村级集体经济的报告", true);
        waitForCell(robot, "#documentTree", "2024年度工作总结", true);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.importer().runningProperty().get());
        assertThat(context.documentService().list()).hasSize(4);
        assertThat(cellTexts(robot, "#documentTree")).anyMatch(t -> t.startsWith("资料库（4 个文档"));
    }

    @Test
    void importFilesAndAFolderFromTheFileMenu(FxRobot robot) throws Exception {
        Path speech = dir.resolve("讲话.txt");
        Files.writeString(speech, "在乡村振兴工作会议上的讲话\n同志们：今天我们召开会议，部署乡村振兴工作。\n");
        chosenFiles = List.of(speech);
        robot.clickOn("文件").clickOn("导入文件…");
        waitForCell(robot, "#documentTree", "在乡村振兴工作会议上的讲话", true);

        Path folder = Files.createDirectories(dir.resolve("汇编材料"));
        Files.writeString(folder.resolve("一.txt"), "关于发展村级集体经济的报告\n村级集体经济是基层组织的物质基础。\n");
        chosenFolder = folder;
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.importer().runningProperty().get());
        robot.clickOn("文件").clickOn("导入文件夹…");
        waitForCell(robot, "#documentTree", "关于发展村级集体经济的报告", true);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.importer().runningProperty().get());
        assertThat(context.documentService().list()).hasSize(3);
    }

    @Test
    void deleteFromTheTreeMenuAsksFirstCanBeUndoneAndOtherwiseDeletes(FxRobot robot) throws Exception {
        String title = "关于推进基层治理的调研报告";
        rightClick(robot, "#documentTree .tree-document", title).clickOn("删除文档…");
        assertThat(dialog(robot).getContentText()).contains(title);
        answer(robot, ButtonType.CANCEL);
        assertThat(cellTexts(robot, "#documentTree")).anyMatch(t -> t.startsWith(title));
        assertThat(robot.lookup("#undoBar").query().isVisible()).isFalse();

        rightClick(robot, "#documentTree .tree-document", title).clickOn("删除文档…");
        answer(robot, ButtonType.OK);
        waitForCell(robot, "#documentTree", title, false);
        assertThat(robot.lookup("#undoBar").query().isVisible()).isTrue();
        robot.clickOn(robot.lookup("#undoDelete").queryAs(Button.class));
        waitForCell(robot, "#documentTree", title, true);
        assertThat(context.documentService().list()).hasSize(1);

        rightClick(robot, "#documentTree .tree-document", title).clickOn("删除文档…");
        answer(robot, ButtonType.OK);
        waitForCell(robot, "#documentTree", title, false);
        // what the undo bar's timer does when its time is up
        robot.interact(vm::commitDelete);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.statusProperty().get().endsWith("已从资料库删除"));
        assertThat(context.documentService().list()).isEmpty();
        assertThat(robot.lookup("#undoBar").query().isVisible()).isFalse();
    }

    @Test
    void renameMergeAndDeleteTagsFromTheTagPanel(FxRobot robot) throws Exception {
        long doc = context.documentService().list().get(0).id();
        context.tagService().tagDocument(doc, List.of(TagPath.of("主题/乡村振兴"), TagPath.of("主题/基层治理")));
        robot.interact(() -> vm.tags().refresh());
        waitForCell(robot, "#tagTree", "乡村振兴", true);

        rightClick(robot, "#tagTree", "乡村振兴").clickOn("改名…");
        dialog(robot); // it opens a moment after the menu item is clicked
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(TextField.class).setText("主题/共同富裕"));
        answer(robot, ButtonType.OK);
        waitForCell(robot, "#tagTree", "共同富裕", true);
        assertThat(cellTexts(robot, "#tagTree")).noneMatch(t -> t.startsWith("乡村振兴"));

        rightClick(robot, "#tagTree", "共同富裕").clickOn("并入另一个标签…");
        dialog(robot); // it opens a moment after the menu item is clicked
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(TextField.class).setText("主题/基层治理"));
        answer(robot, ButtonType.OK);
        waitForCell(robot, "#tagTree", "共同富裕", false);
        // the tree is rebuilt after the merge: for a moment it may hold no cells at all
        waitForCell(robot, "#tagTree", "基层治理", true);

        rightClick(robot, "#tagTree", "基层治理").clickOn("删除标签…");
        assertThat(dialog(robot).getContentText()).contains("主题/基层治理");
        answer(robot, ButtonType.OK);
        waitForCell(robot, "#tagTree", "基层治理", false);
        assertThat(context.tagService().tree().toString()).doesNotContain("基层治理").doesNotContain("乡村振兴");
        assertThat(context.documentService().list()).hasSize(1);
    }
}
