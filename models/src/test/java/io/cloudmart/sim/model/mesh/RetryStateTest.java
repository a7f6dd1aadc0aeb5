package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.run.RunSettings;

/**
 * Retries in a running simulation: the extra load they create, Istio's default policy (oracle 8), the route
 * timeout bounding the request, and the retry circuit breaker.
 */
class RetryStateTest {
    private static final double EPS = 1e-9;
    private static final double TRY_SECONDS = 0.005;
    private static final int REQUESTS = 50_000;

    /**
     * Drives requests one per second through a {@link RetryState}; each try lasts 5 ms and fails with
     * probability p with the given failure, independently; back-offs are real scheduled delays.
     */
    private static final class Harness {
        final Simulation simulation;
        final RandomStream failures;
        final RandomStream backoffs;
        final RetryPolicy policy;
        final double p;
        final Supplier<AttemptResult> failure;
        long tries;
        long requestsFailed;
        final List<String> finalFlags = new ArrayList<>();
        final List<List<Double>> delaysByRetry = new ArrayList<>();
        int arrived;

        Harness(long seed, RetryPolicy policy, double p, Supplier<AttemptResult> failure) {
            this.simulation = new Simulation(new RunSettings("retries", seed, 0, REQUESTS + 10.0, 0, 1000));
            this.failures = simulation.stream("upstream.failure");
            this.backoffs = simulation.stream("mesh.retry");
            this.policy = policy;
            this.p = p;
            this.failure = failure;
        }

        Harness run() {
            simulation.at(0.5, "first request", this::arrive);
            simulation.run();
            return this;
        }

        private void arrive() {
            tryOnce(new RetryState(policy, simulation.now(), RetryPolicy.NO_TIMEOUT, null));
            if (++arrived < REQUESTS) {
                simulation.after(1.0, "next request", this::arrive);
            }
        }

        private void tryOnce(RetryState state) {
            state.startTry(simulation.now());
            tries++;
            simulation.after(TRY_SECONDS, "try ends", () -> tryEnded(state));
        }

        private void tryEnded(RetryState state) {
            if (failures.nextDouble() >= p) {
                state.finish();
                return;
            }
            RetryDecision decision = state.onFailure(failure.get(), simulation.now(), backoffs);
            if (decision.retry()) {
                while (delaysByRetry.size() < state.tries()) {
                    delaysByRetry.add(new ArrayList<>());
                }
                delaysByRetry.get(state.tries() - 1).add(decision.delaySeconds());
                simulation.after(decision.delaySeconds(), "retry", () -> tryOnce(state));
            } else {
                state.finish();
                requestsFailed++;
                if (finalFlags.size() < 10) {
                    finalFlags.add(decision.status() + " " + decision.responseFlag());
                }
            }
        }
    }

    /**
     * With independent failures of probability p and a retriable failure, a request makes
     * T = min(Geometric, 1 + attempts) tries: E[T] = Σ_{k=0..attempts} p^k and
     * E[T²] = Σ_{j=1..attempts+1} (2j − 1) p^(j−1). The simulated mean must be within 3.29 standard errors.
     */
    @ParameterizedTest(name = "p = {0}, attempts = {1}")
    @CsvSource({"0.1, 2", "0.3, 2", "0.5, 2", "0.5, 4", "0.9, 2", "0.4, 0"})
    void retriesMultiplyTheOfferedLoad(double p, int attempts) {
        RetryPolicy policy = RetryPolicy.istioDefault().withAttempts(attempts);
        Harness harness = new Harness(31, policy, p, AttemptResult::connectFailure).run();
        double expected = 0;
        double secondMoment = 0;
        for (int k = 0; k <= attempts; k++) {
            expected += Math.pow(p, k);
            secondMoment += (2 * k + 1) * Math.pow(p, k);
        }
        double standardError = Math.sqrt((secondMoment - expected * expected) / REQUESTS);
        double factor = (double) harness.tries / REQUESTS;
        assertThat(factor).as("tries per request").isCloseTo(expected, within(Binomial.Z_999 * standardError + EPS));
        Binomial.assertWithin(harness.requestsFailed, REQUESTS, Math.pow(p, attempts + 1), Binomial.Z_999,
                "requests failing every try");
    }

