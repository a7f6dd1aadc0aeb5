package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.MemoryUsage;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.Requests;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.Unwired;
import io.cloudmart.sim.model.service.VersionConfig;

/**
 * A pod's working set against Little's law: one request every {@value #GAP_SECONDS} s, each {@value #WORK_SECONDS} s of
 * CPU on a pod with more cores than requests in it (no sharing, so each stays exactly that long), gives a time-average
 * of L = λ·W = {@value #WORK_SECONDS} / {@value #GAP_SECONDS} = 3.5 requests in the pod: alternately 3 and 4 for half of
 * each gap. The mean working set is then base + perRequest × 3.5.
 */
class PodMemoryTest {
    private static final double GAP_SECONDS = 0.01;
    private static final double WORK_SECONDS = 0.035;
    /** Arrivals are offset from the scrapes (multiples of 15 s), so a scrape never coincides with a change. */
    private static final double OFFSET_SECONDS = 0.003;
    private static final RequestIdentity CLIENT = RequestIdentity.anonymous("10.0.0.1");

    private record Run(Simulation sim, Service service, MetricsServer metrics) {
        Pod pod() {
            return service.pods().get(0);
        }
    }

    private static Run run(PodShape shape, Requests sidecar) {
        Simulation sim = new Simulation(new RunSettings("memory", 1, 0, 200, 0, 60));
        ServiceConfig config = new ServiceConfig("api", shape,
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(WORK_SECONDS))), 0.0)),
                List.of(VersionConfig.stable(1)), List.of(), 30).withSidecar(sidecar);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        ControlPlane plane = new ControlPlane(sim);
        MetricsServer metrics = new MetricsServer(sim, List.of(service), 15);
        plane.add(metrics);
        sim.at(OFFSET_SECONDS, "start load", () -> {
            send(sim, service);
            sim.every(GAP_SECONDS, "load", () -> send(sim, service));
        });
        return new Run(sim, service, metrics);
    }

    private static void send(Simulation sim, Service service) {
        service.handleOn(service.pods().get(0), 0, new Request(sim.now(), 0, CLIENT), outcome -> { });
    }

    /** ∫ over [from, to] of the app's working set and of its excess over the request, divided by the window. */
    private static double[] means(Run run, double from, double to) {
        double[] at = new double[4];
        run.sim().at(from, "read", () -> {
            at[0] = run.pod().appMemoryMiBSeconds();
            at[1] = run.pod().appMemoryAboveRequestMiBSeconds();
        });
        run.sim().at(to, "read", () -> {
            at[2] = run.pod().appMemoryMiBSeconds();
            at[3] = run.pod().appMemoryAboveRequestMiBSeconds();
        });
        run.sim().run();
        return new double[] {(at[2] - at[0]) / (to - from), (at[3] - at[1]) / (to - from)};
    }

    @Test
    void meanWorkingSetIsBasePlusPerRequestTimesLittlesL() {
        Run run = run(new PodShape(8, 2048, 100, 8, 256, new MemoryUsage(100, 4)), Requests.NONE);
        double[] mean = means(run, 20, 120);
        assertThat(mean[0]).isCloseTo(100 + 4 * (WORK_SECONDS / GAP_SECONDS), within(1e-6));
        assertThat(mean[1]).as("never above the 256 MiB request").isZero();
    }

    /**
     * Limit 114 MiB: 3 in the pod is 112 MiB, 4 would be 116 and is capped at 114, so the mean is 113. Above the
     * 110 MiB request by 2 and 4 MiB, half the time each: 3 MiB on average, what OpenCost charges beyond the request.
     */
    @Test
    void workingSetIsCappedAtTheLimit() {
        Run run = run(new PodShape(8, 114, 100, 8, 110, new MemoryUsage(100, 4)), Requests.NONE);
        double[] mean = means(run, 20, 120);
        assertThat(mean[0]).isCloseTo(113, within(1e-6));
        assertThat(mean[1]).isCloseTo(3, within(1e-6));
    }

    /**
     * metrics-server reads the working set at the scrape instant (no window average), the whole pod's: the app's
     * base + perRequest × requests in it then, plus the sidecar at its memory request.
     */
    @Test
    void metricsServerReadsTheWorkingSetAtTheScrapeInstant() {
        Run run = run(new PodShape(8, 2048, 100, 8, 256, new MemoryUsage(100, 4)), Requests.ISTIO_PROXY);
        List<double[]> seen = new ArrayList<>();
        for (int scrape = 1; scrape <= 10; scrape++) {
            double t = 15.0 * scrape + 0.001; // after the scrape, before the next change
            run.sim().at(t, "read", () -> seen.add(new double[] {run.metrics().usage(run.pod()).memoryMiB(),
                    100 + 4 * run.pod().activeRequests() + Requests.ISTIO_PROXY.memoryMiB(),
                    run.pod().memoryWorkingSetMiB()}));
        }
        run.sim().run();
        assertThat(seen).hasSize(10);
        for (double[] s : seen) {
            assertThat(s[0]).isEqualTo(s[1]).isEqualTo(s[2]);
            assertThat(s[0]).isIn(100 + 12 + 128.0, 100 + 16 + 128.0);
        }
    }

    @Test
    void withoutAModelThePodHasNoMemoryReading() {
        Run run = run(new PodShape(8, 2048, 100), Requests.NONE);
        List<Object> seen = new ArrayList<>();
        run.sim().at(30.001, "read", () -> seen.add(run.metrics().usage(run.pod()).memoryMiB()));
        run.sim().run();
        assertThat(run.pod().memoryUsageModelled()).isFalse();
        assertThat(seen).containsExactly((Object) null);
    }
}
