package org.wenzhai.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.FileResult;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.ui.common.BackgroundWork;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private WenzhaiContext context;
    private final List<Long> landed = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        context = WenzhaiContext.open(dir.resolve("library"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ImportViewModel vm(BackgroundWork work) {
        return new ImportViewModel(context.importService(), ImportOptions::defaults, work, landed::add);
    }

    @Test
    void importsAFolderReportsEachStoredDocumentAndListsTheFilesThatFailed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("材料"));
        Files.writeString(folder.resolve("一.txt"), "第一份材料\n正文。\n");
        Files.writeString(folder.resolve("二.txt"), "第二份材料\n正文。\n");
        Files.writeString(folder.resolve("表格.xyz"), "不是材料");
        ImportViewModel vm = vm(BackgroundWork.direct());

        assertThat(vm.importPaths(List.of(folder, dir.resolve("不存在.txt")))).isTrue();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(landed).hasSize(2);
        assertThat(context.documentService().list()).hasSize(2);
        assertThat(vm.problems()).extracting(FileResult::status)
                .containsExactlyInAnyOrder(FileResult.Status.SKIPPED, FileResult.Status.FAILED);
        assertThat(vm.messageProperty().get()).isEqualTo("导入 2 个，已存在 0 个，更新 0 个，跳过 1 个，失败 1 个");
        assertThat(ImportViewModel.describe(vm.problems().stream()
                .filter(FileResult::failed).findFirst().orElseThrow())).contains("不存在.txt", "失败");
    }

    @Test
    void cancellingStopsBeforeTheNextFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("多"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(folder.resolve("f" + i + ".txt"), "材料" + i + "\n正文" + i + "。\n");
        }
        // background work held until the test has asked to cancel
        List<Runnable> queued = new ArrayList<>();
        ImportViewModel vm = vm(new BackgroundWork(queued::add, Runnable::run));
        vm.importPaths(List.of(folder));
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.importPaths(List.of(folder))).as("a second import while one runs").isFalse();
        vm.cancel();
        queued.forEach(Runnable::run);

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.reportProperty().get().cancelled()).isTrue();
        assertThat(context.documentService().list()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("导入已取消。");
    }
}
