package io.cloudmart.sim.scenario.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.model.Shop;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;

/** Turns a validated scenario into the model ({@link Shop}) and the run settings of replication 0. */
public final class ShopAssembler {
    private ShopAssembler() {
    }

    public static Shop shop(ScenarioSpec spec) {
        List<ServiceConfig> services = new ArrayList<>();
        spec.services().forEach((name, service) -> services.add(service(name, service)));
        List<Stage> stages = spec.load().stages().stream()
                .map(s -> new Stage(s.durationSeconds(), s.ratePerSecond())).toList();
        List<Journey> journeys = new ArrayList<>();
        for (Map.Entry<String, JourneySpec> e : spec.load().journeys().entrySet()) {
            JourneySpec j = e.getValue();
            journeys.add(new Journey(e.getKey(), j.weight(), j.service(), j.endpoint()));
        }
        return new Shop(new LoadConfig(stages, journeys), services);
    }

    private static ServiceConfig service(String name, ServiceSpec spec) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, EndpointSpec> e : spec.endpoints().entrySet()) {
            endpoints.add(Endpoint.ofWork(e.getKey(), Distributions.of(e.getValue().work())));
        }
        PodShape pod = new PodShape(spec.pod().cpuCores(), spec.pod().memoryMiB(), spec.pod().concurrency());
        return new ServiceConfig(name, spec.replicas(), pod, endpoints);
    }

    /** Settings of replication 0; the runner derives the others. */
    public static RunSettings settings(ScenarioSpec spec) {
        return new RunSettings(spec.name(), spec.seed(), 0, spec.durationSeconds(), spec.warmupSeconds(),
                Buckets.DEFAULT_WIDTH_SECONDS);
    }

    /** Stage boundaries after t = 0, seconds, for chart markers. */
    public static List<Double> stageStarts(ScenarioSpec spec) {
        List<Double> starts = new ArrayList<>();
        double t = 0;
        List<StageSpec> stages = spec.load().stages();
        for (int i = 0; i < stages.size() - 1; i++) {
            t += stages.get(i).durationSeconds();
            if (t < spec.durationSeconds()) {
                starts.add(t);
            }
        }
        return starts;
    }
}
