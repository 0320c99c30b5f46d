package org.wenzhai.ui.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagPath;
import org.wenzhai.export.ExportFormat;
import org.wenzhai.export.TextEncoding;
import org.wenzhai.passages.HighlightService;
import org.wenzhai.ui.UiFixture;
import org.wenzhai.ui.common.BackgroundWork;

class ExportViewModelTest {
    @TempDir
    Path dir;
    private UiFixture lib;
    private ExportViewModel vm;

    @BeforeEach
    void open() {
        lib = new UiFixture(dir);
        HighlightService hs = lib.context.highlightService();
        hs.addBySpan(lib.block(4).id(), 0, lib.block(4).id(), 10, new HighlightService.Details(HighlightColor.YELLOW,
                "数字可用", List.of(TagPath.of("素材/数据"))));
        hs.addBySpan(lib.block(0).id(), 0, lib.block(0).id(), 3, new HighlightService.Details(HighlightColor.GREEN,
                null, List.of(TagPath.of("素材/开头"))));
        vm = new ExportViewModel(lib.context.excerptExporter(), lib.context.tagService(), lib.context.documentService(),
                BackgroundWork.direct());
        vm.load();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void offersTheLibrarysTagsAndDocuments() {
        assertThat(vm.availableTags()).contains(TagPath.of("素材/数据"), TagPath.of("素材/开头"));
        assertThat(vm.availableDocuments()).hasSize(1);
    }

    @Test
    void previewShowsOnlyTheChosenTagsPassagesWithTheirSource() {
        vm.chosenTags().setAll(TagPath.of("素材/数据"));
        vm.preview();
        assertThat(vm.previewProperty().get()).contains("全县划分网格312个", "抓实网格治理 夯实基层基础").doesNotContain("近年来");
        assertThat(vm.statusProperty().get()).isEqualTo("1 条摘录，来自 1 个文档");

        vm.chosenTags().clear();
        vm.colorProperty().set(HighlightColor.PURPLE);
        vm.preview();
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("没有符合条件的摘录");
    }

    @Test
    void savesInTheChosenFormatAndEncoding() throws Exception {
        vm.formatProperty().set(ExportFormat.MD);
        assertThat(vm.encodingProperty().get()).isEqualTo(TextEncoding.UTF_8);
        vm.encodingProperty().set(TextEncoding.GB18030);
        vm.colorProperty().set(HighlightColor.GREEN);
        Path out = dir.resolve("摘录.md");
        vm.save(out);
        String text = Files.readString(out, Charset.forName("GB18030"));
        assertThat(text).contains("近年来").doesNotContain("全县划分网格");
        assertThat(vm.savedProperty().get().excerpts()).isEqualTo(1);
        assertThat(vm.suggestedFileName()).isEqualTo("摘录.md");
    }

    @Test
    void nothingToExportWritesNoFile() {
        vm.colorProperty().set(HighlightColor.BLUE);
        Path out = dir.resolve("空.txt");
        vm.save(out);
        assertThat(out).doesNotExist();
        assertThat(vm.statusProperty().get()).isEqualTo("没有符合条件的摘录");
    }
}
