package io.cloudmart.sim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.bench.EngineBenchmark.Measurement;
import io.cloudmart.sim.core.bench.EngineBenchmark.Model;

/** The bench's M/M/1s count what they say they count; no timing is checked here. */
class EngineBenchmarkTest {
    private static final long CUSTOMERS = 200_000;

    @Test
    void theHandHeapRunsExactlyThreeEventsPerCustomer() {
        Measurement heap = EngineBenchmark.run(Model.HAND_HEAP, CUSTOMERS, 7);
        assertThat(heap.events()).isEqualTo(3 * CUSTOMERS);
    }

    @Test
    void theEngineRunsTheSameThreeEventsPerCustomerPlusItsOwnBookkeeping() {
        Measurement engine = EngineBenchmark.run(Model.ENGINE, CUSTOMERS, 7);
        Measurement twoEvent = EngineBenchmark.run(Model.ENGINE_TWO_EVENT, CUSTOMERS, 7);
        long bookkeeping = engine.events() - 3 * CUSTOMERS; // end of warm-up, DSOL's own events
        assertThat(bookkeeping).isBetween(0L, 3L);
        assertThat(twoEvent.events()).isEqualTo(2 * CUSTOMERS + bookkeeping);
    }

    @Test
    void engineAndHandHeapExecuteTheSameEventsInTheSameOrder() {
        // same streams, same tie-breaking, same waiting line: the same customers see the same sojourns
        Measurement heap = EngineBenchmark.run(Model.HAND_HEAP, CUSTOMERS, 11);
        Measurement engine = EngineBenchmark.run(Model.ENGINE, CUSTOMERS, 11);
        assertThat(engine.meanSojournSeconds()).isEqualTo(heap.meanSojournSeconds());
        // and the two-event model on the same draws: service starts at the same moments, so the same sojourns
        assertThat(EngineBenchmark.run(Model.ENGINE_TWO_EVENT, CUSTOMERS, 11).meanSojournSeconds())
                .isCloseTo(heap.meanSojournSeconds(), within(1e-9));
    }

    @Test
    void theThreeEventModelIsAnMM1() {
        double lambda = EngineBenchmark.ARRIVAL_RATE;
        double theory = 1 / (1.0 - lambda); // 1/(mu - lambda) with mu = 1
        // at rho = 0.9 the sojourn's autocorrelation is long: 2M customers give about ±3 % (two standard errors)
        Measurement engine = EngineBenchmark.run(Model.ENGINE, 2_000_000, 3);
        assertThat(engine.meanSojournSeconds()).isCloseTo(theory, within(0.05 * theory));
    }

    @Test
    void perEventAndPerCustomerFiguresComeFromTheSameRun() {
        Measurement m = new Measurement(Model.ENGINE, 1_000, 3_001, 0.003001, 1.0);
        assertThat(m.nanosPerEvent()).isCloseTo(1000.0, within(1e-6));
        assertThat(m.nanosPerCustomer()).isCloseTo(3001.0, within(1e-6));
    }
}
