package org.wenzhai.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs database, import, index and export work off the FX thread and hands results back on it.
 * The FX thread only draws.
 */
public class BackgroundWork implements AutoCloseable {
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "wenzhai-work-" + counter.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work} in the background, then {@code onDone} or {@code onError} on the FX thread. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        CompletableFuture<T> f = CompletableFuture.supplyAsync(work, executor);
        f.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error != null) {
                onError.accept(error.getCause() != null ? error.getCause() : error);
            } else {
                onDone.accept(value);
            }
        }));
        return f;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
