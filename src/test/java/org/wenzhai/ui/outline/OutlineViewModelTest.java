package org.wenzhai.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenzhai.domain.Article;
import org.wenzhai.ui.UiFixture;
import org.wenzhai.ui.common.BackgroundWork;

class OutlineViewModelTest {
    @TempDir
    Path dir;
    private UiFixture lib;

    @BeforeEach
    void open() {
        lib = new UiFixture(dir);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void listsTheLevelOneAndTwoHeadingsArticleByArticleEachOnce() {
        OutlineViewModel vm = new OutlineViewModel(lib.context.documentService(), BackgroundWork.direct());
        List<Article> articles = lib.context.documentService().articles(lib.documentId);
        vm.load("主题", List.of(articles.get(1).id(), articles.get(0).id(), articles.get(1).id()));
        assertThat(vm.entries()).extracting(OutlineViewModel.Entry::articleTitle)
                .containsExactly("发挥头雁作用 推动乡村振兴", "抓实网格治理 夯实基层基础");
        assertThat(vm.titleProperty().get()).isEqualTo("提纲：主题（2 篇文章）");
        assertThat(vm.textProperty().get()).isEqualTo("""
                发挥头雁作用 推动乡村振兴（出自《县域经济发展交流材料汇编（2篇）》）
                    一、选好头雁

                抓实网格治理 夯实基层基础（出自《县域经济发展交流材料汇编（2篇）》）
                    一、建强网格队伍
                        （一）明确职责清单
                """);
    }
}
