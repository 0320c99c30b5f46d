package org.wenzhai.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs only the last of a burst of actions, once {@code millis} passed without a newer one (search
 * as you type). {@link #immediate()} runs every action at once, for view-model tests.
 */
public class Debouncer implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> scheduled;

    private Debouncer(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static Debouncer timed() {
        return new Debouncer(Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wenzhai-debounce");
            t.setDaemon(true);
            return t;
        }));
    }

    public static Debouncer immediate() {
        return new Debouncer(null);
    }

    /** Schedules {@code action} (on the timer thread) and drops the one still waiting. */
    public synchronized void submit(long millis, Runnable action) {
        if (timer == null) {
            action.run();
            return;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = timer.schedule(action, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
