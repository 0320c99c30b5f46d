package org.wenzhai.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.i18n.Messages;
import org.wenzhai.i18n.StorageMessages;
import org.wenzhai.safety.RestoreService;
import org.wenzhai.storage.LibraryCorruptException;
import org.wenzhai.storage.LibraryInUseException;
import org.wenzhai.storage.LibraryLocator;
import org.wenzhai.storage.StorageException;
import org.wenzhai.ui.common.FatalDialog;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.common.WarmUp;
import org.wenzhai.ui.main.DocumentNode;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;
import org.wenzhai.ui.main.PathChooser;
import org.wenzhai.ui.main.WindowHost;
import org.wenzhai.ui.reader.ReaderContent;
import org.wenzhai.ui.settings.SettingsViewModel;

/**
 * The JavaFX application. The library is opened in {@link #init()} on the launcher thread (never
 * on the FX thread); {@link #start} only builds the window.
 */
public class WenzhaiApp extends Application implements WindowHost {
    private UiSettings settings;
    private final Path givenFolder;
    private final PathChooser chooser;
    private WenzhaiContext context;
    private String fatal;
    private Stage stage;
    private MainViewModel viewModel;
    private static volatile int exitCode;

    /** The window as launched: the library from WENZHAI_LIBRARY or the default folder, the person's preferences. */
    public WenzhaiApp() {
        this(null, null, PathChooser.NATIVE);
    }

    /** A window on {@code folder} with these settings and this chooser (tests). */
    public WenzhaiApp(Path folder, UiSettings settings, PathChooser chooser) {
        this.givenFolder = folder;
        this.settings = settings;
        this.chooser = chooser;
    }

    private Path folder() {
        return givenFolder != null ? givenFolder : LibraryLocator.resolve(null);
    }

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

    /** The library opened and the window's classes loaded, both off the FX thread. */
    private java.util.concurrent.CompletableFuture<Opened> ready;
    /** What waits for the first drawing of the tree (at start-up nothing else should compete with it). */
    private final List<Runnable> afterDrawn = new java.util.ArrayList<>();

    /** An opened library with its tree, loaded before the window's content is built. */
    private record Opened(WenzhaiContext context, java.util.List<DocumentNode> tree) {
    }
    private volatile boolean stopped;
    /** A damaged library's backup was offered once; if restoring it fails too, that failure is final. */
    private boolean restoreOffered;

