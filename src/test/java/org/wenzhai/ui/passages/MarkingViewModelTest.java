package org.wenzhai.ui.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.Highlight;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.domain.TagPath;
import org.wenzhai.ui.UiFixture;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.reader.ReaderViewModel;
import org.wenzhai.ui.reader.Span;

class MarkingViewModelTest {
    @TempDir
    Path dir;
    private UiFixture lib;
    private MarkingViewModel vm;
    private int changes;

    @BeforeEach
    void open() {
        lib = new UiFixture(dir);
        vm = new MarkingViewModel(lib.context.highlightService(), lib.context.tagService(),
                lib.context.copyWithSource(), BackgroundWork.direct());
        vm.onChanged(() -> changes++);
        ReaderViewModel reader = new ReaderViewModel(lib.context.documentService(), BackgroundWork.direct(),
                UiSettings.inMemory());
        reader.open(lib.first.id(), null);
        vm.show(reader.content());
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void highlightingASelectionStoresItInItsColourAndSelectsIt() {
        // "网格化管理" in paragraph 0
        vm.highlight(new Span(lib.block(0).id(), 9, lib.block(0).id(), 14), HighlightColor.GREEN);
        assertThat(vm.highlights()).hasSize(1);
        Highlight h = vm.highlights().get(0);
        assertThat(h.color()).isEqualTo(HighlightColor.GREEN);
        assertThat(h.anchor().quote()).isEqualTo("网格化管理");
        assertThat(vm.selectedProperty().get()).isEqualTo(h);
        assertThat(changes).isEqualTo(1);
        assertThat(lib.context.highlightService().list(HighlightFilter.all())).hasSize(1);

        assertThat(vm.highlightAt(0, 9)).isEqualTo(h);
        assertThat(vm.highlightAt(0, 13)).isEqualTo(h);
        assertThat(vm.highlightAt(0, 14)).isNull();
        assertThat(vm.highlightAt(1, 0)).isNull();
    }

    @Test
    void aSelectionOverSeveralParagraphsBecomesOneHighlight() {
        vm.highlight(new Span(lib.block(2).id(), 3, lib.block(4).id(), 4), HighlightColor.BLUE);
        Highlight h = vm.highlights().get(0);
        assertThat(h.anchor().quote()).startsWith("优配强网格长").endsWith("全县划分");
        assertThat(vm.highlightAt(3, 2)).isEqualTo(h);
    }

    @Test
    void notesAndTagsAreSavedAndTagsAreOfferedForCompletion() {
        vm.highlightWithTags(new Span(lib.block(0).id(), 0, lib.block(0).id(), 3), List.of("主题/基层治理，素材/开头"));
        Highlight h = vm.selectedProperty().get();
        assertThat(h.tags()).containsExactlyInAnyOrder(TagPath.of("主题/基层治理"), TagPath.of("素材/开头"));
        assertThat(vm.tagSuggestions()).contains("主题", "主题/基层治理", "素材/开头");

        vm.setNote(h, "开头可借鉴");
        assertThat(vm.selectedProperty().get().note()).isEqualTo("开头可借鉴");
        vm.removeTag(vm.selectedProperty().get(), TagPath.of("素材/开头"));
        assertThat(vm.selectedProperty().get().tags()).containsExactly(TagPath.of("主题/基层治理"));
        vm.addTags(vm.selectedProperty().get(), List.of("主题/网格"));
        assertThat(lib.context.highlightService().find(h.id()).orElseThrow().tags()).hasSize(2);
        vm.setColor(vm.selectedProperty().get(), HighlightColor.PINK);
        assertThat(vm.highlights().get(0).color()).isEqualTo(HighlightColor.PINK);
    }

    @Test
    void anInvalidTagIsRefusedWithAMessageAndNothingIsStored() {
        vm.highlightWithTags(new Span(lib.block(0).id(), 0, lib.block(0).id(), 3), List.of("主题//空"));
        assertThat(vm.messageProperty().get()).contains("主题//空");
        assertThat(lib.context.highlightService().list(HighlightFilter.all())).isEmpty();
    }

    @Test
    void copyWithSourceGivesTheTextAndItsSourceLine() {
        AtomicReference<String> clip = new AtomicReference<>();
        vm.copyWithSource(new Span(lib.block(4).id(), 0, lib.block(4).id(), 10), clip::set);
        assertThat(clip.get()).startsWith("全县划分网格312个").contains("抓实网格治理 夯实基层基础");
    }

    @Test
    void deletingAHighlightRemovesItAndClearsTheSelection() {
        vm.highlight(new Span(lib.block(0).id(), 0, lib.block(0).id(), 3), HighlightColor.YELLOW);
        vm.delete(vm.selectedProperty().get());
        assertThat(vm.highlights()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(lib.context.highlightService().list(HighlightFilter.all())).isEmpty();
    }

    @Test
    void showingAnotherArticleLoadsOnlyItsHighlightsAndFocusSelectsAfterLoading() {
        vm.highlight(new Span(lib.block(0).id(), 0, lib.block(0).id(), 3), HighlightColor.YELLOW);
        Highlight h = vm.selectedProperty().get();
        vm.show(null);
        assertThat(vm.highlights()).isEmpty();
        ReaderViewModel reader = new ReaderViewModel(lib.context.documentService(), BackgroundWork.direct(),
                UiSettings.inMemory());
        reader.open(lib.first.id(), null);
        vm.focus(h);
        vm.show(reader.content());
        assertThat(vm.selectedProperty().get()).isEqualTo(h);
    }
}
