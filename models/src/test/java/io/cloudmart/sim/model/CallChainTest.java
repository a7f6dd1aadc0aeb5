package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.model.service.Step;

/** Synchronous calls between services: network results and thread-pool exhaustion. */
class CallChainTest {
    private static final double REL_TOL = 0.03;
    private static final int MANY_WORKERS = 100_000;

    private static ServiceConfig service(String name, int concurrency, double cores, Step... steps) {
        return new ServiceConfig(name, 1, new PodShape(cores, 512, concurrency),
                List.of(new Endpoint("get", List.of(steps), 0.0)));
    }

    private static ExperimentResult run(double rate, long seed, double duration, List<ServiceConfig> services) {
        Shop shop = new Shop(new LoadConfig(List.of(new Stage(1e12, rate)),
                List.of(new Journey("visit", 1, services.get(0).name(), "get"))), services);
        return ReplicationRunner.onAllCores().run(new RunSettings("chain", seed, 0, duration, duration / 20, 10), 8, shop);
    }

    /**
     * a → b → c, each with one core shared by its workers (processor sharing), work exponential.
     * Poisson arrivals into PS stations form a product-form (BCMP/Jackson) network: the mean time
     * at station i is E[S_i]/(1 − ρ_i), and end to end it is their sum.
     */
    @Test
    void tandemOfThreeServicesMatchesTheJacksonNetwork() {
        double lambda = 6;
        double[] work = {0.05, 0.1, 0.08};
        List<ServiceConfig> services = List.of(
                service("a", MANY_WORKERS, 1, new Step.Work(new Exponential(work[0])), new Step.Call("b", "get", false)),
                service("b", MANY_WORKERS, 1, new Step.Work(new Exponential(work[1])), new Step.Call("c", "get", false)),
                service("c", MANY_WORKERS, 1, new Step.Work(new Exponential(work[2]))));
        ExperimentResult result = run(lambda, 21, 20_000, services);
        double theory = 0;
        for (double s : work) {
            theory += s / (1 - lambda * s);
        }
        Estimate simulated = result.estimate(m -> m.tally("client.latency").mean());
        double expected = theory;
        assertThat(simulated.covers(expected) || Math.abs(simulated.mean() - expected) < REL_TOL * expected)
                .as("Jackson %.5f s vs %s", expected, simulated).isTrue();
        assertThat(simulated.halfWidth95()).isLessThan(0.05 * expected);
    }

    /**
     * A front service with 2 workers calls a backend taking 100 ms: each request holds a front
     * worker for the whole call, so at 15 requests/s (75% of the 20/s two workers allow) requests
     * queue at the front although its own CPU is idle. With 200 workers they do not.
     */
    @Test
    void aSlowCallHeldInAFullThreadPoolRaisesTheCallersLatency() {
        double frontWait = frontQueueWait(2);
        double frontWaitBigPool = frontQueueWait(200);
        assertThat(frontWait).isGreaterThan(0.05);
        assertThat(frontWaitBigPool).isLessThan(1e-3);
    }

    private static double frontQueueWait(int frontWorkers) {
        List<ServiceConfig> services = List.of(
                service("front", frontWorkers, 4, new Step.Work(new Constant(0.001)), new Step.Call("back", "get", false)),
                service("back", 1000, 1000, new Step.Work(new Exponential(0.1))));
        return run(15, 22, 4_000, services).estimate(m -> m.tally(ServiceMetrics.key("front", "queueWait")).mean()).mean();
    }
}
