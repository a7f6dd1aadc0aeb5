package io.cloudmart.sim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;

/**
 * The measured window counts events over the same time as the metrics: an M/M/1 makes two events per
 * customer, so events in the window over the departures the sojourn tally saw (it is reset at the end of
 * warm-up) is 2; the whole run's events over the same departures is not, by far, with a long warm-up.
 */
class MeasuredWindowTest {
    @Test
    void eventsInTheWindowMatchTheCustomersCountedAfterWarmup() {
        Simulation sim = new Simulation(new RunSettings("window", 5, 0, 20_000, 18_000, 100));
        MeasuredWindow window = MeasuredWindow.install(sim);
        new MM1Model(sim, 0.7, 1.0, Long.MAX_VALUE);
        ReplicationResult result = sim.run();
        long departures = result.metrics().tally("mm1.sojourn").count();

        double perCustomer = (double) window.events(result) / departures;
        double oldCounting = (double) result.events() / departures;
        // arrivals and departures in a 2000 s window differ by the queue's change, a few customers in ~1400
        assertThat(perCustomer).isBetween(1.98, 2.02);
        assertThat(oldCounting).isGreaterThan(15.0);
        assertThat(window.warmupEvents() + window.events(result) + 1).isEqualTo(result.events());
    }

    @Test
    void withoutWarmupTheWindowIsTheWholeRunButTheMarkAndTheEnginesStart() {
        Simulation sim = new Simulation(new RunSettings("window", 5, 0, 1_000, 0, 100));
        MeasuredWindow window = MeasuredWindow.install(sim);
        new MM1Model(sim, 0.7, 1.0, Long.MAX_VALUE);
        ReplicationResult result = sim.run();
        // only DSOL's own event at t = 0 (of higher priority than ours) runs before the mark: no model event
        assertThat(window.warmupEvents()).isLessThanOrEqualTo(1);
        assertThat(window.events(result)).isEqualTo(result.events() - 1 - window.warmupEvents());
    }

    @Test
    void allocationsInTheWindowAreCountedAndThoseOfTheWarmupAreNot() {
        Simulation sim = new Simulation(new RunSettings("window", 5, 0, 1_000, 500, 100));
        MeasuredWindow window = MeasuredWindow.install(sim);
        long[][] kept = new long[2][];
        sim.after(100, "during warm-up", () -> kept[0] = new long[8_000_000]); // 64 MB, before the window
        sim.after(600, "in the window", () -> kept[1] = new long[1_000_000]); // 8 MB, in it
        sim.run();
        long allocated = window.allocatedBytes(AllocatedBytes.total());
        assertThat(kept[0]).isNotNull();
        assertThat(allocated).isBetween(8_000_000L, 40_000_000L);
    }

    @Test
    void aRunThatStopsDuringWarmupHasNoWindow() {
        Simulation sim = new Simulation(new RunSettings("window", 5, 0, 1_000, 500, 100));
        MeasuredWindow window = MeasuredWindow.install(sim);
        sim.after(10, "stop", () -> sim.stopEarly("test", "stopped on purpose"));
        sim.run();
        assertThat(window.started()).isFalse();
    }
}
