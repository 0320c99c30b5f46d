package org.wenzhai.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs database, import, index and export work off the FX thread and hands results back on it.
 * The FX thread only draws. View-model tests build it with {@link #direct()}, which runs both the
 * work and the hand-back on the calling thread.
 */
public class BackgroundWork implements AutoCloseable {
    private final Executor background;
    private final Executor ui;
    private final ExecutorService owned;
    private volatile boolean closed;

    /**
     * Three daemon worker threads (a long import or index rebuild leaves the others free for the
     * tree and the reader); results delivered with {@code Platform.runLater}.
     */
    public BackgroundWork() {
        AtomicInteger counter = new AtomicInteger();
        this.owned = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "wenzhai-work-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.background = owned;
        this.ui = Platform::runLater;
    }

    public BackgroundWork(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        this.owned = null;
    }

    /** Work and results on the calling thread: for view-model tests. */
    public static BackgroundWork direct() {
        return new BackgroundWork(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background, then {@code onDone} or {@code onError} on the FX thread. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        CompletableFuture<T> delivered = new CompletableFuture<>();
        if (closed) {
            // a view-model of a window or library that has gone: nothing to do, nobody to tell
            delivered.cancel(false);
            return delivered;
        }
        CompletableFuture<T> f = CompletableFuture.supplyAsync(work, background);
        f.whenComplete((value, error) -> ui.execute(() -> {
            if (closed) {
                delivered.cancel(false);
                return;
            }
            try {
                if (error != null) {
                    onError.accept(unwrap(error));
                } else {
                    onDone.accept(value);
                }
            } finally {
                if (error != null) {
                    delivered.completeExceptionally(unwrap(error));
                } else {
                    delivered.complete(value);
                }
            }
        }));
        return delivered;
    }

    /** Like {@link #run} for work without a result. */
    public CompletableFuture<Void> execute(Runnable work, Runnable onDone, Consumer<Throwable> onError) {
        return run(() -> {
            work.run();
            return null;
        }, v -> onDone.run(), onError);
    }

    /**
     * Cancellable work: {@code work} gets a check it should poll; once cancelled, neither callback
     * runs (a newer request has taken over).
     */
    public <T> Job start(Function<Cancellation, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Job job = new Job();
        run(() -> work.apply(job), value -> {
            if (!job.isCancelled()) {
                onDone.accept(value);
            }
        }, error -> {
            if (!job.isCancelled()) {
                onError.accept(error);
            }
        });
        return job;
    }

    /** Posts {@code action} to the FX thread (or runs it directly in tests). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.CompletionException
                || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    @Override
    public void close() {
        closed = true;
        if (owned != null) {
            // not shutdownNow: interrupting a thread inside Lucene or H2 file I/O closes their
            // channels (the index's write lock becomes invalid); running work finishes, its result is dropped
            owned.shutdown();
        }
    }

    /** Polled by cancellable work. */
    public interface Cancellation {
        boolean isCancelled();
    }

    /** A handle on cancellable work. */
    public static final class Job implements Cancellation {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
