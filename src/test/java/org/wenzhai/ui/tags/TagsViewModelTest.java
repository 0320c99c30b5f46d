package org.wenzhai.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.TagCount;
import org.wenzhai.domain.TagPath;
import org.wenzhai.passages.HighlightService;
import org.wenzhai.ui.UiFixture;
import org.wenzhai.ui.common.BackgroundWork;

class TagsViewModelTest {
    @TempDir
    Path dir;
    private UiFixture lib;
    private TagsViewModel vm;

    @BeforeEach
    void open() {
        lib = new UiFixture(dir);
        HighlightService hs = lib.context.highlightService();
        hs.addBySpan(lib.block(0).id(), 0, lib.block(0).id(), 3, new HighlightService.Details(HighlightColor.YELLOW, null,
                List.of(TagPath.of("主题/基层治理"), TagPath.of("素材/开头"))));
        hs.addBySpan(lib.block(4).id(), 0, lib.block(4).id(), 4, new HighlightService.Details(HighlightColor.GREEN, null,
                List.of(TagPath.of("主题/基层治理/网格"))));
        vm = new TagsViewModel(lib.context.tagService(), hs, BackgroundWork.direct());
        vm.refresh();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private TagCount top(String name) {
        return vm.tree().stream().filter(t -> t.path().value().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTreeCountsPassagesWithTheirDescendants() {
        assertThat(vm.tree()).extracting(t -> t.path().value()).containsExactly("主题", "素材");
        assertThat(top("主题").total()).isEqualTo(2);
        assertThat(top("主题").children().get(0).path().value()).isEqualTo("主题/基层治理");
    }

    @Test
    void oneTagListsItsPassagesAndFiltersTheDocumentsSeveralTagsMustAllApply() {
        vm.select(List.of(TagPath.of("主题/基层治理")));
        assertThat(vm.passages()).hasSize(2);
        assertThat(vm.documentFilterProperty().get()).containsExactly(lib.documentId);

        vm.select(List.of(TagPath.of("主题/基层治理"), TagPath.of("素材/开头")));
        assertThat(vm.passages()).hasSize(1);
        assertThat(vm.passages().get(0).anchor().quote()).isEqualTo("近年来");

        vm.select(List.of(TagPath.of("素材/开头"), TagPath.of("主题/基层治理/网格")));
        assertThat(vm.passages()).isEmpty();
        assertThat(vm.documentFilterProperty().get()).isEmpty();

        vm.select(List.of());
        assertThat(vm.documentFilterProperty().get()).isNull();
    }

    @Test
    void renameMergeAndDeleteChangeTheTreeAndKeepThePassages() {
        vm.rename(TagPath.of("素材/开头"), "素材/导语");
        assertThat(top("素材").children()).extracting(t -> t.path().value()).containsExactly("素材/导语");

        vm.merge(TagPath.of("素材/导语"), "主题/基层治理");
        assertThat(vm.tree()).extracting(t -> t.path().value()).contains("主题");
        vm.select(List.of(TagPath.of("主题/基层治理")));
        assertThat(vm.passages()).hasSize(2);

        vm.delete(TagPath.of("主题"));
        assertThat(vm.tree()).extracting(t -> t.path().value()).doesNotContain("主题");
        assertThat(lib.context.highlightService().list(org.wenzhai.domain.HighlightFilter.all())).hasSize(2);
    }

    @Test
    void aBadNewNameIsRefusedWithAMessage() {
        vm.rename(TagPath.of("素材/开头"), "素材/");
        assertThat(vm.messageProperty().get()).contains("素材/");
        assertThat(top("素材").children()).extracting(t -> t.path().value()).containsExactly("素材/开头");
    }
}
