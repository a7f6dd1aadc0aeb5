package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.rollout.FlaggerMetric;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.analysis.FlaggerAnalysisSpec;
import io.cloudmart.sim.model.service.VersionMetrics;
import io.cloudmart.sim.scenario.spec.ServiceCapacitySpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;

/**
 * Binds what {@link FlaggerSchema} declares: {@code canaries} into {@link FlaggerConfig}s. Relations are checked
 * here: the service and its two versions exist, a mesh routes the traffic, no other release owns the service or
 * the name, exactly one of {@code stepWeight} and {@code stepWeights} (ascending, without {@code maxWeight}), each
 * metric's range has a bound (a success rate at most 100, min not above max).
 */
final class FlaggerBinder {
    private final Binding b;
    private final RolloutBinder rollouts;

    FlaggerBinder(Binding b) {
        this.b = b;
        this.rollouts = new RolloutBinder(b);
    }

    /**
     * The canaries of {@code top}, in file order; empty without a {@code canaries} section or after a problem (which
     * is then reported). {@code argo} are the scenario's Argo rollouts, which share the names and the services.
     */
    List<FlaggerConfig> canaries(Fields top, Map<String, ServiceSpec> services, boolean hasMesh,
                                 Map<String, ServiceCapacitySpec> capacities, List<RolloutConfig> argo) {
        if (!top.has("canaries")) {
            return List.of();
        }
        if (!hasMesh) {
            top.wrong("canaries", "a Flagger canary shifts traffic through the mesh's weights (Flagger's provider"
                    + " istio); add a 'mesh' section");
        }
        Map<String, FlaggerConfig> canaries = b.named(top, "canaries", false, "canary", Binding.NAME,
                (f, name) -> canary(f, name, services, capacities));
        Set<String> names = new HashSet<>();
        Set<String> released = new HashSet<>();
        argo.forEach(r -> {
            names.add(r.name());
            released.add(r.service());
        });
        canaries.forEach((name, canary) -> {
            String path = top.pathOf("canaries") + "." + name;
            if (names.contains(name)) {
                b.problems.at(path, "'" + name + "' also names a rollout; rollouts and canaries share"
                        + " results.json's 'rollouts', so their names are unique across both");
            } else if (canary != null && !released.add(canary.service())) {
                b.problems.at(Locations.child(path, "service"), "service " + canary.service() + " has another"
                        + " rollout or canary; one release owns a service's pods");
            }
        });
        if (b.problems.hasIssues()) {
            return List.of();
        }
        return List.copyOf(canaries.values());
    }

    private FlaggerConfig canary(Fields f, String name, Map<String, ServiceSpec> services,
                                 Map<String, ServiceCapacitySpec> capacities) {
        String service = b.read(f, RolloutSchema.SERVICE);
        String primary = b.read(f, FlaggerSchema.STABLE_VERSION);
        String canary = b.read(f, FlaggerSchema.CANARY_VERSION);
        ServiceSpec spec = service == null ? null : services.get(service);
        if (service != null && spec == null) {
            f.wrong("service", "no service named '" + SafeText.shown(service) + "'; there are " + services.keySet());
        } else if (spec != null) {
            rollouts.version(f, "stableVersion", primary, service, spec);
            rollouts.version(f, "canaryVersion", canary, service, spec);
            if (primary != null && primary.equals(canary)) {
                f.wrong("canaryVersion", "the canary version must differ from the stable version ('"
                        + SafeText.shown(primary) + "')");
            }
            ServiceCapacitySpec capacity = capacities.get(service);
            if (capacity != null && (capacity.hpa() != null || capacity.vpa() != null)) {
                f.wrong("service", "service " + service + " has an autoscaler; an HPA or VPA beside a Flagger canary"
                        + " is not modelled, so remove its 'hpa' / 'vpa' or the canary");
            }
        }
        Double startAt = b.read(f, FlaggerSchema.START_AT);
        Long replicas = b.read(f, RolloutSchema.REPLICAS);
        FlaggerAnalysisSpec analysis = f.has("analysis") ? analysis(b.section(f, "analysis")) : f.missing("analysis");
        List<FlaggerMetric> metrics = f.has("analysis") ? metrics(b.section(f, "analysis")) : List.of();
        Long deadline = b.read(f, FlaggerSchema.PROGRESS_DEADLINE);
        Boolean skip = b.read(f, FlaggerSchema.SKIP_ANALYSIS);
        if (b.problems.hasIssues() || spec == null || startAt == null || analysis == null || metrics == null
                || deadline == null || skip == null || f.has("replicas") && replicas == null) {
            return null; // reported
        }
        int pods = replicas != null ? replicas.intValue() : spec.versions().get(primary).replicas();
        return new FlaggerConfig(name, service, primary, canary, startAt, pods, analysis, metrics, deadline, skip);
    }

