package io.cloudmart.sim.model.saga;

import static io.cloudmart.sim.model.saga.CloudMartCheckout.AUTHORIZE_PAYMENT;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.CANCEL_ORDER;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.CONFIRM_ORDER;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.REFUND_PAYMENT;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.RELEASE_INVENTORY;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.RESERVE_INVENTORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * No saga is lost: every started checkout ends COMMITTED, COMPENSATED or STUCK (or is counted in
 * flight at the end), and the compensation rate is the pivot's decline probability.
 */
class SagaConservationTest {
    private static final String SAGA = CloudMartCheckout.NAME;
    private static final double DECLINE_PROBABILITY = 0.1;
    /** Two-sided 99.9% normal quantile for the binomial interval. */
    private static final double Z_999 = 3.29;

    private static String key(String metric) {
        return SagaOrchestrator.metricKey(SAGA, metric);
    }

    /** Starts sagas with exponential gaps of mean {@code meanGap} until {@code stopAt} (seconds). */
    private static void poissonStarts(Simulation sim, SagaOrchestrator orchestrator, double meanGap, double stopAt) {
        RandomStream arrivals = sim.stream("test.arrivals");
        Exponential gaps = new Exponential(meanGap);
        List<Runnable> next = new ArrayList<>(1);
        next.add(() -> {
            orchestrator.start();
            double gap = gaps.sample(arrivals);
            if (sim.now() + gap < stopAt) {
                sim.after(gap, "test.start", next.get(0));
            }
        });
        sim.after(gaps.sample(arrivals), "test.start", next.get(0));
    }

    @Test
    void everyStartedSagaEndsAndTheCompensationRateIsTheDeclineProbability() {
        Simulation sim = new Simulation(new RunSettings("saga-conservation", 41, 0, 600, 0, 10.0));
        FakeParticipants participants = new FakeParticipants(sim, false)
                .byDefault(new Exponential(0.02), 0, 0)
                .on(RESERVE_INVENTORY, new Exponential(0.02), 0, 0.02)
                .on(AUTHORIZE_PAYMENT, new Exponential(0.05), DECLINE_PROBABILITY, 0)
                .on(CONFIRM_ORDER, new Exponential(0.02), 0, 0.05);
        SagaOrchestrator orchestrator = new SagaOrchestrator(sim, CloudMartCheckout.definition(), participants);
        poissonStarts(sim, orchestrator, 1.0 / 200, 500);

        MetricsSnapshot m = sim.run().metrics();

        long started = m.counter(key("started"));
        long committed = m.counter(key("committed"));
        long compensated = m.counter(key("compensated"));
        long stuck = m.counter(key("stuck"));
        assertThat(started).as("about 200/s for 500 s").isBetween(98_000L, 102_000L);
        assertThat(m.counter(key("inFlightAtEnd"))).isZero();
        assertThat(orchestrator.inFlight()).isZero();
        assertThat(committed + compensated + stuck).as("none lost").isEqualTo(started);
        assertThat(stuck).isZero();
        assertThat(compensated).as("one abort per declined payment")
                .isEqualTo(participants.failures(AUTHORIZE_PAYMENT, StepResult.BUSINESS_FAILURE));
        double rate = SagaOrchestrator.compensationRate(m, SAGA);
        double halfWidth = Z_999 * Math.sqrt(DECLINE_PROBABILITY * (1 - DECLINE_PROBABILITY) / started);
        assertThat(rate).as("binomial 99.9%% interval around p").isBetween(DECLINE_PROBABILITY - halfWidth,
                DECLINE_PROBABILITY + halfWidth);
        assertThat(orchestrator.compensationRate()).isEqualTo(rate);
        assertThat(participants.calls(RELEASE_INVENTORY)).isEqualTo(compensated);
        assertThat(participants.calls(CANCEL_ORDER)).isEqualTo(compensated);
        assertThat(participants.calls(REFUND_PAYMENT)).as("a declined or successful pivot needs no refund").isZero();
        assertThat(m.counter(key("retries"))).as("transient failures retried")
                .isEqualTo(participants.failures(RESERVE_INVENTORY, StepResult.TRANSIENT_FAILURE)
                        + participants.failures(CONFIRM_ORDER, StepResult.TRANSIENT_FAILURE));
        assertThat(m.tally(key("timeToConsistency")).count()).isEqualTo(committed + compensated);
        // empty at both ends, so Little's law is an identity: mean in flight x T = sum of durations
        assertThat(m.level(key("inFlight")).mean() * 600).as("Little's law")
                .isCloseTo(started * m.tally(key("timeToConsistency")).mean(), org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    /**
     * With a warm-up and sagas still running at the end:
     * carriedOver + started = committed + compensated + stuck + inFlightAtEnd.
     */
    @Test
    void conservationHoldsAcrossWarmupAndTheEndOfTheRun() {
        Simulation sim = new Simulation(new RunSettings("saga-warmup", 43, 0, 100, 30, 10.0));
        FakeParticipants participants = new FakeParticipants(sim, false)
                .byDefault(new Exponential(0.5), 0, 0.1)
                .on(AUTHORIZE_PAYMENT, new Exponential(0.5), 0.2, 0.1);
        SagaOrchestrator orchestrator = new SagaOrchestrator(sim, CloudMartCheckout.definition(), participants);
        poissonStarts(sim, orchestrator, 1.0 / 50, 200);

        MetricsSnapshot m = sim.run().metrics();

        long carried = m.counter(key("carriedOver"));
        long atEnd = m.counter(key("inFlightAtEnd"));
        assertThat(carried).isPositive();
        assertThat(atEnd).isPositive().isEqualTo(orchestrator.inFlight());
        assertThat(carried + m.counter(key("started"))).isEqualTo(m.counter(key("committed"))
                + m.counter(key("compensated")) + m.counter(key("stuck")) + atEnd);
    }

    /** Same seed → the same statistics; another replication → different ones. */
    @Test
    void sameSeedSameResults() {
        RunSettings settings = new RunSettings("saga-determinism", 47, 0, 60, 10, 10.0);
        MetricsSnapshot first = smallRun(new Simulation(settings));
        MetricsSnapshot again = smallRun(new Simulation(settings));
        MetricsSnapshot other = smallRun(new Simulation(settings.forReplication(1)));
        assertThat(again.counters()).isEqualTo(first.counters());
        assertThat(again.tallies()).isEqualTo(first.tallies());
        assertThat(again.levels()).isEqualTo(first.levels());
        assertThat(other.tallies()).isNotEqualTo(first.tallies());
    }

    private static MetricsSnapshot smallRun(Simulation sim) {
        FakeParticipants participants = new FakeParticipants(sim, false)
                .byDefault(new Exponential(0.1), 0, 0.1)
                .on(AUTHORIZE_PAYMENT, new Exponential(0.1), DECLINE_PROBABILITY, 0.1);
        poissonStarts(sim, new SagaOrchestrator(sim, CloudMartCheckout.definition(), participants), 0.05, 60);
        return sim.run().metrics();
    }
}
