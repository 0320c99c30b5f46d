package org.wenzhai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.PathChooser;
import org.wenzhai.ui.settings.SettingsViewModel;

/**
 * The real application ({@link WenzhaiApp}: library opened off the FX thread, window rebuilt on a
 * language switch, libraries switched through the host) in a headless window, on real libraries in
 * a temporary folder. Only the native folder dialog is answered by the test.
 */
@Tag("ui")
class WindowAppUiTest {
    @TempDir
    Path dir;
    private Path first;
    private final UiSettings settings = UiSettings.inMemory();
    private Path nextFolder;
    private final FxRobot robot = new FxRobot();
    private WenzhaiApp app;
    private Stage stage;

    private final PathChooser chooser = new FolderChooser(() -> nextFolder);

    @BeforeEach
    void library() throws Exception {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        first = dir.resolve("甲资料库");
        Path material = dir.resolve("调研报告.txt");
        Files.writeString(material, "关于推进基层治理的调研报告\n近年来，各地积极探索网格化管理。\n");
        try (WenzhaiContext ctx = WenzhaiContext.open(first)) {
            ctx.importService().importFile(material, ImportOptions.defaults());
        }
        stage = FxToolkit.registerPrimaryStage();
        start();
    }

    private void start() throws Exception {
        app = (WenzhaiApp) FxToolkit.setupApplication(() -> new WenzhaiApp(first, settings, chooser));
        waitForTree();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    private void waitForTree() throws Exception {
        // the status line names the counts once the tree is filled
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window().lookup("#status").tryQuery().isPresent()
                && status().matches(".*\\d+ (个文档|documents?).*"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The main window's current content (the root is replaced on a library or language switch). */
    private org.testfx.service.query.NodeQuery window() {
        return robot.from(stage.getScene().getRoot());
    }

    private List<String> cellTexts() {
        return window().lookup("#documentTree .tree-cell").queryAllAs(TreeCell.class).stream()
                .map(TreeCell::getText).filter(t -> t != null).toList();
    }

    private String title() {
        return stage.getTitle();
    }

    private String status() {
        return window().lookup("#status").queryAs(Label.class).getText();
    }

    private List<String> menuTitles() {
        return window().lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(m -> m.getText()).toList();
    }

    private void menu(String menu, String... path) {
        robot.clickOn(menu);
        for (String item : path) {
            robot.clickOn(item);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void backUpNowOpenOrCreateALibraryAndGoBackThroughTheRecentList() throws Exception {
        assertThat(cellTexts()).anyMatch(t -> t.startsWith("关于推进基层治理的调研报告"));
        assertThat(title()).contains(first.toString());

        menu("资料库", "立即备份");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith("已备份到"));
        Path zip = Path.of(status().substring("已备份到 ".length()).strip());
        assertThat(zip).exists().startsWith(first);
        assertThat(Files.size(zip)).isPositive();

        Path second = dir.resolve("乙资料库");
        nextFolder = second;
        menu("资料库", "打开或新建资料库…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title().contains(second.toString()));
        waitForTree();
        assertThat(second.resolve("wenzhai.mv.db")).exists();
        assertThat(cellTexts()).anyMatch(t -> t.startsWith("资料库（0 个文档"));
        assertThat(cellTexts()).noneMatch(t -> t.startsWith("关于推进基层治理的调研报告"));
        assertThat(settings.recentLibraries()).contains(first, second);

        robot.clickOn("资料库");
        robot.moveTo("最近的资料库");
        robot.clickOn(first.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title().contains(first.toString()));
        waitForTree();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> cellTexts().stream().anyMatch(t -> t.startsWith("关于推进基层治理的调研报告")));
    }

    @Test
    void switchingToEnglishRelabelsTheWindowAndIsKeptForTheNextStart() throws Exception {
        assertThat(menuTitles()).containsExactly("文件", "资料库", "视图", "帮助");
        menu("视图", "界面语言", "English");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuTitles().contains("Library"));
        waitForTree();
        assertThat(menuTitles()).containsExactly("File", "Library", "View", "Help");
        assertThat(cellTexts()).anyMatch(t -> t.startsWith("Library ("));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.language().isPresent());
        assertThat(settings.language()).contains(Locale.ENGLISH);

        // the next start comes up in English
        FxToolkit.cleanupApplication(app);
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        start();
        assertThat(menuTitles()).containsExactly("File", "Library", "View", "Help");

        // back to Chinese, a larger font and the dark theme, all from the settings dialog
        menu("File", "Settings…");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> language = (ComboBox<Object>) pane.lookupAll(".combo-box").stream()
                    .filter(n -> ((ComboBox<?>) n).getItems().contains(SettingsViewModel.Language.CHINESE))
                    .findFirst().orElseThrow();
            language.setValue(SettingsViewModel.Language.CHINESE);
            @SuppressWarnings("unchecked")
            ComboBox<Object> theme = (ComboBox<Object>) pane.lookupAll(".combo-box").stream()
                    .filter(n -> ((ComboBox<?>) n).getItems().contains(UiSettings.Theme.DARK))
                    .findFirst().orElseThrow();
            theme.setValue(UiSettings.Theme.DARK);
            @SuppressWarnings("unchecked")
            Spinner<Integer> font = (Spinner<Integer>) pane.lookup(".spinner");
            font.getValueFactory().setValue(24);
        });
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuTitles().contains("资料库"));
        waitForTree();
        assertThat(menuTitles()).containsExactly("文件", "资料库", "视图", "帮助");
        StyleClassedTextArea area = window().lookup("#readerText").queryAs(StyleClassedTextArea.class);
        assertThat(area.getStyle()).contains("-fx-font-size: 24px");
        assertThat(Stream.of(stage.getScene().getRoot().getStylesheets().toArray())
                .map(String::valueOf)).anyMatch(s -> s.endsWith("dark.css"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.fontSize() == 24);
        assertThat(settings.language()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(settings.theme()).isEqualTo(UiSettings.Theme.DARK);
    }
}
