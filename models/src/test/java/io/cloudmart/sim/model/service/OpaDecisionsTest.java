package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.security.SecurityMetrics;

/**
 * The authorize step (an OPA decision) records each decision's latency, and draws it from a stream of its own, so
 * an endpoint with and without it draws the same work: requests one at a time on one pod then differ in latency by
 * exactly the decision.
 */
class OpaDecisionsTest {
    private static final RequestIdentity CLIENT = RequestIdentity.anonymous("10.0.0.1");
    private static final int REQUESTS = 200;
    /** Far apart: each request runs alone, so its latency is its decision plus its work. */
    private static final double GAP_SECONDS = 1.0;
    private static final double EPS = 1e-9;

    private record Run(List<Double> latencies, ReplicationResult result) {
    }

    private static Run run(Distribution authorize) {
        Simulation sim = new Simulation(new RunSettings("opa", 3, 0, REQUESTS * GAP_SECONDS + 10, 0, 10));
        List<Step> steps = new ArrayList<>();
        if (authorize != null) {
            steps.add(new Step.Authorize(authorize));
        }
        steps.add(new Step.Work(new Exponential(0.005)));
        steps.add(new Step.Work(new Exponential(0.002)));
        ServiceConfig config = new ServiceConfig("svc", new PodShape(1, 256, 1),
                List.of(new Endpoint("op", steps, 0.0)), List.of(VersionConfig.stable(1)), List.of(), 30);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            double at = i * GAP_SECONDS;
            sim.at(at, "request", () -> service.handle(0, new Request(at, 0, CLIENT),
                    outcome -> latencies.add(sim.now() - at)));
        }
        return new Run(latencies, sim.run());
    }

    @Test
    void withADecisionEveryRequestTakesExactlyThatMuchLongerAndTheWorkIsDrawnTheSame() {
        Run without = run(null);
        Run with = run(new Constant(0.0008));
        assertThat(with.latencies()).hasSize(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(with.latencies().get(i) - without.latencies().get(i)).as("request " + i)
                    .isCloseTo(0.0008, within(EPS));
        }
        assertThat(without.result().metrics().tallies()).doesNotContainKey(SecurityMetrics.opaDecisions("svc", "op"));
    }

    @Test
    void theTallyCountsEveryDecisionAndItsMeanIsWhatTheyAdded() {
        Run without = run(null);
        Run with = run(new Exponential(0.001));
        TallySummary decisions = with.result().metrics().tally(SecurityMetrics.opaDecisions("svc", "op"));
        assertThat(decisions.count()).isEqualTo(REQUESTS);
        double added = 0;
        for (int i = 0; i < REQUESTS; i++) {
            added += with.latencies().get(i) - without.latencies().get(i);
        }
        assertThat(decisions.mean() * decisions.count()).isCloseTo(added, within(1e-9));
        // and the draws are the distribution's: the mean of 200 exponentials within 4 standard errors of 1 ms
        assertThat(decisions.mean()).isCloseTo(0.001, within(4 * 0.001 / Math.sqrt(REQUESTS)));
    }
}
