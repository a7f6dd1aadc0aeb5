package io.cloudmart.sim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.bench.MM1Model;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;

class SimulationTest {
    private static RunSettings settings(double duration, double warmup) {
        return new RunSettings("test", 42, 0, duration, warmup, 10.0);
    }

    @Test
    void actionsRunInTimeThenPriorityThenSchedulingOrder() {
        Simulation sim = new Simulation(settings(100, 0));
        List<String> trace = new ArrayList<>();
        sim.after(5, "b", () -> trace.add("b@" + sim.now()));
        sim.after(1, "a", () -> trace.add("a@" + sim.now()));
        sim.after(5, "c", () -> trace.add("c@" + sim.now()));
        sim.after(5, Priority.FIRST, "first", () -> trace.add("first@" + sim.now()));
        sim.after(5, Priority.LAST, "last", () -> trace.add("last@" + sim.now()));
        sim.after(2, "nested", () -> sim.after(0, "zero-delay", () -> trace.add("zero@" + sim.now())));
        sim.run();
        assertThat(trace).containsExactly("a@1.0", "zero@2.0", "first@5.0", "b@5.0", "c@5.0", "last@5.0");
    }

    @Test
    void cancelledActionsDoNotRunAndAreNotCounted() {
        Simulation sim = new Simulation(settings(100, 0));
        List<String> trace = new ArrayList<>();
        EventHandle handle = sim.after(3, "cancelled", () -> trace.add("cancelled"));
        sim.after(1, "canceller", handle::cancel);
        sim.after(4, "kept", () -> trace.add("kept"));
        ReplicationResult result = sim.run();
        assertThat(trace).containsExactly("kept");
        assertThat(handle.isPending()).isFalse();
        assertThat(result.events()).isEqualTo(5); // canceller, kept, our warm-up reset, DSOL warm-up and end events
    }

    @Test
    void periodicActionsRepeatUntilTheEnd() {
        Simulation sim = new Simulation(settings(10, 0));
        List<Double> times = new ArrayList<>();
        sim.every(2.5, "tick", () -> times.add(sim.now()));
        sim.run();
        assertThat(times).containsExactly(2.5, 5.0, 7.5, 10.0);
    }

    @Test
    void actionsAfterTheEndDoNotRun() {
        Simulation sim = new Simulation(settings(10, 0));
        List<String> trace = new ArrayList<>();
        sim.after(10, "at end", () -> trace.add("end"));
        sim.after(10.001, "after end", () -> trace.add("late"));
        sim.run();
        assertThat(trace).containsExactly("end");
    }

    @Test
    void aModelCanStopTheRunEarlyAndTheResultCoversTheTimeUpToTheStop() {
        Simulation sim = new Simulation(settings(100, 10));
        List<String> trace = new ArrayList<>();
        var answers = sim.metrics().counter("answers", true);
        sim.every(1, "answer", answers::increment);
        sim.after(42.5, "stopper", () -> {
            sim.stopEarly("load", "overloaded");
            sim.stopEarly("other", "ignored: the first stop wins");
            trace.add("stopper");
        });
        sim.after(42.5, Priority.LAST, "same time, later", () -> trace.add("late"));
        sim.after(50, "after the stop", () -> trace.add("after"));
        ReplicationResult result = sim.run();
        assertThat(trace).containsExactly("stopper");
        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.earlyStop()).isEqualTo(new io.cloudmart.sim.core.run.EarlyStop(42.5, "load", "overloaded"));
        assertThat(result.simulatedSeconds()).isEqualTo(42.5);
        assertThat(result.metrics().measuredSeconds()).isEqualTo(32.5);
        assertThat(result.metrics().counter("answers")).isEqualTo(33); // ticks at 10 … 42, the reset at 10 runs first
        assertThat(result.log()).extracting(l -> l.text()).containsExactly("run stopped: overloaded");
        double[] perSecond = result.metrics().series().get("answers").column("perSecond");
        assertThat(perSecond[4]).isEqualTo(3 / 2.5);   // ticks at 40, 41 and 42 in the 2.5 s before the stop
        assertThat(perSecond[5]).isNaN();
    }

    @Test
    void aRunThatIsNotStoppedSaysSo() {
        Simulation sim = new Simulation(settings(10, 0));
        ReplicationResult result = sim.run();
        assertThat(result.stoppedEarly()).isFalse();
        assertThat(result.simulatedSeconds()).isEqualTo(10);
        assertThat(result.metrics().measuredSeconds()).isEqualTo(10);
    }

    @Test
    void aFailingActionEndsTheRunWithTimeAndLabel() {
        Simulation sim = new Simulation(settings(100, 0));
        sim.after(12.5, "explode", () -> {
            throw new IllegalStateException("boom");
        });
        sim.after(50, "never", () -> { });
        assertThatThrownBy(sim::run)
                .isInstanceOf(SimulationFailure.class)
                .hasMessageContaining("explode")
                .hasMessageContaining("12.5")
                .hasMessageContaining("boom")
                .satisfies(e -> assertThat(((SimulationFailure) e).simTime()).isEqualTo(12.5));
    }

    @Test
    void schedulingInThePastIsRefused() {
        Simulation sim = new Simulation(settings(100, 0));
        sim.after(5, "late scheduler", () -> sim.at(1, "past", () -> { }));
        assertThatThrownBy(sim::run).isInstanceOf(SimulationFailure.class).hasMessageContaining("late scheduler");
    }

    @Test
    void aSimulationRunsOnce() {
        Simulation sim = new Simulation(settings(1, 0));
        sim.run();
        assertThatThrownBy(sim::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void warmupResetsStatistics() {
        Simulation sim = new Simulation(settings(100, 50));
        var tally = sim.metrics().tally("x.latency", false);
        sim.after(10, "before warm-up", () -> tally.record(100));
        sim.after(60, "after warm-up", () -> tally.record(1));
        ReplicationResult result = sim.run();
        assertThat(result.metrics().tally("x.latency").count()).isEqualTo(1);
        assertThat(result.metrics().tally("x.latency").mean()).isEqualTo(1.0);
    }

    /** M/M/1 at rho = 0.8: mean sojourn 1/(mu - lambda) = 5 s inside the 95% interval of 10 replications. */
    @Test
    void mm1MeanSojournMatchesTheory() {
        double lambda = 0.8;
        double mu = 1.0;
        RunSettings base = new RunSettings("mm1", 2024, 0, 200_000, 5_000, 10);
        ExperimentResult result = ReplicationRunner.onAllCores().run(base, 10,
                sim -> new MM1Model(sim, lambda, mu, Long.MAX_VALUE));
        Estimate sojourn = result.estimate(m -> m.tally("mm1.sojourn").mean());
        assertThat(sojourn.covers(1.0 / (mu - lambda)))
                .as("theory 5.0 inside %s", sojourn).isTrue();
        assertThat(sojourn.halfWidth95()).isLessThan(0.25);
    }
}
