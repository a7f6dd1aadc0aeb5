package io.cloudmart.sim.model.load.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.core.run.RunSettings;

/** Properties of the Poisson generator that hold whatever the shape: determinism, no garbage, loud failures. */
class ArrivalProcessTest {
    /** Arrivals drawn per shape for the determinism and allocation checks. */
    private static final int DRAWS = 20_000;
    /**
     * Bytes a thread may allocate while drawing {@link #ALLOCATION_DRAWS} arrivals: far below one
     * 16-byte object per arrival (3.2 MB), above the measurement's own noise.
     */
    private static final long ALLOCATION_BUDGET_BYTES = 64 * 1024;
    private static final int ALLOCATION_DRAWS = 200_000;
    /** Horizon of the allocation check, seconds: beyond every arrival drawn. */
    private static final double HORIZON = 1e9;

    private static final Map<String, RateShape> SHAPES = Map.of(
            "constant", new ConstantRate(40),
            "schedule", new Schedule(List.of(Segment.ramp(100, 0, 80), Segment.hold(50, 30), Segment.ramp(100, 30, 5))),
            "spike", new Spike(10, 300, 20, 0.5, 5, 2),
            "sine", new DailySine(50, 45, 300, 75),
            "trace", new TraceRate(1, sawtooth(10_000)).scaled(2));

    /** {@code n} one-second rates cycling through 0..100 in steps of 37 (mean 50/s, with zeros). */
    private static double[] sawtooth(int n) {
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            rates[i] = (i * 37) % 101;
        }
        return rates;
    }

    private static double[] draw(RateShape shape, long seed, int n) {
        ArrivalProcess process = ArrivalProcess.poisson(shape, new RandomStreams(seed, 0).stream("load.arrivals"));
        double[] times = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t = process.nextAfter(t);
            if (t == Double.POSITIVE_INFINITY) {
                assertThat(process.nextAfter(t)).as("still nothing after the end").isEqualTo(Double.POSITIVE_INFINITY);
                return Arrays.copyOf(times, i);
            }
            times[i] = t;
        }
        return times;
    }

    @Test
    void sameSeedSameTimesDifferentSeedDifferentTimes() {
        SHAPES.forEach((name, shape) -> {
            double[] first = draw(shape, 42, DRAWS);
            assertThat(draw(shape, 42, DRAWS)).as(name).containsExactly(first);
            assertThat(draw(shape, 43, DRAWS)).as(name).isNotEqualTo(first);
            assertThat(first.length).as(name).isGreaterThan(DRAWS / 20);
            for (int i = 1; i < first.length; i++) {
                assertThat(first[i]).as("%s arrival %d after the previous", name, i).isGreaterThan(first[i - 1]);
            }
        });
    }

    /** The same seed gives the same arrivals inside a {@link Simulation}, stream named {@code load.arrivals}. */
    @Test
    void sameSeedSameRunInsideTheEngine() {
        assertThat(countInEngine(7)).isEqualTo(countInEngine(7)).isNotEqualTo(countInEngine(8));
    }

    private static List<Double> countInEngine(long seed) {
        Simulation simulation = new Simulation(new RunSettings("shape", seed, 0, 900, 0, 10.0));
        ArrivalProcess process = ArrivalProcess.poisson(SHAPES.get("spike"), simulation.stream("load.arrivals"));
        List<Double> seen = new ArrayList<>();
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            seen.add(simulation.now());
            double next = process.nextAfter(simulation.now(), simulation.endTime());
            if (next < Double.POSITIVE_INFINITY) {
                simulation.at(next, "arrival", arrive[0]);
            }
        };
        simulation.at(process.nextAfter(0, simulation.endTime()), "arrival", arrive[0]);
        simulation.run();
        return seen;
    }

    /** Drawing an arrival allocates nothing (HotSpot's per-thread allocation counter). */
    @Test
    void drawingAllocatesNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs the HotSpot per-thread allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long thread = Thread.currentThread().getId();
        SHAPES.forEach((name, shape) -> {
            ArrivalProcess process = ArrivalProcess.poisson(shape, new RandomStreams(1, 0).stream("load.arrivals"));
            double t = 0;
            for (int i = 0; i < ALLOCATION_DRAWS; i++) { // warm up: class loading, JIT
                t = process.nextAfter(t, HORIZON);
            }
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < ALLOCATION_DRAWS; i++) {
                t = process.nextAfter(t, HORIZON);
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertThat(allocated).as("%s: bytes allocated for %d arrivals (t = %s)", name, ALLOCATION_DRAWS, t)
                    .isLessThan(ALLOCATION_BUDGET_BYTES);
        });
    }

    /** A shape whose maxRate is below its rate would bias thinning silently; it fails instead. */
    @Test
    void boundBelowTheRateFailsLoudly() {
        RateShape lying = new RateShape() {
            @Override
            public double rateAt(double t) {
                return 10;
            }

            @Override
            public double maxRate(double from, double to) {
                return 5;
            }

            @Override
            public double integral(double from, double to) {
                return 10 * (to - from);
            }

            @Override
            public String describe() {
                return "lying";
            }
        };
        ArrivalProcess process = ArrivalProcess.poisson(lying, PoissonCheck.stream("process.lying"));
        assertThatThrownBy(() -> process.nextAfter(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exceeds its maxRate bound 5");
    }

    /** A rate that stays 0 without saying so ends at the horizon instead of searching for ever. */
    @Test
    void horizonEndsTheSearch() {
        RateShape silent = new SpikeTest.HiddenPieces(new ConstantRate(0));
        ArrivalProcess process = ArrivalProcess.poisson(silent, PoissonCheck.stream("process.silent"));
        assertThat(process.nextAfter(0, 86_400)).isEqualTo(Double.POSITIVE_INFINITY);
        ArrivalProcess busy = ArrivalProcess.poisson(new ConstantRate(1), PoissonCheck.stream("process.busy"));
        assertThat(busy.nextAfter(0, 1e-9)).as("first arrival is after a tiny horizon").isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(busy.nextAfter(0, 1e6)).isLessThan(1e6);
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> ArrivalProcess.poisson(null, PoissonCheck.stream("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrivalProcess.poisson(new ConstantRate(1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrivalProcess.poisson(new ConstantRate(1), PoissonCheck.stream("x"), 0))
                .hasMessageContaining("chunkSeconds");
        assertThatThrownBy(() -> ArrivalProcess.poisson(new ConstantRate(1), PoissonCheck.stream("x")).nextAfter(-1))
                .hasMessageContaining("time");
        assertThatThrownBy(() -> ArrivalProcess.poisson(new ConstantRate(1), PoissonCheck.stream("x")).nextAfter(0, Double.NaN))
                .hasMessageContaining("horizon");
        assertThatThrownBy(() -> ArrivalProcess.replay(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
