package org.wenzhai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
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
import org.wenzhai.domain.Article;
import org.wenzhai.domain.Block;
import org.wenzhai.domain.HighlightColor;
import org.wenzhai.domain.HighlightFilter;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;

/** Whole workflows in a real (headless) window: mark, tag, annotate, count, export; search and jump. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MarkExportAndSearchUiTest {
    @TempDir
    static Path dir;
    private static WenzhaiContext context;
    private static Article article;
    private static List<Block> blocks;
    private MainViewModel vm;
    private MainView view;

    @BeforeAll
    static void library() throws Exception {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        Path material = dir.resolve("调研报告.txt");
        Files.writeString(material, """
                关于推进乡村振兴的调研报告
                近年来，我县坚持把乡村振兴作为重中之重，取得了明显成效。
                一、主要做法
                （一）抓产业发展
                全县发展特色种植基地28个，带动农户增收致富。
                （二）抓人才队伍
                选派驻村第一书记46名，充实基层力量。
                二、存在问题
                部分村集体经济薄弱，发展后劲不足。
                """);
        context = WenzhaiContext.open(dir.resolve("library"));
        long doc = context.importService().importFile(material, ImportOptions.defaults()).documentId();
        article = context.documentService().articles(doc).get(0);
        blocks = context.documentService().blocks(article.id());
    }

    @AfterAll
    static void closeLibrary() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(context, new BackgroundWork(), UiSettings.inMemory());
        view = new MainView(vm);
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    private static int paragraphOf(String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no block with " + text);
    }

    private StyleClassedTextArea openArticle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.documents().isEmpty());
        robot.interact(() -> vm.reader().open(article.id(), null));
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().contains("第一书记"));
        return area;
    }

    @Test
    void highlightWithATagAndANoteSeeTheTagCountAndExportIt(FxRobot robot) throws Exception {
        StyleClassedTextArea area = openArticle(robot);
        int p = paragraphOf("选派驻村第一书记");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(p, 0, p, 8);
        });
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.marking().selectedProperty().get() != null);
        assertThat(vm.marking().highlights()).hasSize(1);
        assertThat(vm.marking().highlights().get(0).color()).isEqualTo(HighlightColor.GREEN);
        assertThat(vm.marking().highlights().get(0).anchor().quote()).isEqualTo("选派驻村第一书记");
        // drawn in its colour
        int abs = area.getAbsolutePosition(p, 2);
        assertThat(area.getStyleAtPosition(abs + 1)).contains("hl-green");

        robot.interact(() -> robot.lookup("#passageNewTags").queryAs(TextField.class).setText("主题/乡村振兴"));
        robot.clickOn("#addTags");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !vm.marking().selectedProperty().get().tags().isEmpty());
        robot.interact(() -> robot.lookup("#passageNote").queryAs(TextArea.class).setText("人才数字可引用"));
        robot.clickOn("#saveNote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "人才数字可引用".equals(vm.marking().selectedProperty().get().note()));

        robot.interact(view::showTags);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tagTree .tree-cell").queryAllAs(TreeCell.class)
                .stream().anyMatch(c -> "乡村振兴（1）".equals(c.getText())));
        TreeCell<?> tagCell = robot.lookup("#tagTree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> "乡村振兴（1）".equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn(tagCell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.tags().passages().size() == 1);

        Path out = dir.resolve("摘录.txt");
        view.setExportTarget((owner, name) -> Optional.of(out));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportPreviewButton").tryQuery().isPresent());
        robot.clickOn("#exportPreviewButton");
        TextArea preview = robot.lookup("#exportPreview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getText().contains("选派驻村第一书记"));
        robot.clickOn("#exportSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(out));
        String exported = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(exported).contains("选派驻村第一书记", "人才数字可引用", "主题/乡村振兴")
                .doesNotContain("部分村集体经济薄弱");
        assertThat(context.highlightService().list(HighlightFilter.all())).hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void searchClickAndTheReaderShowsTheParagraphWithTheMatchMarked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.documents().isEmpty());
        robot.interact(view::showSearch);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("集体经济"));
        // the results may be replaced once more (the index finishing its warm-up): take a filled cell in one step
        java.util.concurrent.atomic.AtomicReference<ListCell<?>> first = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            first.set(robot.lookup("#searchResults .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getItem() != null).findFirst().orElse(null));
            return first.get() != null && !vm.search().runningProperty().get();
        });
        robot.clickOn(first.get());

        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        int p = paragraphOf("部分村集体经济薄弱");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.reader().markedProperty().get() != null
                && "集体经济".equals(area.getSelectedText()));
        assertThat(vm.reader().content().article().id()).isEqualTo(article.id());
        assertThat(vm.reader().markedProperty().get().paragraph()).isEqualTo(p);
        assertThat(area.getCurrentParagraph()).isEqualTo(p);
        assertThat(area.getStyleAtPosition(area.getAbsolutePosition(p, 4))).contains("search-mark");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.firstVisibleParToAllParIndex() <= p
                && p <= area.lastVisibleParToAllParIndex());
    }
}
