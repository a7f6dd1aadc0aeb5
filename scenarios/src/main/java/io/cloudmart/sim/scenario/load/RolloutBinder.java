package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.VersionMetric;
import io.cloudmart.sim.model.rollout.analysis.ConditionExpression;
import io.cloudmart.sim.model.rollout.analysis.ConditionParser;
import io.cloudmart.sim.model.rollout.analysis.ConditionSyntaxException;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
import io.cloudmart.sim.model.rollout.canary.CanarySpec;
import io.cloudmart.sim.model.rollout.canary.CanaryStep;
import io.cloudmart.sim.model.rollout.canary.RolloutDefaults;
import io.cloudmart.sim.model.service.VersionMetrics;
import io.cloudmart.sim.scenario.spec.ServiceCapacitySpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;

/**
 * Binds what {@link RolloutSchema} declares: {@code analysisTemplates} into metrics and {@code rollouts} into
 * {@link RolloutConfig}s. Relations are checked here: the service and its two versions exist, a mesh routes the
 * traffic, each step is exactly one kind, templates named by a step exist and their metric names are unique within
 * the run, conditions parse (the message gives the condition's own column), promote times ascend.
 */
final class RolloutBinder {
    private final Binding b;

    RolloutBinder(Binding b) {
        this.b = b;
    }

    /**
     * The rollouts of {@code top}, in file order; empty without a {@code rollouts} section or after a problem (which
     * is then reported).
     */
    List<RolloutConfig> rollouts(Fields top, Map<String, ServiceSpec> services, boolean hasMesh,
                                 Map<String, ServiceCapacitySpec> capacities) {
        Map<String, List<AnalysisMetric>> templates = b.named(top, "analysisTemplates", false, "analysis template",
                Binding.LOCAL_NAME, (f, name) -> template(f));
        if (!top.has("rollouts")) {
            if (top.has("analysisTemplates")) {
                top.wrong("analysisTemplates", "analysis templates are read by the analysis steps of 'rollouts', and"
                        + " there is none; add a rollout or remove this section");
            }
            return List.of();
        }
        if (!hasMesh) {
            top.wrong("rollouts", "a rollout shifts traffic through the mesh's weights (Argo's trafficRouting.istio);"
                    + " add a 'mesh' section");
        }
        Map<String, RolloutConfig> rollouts = b.named(top, "rollouts", false, "rollout", Binding.NAME,
                (f, name) -> rollout(f, name, services, templates, capacities));
        Set<String> rolled = new HashSet<>();
        rollouts.forEach((name, rollout) -> {
            if (rollout != null && !rolled.add(rollout.service())) {
                b.problems.at(Locations.child(top.pathOf("rollouts") + "." + name, "service"), "service "
                        + rollout.service() + " has another rollout; one Rollout owns a service's pods");
            }
        });
        if (b.problems.hasIssues()) {
            return List.of();
        }
        return List.copyOf(rollouts.values());
    }

