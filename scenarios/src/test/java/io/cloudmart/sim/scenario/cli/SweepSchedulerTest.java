package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SweepSchedulerTest {
    /** A hang guard, not a timing: the barrier opens as soon as both tasks run at once. */
    private static final long GUARD_SECONDS = 60;

    @Test
    void twoThreadsRunTwoTasksAtOnce() {
        // each task waits for the other to start: they can only end if the scheduler runs both together
        CyclicBarrier both = new CyclicBarrier(2);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            tasks.add(() -> {
                both.await(GUARD_SECONDS, TimeUnit.SECONDS);
                return "task " + n + " on " + Thread.currentThread().getName();
            });
        }
        List<String> results = new SweepScheduler(2).run(tasks, share -> { });
        assertThat(results).hasSize(4).allMatch(r -> r.endsWith(" on sweep"));
        assertThat(results.get(0)).startsWith("task 0");
        assertThat(results.get(3)).startsWith("task 3");
    }

    @Test
    void resultsComeInTaskOrderWhateverFinishesFirst() {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tasks.add(() -> n * n);
        }
        assertThat(new SweepScheduler(3).run(tasks, share -> { }))
                .containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361);
    }

    @Test
    void theFirstFailureInTaskOrderIsThrown() {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalStateException("second");
        }, () -> {
            throw new IllegalStateException("third");
        });
        assertThatThrownBy(() -> new SweepScheduler(1).run(tasks, share -> { })).hasMessage("second");
    }
}
