package org.wenzhai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.testsupport.LibraryDamage;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.PathChooser;

/**
 * The real application started on a library whose file is damaged: the dialog names the newest
 * backup and, on the person's word, restores it and opens the window on it.
 */
@Tag("ui")
class DamagedLibraryUiTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WenzhaiApp app;
    private Stage stage;

    private final PathChooser chooser = new FolderChooser(() -> null);

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theDialogOffersTheNewestBackupAndTheWindowOpensOnIt() throws Exception {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        Path folder = dir.resolve("资料库");
        Path morning = dir.resolve("上午的调研报告.txt");
        Files.writeString(morning, "关于推进基层治理的调研报告\n近年来，各地积极探索网格化管理。\n");
        Path afternoon = dir.resolve("下午的讲话.txt");
        Files.writeString(afternoon, "在全市乡村振兴工作会议上的讲话\n同志们：今天召开这次会议。\n");
        Path backup = folder.resolve("backups/wenzhai-2026-12-01_080000.zip");
        try (WenzhaiContext ctx = WenzhaiContext.open(folder)) {
            ctx.importService().importFile(morning, ImportOptions.defaults());
            ctx.backupService().backupTo(backup, false);
            ctx.importService().importFile(afternoon, ImportOptions.defaults());
        }
        LibraryDamage.overwriteHeader(folder.resolve("wenzhai.mv.db"));

        stage = FxToolkit.registerPrimaryStage();
        app = (WenzhaiApp) FxToolkit.setupApplication(() -> new WenzhaiApp(folder, UiSettings.inMemory(), chooser));
        // the dialog's buttons reach the scene graph with its first layout, after its message
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restoreButton().isPresent());
        String message = robot.lookup("#fatalMessage").queryAs(Label.class).getText();
        assertThat(message).contains("已损坏").contains(backup.getFileName().toString()).contains("此后的改动不在其中");
        robot.interact(restoreButton().get()::fire);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> titles().stream().anyMatch(t -> t.contains("基层治理")));
        assertThat(titles()).as("the restored library is the backup's").noneMatch(t -> t.contains("乡村振兴"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(stage.getScene().getRoot()).lookup("#status")
                .tryQueryAs(Label.class).map(l -> l.getText().contains("1 个文档")).orElse(false));
        try (var kept = Files.list(folder.resolve("backups"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("wenzhai-before-restore-"));
        }
    }

    private Optional<Button> restoreButton() {
        return robot.lookup((Node n) -> n instanceof Button b && "从最近的备份恢复".equals(b.getText())).tryQueryAs(Button.class);
    }

    private List<String> titles() {
        return robot.from(stage.getScene().getRoot()).lookup("#documentTree .tree-cell").queryAllAs(TreeCell.class).stream()
                .map(TreeCell::getText).filter(t -> t != null && !t.isBlank()).toList();
    }
}