    /** Oracle 8, first half: upstream answers 503 → Istio's default retryOn does not retry; the caller sees the 503. */
    @Test
    void a503IsNotRetriedByDefault() {
        Harness harness = new Harness(32, RetryPolicy.istioDefault(), 0.5, () -> AttemptResult.response(503)).run();
        assertThat(harness.tries).isEqualTo(REQUESTS);
        assertThat(harness.finalFlags).isNotEmpty().containsOnly("503 -");
    }

    /**
     * Oracle 8, second half: connection refused → 2 retries (3 tries), waits uniform in [0, 25 ms) then
     * [0, 75 ms); after the last failure the caller gets 503 with URX.
     */
    @Test
    void connectFailureIsRetriedTwiceWithGrowingWaits() {
        Harness harness = new Harness(33, RetryPolicy.istioDefault(), 1.0, AttemptResult::connectFailure).run();
        assertThat(harness.tries).isEqualTo(3L * REQUESTS);
        assertThat(harness.requestsFailed).isEqualTo(REQUESTS);
        assertThat(harness.finalFlags).containsOnly("503 URX");
        assertThat(harness.delaysByRetry).hasSize(2);
        assertUniform(harness.delaysByRetry.get(0), 0.025);
        assertUniform(harness.delaysByRetry.get(1), 0.075);
    }

    private static void assertUniform(List<Double> delays, double range) {
        assertThat(delays).hasSize(REQUESTS).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(0).isLessThan(range));
        double mean = delays.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double standardError = range / Math.sqrt(12.0 * delays.size());
        assertThat(mean).as("mean wait").isCloseTo(range / 2, within(Binomial.Z_999 * standardError));
        assertThat(delays.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isGreaterThan(0.999 * range);
    }

    /** Attempts 0 disables retries: the failure goes back as it is, without URX. */
    @Test
    void noRetriesWhenDisabled() {
        RetryState state = new RetryState(RetryPolicy.NONE, 0, RetryPolicy.NO_TIMEOUT, null);
        state.startTry(0);
        RetryDecision decision = state.onFailure(AttemptResult.connectFailure(), 0, new RandomStream("t", 1));
        assertThat(decision).isEqualTo(new RetryDecision(false, 0, 503, "UF"));
    }

    /**
     * Drives one request against an upstream that never answers: every try ends at its deadline; returns
     * {tries, answer time, status} with the flag in {@code flag[0]}.
     */
    private static double[] hangingUpstream(RetryPolicy policy, double routeTimeout, String[] flag) {
        RandomStream stream = new RandomStream("test.retry", 41);
        RetryState state = new RetryState(policy, 0, routeTimeout, null);
        double now = 0;
        while (true) {
            now = state.startTry(now);
            if (state.routeTimedOut(now)) {
                flag[0] = "UT";
                return new double[] {state.tries(), now, 504};
            }
            RetryDecision decision = state.onFailure(AttemptResult.perTryTimeout(), now, stream);
            now += decision.delaySeconds();
            if (!decision.retry()) {
                flag[0] = decision.responseFlag();
                return new double[] {state.tries(), now, decision.status()};
            }
        }
    }

    /** perTryTimeout 1 s, route timeout 2.5 s: tries at ~0, ~1, ~2 s; the third is cut by the route timeout at 2.5 s. */
    @Test
    void routeTimeoutBoundsTheWholeRequest() {
        RetryPolicy policy = RetryPolicy.istioDefault().withRetryOn(RetryOn.parse("5xx")).withPerTryTimeout(1.0);
        String[] flag = new String[1];
        double[] result = hangingUpstream(policy, 2.5, flag);
        assertThat(result[0]).isEqualTo(3);
        assertThat(result[1]).isCloseTo(2.5, within(EPS));
        assertThat(flag[0]).isEqualTo("UT");

        result = hangingUpstream(policy, 1.5, flag);
        assertThat(result[0]).isEqualTo(2);
        assertThat(result[1]).isCloseTo(1.5, within(EPS));
    }

    /** Without a route timeout the per-try timeouts run out the retries: 3 tries, 504 URX. */
    @Test
    void perTryTimeoutsExhaustTheRetries() {
        RetryPolicy policy = RetryPolicy.istioDefault().withRetryOn(RetryOn.parse("5xx")).withPerTryTimeout(1.0);
        String[] flag = new String[1];
        double[] result = hangingUpstream(policy, RetryPolicy.NO_TIMEOUT, flag);
        assertThat(result[0]).isEqualTo(3);
        assertThat(result[2]).isEqualTo(504);
        assertThat(flag[0]).isEqualTo("URX");
        assertThat(result[1]).isBetween(3.0, 3.0 + 0.025 + 0.075);

        result = hangingUpstream(policy.withRetryOn(RetryOn.istioDefault()), RetryPolicy.NO_TIMEOUT, flag);
        assertThat(result[0]).as("a per-try timeout is not retried under the default retryOn").isEqualTo(1);
        assertThat(flag[0]).isEqualTo("UT");
    }

