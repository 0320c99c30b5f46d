package org.wenzhai.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wenzhai.context.WenzhaiContext;
import org.wenzhai.domain.Article;
import org.wenzhai.ui.common.BackgroundWork;
import org.wenzhai.ui.common.UiSettings;
import org.wenzhai.ui.main.MainView;
import org.wenzhai.ui.main.MainViewModel;
import org.wenzhai.ui.reader.ReaderContent;

/**
 * In one JVM (warm), on the library of {@link WindowBenchmarkLibrary}: the time to load the tree
 * (documents + article counts) and to put the 1 MB article into the reader and lay it out, with
 * the window headless (Monocle). Prints a table of medians.
 *
 * <p>Run: {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.wenzhai.bench.ReaderRenderBenchmark
 * -Dexec.args="target/bench-library-10000 15" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}
 */
public final class ReaderRenderBenchmark {
    private ReaderRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-library-10000");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (WenzhaiContext ctx = WenzhaiContext.open(dir)) {
            Article big = ctx.documentService().allArticles().stream()
                    .filter(a -> WindowBenchmarkLibrary.BIG_TITLE.equals(a.title())).findFirst().orElseThrow();
            MainViewModel[] vm = new MainViewModel[1];
            MainView[] view = new MainView[1];
            onFx(() -> {
                vm[0] = new MainViewModel(ctx, new BackgroundWork(), UiSettings.inMemory());
                view[0] = new MainView(vm[0]);
                Stage stage = new Stage();
                stage.setScene(new Scene(view[0].root(), 1280, 800));
                stage.show();
            });
            List<Long> tree = new ArrayList<>();
            List<Long> load = new ArrayList<>();
            List<Long> render = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                List<?> nodes = treeLoad(vm[0]);
                tree.add((System.nanoTime() - t0) / 1_000_000);
                long t1 = System.nanoTime();
                ReaderContent content = new ReaderContent(ctx.documentService().find(big.documentId()).orElseThrow(), big,
                        ctx.documentService().blocks(big.id()));
                load.add((System.nanoTime() - t1) / 1_000_000);
                onFx(() -> vm[0].reader().clear());
                long[] ms = new long[1];
                onFx(() -> {
                    long t2 = System.nanoTime();
                    vm[0].reader().open(big.id(), null);
                    ms[0] = t2;
                });
                waitFor(() -> vm[0].reader().lastRenderMillis() >= 0 && vm[0].reader().content() != null
                        && vm[0].reader().content().article().id() == big.id());
                render.add(vm[0].reader().lastRenderMillis());
                onFx(() -> { });
                if (nodes.isEmpty() || content.blocks().isEmpty()) {
                    throw new IllegalStateException("empty library");
                }
                resetRender(vm[0]);
            }
            System.out.printf("%n| in one JVM, %d runs, headless | median ms | min ms |%n|---|---|---|%n", runs);
            row("tree: documents + article counts (%d articles)".formatted(ctx.documentService().articleCounts()
                    .values().stream().mapToInt(Integer::intValue).sum()), tree);
            row("1 MB article: blocks from H2", load);
            row("1 MB article: into the reader and laid out", render);
            onFx(() -> vm[0].shutdown());
        }
        Platform.exit();
    }

    private static List<?> treeLoad(MainViewModel vm) throws Exception {
        CompletableFuture<List<?>> f = new CompletableFuture<>();
        onFx(() -> {
            vm.documents().clear();
            vm.refresh();
        });
        waitFor(() -> !vm.documents().isEmpty());
        f.complete(List.copyOf(vm.documents()));
        return f.get();
    }

    private static void resetRender(MainViewModel vm) throws Exception {
        onFx(() -> vm.reader().clear());
    }

    private static void row(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("| %s | %d | %d |%n", what, sorted.get(sorted.size() / 2), sorted.get(0));
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        f.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }
}
