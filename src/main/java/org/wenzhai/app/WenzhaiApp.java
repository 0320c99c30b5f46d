package org.wenzhai.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.storage.LibraryLocator;
import org.wenzhai.storage.StorageException;
import org.wenzhai.ui.common.FatalDialog;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;
import org.wenzhai.ui.main.WindowHost;
import org.wenzhai.ui.reader.ReaderContent;
import org.wenzhai.ui.settings.SettingsViewModel;

/**
 * The JavaFX application. The library is opened in {@link #init()} on the launcher thread (never
 * on the FX thread); {@link #start} only builds the window.
 */
public class WenzhaiApp extends Application implements WindowHost {
    private UiSettings settings;
    private WenzhaiContext context;
    private String fatal;
    private Stage stage;
    private MainViewModel viewModel;
    private static volatile int exitCode;

    /** 3 when the library was in use by another Wenzhai, as on the command line. */
    public static int exitCode() {
        return exitCode;
    }

    /** The library being opened while the JavaFX toolkit starts (both take a while; they overlap). */
    private static volatile java.util.concurrent.CompletableFuture<WenzhaiContext> opening;

    public static void launchWindow(String[] args) {
        Path folder = LibraryLocator.resolve(null);
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            long t0 = System.currentTimeMillis();
            WenzhaiContext ctx = WenzhaiContext.open(folder);
            System.err.printf("wenzhai: library opened in %d ms (%d ms after launch)%n",
                    System.currentTimeMillis() - t0,
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            return ctx;
        });
        Application.launch(WenzhaiApp.class, args);
    }

    @Override
    public void init() {
        settings = UiSettings.userPreferences();
        Messages.use(SettingsViewModel.effectiveLocale(settings));
        try {
            context = opening != null ? join(opening) : WenzhaiContext.open(LibraryLocator.resolve(null));
            settings.addRecentLibrary(context.folder());
        } catch (StorageException e) {
            fatal = fatalMessage(e);
            exitCode = e instanceof LibraryInUseException ? 3 : 1;
        } catch (RuntimeException e) {
            fatal = Messages.t("cli.error", String.valueOf(e.getMessage()));
            exitCode = 1;
        }
    }

    private static WenzhaiContext join(java.util.concurrent.CompletableFuture<WenzhaiContext> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage primary) {
        if (fatal != null) {
            System.err.println(fatal);
            showFatal(fatal);
            return;
        }
        this.stage = primary;
        show(context, null);
        stage.show();
    }

    private void show(WenzhaiContext ctx, Long articleId) {
        viewModel = new MainViewModel(ctx, new BackgroundWork(), settings);
        MainViewModel vm = viewModel;
        vm.firstTreeShownAtProperty().addListener((o, a, b) -> Platform.runLater(() -> System.err.printf(
                "wenzhai: library tree shown %d ms after launch (%d documents, %d articles)%n",
                b - ManagementFactory.getRuntimeMXBean().getStartTime(), vm.documents().size(), vm.articleCount())));
        MainView view = new MainView(vm, this);
        applyStartupOptions(vm, view);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(view.root(), 1280, 800));
        } else {
            stage.getScene().setRoot(view.root());
        }
        stage.titleProperty().unbind();
        stage.titleProperty().bind(vm.titleProperty());
        vm.refresh();
        if (articleId != null) {
            vm.reader().open(articleId, null);
        }
    }

    /**
     * Options for scripts (scripts/screenshots.sh): {@code -Dwenzhai.open=TITLE} opens the first
     * article whose title contains TITLE, {@code -Dwenzhai.find=TEXT} finds in it,
     * {@code -Dwenzhai.theme=dark|light} overrides the theme for this run, {@code -Dwenzhai.tag=PATH}
     * selects a tag in the tag panel, {@code -Dwenzhai.search=QUERY} shows the search panel with a query.
     */
    private static void applyStartupOptions(MainViewModel vm, MainView view) {
        String theme = System.getProperty("wenzhai.theme");
        if (theme != null) {
            view.useTheme("dark".equals(theme) ? UiSettings.Theme.DARK : UiSettings.Theme.LIGHT);
        }
        String tag = System.getProperty("wenzhai.tag");
        String search = System.getProperty("wenzhai.search");
        if ((tag != null && !tag.isBlank()) || (search != null && !search.isBlank())) {
            vm.firstTreeShownAtProperty().addListener((o, a, b) -> Platform.runLater(() -> {
                if (search != null && !search.isBlank()) {
                    vm.search().statusProperty().addListener((o2, a2, st) -> {
                        if (!vm.search().runningProperty().get()) {
                            System.err.println("wenzhai: search results shown (" + vm.search().results().size() + ")");
                        }
                    });
                    view.showSearch();
                    vm.search().queryProperty().set(search);
                } else {
                    view.showTags();
                    vm.tags().select(java.util.List.of(org.wenzhai.domain.TagPath.of(tag)));
                }
            }));
        }
        String open = System.getProperty("wenzhai.open");
        String find = System.getProperty("wenzhai.find");
        if (open != null && !open.isBlank()) {
            vm.firstTreeShownAtProperty().addListener((o, a, b) -> {
                vm.openArticleTitled(open);
                if (find != null && !find.isBlank()) {
                    vm.reader().contentProperty().addListener((o2, a2, c) -> {
                        if (c != null && vm.reader().findQueryProperty().get().isEmpty()) {
                            Platform.runLater(() -> {
                                view.reader().showFind();
                                vm.reader().findQueryProperty().set(find);
                            });
                        }
                    });
                }
            });
        }
    }

    @Override
    public void openLibrary(Path folder) {
        viewModel.openLibrary(folder, WenzhaiContext::open, opened -> {
            WenzhaiContext old = context;
            viewModel.shutdown();
            context = opened;
            show(opened, null);
            closeInBackground(old);
        });
    }

    @Override
    public void rebuild() {
        ReaderContent open = viewModel.reader().content();
        viewModel.shutdown();
        show(context, open == null ? null : open.article().id());
    }

    private static void closeInBackground(WenzhaiContext ctx) {
        Thread t = new Thread(ctx::close, "wenzhai-close-library");
        t.start();
    }

    /** What the window says when its library cannot be opened: the same one line the command line prints. */
    static String fatalMessage(StorageException e) {
        if (e instanceof LibraryInUseException inUse) {
            return Messages.t("cli.libraryInUse", inUse.folder());
        }
        return Messages.t("cli.error", e.getMessage());
    }

    private static void showFatal(String message) {
        FatalDialog.create(message).showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() throws InterruptedException {
        if (viewModel != null) {
            viewModel.shutdown();
        }
        if (context != null) {
            // closing the database is storage work: not on the FX thread, but finished before exit
            Thread t = new Thread(context::close, "wenzhai-close-library");
            t.start();
            t.join();
        }
    }
}