    private FlaggerAnalysisSpec analysis(Fields a) {
        Double interval = b.read(a, FlaggerSchema.INTERVAL);
        Long threshold = b.read(a, FlaggerSchema.THRESHOLD);
        Long stepWeight = b.read(a, FlaggerSchema.STEP_WEIGHT);
        Long maxWeight = b.read(a, FlaggerSchema.MAX_WEIGHT);
        List<Long> stepWeights = b.list(a, "stepWeights", FlaggerSchema.STEP_WEIGHTS_ELEMENT);
        boolean fixed = a.written("stepWeight");
        boolean listed = a.written("stepWeights");
        if (fixed && listed) {
            return a.wrong("stepWeights", "give either 'stepWeight' (a fixed step up to 'maxWeight') or 'stepWeights'"
                    + " (the weights to go through), not both");
        }
        if (!fixed && !listed) {
            a.missingAlternative("missing 'stepWeight' or 'stepWeights': how the canary's weight grows, e.g."
                    + " 'stepWeight: 10' or 'stepWeights: [5, 10, 25, 50]'", List.of("stepWeight", "stepWeights"));
            return null;
        }
        if (listed) {
            if (a.has("maxWeight")) {
                return a.wrong("maxWeight", "with 'stepWeights' the last of them is the maximum weight; remove"
                        + " 'maxWeight'");
            }
            if (a.elements("stepWeights").isEmpty()) {
                return a.wrong("stepWeights", "must list at least one weight, e.g. [10, 50]");
            }
            for (int i = 1; i < stepWeights.size(); i++) {
                if (stepWeights.get(i) <= stepWeights.get(i - 1)) {
                    b.problems.at(a.pathOf("stepWeights") + "." + i, "the step weights must ascend ("
                            + stepWeights.get(i) + " comes after " + stepWeights.get(i - 1) + ")");
                    return null;
                }
            }
        }
        if (interval == null || threshold == null || fixed && stepWeight == null
                || listed && stepWeights.size() != a.elements("stepWeights").size()
                || a.has("maxWeight") && maxWeight == null) {
            return null; // reported
        }
        return new FlaggerAnalysisSpec(interval, threshold.intValue(), fixed ? stepWeight.intValue() : 0,
                maxWeight != null ? maxWeight.intValue() : FlaggerAnalysisSpec.TOTAL_WEIGHT,
                stepWeights.stream().map(Long::intValue).toList(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** The metrics in order; null after reporting a problem. */
    private List<FlaggerMetric> metrics(Fields a) {
        List<FlaggerMetric> metrics = new ArrayList<>();
        List<JsonNode> elements = a.elements("metrics");
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            FlaggerMetric metric = metric(b.fields(elements.get(i), a.pathOf("metrics") + "." + i));
            if (metric == null) {
                ok = false;
            } else {
                metrics.add(metric);
            }
        }
        return ok ? metrics : null;
    }

    private FlaggerMetric metric(Fields m) {
        String name = b.read(m, FlaggerSchema.METRIC_NAME);
        Double interval = b.read(m, FlaggerSchema.METRIC_INTERVAL);
        if (interval != null && interval > VersionMetrics.HORIZON_SECONDS) {
            interval = m.wrong("interval", "at most " + Units.formatDuration(VersionMetrics.HORIZON_SECONDS) + ": the"
                    + " version's metrics are kept that long, got " + Units.formatDuration(interval));
        }
        if (!m.has("thresholdRange")) {
            return m.missing("thresholdRange");
        }
        Fields r = b.section(m, "thresholdRange");
        Double min = b.read(r, FlaggerSchema.MIN);
        Double max = b.read(r, FlaggerSchema.MAX);
        if (!r.has("min") && !r.has("max")) {
            r.missingAlternative("a threshold range needs 'min' or 'max' (or both), e.g. '{min: 99}' for a success"
                    + " rate or '{max: 500}' for a duration in ms", List.of("min", "max"));
            return null;
        }
        if (name == null || interval == null || r.has("min") && min == null || r.has("max") && max == null) {
            return null; // reported
        }
        FlaggerMetric.Name which = java.util.Arrays.stream(FlaggerMetric.Name.values())
                .filter(n -> n.fieldValue().equals(name)).findFirst().orElseThrow();
        if (which == FlaggerMetric.Name.REQUEST_SUCCESS_RATE) {
            for (String bound : List.of("min", "max")) {
                Double value = bound.equals("min") ? min : max;
                if (value != null && value > 100) {
                    return r.wrong(bound, "request-success-rate is a percentage of answers that are not 5xx, so at"
                            + " most 100, got " + Units.plain(value));
                }
            }
        }
        if (min != null && max != null && min > max) {
            return r.wrong("max", "max (" + Units.plain(max) + ") is below min (" + Units.plain(min) + "): no value"
                    + " would pass");
        }
        return new FlaggerMetric(which, min == null ? OptionalDouble.empty() : OptionalDouble.of(min),
                max == null ? OptionalDouble.empty() : OptionalDouble.of(max), interval);
    }
}
