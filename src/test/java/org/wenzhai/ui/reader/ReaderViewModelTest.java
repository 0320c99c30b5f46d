package org.wenzhai.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Article;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.LibraryTestSupport;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;

class ReaderViewModelTest {
    @TempDir
    Path dir;
    private WenzhaiContext context;
    private ReaderViewModel vm;
    private UiSettings settings;
    private Article first;

    @BeforeEach
    void open() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        context = WenzhaiContext.open(dir.resolve("library"));
        long doc = context.documents().insert(LibraryTestSupport.file("汇编.txt", "汇编"),
                LibraryTestSupport.twoArticleDocument());
        first = context.documentService().articles(doc).get(0);
        settings = UiSettings.inMemory();
        vm = new ReaderViewModel(context.documentService(), BackgroundWork.direct(), settings);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void opensAnArticleWithItsBlocksAndByline() {
        vm.open(first.id(), null);
        ReaderContent c = vm.content();
        assertThat(c.article().title()).isEqualTo("抓实网格治理 夯实基层基础");
        assertThat(c.blocks()).hasSize(5);
        assertThat(ReaderViewModel.byline(c)).contains("某县委组织部", "2024-05-08", "来源：内部交流",
                "县域经济发展交流材料汇编（2篇）");
        assertThat(vm.targetProperty().get().paragraph()).isZero();
    }

    @Test
    void aMissingArticleGivesAMessage() {
        vm.open(999_999L, null);
        assertThat(vm.content()).isNull();
        assertThat(vm.errorProperty().get()).contains(Messages.t("ui.reader.gone"));
    }

    @Test
    void findListsEveryMatchAndStepsAroundThem() {
        vm.open(first.id(), null);
        vm.findQueryProperty().set("网格");
        // 网格化管理 / 网格队伍 / 网格长 / 网格312个 / 网格员
        assertThat(vm.matches()).hasSize(5);
        assertThat(vm.matches().get(0)).isEqualTo(new TextRange(0, 9, 11));
        assertThat(vm.findStatusProperty().get()).isEqualTo("第 1 个，共 5 个");
        vm.findNext();
        assertThat(vm.targetProperty().get()).isEqualTo(new TextRange(1, 4, 6));
        vm.findPrevious();
        vm.findPrevious();
        assertThat(vm.currentMatchProperty().get()).isEqualTo(4);
        assertThat(vm.targetProperty().get().paragraph()).isEqualTo(4);

        vm.findQueryProperty().set("没有的词");
        assertThat(vm.matches()).isEmpty();
        assertThat(vm.findStatusProperty().get()).isEqualTo("没有找到");
        vm.findNext(); // nothing to step to, no error
        assertThat(vm.currentMatchProperty().get()).isEqualTo(-1);
    }

    @Test
    void fontSizeIsClampedAndPersisted() {
        int start = vm.fontSizeProperty().get();
        vm.zoomIn();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(start + 2);
        assertThat(settings.fontSize()).isEqualTo(start + 2);
        for (int i = 0; i < 50; i++) {
            vm.zoomOut();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(UiSettings.MIN_FONT);
        assertThat(settings.fontSize()).isEqualTo(UiSettings.MIN_FONT);
    }

    @Test
    void openingTheSameArticleAgainOnlyMovesToTheBlockAndMarksARange() {
        vm.open(first.id(), null);
        ReaderContent c = vm.content();
        long headingId = c.blocks().get(3).id();
        vm.open(first.id(), headingId);
        assertThat(vm.content()).isSameAs(c);
        assertThat(vm.targetProperty().get().paragraph()).isEqualTo(3);
        vm.open(first.id(), null, new TextRange(4, 2, 5));
        assertThat(vm.markedProperty().get()).isEqualTo(new TextRange(4, 2, 5));
        assertThat(vm.targetProperty().get()).isEqualTo(new TextRange(4, 2, 5));
    }

    @Test
    void clearEmptiesTheReader() {
        vm.open(first.id(), null);
        vm.clear();
        assertThat(vm.content()).isNull();
    }
}