    /**
     * A back-off that would end at or after the route deadline: Envoy's global timer answers 504 UT at the
     * deadline. Base 1 s, timeout 0.5 s: about half the first back-offs fit, the others end in UT at exactly 0.5 s.
     */
    @Test
    void backoffPastTheDeadlineAnswersAtTheDeadline() {
        RetryPolicy policy = RetryPolicy.istioDefault().withBackoff(RetryBackoff.withBase(1.0));
        RandomStream stream = new RandomStream("test.retry", 42);
        int timedOut = 0;
        int retried = 0;
        int requests = 10_000;
        for (int i = 0; i < requests; i++) {
            RetryState state = new RetryState(policy, 0, 0.5, null);
            state.startTry(0);
            RetryDecision decision = state.onFailure(AttemptResult.connectFailure(), 0, stream);
            if (decision.retry()) {
                retried++;
                assertThat(decision.delaySeconds()).isLessThan(0.5);
            } else {
                timedOut++;
                assertThat(decision).isEqualTo(new RetryDecision(false, 0.5, 504, "UT"));
            }
        }
        Binomial.assertWithin(retried, requests, 0.5, Binomial.Z_999, "first retries that fit before the deadline");
        assertThat(timedOut + retried).isEqualTo(requests);
    }

    /**
     * connectionPool.http.maxRetries 1: a second concurrent retry is refused until the first completes; the
     * refused request is answered with its connect failure's 503, flagged UO.
     */
    @Test
    void retryCircuitBreakerLimitsOutstandingRetries() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT.withMaxRetries(1));
        RandomStream stream = new RandomStream("test.retry", 43);
        RetryState first = new RetryState(RetryPolicy.istioDefault(), 0, RetryPolicy.NO_TIMEOUT, pool);
        RetryState second = new RetryState(RetryPolicy.istioDefault(), 0, RetryPolicy.NO_TIMEOUT, pool);
        first.startTry(0);
        second.startTry(0);
        assertThat(first.onFailure(AttemptResult.connectFailure(), 0.01, stream).retry()).isTrue();
        assertThat(pool.retriesOutstanding()).isEqualTo(1);
        assertThat(second.onFailure(AttemptResult.connectFailure(), 0.01, stream))
                .isEqualTo(new RetryDecision(false, 0, 503, "UO"));
        first.startTry(0.03);
        first.finish();
        assertThat(pool.retriesOutstanding()).isZero();
        RetryState third = new RetryState(RetryPolicy.istioDefault(), 0.04, RetryPolicy.NO_TIMEOUT, pool);
        third.startTry(0.04);
        assertThat(third.onFailure(AttemptResult.connectFailure(), 0.05, stream).retry()).isTrue();
        assertThat(pool.overflows()).isEqualTo(1);
    }

    /**
     * A refused retry keeps the try's own status (Envoy router.cc, {@code RetryStatus::NoOverflow}: flag UO,
     * the upstream's answer goes on): a 500 stays 500, a per-try timeout 504, a reset 503.
     */
    @Test
    void aRefusedRetryKeepsTheTrysOwnStatus() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT.withMaxRetries(1));
        RetryPolicy policy = RetryPolicy.istioDefault().withRetryOn(RetryOn.parse("5xx"));
        RandomStream stream = new RandomStream("test.retry", 44);
        RetryState holder = new RetryState(policy, 0, RetryPolicy.NO_TIMEOUT, pool);
        holder.startTry(0);
        assertThat(holder.onFailure(AttemptResult.response(500), 0, stream).retry()).isTrue();
        for (AttemptResult failure : List.of(AttemptResult.response(500), AttemptResult.response(503),
                AttemptResult.perTryTimeout(), AttemptResult.reset())) {
            RetryState refused = new RetryState(policy, 0, RetryPolicy.NO_TIMEOUT, pool);
            refused.startTry(0);
            assertThat(refused.onFailure(failure, 0, stream)).as(failure.toString())
                    .isEqualTo(new RetryDecision(false, 0, failure.status(), "UO"));
        }
        assertThat(pool.overflows()).isEqualTo(4);
    }
}
