package io.cloudmart.sim.model.saga;

import static io.cloudmart.sim.model.saga.CloudMartCheckout.AUTHORIZE_PAYMENT;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.CANCEL_ORDER;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.CONFIRM_ORDER;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.CREATE_ORDER;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.REFUND_PAYMENT;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.RELEASE_INVENTORY;
import static io.cloudmart.sim.model.saga.CloudMartCheckout.RESERVE_INVENTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * The failure semantics of domain facts 7.3 on the CloudMart checkout, with constant 50 ms
 * replies so that every time is hand-computable.
 */
class SagaSemanticsTest {
    private static final double EPS = 1e-9;
    private static final double REPLY = 0.05;
    private static final String SAGA = CloudMartCheckout.NAME;

    private record Ended(double time, SagaOutcome outcome) {
    }

    private final List<Ended> ended = new ArrayList<>();
    private final List<SagaEvent> events = new ArrayList<>();

    private static Simulation simulation() {
        return new Simulation(new RunSettings("saga-test", 5, 0, 1000, 0, 10.0));
    }

    private static String key(String metric) {
        return SagaOrchestrator.metricKey(SAGA, metric);
    }

    private SagaOrchestrator orchestrator(Simulation sim, SagaDefinition definition, StepExecutor participants) {
        SagaOrchestrator orchestrator = new SagaOrchestrator(sim, definition, participants);
        orchestrator.addListener(events::add);
        return orchestrator;
    }

    private void assertEnded(int index, double time, SagaOutcome outcome) {
        assertThat(ended.get(index).outcome()).as("saga %d outcome", index).isEqualTo(outcome);
        assertThat(ended.get(index).time()).as("saga %d end time", index).isCloseTo(time, offset(EPS));
    }

    private void startAt(Simulation sim, SagaOrchestrator orchestrator, double time) {
        sim.at(time, "test.start", () -> orchestrator.start(outcome -> ended.add(new Ended(sim.now(), outcome))));
    }

    /**
     * A committed saga takes 4 replies (0.2 s) and is inconsistent from its first commit (0.05 s);
     * a declined payment is followed by release then cancel, in reverse order (5 replies, 0.25 s).
     */
    @Test
    void commitAndDeclineAreHandComputable() {
        Simulation sim = simulation();
        FakeParticipants participants = new FakeParticipants(sim, true)
                .script(AUTHORIZE_PAYMENT, StepResult.SUCCESS, StepResult.BUSINESS_FAILURE);
        SagaOrchestrator orchestrator = orchestrator(sim, CloudMartCheckout.definition(), participants);
        startAt(sim, orchestrator, 0);
        startAt(sim, orchestrator, 10);

        MetricsSnapshot m = sim.run().metrics();

        assertThat(ended).hasSize(2);
        assertEnded(0, 4 * REPLY, SagaOutcome.COMMITTED);
        assertEnded(1, 10 + 5 * REPLY, SagaOutcome.COMPENSATED);
        assertThat(participants.log()).containsExactly(
                CREATE_ORDER, RESERVE_INVENTORY, AUTHORIZE_PAYMENT, CONFIRM_ORDER,
                CREATE_ORDER, RESERVE_INVENTORY, AUTHORIZE_PAYMENT, RELEASE_INVENTORY, CANCEL_ORDER);
        assertThat(m.tally(key("timeToConsistency")).min()).isCloseTo(4 * REPLY, offset(EPS));
        assertThat(m.tally(key("timeToConsistency")).max()).isCloseTo(5 * REPLY, offset(EPS));
        assertThat(m.tally(key("timeInconsistent")).min()).isCloseTo(3 * REPLY, offset(EPS));
        assertThat(m.tally(key("timeInconsistent")).max()).isCloseTo(4 * REPLY, offset(EPS));
        assertThat(SagaOrchestrator.compensationRate(m, SAGA)).isEqualTo(0.5);
    }

