package org.wenzhai.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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

class MainViewModelTest {
    @TempDir
    Path dir;
    private WenzhaiContext context;
    private MainViewModel vm;
    private long documentId;

    @BeforeEach
    void open() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        context = WenzhaiContext.open(dir.resolve("library"));
        documentId = context.documents().insert(LibraryTestSupport.file("汇编.txt", "汇编"),
                LibraryTestSupport.twoArticleDocument());
        vm = new MainViewModel(context, BackgroundWork.direct(), UiSettings.inMemory());
    }

    @AfterEach
    void close() {
        vm.shutdown();
        context.close();
    }

    @Test
    void refreshLoadsDocumentsWithTheirArticlesAndCounts() {
        vm.refresh();
        assertThat(vm.documents()).hasSize(1);
        assertThat(vm.documents().get(0).articleCount()).isEqualTo(2);
        assertThat(vm.articleCount()).isEqualTo(2);
        List<Article> articles = new ArrayList<>();
        vm.loadArticles(documentId, articles::addAll);
        assertThat(articles).extracting(Article::title)
                .containsExactly("抓实网格治理 夯实基层基础", "发挥头雁作用 推动乡村振兴");
        assertThat(vm.statusProperty().get()).isEqualTo("1 个文档，2 篇文章");
        assertThat(vm.firstTreeShownAtProperty().get()).isNotNull();
        assertThat(vm.titleProperty().get()).isEqualTo("文摘 Wenzhai — " + context.folder());
    }

    @Test
    void headingsAreLoadedOnDemandAndOpenTheReaderAtTheirParagraph() {
        vm.refresh();
        Article first = context.documentService().articles(documentId).get(0);
        List<HeadingNode> headings = new ArrayList<>();
        vm.loadHeadings(first.id(), headings::addAll);
        assertThat(headings).extracting(h -> h.heading().text()).containsExactly("一、建强网格队伍", "（一）明确职责清单");

        vm.open(headings.get(1));
        assertThat(vm.reader().content().article().id()).isEqualTo(first.id());
        assertThat(vm.reader().targetProperty().get().paragraph()).isEqualTo(3);

        vm.open(vm.documents().get(0));
        assertThat(vm.reader().content().article().id()).isEqualTo(first.id());
        assertThat(vm.reader().targetProperty().get().paragraph()).isZero();
    }

    @Test
    void renamingADocumentUpdatesTheTreeAndAnEmptyTitleIsRefused() {
        vm.refresh();
        vm.rename(vm.documents().get(0), "  新标题  ");
        assertThat(vm.documents().get(0).document().title()).isEqualTo("新标题");
        assertThat(context.documentService().find(documentId).orElseThrow().title()).isEqualTo("新标题");

        vm.rename(vm.documents().get(0), "  ");
        assertThat(vm.statusProperty().get()).isEqualTo(Messages.t("ui.rename.empty"));
        assertThat(context.documentService().find(documentId).orElseThrow().title()).isEqualTo("新标题");

        Article second = context.documentService().articles(documentId).get(1);
        vm.rename(second, "改过的文章");
        assertThat(context.documentService().articles(documentId).get(1).title()).isEqualTo("改过的文章");
    }

    @Test
    void deleteIsOnlyHiddenUntilCommittedAndUndoBringsItBack() {
        vm.refresh();
        DocumentNode node = vm.documents().get(0);
        vm.open(node);
        vm.requestDelete(node);
        assertThat(vm.documents()).isEmpty();
        assertThat(vm.pendingDeleteProperty().get()).isNotNull();
        assertThat(vm.reader().content()).isNull();
        assertThat(context.documentService().find(documentId)).isPresent();

        vm.undoDelete();
        assertThat(vm.documents()).containsExactly(node);
        assertThat(vm.pendingDeleteProperty().get()).isNull();
        assertThat(context.documentService().find(documentId)).isPresent();

        vm.requestDelete(node);
        vm.refresh(); // a refresh during the undo time keeps it hidden
        assertThat(vm.documents()).isEmpty();
        vm.commitDelete();
        assertThat(context.documentService().find(documentId)).isEmpty();
        assertThat(vm.statusProperty().get()).contains("已从资料库删除");
        vm.undoDelete(); // too late: nothing to undo
        assertThat(vm.documents()).isEmpty();
    }

    @Test
    void shuttingDownDuringTheUndoTimeKeepsTheDocument() {
        vm.refresh();
        vm.requestDelete(vm.documents().get(0));
        vm.shutdown();
        assertThat(context.documentService().find(documentId)).isPresent();
    }

    @Test
    void aDocumentStoredByAnImportIsAddedToTheTreeInOrder() throws Exception {
        vm.refresh();
        Path f = dir.resolve("新材料.txt");
        Files.writeString(f, "第二份材料\n正文一段。\n");
        long id = context.importService().importFile(f, org.wenzhai.importing.ImportOptions.defaults()).documentId();
        vm.documentStored(id);
        assertThat(vm.documents()).extracting(d -> d.document().id()).containsExactly(documentId, id);
        vm.documentStored(id);
        assertThat(vm.documents()).hasSize(2);
    }

    @Test
    void documentsAndArticlesAreTaggedFromTheTree() {
        vm.refresh();
        vm.tagNode(vm.documents().get(0), "主题/基层治理，来源/县级");
        Article second = context.documentService().articles(documentId).get(1);
        vm.tagNode(second, "主题/乡村振兴");
        assertThat(context.tagService().documentTags(documentId)).extracting(Object::toString)
                .containsExactlyInAnyOrder("主题/基层治理", "来源/县级");
        assertThat(context.tagService().articleTags(second.id())).extracting(Object::toString).containsExactly("主题/乡村振兴");
        assertThat(vm.tags().tree()).extracting(t -> t.path().value()).contains("主题", "来源");
        vm.tagNode(second, "坏//标签");
        assertThat(vm.statusProperty().get()).contains("坏//标签");
    }

    @Test
    void backUpNowWritesADatedSnapshotIntoTheLibrary() {
        vm.backupNow();
        assertThat(vm.statusProperty().get()).startsWith("已备份到 ");
        assertThat(context.backupService().backups()).hasSize(1);
        assertThat(context.backupService().backups().get(0)).exists();
    }

    @Test
    void aStartUpOptionOpensTheArticleByTitle() {
        vm.refresh();
        vm.openArticleTitled("头雁");
        assertThat(vm.reader().content().article().title()).isEqualTo("发挥头雁作用 推动乡村振兴");
        vm.openArticleTitled("县域经济"); // a document title: its first article
        assertThat(vm.reader().content().article().title()).isEqualTo("抓实网格治理 夯实基层基础");
    }

    @Test
    void openingALibraryInUseGivesTheMessageNotAnException() {
        AtomicReference<WenzhaiContext> opened = new AtomicReference<>();
        vm.openLibrary(context.folder(), WenzhaiContext::open, opened::set);
        assertThat(opened.get()).isNull();
        assertThat(vm.alertProperty().get()).isEqualTo(Messages.t("cli.libraryInUse", context.folder()));
    }

    @Test
    void openingAnotherLibraryHandsItOnAndRemembersIt() {
        AtomicReference<WenzhaiContext> opened = new AtomicReference<>();
        Path other = dir.resolve("other");
        vm.openLibrary(other, WenzhaiContext::open, opened::set);
        try {
            assertThat(opened.get()).isNotNull();
            assertThat(opened.get().folder()).isEqualTo(other.toAbsolutePath().normalize());
            assertThat(vm.settings().recentLibraries()).startsWith(other.toAbsolutePath().normalize());
        } finally {
            opened.get().close();
        }
    }
}
