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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.BlueGreenRelease;
import io.cloudmart.sim.model.rollout.PreviewTest;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.VersionMetric;
import io.cloudmart.sim.model.rollout.analysis.ConditionExpression;
import io.cloudmart.sim.model.rollout.analysis.ConditionParser;
import io.cloudmart.sim.model.rollout.analysis.ConditionSyntaxException;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
import io.cloudmart.sim.model.rollout.canary.BlueGreenSpec;
import io.cloudmart.sim.model.rollout.canary.CanaryScale;
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

    /**
     * An AnalysisTemplate: its metrics, and its {@code dryRun} rules, which Argo merges over every template of a run
     * and matches against all the run's metrics ({@code MergeDryRunMetrics}, {@code GetDryRunMetrics} in
     * {@code utils/analysis/helpers.go}: {@code regexp.MatchString}, so a rule matches anywhere in a name).
     */
    private record Template(List<AnalysisMetric> metrics, List<Pattern> dryRun) {
    }

    RolloutBinder(Binding b) {
        this.b = b;
    }

    /**
     * The rollouts of {@code top}, in file order; empty without a {@code rollouts} section or after a problem (which
     * is then reported).
     */
    List<RolloutConfig> rollouts(Fields top, Map<String, ServiceSpec> services, boolean hasMesh,
                                 Map<String, ServiceCapacitySpec> capacities) {
        Map<String, Template> templates = b.named(top, "analysisTemplates", false, "analysis template",
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

    private Template template(Fields f) {
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
        return new Template(metrics, dryRun(f, names));
    }

    /** The template's {@code dryRun} rules; each must match one of its metrics, as Argo requires of a run's. */
    private List<Pattern> dryRun(Fields f, Set<String> metricNames) {
        List<Pattern> rules = new ArrayList<>();
        List<JsonNode> elements = f.elements("dryRun");
        for (int i = 0; i < elements.size(); i++) {
            Fields r = b.fields(elements.get(i), f.pathOf("dryRun") + "." + i);
            String rule = b.read(r, RolloutSchema.DRY_RUN_METRIC);
            if (rule == null) {
                continue; // reported
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(rule);
            } catch (PatternSyntaxException e) {
                r.wrong("metricName", "'" + SafeText.shown(rule) + "' is not a regular expression (" + e.getDescription()
                        + "); write a metric's name, or '.*' for all");
                continue;
            }
            if (metricNames.stream().noneMatch(name -> pattern.matcher(name).find())) {
                r.wrong("metricName", "'" + SafeText.shown(rule) + "' matches no metric of this template (Argo: \"Rule"
                        + " didn't match any metric name(s)\"); there are " + metricNames);
                continue;
            }
            rules.add(pattern);
        }
        return rules;
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
        Long successLimit = b.read(m, RolloutSchema.CONSECUTIVE_SUCCESS_LIMIT);
        if (name == null || versionMetric == null || window == null || initialDelay == null || success == null
                || failure == null || failureLimit == null || inconclusiveLimit == null || errorLimit == null
                || successLimit == null
                || m.has("interval") && interval == null || m.has("count") && count == null) {
            return null; // reported
        }
        try {
            MetricSpec spec = new MetricSpec(name, interval == null ? OptionalDouble.empty() : OptionalDouble.of(interval),
                    count == null ? MetricSpec.COUNT_UNSET : count.intValue(), initialDelay, success, failure,
                    failureLimit.intValue(), inconclusiveLimit.intValue(), errorLimit.intValue(),
                    successLimit.intValue(), false);
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
                                  Map<String, Template> templates,
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
            if (capacity != null && capacity.vpa() != null) {
                f.wrong("service", "service " + service + " has a 'vpa'; a VPA over a Rollout is not modelled (its"
                        + " updater would evict the pods of both versions while the canary's replica math counts"
                        + " them), so remove the 'vpa' or the rollout; an 'hpa' beside a rollout scales its replicas");
            }
        }
        Double startAt = f.has("startAt") ? b.read(f, RolloutSchema.START_AT) : RolloutConfig.AT_GITOPS_SYNC;
        Long replicas = b.read(f, RolloutSchema.REPLICAS);
        if (f.written("blueGreen")) {
            if (f.written("steps")) {
                return f.wrong("blueGreen", "a rollout is a canary ('steps') or blue-green ('blueGreen'), not both;"
                        + " remove one");
            }
            ServiceCapacitySpec capacity = service == null ? null : capacities.get(service);
            if (capacity != null && capacity.hpa() != null) {
                return f.wrong("service", "service " + service + " has an 'hpa'; an HPA beside a blue-green rollout is"
                        + " not modelled (here only a canary's replica math splits what an HPA asks for), so remove the"
                        + " 'hpa' or release it as a canary ('steps')");
            }
            return blueGreenRollout(f, name, service, spec, stable, canary, startAt, replicas, services, templates);
        }
        List<CanaryStep> steps = new ArrayList<>();
        Map<Integer, List<AnalysisMetric>> analyses = new LinkedHashMap<>();
        List<JsonNode> elements = f.elements("steps");
        if (elements.isEmpty()) {
            if (f.has("steps")) {
                f.wrong("steps", "must list at least one step, e.g. '- setWeight: 20'");
            } else {
                f.missingAlternative("missing required field 'steps' (a canary's) or 'blueGreen'",
                        List.of("steps", "blueGreen"));
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
        Long deadline = b.read(f, RolloutSchema.PROGRESS_DEADLINE);
        Boolean deadlineAbort = b.read(f, RolloutSchema.PROGRESS_DEADLINE_ABORT);
        List<AnalysisMetric> background = List.of();
        Long startingStep = null;
        if (f.has("analysis")) {
            Fields a = b.section(f, "analysis");
            background = runMetrics(a, "background analysis", templates);
            startingStep = a.has("startingStep") ? b.read(a, RolloutSchema.STARTING_STEP) : Long.valueOf(0);
            if (startingStep != null && !elements.isEmpty() && startingStep >= elements.size()) {
                startingStep = a.wrong("startingStep", "the steps are numbered 0 to " + (elements.size() - 1)
                        + ", got " + startingStep);
            }
        }
        List<Double> promote = promoteTimes(f, startAt);
        if (b.problems.hasIssues() || spec == null || startAt == null || steps.size() != elements.size()
                || scaleDownDelay == null || dynamic == null || deadline == null || deadlineAbort == null
                || f.has("analysis") && (background == null || startingStep == null)
                || f.has("replicas") && replicas == null
                || f.has("abortScaleDownDelaySeconds") && abortDelay == null) {
            return null; // reported
        }
        int pods = replicas != null ? replicas.intValue() : spec.versions().get(stable).replicas();
        CanarySpec canarySpec = new CanarySpec(pods, steps, dynamic, RolloutDefaults.MAX_TRAFFIC_WEIGHT,
                abortDelay == null ? OptionalInt.empty() : OptionalInt.of(abortDelay.intValue()), scaleDownDelay.intValue(),
                deadline.intValue(), deadlineAbort, f.has("analysis")
                ? Optional.of(new CanarySpec.BackgroundAnalysis(startingStep.intValue())) : Optional.empty());
        return new RolloutConfig(name, service, stable, canary, startAt, canarySpec, analyses, promote, background);
    }

    /** The times of {@code promote}, checked to ascend. */
    private List<Double> promoteTimes(Fields f, Double startAt) {
        List<Double> promote = b.list(f, "promote", RolloutSchema.PROMOTE_AT);
        for (int k = 0; startAt != null && Double.isFinite(startAt) && k < promote.size(); k++) {
            if (promote.get(k) <= startAt) {
                b.problems.at(f.pathOf("promote") + "." + k, "a promote acts on an update under way; this one at "
                        + Units.formatDuration(promote.get(k)) + " comes before the update begins at 'startAt' ("
                        + Units.formatDuration(startAt) + ")");
            }
        }
        for (int k = 1; k < promote.size(); k++) {
            if (promote.get(k) < promote.get(k - 1)) {
                b.problems.at(f.pathOf("promote") + "." + k, "the promote times must be in ascending order ("
                        + Units.formatDuration(promote.get(k)) + " comes after " + Units.formatDuration(promote.get(k - 1)) + ")");
            }
        }
        return promote;
    }

    /**
     * A blue-green rollout: {@code blueGreen}'s fields under Argo's names, the two Kubernetes Service names (the
     * active one is the rollout's service, the preview one a name of its own) and the preview test.
     */
    private RolloutConfig blueGreenRollout(Fields f, String name, String service, ServiceSpec spec, String stable,
                                           String canary, Double startAt, Long replicas,
                                           Map<String, ServiceSpec> services,
                                           Map<String, Template> templates) {
        for (String field : RolloutSchema.CANARY_ONLY) {
            if (f.written(field)) {
                f.wrong(field, "'" + field + "' is a canary's field; a blue-green rollout reads its own under"
                        + " 'blueGreen'" + (field.endsWith("DelaySeconds") ? " ('blueGreen." + field + "')" : ""));
            }
        }
        Fields g = b.section(f, "blueGreen");
        if (!f.has("blueGreen")) {
            f.missing("blueGreen");
        }
        String active = b.read(g, RolloutSchema.ACTIVE_SERVICE);
        if (active != null && service != null && !active.equals(service)) {
            g.wrong("activeService", "the active Service is the one callers reach, the rollout's service '"
                    + SafeText.shown(service) + "'; got '" + SafeText.shown(active) + "'");
        }
        String previewService = b.read(g, RolloutSchema.PREVIEW_SERVICE);
        if (previewService != null && !Binding.NAME.matcher(previewService).matches()) {
            previewService = g.wrong("previewService", "'" + SafeText.shown(previewService) + "' is not a valid"
                    + " Kubernetes Service name; " + Binding.NAME_RULE);
        } else if (previewService != null && services.containsKey(previewService)) {
            g.wrong("previewService", "'" + SafeText.shown(previewService) + "' is a service of 'services'; the"
                    + " preview Service is another Kubernetes Service over the preview pods: give it a name of its"
                    + " own, e.g. '" + SafeText.shown(service == null ? "api" : service) + "-preview'");
        }
        List<AnalysisMetric> pre = List.of();
        if (g.written("prePromotionAnalysis")) {
            pre = runMetrics(b.section(g, "prePromotionAnalysis"), "pre-promotion analysis", templates);
        }
        Boolean auto = b.read(g, RolloutSchema.AUTO_PROMOTION_ENABLED);
        Long autoSeconds = b.read(g, RolloutSchema.AUTO_PROMOTION_SECONDS);
        if (Boolean.FALSE.equals(auto) && autoSeconds != null) {
            g.wrong("autoPromotionSeconds", "Argo ignores it with 'autoPromotionEnabled: false' (the rollout waits"
                    + " for a promote); remove one of the two");
        }
        Long previewCount = b.read(g, RolloutSchema.PREVIEW_REPLICA_COUNT);
        Long scaleDown = b.read(g, RolloutSchema.BLUE_GREEN_SCALE_DOWN_DELAY);
        Long abortDelay = b.read(g, RolloutSchema.BLUE_GREEN_ABORT_SCALE_DOWN_DELAY);
        Optional<PreviewTest> test = Optional.empty();
        if (g.written("previewTest")) {
            Fields t = b.section(g, "previewTest");
            String endpoint = b.read(t, RolloutSchema.TEST_ENDPOINT);
            Double rate = b.read(t, RolloutSchema.TEST_RATE);
            if (endpoint != null && spec != null && !spec.endpoints().containsKey(endpoint)) {
                endpoint = t.wrong("endpoint", "service " + service + " has no endpoint '" + SafeText.shown(endpoint)
                        + "'; there are " + spec.endpoints().keySet());
            }
            test = endpoint == null || rate == null ? null : Optional.of(new PreviewTest(endpoint, rate));
        }
        List<Double> promote = promoteTimes(f, startAt);
        if (b.problems.hasIssues() || spec == null || startAt == null || active == null || previewService == null
                || pre == null || auto == null || scaleDown == null || abortDelay == null || test == null
                || f.has("replicas") && replicas == null) {
            return null; // reported
        }
        int pods = replicas != null ? replicas.intValue() : spec.versions().get(stable).replicas();
        BlueGreenSpec blueGreen = new BlueGreenSpec(pods,
                previewCount == null ? OptionalInt.empty() : OptionalInt.of(previewCount.intValue()), auto,
                autoSeconds == null ? 0 : autoSeconds.intValue(), scaleDown.intValue(), abortDelay.intValue(),
                !pre.isEmpty());
        return RolloutConfig.blueGreen(name, service, stable, canary, startAt,
                new BlueGreenRelease(blueGreen, active, previewService, pre, test), promote);
    }

    /** Reports {@code version} when {@code service} has no such version (shared with {@link FlaggerBinder}). */
    void version(Fields f, String field, String version, String service, ServiceSpec spec) {
        if (version != null && !spec.versions().containsKey(version)) {
            f.wrong(field, "service " + service + " has no version '" + SafeText.shown(version) + "'; there are "
                    + spec.versions().keySet() + (spec.versions().containsKey(VersionSpec.DEFAULT_NAME)
                    && spec.versions().size() == 1 ? " (declare both under its 'versions')" : ""));
        }
    }

    /** One step: exactly one of setWeight, pause, analysis; null after reporting a problem. */
    private CanaryStep step(Fields s, int index, Map<String, Template> templates,
                            Map<Integer, List<AnalysisMetric>> analyses) {
        List<String> kinds = RolloutSchema.STEP_KINDS.stream().filter(s::written).toList();
        if (kinds.size() != 1) {
            if (kinds.isEmpty()) {
                s.missingAlternative("a step is one of 'setWeight: 20', 'pause: {duration: 1m}' (or 'pause: {}'), "
                        + "'analysis: {templates: [{templateName: …}]}', 'setCanaryScale: {replicas: 2}'",
                        RolloutSchema.STEP_KINDS);
            } else {
                s.wrong(kinds.get(1), "a step is exactly one of setWeight, pause, analysis, setCanaryScale; this one has both '"
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
            case "setCanaryScale" -> {
                CanaryScale scale = canaryScale(b.section(s, "setCanaryScale"));
                return scale == null ? null : new CanaryStep.SetCanaryScale(scale);
            }
            default -> {
                List<AnalysisMetric> metrics = runMetrics(b.section(s, "analysis"), "step", templates);
                if (metrics == null) {
                    return null;
                }
                analyses.put(index, metrics);
                return new CanaryStep.Analysis();
            }
        }
    }

    /**
     * {@code setCanaryScale}: exactly one of weight, replicas, {@code matchTrafficWeight: true} ([CHOICE]: Argo reads
     * replicas before weight when both are set, {@code GetCanaryReplicasOrWeight}; a file with both is a mistake).
     */
    private CanaryScale canaryScale(Fields c) {
        List<String> kinds = RolloutSchema.SCALE_KINDS.stream().filter(c::written).toList();
        if (kinds.size() != 1) {
            if (kinds.isEmpty()) {
                c.missingAlternative("setCanaryScale is one of '{weight: 40}', '{replicas: 2}', '{matchTrafficWeight:"
                        + " true}'", RolloutSchema.SCALE_KINDS);
            } else {
                c.wrong(kinds.get(1), "setCanaryScale is exactly one of weight, replicas, matchTrafficWeight; this one"
                        + " has both '" + kinds.get(0) + "' and '" + kinds.get(1) + "'");
            }
            return null;
        }
        switch (kinds.get(0)) {
            case "weight" -> {
                Long weight = c.has("weight") ? b.read(c, RolloutSchema.SCALE_WEIGHT) : c.missing("weight");
                return weight == null ? null : new CanaryScale.Weight(weight.intValue());
            }
            case "replicas" -> {
                Long replicas = c.has("replicas") ? b.read(c, RolloutSchema.SCALE_REPLICAS) : c.missing("replicas");
                return replicas == null ? null : new CanaryScale.Replicas(replicas.intValue());
            }
            default -> {
                Boolean match = c.has("matchTrafficWeight") ? b.read(c, RolloutSchema.MATCH_TRAFFIC_WEIGHT)
                        : c.missing("matchTrafficWeight");
                if (match == null) {
                    return null;
                }
                return match ? new CanaryScale.MatchTrafficWeight() : c.wrong("matchTrafficWeight", "only 'true' has"
                        + " a meaning (pods follow the traffic weight again); remove the step instead of writing false");
            }
        }
    }

    /**
     * The metrics of one AnalysisRun from its {@code templates} (a step's or the background one): every template
     * exists, metric names are unique across them, and the templates' dryRun rules apply to all of them. Null after
     * reporting a problem.
     */
    private List<AnalysisMetric> runMetrics(Fields a, String what, Map<String, Template> templates) {
        List<JsonNode> refs = a.elements("templates");
        if (refs.isEmpty()) {
            return a.has("templates") ? a.wrong("templates", "must name at least one template")
                    : a.missing("templates");
        }
        List<AnalysisMetric> metrics = new ArrayList<>();
        List<Pattern> dryRun = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            Fields r = b.fields(refs.get(i), a.pathOf("templates") + "." + i);
            String name = b.read(r, RolloutSchema.TEMPLATE_NAME);
            if (name == null) {
                return null;
            }
            Template template = templates.get(name);
            if (template == null) {
                return r.wrong("templateName", "no analysis template named '" + SafeText.shown(name)
                        + "'; there are " + templates.keySet() + " under 'analysisTemplates'");
            }
            for (AnalysisMetric metric : template.metrics()) {
                if (!names.add(metric.spec().name())) {
                    return r.wrong("templateName", "metric '" + metric.spec().name() + "' comes from two"
                            + " templates of this " + what + "; names are unique within an AnalysisRun");
                }
                metrics.add(metric);
            }
            dryRun.addAll(template.dryRun());
        }
        return metrics.stream().map(m -> dryRun.stream().anyMatch(rule -> rule.matcher(m.spec().name()).find())
                ? new AnalysisMetric(m.spec().asDryRun(), m.metric(), m.windowSeconds()) : m).toList();
    }
}
