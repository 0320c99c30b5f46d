package org.wenzhai.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {
    @Test
    void resultsAndErrorsAreHandedToTheUiExecutor() {
        List<Runnable> ui = new ArrayList<>();
        BackgroundWork work = new BackgroundWork(Runnable::run, ui::add);
        AtomicReference<Object> got = new AtomicReference<>();
        work.run(() -> 42, got::set, got::set);
        assertThat(got.get()).as("not delivered before the UI executor runs").isNull();
        ui.remove(0).run();
        assertThat(got.get()).isEqualTo(42);

        work.run(() -> {
            throw new IllegalStateException("boom");
        }, got::set, got::set);
        ui.remove(0).run();
        assertThat(got.get()).isInstanceOf(IllegalStateException.class).hasFieldOrPropertyWithValue("message", "boom");
    }

    @Test
    void aCancelledJobDeliversNothing() {
        List<Runnable> background = new ArrayList<>();
        BackgroundWork work = new BackgroundWork(background::add, Runnable::run);
        AtomicReference<String> got = new AtomicReference<>();
        BackgroundWork.Job job = work.start(c -> c.isCancelled() ? "cancelled" : "done", got::set, e -> got.set("error"));
        job.cancel();
        background.forEach(Runnable::run);
        assertThat(got.get()).isNull();
    }
}