    /**
     * Compensations that always fail are retried up to the limit (3 attempts, waits 1 s and 2 s)
     * and the saga is STUCK: abort at 0.15 s, release fails at 0.2, 1.25 and 3.3 s. Cancel is never
     * reached, nothing counts as consistent, and each stuck saga is reported.
     */
    @Test
    void compensationsThatAlwaysFailEndStuckAfterTheRetryLimit() {
        Simulation sim = simulation();
        FakeParticipants participants = new FakeParticipants(sim, false)
                .on(AUTHORIZE_PAYMENT, new Constant(REPLY), 1.0, 0)
                .on(RELEASE_INVENTORY, new Constant(REPLY), 0, 1.0);
        SagaDefinition definition = CloudMartCheckout.definition().withCompensationRetry(new RetryPolicy(3, 1, 2, 100));
        SagaOrchestrator orchestrator = orchestrator(sim, definition, participants);
        int sagas = 200;
        for (int i = 0; i < sagas; i++) {
            startAt(sim, orchestrator, i);
        }

        MetricsSnapshot m = sim.run().metrics();

        assertThat(m.counter(key("stuck"))).isEqualTo(sagas);
        assertThat(m.counter(key("compensated"))).isZero();
        assertThat(participants.calls(RELEASE_INVENTORY)).isEqualTo(3L * sagas);
        assertThat(participants.calls(CANCEL_ORDER)).isZero();
        assertThat(m.counter(key("compensationRetries"))).isEqualTo(2L * sagas);
        for (int i = 0; i < sagas; i++) {
            assertEnded(i, i + 3 * REPLY + REPLY + 1 + REPLY + 2 + REPLY, SagaOutcome.STUCK);
        }
        // one abort per second: each 60 s window (0-60, 60-120, 120-180, 180-200) reaches 10 → 4 bursts
        assertThat(events).hasSize(sagas + 4);
        assertThat(events.stream().filter(e -> e.kind() == SagaEvent.Kind.STUCK).count()).isEqualTo(sagas);
        assertThat(m.tally(key("timeToConsistency")).count()).isZero();
        assertThat(m.level(key("inconsistent")).max()).as("stuck sagas stay inconsistent").isEqualTo(sagas);
    }

    /**
     * A reserve that does not answer within the 5 s timeout aborts the saga; its local transaction
     * may have committed, so it is released too, then the order is cancelled. Its reply at 10.05 s
     * is ignored.
     */
    @Test
    void timeoutBeforeThePivotCompensatesIncludingTheTimedOutStep() {
        Simulation sim = simulation();
        FakeParticipants participants = new FakeParticipants(sim, true).on(RESERVE_INVENTORY, new Constant(10), 0, 0);
        SagaOrchestrator orchestrator = orchestrator(sim, CloudMartCheckout.definition(), participants);
        startAt(sim, orchestrator, 0);

        MetricsSnapshot m = sim.run().metrics();

        double abortAt = REPLY + CloudMartCheckout.STEP_TIMEOUT_SECONDS;
        assertThat(ended).hasSize(1);
        assertEnded(0, abortAt + 2 * REPLY, SagaOutcome.COMPENSATED);
        assertThat(participants.log()).containsExactly(CREATE_ORDER, RESERVE_INVENTORY, RELEASE_INVENTORY, CANCEL_ORDER);
        assertThat(m.counter(key("timeouts"))).isOne();
        assertThat(m.counter(key("lateReplies"))).isOne();
    }

    /** A timed-out pivot may have authorised the card: the refund runs first, then release and cancel. */
    @Test
    void timedOutPivotIsRefundedAmongTheCompensations() {
        Simulation sim = simulation();
        FakeParticipants participants = new FakeParticipants(sim, true).on(AUTHORIZE_PAYMENT, new Constant(10), 0, 0);
        SagaOrchestrator orchestrator = orchestrator(sim, CloudMartCheckout.definition(), participants);
        startAt(sim, orchestrator, 0);

        sim.run();

        assertThat(ended).extracting(Ended::outcome).containsExactly(SagaOutcome.COMPENSATED);
        assertThat(participants.log()).containsExactly(CREATE_ORDER, RESERVE_INVENTORY, AUTHORIZE_PAYMENT,
                REFUND_PAYMENT, RELEASE_INVENTORY, CANCEL_ORDER);
    }

    /**
     * After the pivot, confirm order is retried and never compensated: failing 30% of the time,
     * every saga commits; failing always (even for a "business" reason), every saga is STUCK after
     * its 10 attempts, and still nothing is compensated.
     */
    @Test
    void retriableStepsAfterThePivotAreRetriedAndNeverCompensated() {
        Simulation flaky = simulation();
        FakeParticipants sometimes = new FakeParticipants(flaky, false).on(CONFIRM_ORDER, new Constant(REPLY), 0, 0.3);
        SagaOrchestrator a = orchestrator(flaky, CloudMartCheckout.definition(), sometimes);
        for (int i = 0; i < 500; i++) {
            startAt(flaky, a, i);
        }
        MetricsSnapshot m = flaky.run().metrics();
        assertThat(m.counter(key("committed"))).isEqualTo(500);
        assertThat(m.counter(key("retries"))).isEqualTo(sometimes.failures(CONFIRM_ORDER, StepResult.TRANSIENT_FAILURE))
                .isPositive();
        assertThat(sometimes.calls(CANCEL_ORDER) + sometimes.calls(RELEASE_INVENTORY) + sometimes.calls(REFUND_PAYMENT))
                .isZero();

        ended.clear();
        Simulation broken = simulation();
        FakeParticipants never = new FakeParticipants(broken, false).on(CONFIRM_ORDER, new Constant(REPLY), 1.0, 0);
        SagaOrchestrator b = orchestrator(broken, CloudMartCheckout.definition(), never);
        // 10 attempts wait 1+2+4+...+64+100+100 = 327 s in all: start two sagas 400 s apart
        startAt(broken, b, 0);
        startAt(broken, b, 400);
        MetricsSnapshot n = broken.run().metrics();
        assertThat(n.counter(key("stuck"))).isEqualTo(2);
        assertThat(ended).extracting(Ended::outcome).containsOnly(SagaOutcome.STUCK);
        assertThat(never.calls(CONFIRM_ORDER)).isEqualTo(2L * CloudMartCheckout.CONFIRM_ATTEMPTS);
        assertThat(never.calls(CANCEL_ORDER) + never.calls(RELEASE_INVENTORY) + never.calls(REFUND_PAYMENT)).isZero();
    }