    private List<AnalysisMetric> template(Fields f) {
        List<AnalysisMetric> metrics = new ArrayList<>();
        List<JsonNode> elements = f.elements("metrics");
        if (elements.isEmpty()) {
            if (f.has("metrics")) {
                f.wrong("metrics", "must list at least one metric");
            } else {
                f.missing("metrics");
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            Fields m = b.fields(elements.get(i), f.pathOf("metrics") + "." + i);
            AnalysisMetric metric = metric(m);
            if (metric != null) {
                if (!names.add(metric.spec().name())) {
                    m.wrong("name", "metric '" + SafeText.shown(metric.spec().name()) + "' is named twice in this"
                            + " template; names are unique within an AnalysisRun");
                }
                metrics.add(metric);
            }
        }
        return metrics;
    }

    private AnalysisMetric metric(Fields m) {
        String name = b.read(m, RolloutSchema.METRIC_NAME);
        Fields p = b.section(m, "provider");
        if (!m.has("provider")) {
            m.missing("provider");
        }
        String versionMetric = b.read(p, RolloutSchema.VERSION_METRIC);
        Double window = b.read(p, RolloutSchema.WINDOW);
        if (window != null && window > VersionMetrics.HORIZON_SECONDS) {
            window = p.wrong("window", "at most " + Units.formatDuration(VersionMetrics.HORIZON_SECONDS) + ": the"
                    + " version's metrics are kept that long, got " + Units.formatDuration(window));
        }
        Double interval = b.read(m, RolloutSchema.INTERVAL);
        Long count = b.read(m, RolloutSchema.COUNT);
        Double initialDelay = b.read(m, RolloutSchema.INITIAL_DELAY);
        Optional<ConditionExpression> success = condition(m, RolloutSchema.SUCCESS_CONDITION);
        Optional<ConditionExpression> failure = condition(m, RolloutSchema.FAILURE_CONDITION);
        Long failureLimit = b.read(m, RolloutSchema.FAILURE_LIMIT);
        Long inconclusiveLimit = b.read(m, RolloutSchema.INCONCLUSIVE_LIMIT);
        Long errorLimit = b.read(m, RolloutSchema.CONSECUTIVE_ERROR_LIMIT);
        if (name == null || versionMetric == null || window == null || initialDelay == null || success == null
                || failure == null || failureLimit == null || inconclusiveLimit == null || errorLimit == null
                || m.has("interval") && interval == null || m.has("count") && count == null) {
            return null; // reported
        }
        try {
            MetricSpec spec = new MetricSpec(name, interval == null ? OptionalDouble.empty() : OptionalDouble.of(interval),
                    count == null ? MetricSpec.COUNT_UNSET : count.intValue(), initialDelay, success, failure,
                    failureLimit.intValue(), inconclusiveLimit.intValue(), errorLimit.intValue(),
                    MetricSpec.DEFAULT_CONSECUTIVE_SUCCESS_LIMIT, false);
            VersionMetric what = java.util.Arrays.stream(VersionMetric.values())
                    .filter(v -> v.fieldValue().equals(versionMetric)).findFirst().orElseThrow();
            return new AnalysisMetric(spec, what, window);
        } catch (IllegalArgumentException e) {
            b.problems.add(m.path(), Problems.Anchor.MAPPING, e.getMessage());
            return null;
        }
    }

    /** The condition of {@code field}; empty when absent, null after reporting it (with the condition's column). */
    private Optional<ConditionExpression> condition(Fields m, Field<String> field) {
        if (!m.has(field.name())) {
            return Optional.empty();
        }
        String text = b.read(m, field);
        if (text == null) {
            return null;
        }
        try {
            return Optional.of(ConditionExpression.parse(text));
        } catch (ConditionSyntaxException e) {
            return m.wrong(field.name(), "'" + SafeText.shown(text) + "' cannot be read at column " + e.column()
                    + " of the condition: " + e.problem() + ". " + ConditionParser.ALLOWED + ", e.g. 'result >= 0.95'");
        }
    }

    private RolloutConfig rollout(Fields f, String name, Map<String, ServiceSpec> services,
                                  Map<String, List<AnalysisMetric>> templates,
                                  Map<String, ServiceCapacitySpec> capacities) {
        String service = b.read(f, RolloutSchema.SERVICE);
        String stable = b.read(f, RolloutSchema.STABLE_VERSION);
        String canary = b.read(f, RolloutSchema.CANARY_VERSION);
        ServiceSpec spec = service == null ? null : services.get(service);
        if (service != null && spec == null) {
            f.wrong("service", "no service named '" + SafeText.shown(service) + "'; there are " + services.keySet());
        } else if (spec != null) {
            version(f, "stableVersion", stable, service, spec);
            version(f, "canaryVersion", canary, service, spec);
            if (stable != null && stable.equals(canary)) {
                f.wrong("canaryVersion", "the canary version must differ from the stable version ('"
                        + SafeText.shown(stable) + "')");
            }
            ServiceCapacitySpec capacity = capacities.get(service);
            if (capacity != null && (capacity.hpa() != null || capacity.vpa() != null)) {
                f.wrong("service", "service " + service + " has an autoscaler; an HPA or VPA over a Rollout is not"
                        + " modelled, so remove its 'hpa' / 'vpa' or the rollout");
            }
        }
        Double startAt = b.read(f, RolloutSchema.START_AT);
        Long replicas = b.read(f, RolloutSchema.REPLICAS);
        List<CanaryStep> steps = new ArrayList<>();
        Map<Integer, List<AnalysisMetric>> analyses = new LinkedHashMap<>();
        List<JsonNode> elements = f.elements("steps");
        if (elements.isEmpty()) {
            if (f.has("steps")) {
                f.wrong("steps", "must list at least one step, e.g. '- setWeight: 20'");
            } else {
                f.missing("steps");
            }
        } else if (elements.size() > RolloutSchema.MAX_STEPS) {
            f.wrong("steps", "at most " + RolloutSchema.MAX_STEPS + " steps, got " + elements.size());
        }
        for (int i = 0; i < elements.size(); i++) {
            Fields s = b.fields(elements.get(i), f.pathOf("steps") + "." + i);
            CanaryStep step = step(s, i, templates, analyses);
            if (step != null) {
                steps.add(step);
            }
        }
        Long abortDelay = b.read(f, RolloutSchema.ABORT_SCALE_DOWN_DELAY);
        Long scaleDownDelay = b.read(f, RolloutSchema.SCALE_DOWN_DELAY);
        Boolean dynamic = b.read(f, RolloutSchema.DYNAMIC_STABLE_SCALE);
        List<Double> promote = b.list(f, "promote", RolloutSchema.PROMOTE_AT);
        for (int k = 1; k < promote.size(); k++) {
            if (promote.get(k) < promote.get(k - 1)) {
                b.problems.at(f.pathOf("promote") + "." + k, "the promote times must be in ascending order ("
                        + Units.formatDuration(promote.get(k)) + " comes after " + Units.formatDuration(promote.get(k - 1)) + ")");
            }
        }
        if (b.problems.hasIssues() || spec == null || startAt == null || steps.size() != elements.size()
                || scaleDownDelay == null || dynamic == null || f.has("replicas") && replicas == null
                || f.has("abortScaleDownDelaySeconds") && abortDelay == null) {
            return null; // reported
        }
        int pods = replicas != null ? replicas.intValue() : spec.versions().get(stable).replicas();
        CanarySpec canarySpec = new CanarySpec(pods, steps, dynamic, RolloutDefaults.MAX_TRAFFIC_WEIGHT,
                abortDelay == null ? OptionalInt.empty() : OptionalInt.of(abortDelay.intValue()), scaleDownDelay.intValue(),
                RolloutDefaults.PROGRESS_DEADLINE_SECONDS, false, Optional.empty());
        return new RolloutConfig(name, service, stable, canary, startAt, canarySpec, analyses, promote, List.of());
    }

    private void version(Fields f, String field, String version, String service, ServiceSpec spec) {
        if (version != null && !spec.versions().containsKey(version)) {
            f.wrong(field, "service " + service + " has no version '" + SafeText.shown(version) + "'; there are "
                    + spec.versions().keySet() + (spec.versions().containsKey(VersionSpec.DEFAULT_NAME)
                    && spec.versions().size() == 1 ? " (declare both under its 'versions')" : ""));
        }
    }

    /** One step: exactly one of setWeight, pause, analysis; null after reporting a problem. */
    private CanaryStep step(Fields s, int index, Map<String, List<AnalysisMetric>> templates,
                            Map<Integer, List<AnalysisMetric>> analyses) {
        List<String> kinds = RolloutSchema.STEP_KINDS.stream().filter(s::written).toList();
        if (kinds.size() != 1) {
            if (kinds.isEmpty()) {
                s.missingAlternative("a step is one of 'setWeight: 20', 'pause: {duration: 1m}' (or 'pause: {}'), "
                        + "'analysis: {templates: [{templateName: …}]}'", RolloutSchema.STEP_KINDS);
            } else {
                s.wrong(kinds.get(1), "a step is exactly one of setWeight, pause, analysis; this one has both '"
                        + kinds.get(0) + "' and '" + kinds.get(1) + "': write them as two steps");
            }
            return null;
        }
        switch (kinds.get(0)) {
            case "setWeight" -> {
                Long weight = s.has("setWeight") ? b.read(s, RolloutSchema.SET_WEIGHT) : s.missing("setWeight");
                return weight == null ? null : new CanaryStep.SetWeight(weight.intValue()); // null: reported
            }
            case "pause" -> {
                Fields p = b.section(s, "pause");
                if (!p.has("duration")) {
                    return CanaryStep.Pause.indefinite();
                }
                Double seconds = b.read(p, RolloutSchema.PAUSE_DURATION);
                return seconds == null ? null : CanaryStep.Pause.forSeconds(seconds);
            }
            default -> {
                Fields a = b.section(s, "analysis");
                List<JsonNode> refs = a.elements("templates");
                if (refs.isEmpty()) {
                    return a.has("templates") ? a.wrong("templates", "must name at least one template")
                            : a.missing("templates");
                }
                List<AnalysisMetric> metrics = new ArrayList<>();
                Set<String> names = new HashSet<>();
                for (int i = 0; i < refs.size(); i++) {
                    Fields r = b.fields(refs.get(i), a.pathOf("templates") + "." + i);
                    String template = b.read(r, RolloutSchema.TEMPLATE_NAME);
                    if (template == null) {
                        return null;
                    }
                    List<AnalysisMetric> of = templates.get(template);
                    if (of == null) {
                        return r.wrong("templateName", "no analysis template named '" + SafeText.shown(template)
                                + "'; there are " + templates.keySet() + " under 'analysisTemplates'");
                    }
                    for (AnalysisMetric metric : of) {
                        if (!names.add(metric.spec().name())) {
                            return r.wrong("templateName", "metric '" + metric.spec().name() + "' comes from two"
                                    + " templates of this step; names are unique within an AnalysisRun");
                        }
                        metrics.add(metric);
                    }
                }
                analyses.put(index, metrics);
                return new CanaryStep.Analysis();
            }
        }
    }
}
