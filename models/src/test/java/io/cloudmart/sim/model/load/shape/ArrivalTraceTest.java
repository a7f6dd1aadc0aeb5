package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.RunSettings;

/** Recorded timestamps replayed exactly, with no randomness. */
class ArrivalTraceTest {
    private static final String LOG = """
            timestamp
            0
            0.5
            0.5
            # a quiet second
            2
            10.25
            """;

    /** The event-driven loop of a load generator gets every timestamp, duplicates included, then nothing. */
    @Test
    void replaysEveryTimestampExactly() {
        ArrivalProcess replay = ArrivalProcess.replay(ArrivalTrace.parse(LOG));
        List<Double> times = new ArrayList<>();
        for (double t = replay.nextAfter(0); t < Double.POSITIVE_INFINITY; t = replay.nextAfter(t)) {
            times.add(t);
        }
        assertThat(times).containsExactly(0.0, 0.5, 0.5, 2.0, 10.25);
        assertThat(replay.nextAfter(11)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void horizonDoesNotConsumeAndLateStartSkips() {
        ArrivalProcess replay = ArrivalProcess.replay(ArrivalTrace.parse(LOG));
        assertThat(replay.nextAfter(0, 1)).isEqualTo(0);
        assertThat(replay.nextAfter(0, 1)).isEqualTo(0.5);
        assertThat(replay.nextAfter(0.5, 1)).isEqualTo(0.5);
        assertThat(replay.nextAfter(0.5, 1)).as("2 s is past the horizon").isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(replay.nextAfter(0.5, 100)).as("still there for a later horizon").isEqualTo(2);
        ArrivalProcess late = ArrivalProcess.replay(ArrivalTrace.parse(LOG));
        assertThat(late.nextAfter(1)).as("a start at 1 s skips earlier times").isEqualTo(2);
    }

    /** Driven by the engine as {@code OpenLoopLoad} drives its arrivals: the events happen at the recorded times. */
    @Test
    void replayInsideASimulation() {
        double[] recorded = new double[2000];
        for (int i = 0; i < recorded.length; i++) {
            recorded[i] = Math.floor(i / 3.0) * 0.37 + (i % 3 == 2 ? 0.125 : 0.0);
        }
        Simulation simulation = new Simulation(new RunSettings("trace", 1, 0, 1000, 0, 10.0));
        ArrivalProcess replay = ArrivalProcess.replay(new ArrivalTrace(recorded));
        List<Double> seen = new ArrayList<>();
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            seen.add(simulation.now());
            double next = replay.nextAfter(simulation.now(), simulation.endTime());
            if (next < Double.POSITIVE_INFINITY) {
                simulation.at(next, "trace arrival", arrive[0]);
            }
        };
        simulation.at(replay.nextAfter(0, simulation.endTime()), "trace arrival", arrive[0]);
        simulation.run();
        assertThat(seen).hasSize(recorded.length);
        for (int i = 0; i < recorded.length; i++) {
            assertThat(seen.get(i)).as("arrival %d", i).isEqualTo(recorded[i]);
        }
    }

    @Test
    void countsAndRateView() {
        ArrivalTrace trace = ArrivalTrace.parse(LOG);
        assertThat(trace.size()).isEqualTo(5);
        assertThat(trace.last()).isEqualTo(10.25);
        assertThat(trace.countIn(0, 0.5)).isEqualTo(1);
        assertThat(trace.countIn(0.5, 0.5)).isZero();
        assertThat(trace.countIn(0.5, 2)).isEqualTo(2);
        assertThat(trace.countIn(0, 100)).isEqualTo(5);
        TraceRate perSecond = trace.toRate(1);
        assertThat(perSecond.size()).isEqualTo(11);
        assertThat(perSecond.rateAt(0.2)).isEqualTo(3);
        assertThat(perSecond.rateAt(2.5)).isEqualTo(1);
        assertThat(perSecond.integral(0, perSecond.end())).isCloseTo(5, within(EPS));
        assertThat(trace.describe()).isEqualTo("trace(timestamps=5, first=0, last=10.25)");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "timestamp\\n1\\n0.5\\n              | line 3: | out of order",
        "1\\n-2\\n                           | line 2: | negative",
        "1\\n\\n2,3\\n                       | line 3: | two fields",
        "1\\n2s\\n                           | line 2: | unit suffix",
        "1\\nInfinity\\n                     | line 2: | infinity",
        "\\n# only comments\\n               | no data rows | empty",
    })
    void rejectsBadRowsWithTheirLine(String csv, String message, String what) {
        String text = csv.strip().replace("\\n", "\n");
        assertThatThrownBy(() -> ArrivalTrace.parse(text)).as(what)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void refusesBadConstruction() {
        assertThatThrownBy(() -> new ArrivalTrace(new double[] {2, 1})).hasMessageContaining("non-decreasing");
        assertThatThrownBy(() -> new ArrivalTrace(new double[0])).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new ArrivalTrace(new double[] {Double.NaN})).hasMessageContaining("times[0]");
        assertThatThrownBy(() -> ArrivalTrace.parse("")).hasMessageContaining("no data rows");
    }
}
