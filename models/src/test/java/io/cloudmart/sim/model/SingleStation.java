package io.cloudmart.sim.model;

import java.util.List;

import io.cloudmart.sim.core.random.Distribution;
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

/** Test fixture: a shop of one service with one endpoint, driven by Poisson arrivals. */
final class SingleStation {
    private SingleStation() {
    }

    static Shop shop(double arrivalRate, Distribution work, int replicas, double cores, int concurrency) {
        ServiceConfig service = new ServiceConfig("api", replicas, new PodShape(cores, 512, concurrency),
                List.of(Endpoint.ofWork("get", work)));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, arrivalRate)),
                List.of(new Journey("browse", 1, "api", "get")));
        return new Shop(load, List.of(service));
    }

    static ExperimentResult run(Shop shop, long seed, double duration, double warmup, int replications) {
        RunSettings settings = new RunSettings("station", seed, 0, duration, warmup, 10);
        return ReplicationRunner.onAllCores().run(settings, replications, shop);
    }

    static Estimate meanLatency(ExperimentResult result) {
        return result.estimate(m -> m.tally("client.latency").mean());
    }
}
