package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.autoscale.hpa.MetricTarget;
import io.cloudmart.sim.model.autoscale.hpa.PodsMetricSource;
import io.cloudmart.sim.model.autoscale.hpa.ResourceMetricSource;
import io.cloudmart.sim.model.autoscale.hpa.ResourceName;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.VersionConfig;

/** What an HPA decision journals: every metric of a multi-metric HPA, target types as the API spells them. */
class HpaJournalTest {
    @Test
    void aScaleDecisionListsEveryMetricWithItsApiTargetType() {
        Simulation sim = new Simulation(new RunSettings("hpa", 1, 0, 400, 0, 10));
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 512, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(VersionConfig.stable(3)), List.of(), 30);
        Service service = new Service(config, sim);
        ControlPlane plane = new ControlPlane(sim);
        MetricsServer metrics = new MetricsServer(sim, List.of(service), 15);
        plane.add(metrics);
        Deployment deployment = new Deployment(service, config.versions().get(0), StartupSpec.defaults(),
                PodPlacer.UNLIMITED, sim);
        HpaSpec spec = new HpaSpec(1, 5, List.of(new ResourceMetricSource(ResourceName.CPU, MetricTarget.utilization(60)),
                new PodsMetricSource("requests_per_second", MetricTarget.averageValue(10))), null);
        plane.add(new HpaController(deployment, new Hpa(spec, HpaControllerSettings.defaults()), metrics, sim));
        List<ControlEvent> events = sim.run().controlEvents();
        // idle pods: both metrics propose the minimum; the legacy path's 300 s window delays the scale-down to 1
        ControlEvent down = events.stream().filter(e -> e.decision().equals("scaleDown")).findFirst().orElseThrow();
        assertThat(down.inputs()).containsEntry("currentReplicas", 3).containsEntry("desiredReplicas", 1);
        assertThat(down.inputs()).containsEntry("targetType", "Utilization");
        assertThat(down.inputs()).containsEntry("metrics.cpu.targetType", "Utilization")
                .containsEntry("metrics.cpu.target", 60.0)
                .containsEntry("metrics.requests_per_second.targetType", "AverageValue")
                .containsEntry("metrics.requests_per_second.target", 10.0)
                .containsKeys("metrics.cpu.proposal", "metrics.requests_per_second.proposal");
    }
}