    @Override
    public void init() {
        if (settings == null) {
            settings = UiSettings.userPreferences();
        }
        Messages.use(SettingsViewModel.effectiveLocale(settings));
        Path folder = folder();
        java.util.concurrent.CompletableFuture<WenzhaiContext> library = opening != null && givenFolder == null ? opening
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> WenzhaiContext.open(folder));
        java.util.concurrent.CompletableFuture<Void> warm = java.util.concurrent.CompletableFuture.runAsync(() -> {
            WarmUp.run();
        });
        ready = library.thenApply(ctx -> {
            settings.addRecentLibrary(ctx.folder()); // preferences are a file: not on the FX thread
            java.util.List<DocumentNode> tree = MainViewModel.loadTree(ctx);
            return new Opened(ctx, tree);
        }).thenCombine(warm.exceptionally(e -> null), (o, ignored) -> o);
    }

    /**
     * Shows the window at once with a "opening the library" line, while the library opens and the
     * window's classes load on other threads; the real content replaces it when both are done.
     */
    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Path folder = folder();
        stage.titleProperty().unbind();
        stage.setTitle(Messages.t("app.title", folder));
        Label opening = new Label(Messages.t("ui.library.opening", folder));
        opening.getStyleClass().add("opening-library");
        stage.setScene(new Scene(new StackPane(opening), 1280, 800));
        stage.show();
        System.err.printf("wenzhai: window shown %d ms after launch%n",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        ready.whenComplete((o, error) -> Platform.runLater(() -> opened(o, error)));
    }

    private void opened(Opened o, Throwable error) {
        if (stopped) {
            if (o != null) {
                closeInBackground(o.context());
            }
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof LibraryCorruptException damaged && damaged.newestBackup().isPresent() && !restoreOffered) {
                offerRestore(damaged, damaged.newestBackup().get());
                return;
            }
            if (cause instanceof StorageException e) {
                fatal = fatalMessage(e);
                exitCode = e instanceof LibraryInUseException ? 3 : 1;
            } else {
                fatal = Messages.t("cli.error", String.valueOf(cause.getMessage()));
                exitCode = 1;
            }
            System.err.println(fatal);
            showFatal(fatal);
            return;
        }
        context = o.context();
        show(context, null, o.tree());
    }

    /**
     * A damaged library with a backup: the dialog says so and offers to restore the newest backup
     * (the damaged file is kept in the backups folder); the window then opens the restored library.
     */
    private void offerRestore(LibraryCorruptException damaged, Path backup) {
        restoreOffered = true;
        System.err.println(fatalMessage(damaged));
        String message = Messages.t("ui.libraryCorrupt.message", damaged.file(), backup.getFileName(), madeAt(backup));
        ButtonType restore = new ButtonType(Messages.t("ui.libraryCorrupt.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.t("ui.libraryCorrupt.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (!FatalDialog.create(message, restore, quit).showAndWait().filter(restore::equals).isPresent()) {
            fatal = fatalMessage(damaged);
            exitCode = 1;
            Platform.exit();
            return;
        }
        Label restoring = new Label(Messages.t("ui.libraryCorrupt.restoring", backup));
        restoring.getStyleClass().add("opening-library");
        stage.getScene().setRoot(new StackPane(restoring));
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            new RestoreService().restore(backup, damaged.folder(), true);
            WenzhaiContext ctx = WenzhaiContext.open(damaged.folder());
            return new Opened(ctx, MainViewModel.loadTree(ctx));
        }).whenComplete((o, error) -> Platform.runLater(() -> opened(o, error)));
    }

    /** When a backup was written, to the minute. */
    private static String madeAt(Path backup) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(java.time.LocalDateTime.ofInstant(
                    java.nio.file.Files.getLastModifiedTime(backup).toInstant(), java.time.ZoneId.systemDefault()));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private void show(WenzhaiContext ctx, Long articleId) {
        show(ctx, articleId, null);
    }

    /** Builds the window's content; {@code tree} when already loaded, else it is loaded in the background. */
    private void show(WenzhaiContext ctx, Long articleId, java.util.List<DocumentNode> tree) {
        viewModel = new MainViewModel(ctx, new BackgroundWork(), settings);
        MainViewModel vm = viewModel;
        vm.firstTreeShownAtProperty().addListener((o, a, b) -> logWhenDrawn(vm));
        MainView view = new MainView(vm, this);
        view.setPathChooser(chooser);
        applyStartupOptions(vm, view);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(view.root(), 1280, 800));
        } else {
            stage.getScene().setRoot(view.root());
        }
        stage.titleProperty().unbind();
        stage.titleProperty().bind(vm.titleProperty());
        if (tree != null) {
            vm.showTree(tree);
            afterDrawn.add(vm::warmUpSearch);
        } else {
            vm.refresh();
        }
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
    private void applyStartupOptions(MainViewModel vm, MainView view) {
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
        int reopen = Integer.getInteger("wenzhai.reopen", 0);
        if (reopen > 0) {
            // benchmark: after the first (cold) showing, show the same article again REOPEN times (warm)
            int[] left = {reopen};
            vm.reader().contentProperty().addListener((o, a, c) -> {
                if (c != null && left[0] > 0) {
                    left[0]--;
                    long id = c.article().id();
                    Platform.runLater(() -> {
                        vm.reader().clear();
                        vm.reader().open(id, null);
                    });
                }
            });
        }
        String find = System.getProperty("wenzhai.find");
        if (open != null && !open.isBlank()) {
            afterDrawn.add(() -> {
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

    /**
     * The start-up log line, written after the first layout pass that includes the filled tree: from
     * then on the window is drawn and answers input.
     */
    private void logWhenDrawn(MainViewModel vm) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            List<Runnable> then = List.copyOf(afterDrawn);
            afterDrawn.clear();
            Platform.runLater(() -> then.forEach(Runnable::run));
            System.err.printf("wenzhai: library tree shown %d ms after launch, process cpu %d ms (%d documents, %d articles)%n",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                    processCpuMillis(), vm.documents().size(), vm.articleCount());
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** CPU time of the whole process so far (all threads), for start-up figures on a busy machine. */
    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    @Override
    public void openLibrary(Path folder) {
        // the library being closed may be the one asked for (switching back): let it close first
        java.util.concurrent.CompletableFuture<Void> closed = closing;
        viewModel.openLibrary(folder, f -> {
            closed.join();
            return WenzhaiContext.open(f);
        }, opened -> {
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

    private volatile java.util.concurrent.CompletableFuture<Void> closing =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    private void closeInBackground(WenzhaiContext ctx) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        closing = done;
        Thread t = new Thread(() -> {
            try {
                ctx.close();
            } finally {
                done.complete(null);
            }
        }, "wenzhai-close-library");
        t.start();
    }

    /** What the window says when its library cannot be opened: the same one line the command line prints. */
    static String fatalMessage(StorageException e) {
        return StorageMessages.of(e);
    }

    private static void showFatal(String message) {
        FatalDialog.create(message).showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() throws InterruptedException {
        stopped = true;
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