    /**
     * Transient failures before the pivot are retried with back-off (waits 1 s, 2 s); when the
     * attempts run out, the saga aborts and compensates what committed (only the order).
     */
    @Test
    void transientFailuresBeforeThePivotAreRetriedThenAbort() {
        Simulation sim = simulation();
        FakeParticipants participants = new FakeParticipants(sim, true)
                .script(RESERVE_INVENTORY, StepResult.TRANSIENT_FAILURE, StepResult.TRANSIENT_FAILURE, StepResult.SUCCESS)
                .script(RESERVE_INVENTORY, StepResult.TRANSIENT_FAILURE, StepResult.TRANSIENT_FAILURE,
                        StepResult.TRANSIENT_FAILURE, StepResult.TRANSIENT_FAILURE, StepResult.TRANSIENT_FAILURE);
        SagaOrchestrator orchestrator = orchestrator(sim, CloudMartCheckout.definition(), participants);
        startAt(sim, orchestrator, 0);
        startAt(sim, orchestrator, 100);

        MetricsSnapshot m = sim.run().metrics();

        assertEnded(0, 6 * REPLY + 1 + 2, SagaOutcome.COMMITTED);
        assertEnded(1, 100 + 7 * REPLY + 1 + 2 + 4 + 8, SagaOutcome.COMPENSATED);
        assertThat(participants.log().subList(6, participants.log().size())).containsExactly(CREATE_ORDER,
                RESERVE_INVENTORY, RESERVE_INVENTORY, RESERVE_INVENTORY, RESERVE_INVENTORY, RESERVE_INVENTORY, CANCEL_ORDER);
        assertThat(m.counter(key("retries"))).isEqualTo(2 + 4);
    }

    /** Ten aborts within one 60 s window make one burst event, at the tenth. */
    @Test
    void aBurstOfCompensationsIsReportedOncePerWindow() {
        Simulation sim = simulation();
        FakeParticipants participants = new FakeParticipants(sim, false).on(AUTHORIZE_PAYMENT, new Constant(REPLY), 1.0, 0);
        SagaOrchestrator orchestrator = orchestrator(sim, CloudMartCheckout.definition(), participants);
        for (int i = 0; i < 15; i++) {
            startAt(sim, orchestrator, 2 * i);
        }
        for (int i = 0; i < 9; i++) {
            startAt(sim, orchestrator, 60 + i);
        }

        sim.run();

        assertThat(events).hasSize(1);
        SagaEvent burst = events.get(0);
        assertThat(burst.kind()).isEqualTo(SagaEvent.Kind.COMPENSATION_BURST);
        assertThat(burst.timeSeconds()).isCloseTo(18 + 3 * REPLY, offset(EPS));
    }

    @Test
    void definitionsMustFollowCompensatablePivotRetriableOrder() {
        SagaStep c = SagaStep.compensatable("a", "a.do", "a.undo");
        SagaStep p = SagaStep.pivot("p", "p.do");
        SagaStep r = SagaStep.retriable("r", "r.do");
        assertThatThrownBy(() -> new SagaDefinition("x", List.of(r, p))).hasMessageContaining("order must be");
        assertThatThrownBy(() -> new SagaDefinition("x", List.of(c, p, SagaStep.pivot("q", "q.do"))))
                .hasMessageContaining("order must be");
        assertThatThrownBy(() -> new SagaDefinition("x", List.of(c, p, c))).hasMessageContaining("two steps named a");
        assertThatThrownBy(() -> r.withCompensation("r.undo")).hasMessageContaining("never compensated");
        assertThat(new SagaDefinition("x", List.of(c, p, r)).pivotIndex()).isEqualTo(1);
    }
}
