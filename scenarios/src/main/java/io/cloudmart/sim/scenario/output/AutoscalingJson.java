package io.cloudmart.sim.scenario.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The {@code autoscaling} block of results.json: per HorizontalPodAutoscaler its bounds, how often it
 * scaled each way, how long it sat at {@code maxReplicas} (from its scale decisions, whole run) and its
 * desired replicas over the measured time. Means over replications.
 */
final class AutoscalingJson {
    private AutoscalingJson() {
    }

    /** True when the scenario has an autoscaler, so the block is written. */
    static boolean applies(ScenarioSpec spec) {
        return spec.capacity().hasHpas();
    }

    static ObjectNode json(ScenarioSpec spec, Figures f) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        spec.capacity().services().forEach((service, capacity) -> {
            HpaSpec hpa = capacity.hpa();
            if (hpa == null) {
                return;
            }
            String controller = io.cloudmart.sim.model.control.HpaController.nameFor(service);
            ObjectNode s = n.putObject(service);
            s.put("minReplicas", hpa.minReplicas());
            s.put("maxReplicas", hpa.maxReplicas());
            ResultsJson.put(s, "scaleUps", mean(f, r -> count(r, controller, "scaleUp")));
            ResultsJson.put(s, "scaleDowns", mean(f, r -> count(r, controller, "scaleDown")));
            ResultsJson.put(s, "secondsAtMax", mean(f, r -> secondsAtMax(r, controller, hpa.maxReplicas(),
                    spec.services().get(service).replicas())));
            String key = ServiceMetrics.key(service, "desired");
            ObjectNode desired = s.putObject("desired");
            ResultsJson.put(desired, "min", f.of(m -> m.level(key).min()).mean());
            ResultsJson.put(desired, "max", f.of(m -> m.level(key).max()).mean());
            ResultsJson.put(desired, "mean", f.levelMean(key).mean());
        });
        return n;
    }

    private static double mean(Figures f, java.util.function.ToDoubleFunction<ReplicationResult> of) {
        return f.result().replications().stream().mapToDouble(of).average().orElse(Double.NaN);
    }

    private static double count(ReplicationResult r, String controller, String decision) {
        return r.controlEvents().stream().filter(e -> e.controller().equals(controller) && e.decision().equals(decision))
                .count();
    }

    /** Replays the scale decisions: the time desired replicas stood at {@code max}, until the run's end. */
    private static double secondsAtMax(ReplicationResult r, String controller, int max, int initial) {
        double end = r.stoppedEarly() ? r.earlyStop().timeSeconds() : r.settings().durationSeconds();
        int desired = initial;
        double since = 0;
        double atMax = 0;
        for (ControlEvent e : r.controlEvents()) {
            if (!e.controller().equals(controller) || e.decision().equals("held")) {
                continue;
            }
            if (desired >= max) {
                atMax += e.time() - since;
            }
            desired = ((Number) e.inputs().get("desiredReplicas")).intValue();
            since = e.time();
        }
        if (desired >= max) {
            atMax += end - since;
        }
        return atMax;
    }
}
