package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import java.util.List;

import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.autoscale.hpa.Policy;
import io.cloudmart.sim.model.autoscale.hpa.ResourceName;
import io.cloudmart.sim.model.autoscale.hpa.ScalingRules;
import io.cloudmart.sim.model.autoscale.vpa.RecommenderSettings;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;
import io.cloudmart.sim.model.control.MetricsServer;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;

/**
 * Capacity that moves: a pod's start-up and grace period, a service's HorizontalPodAutoscaler (the
 * autoscaling/v2 fields, under their own names) and VerticalPodAutoscaler (its CPU flags), and the
 * control plane's flags.
 */
final class CapacitySchema {
    /** Kubernetes' field is whole seconds; a day is more than any classroom run needs. */
    private static final long MAX_WHOLE_SECONDS = 86_400;

    // ---------------------------------------------------------------- pod life cycle

    static final Field<Long> GRACE = Field.of("terminationGracePeriodSeconds", Kind.whole(0, MAX_WHOLE_SECONDS),
            (long) ServiceConfig.DEFAULT_GRACE_SECONDS, "whole seconds a deleted pod may finish its in-flight requests;"
                    + " what still runs then fails (503 `UC`)").note("[DEFAULT] Kubernetes PodSpec")
            .mirrors("PodSpec terminationGracePeriodSeconds");

    static final Field<Double> IMAGE_PULL = Field.of("imagePull", Kind.DURATION_OR_ZERO,
            StartupSpec.DEFAULT_IMAGE_PULL_SECONDS, "pulling the image onto a node that lacks it (once per node)")
            .note("[ESTIMATE]");
    static final Field<Double> CONTAINER_START = Field.of("containerStart", Kind.DURATION_OR_ZERO,
            StartupSpec.DEFAULT_CONTAINER_START_SECONDS, "creating and starting the containers")
            .note("[ESTIMATE] under the pod start-up SLO (p99 ≤ 5 s)");
    static final Field<Double> APP_START = Field.of("appStart", Kind.DURATION_OR_ZERO,
            StartupSpec.DEFAULT_APP_START_SECONDS, "from container start until the app answers its readiness probe"
                    + " (Go/Node 1–5 s, a JVM 10–60 s)").note("[ESTIMATE]");
    static final Field<Long> INITIAL_DELAY = Field.of("initialDelaySeconds", Kind.whole(0, MAX_WHOLE_SECONDS),
            (long) StartupSpec.DEFAULT_INITIAL_DELAY_SECONDS, "first probe this long after the containers started")
            .note("[DEFAULT] Kubernetes Probe").mirrors("Probe initialDelaySeconds");
    static final Field<Long> PERIOD = Field.of("periodSeconds", Kind.whole(1, MAX_WHOLE_SECONDS),
            (long) StartupSpec.DEFAULT_PERIOD_SECONDS, "then one probe every this often; the first that finds the app"
                    + " up makes the pod Ready").note("[DEFAULT] Kubernetes Probe").mirrors("Probe periodSeconds");
    static final Field<Double> WARMUP_FACTOR = Field.of("factor", new Kind.Decimal(1, false, 100, null), 1.0,
            "CPU work costs this many times more when the pod becomes Ready");
    static final Field<Double> WARMUP_DURATION = Field.of("duration", Kind.DURATION_OR_ZERO, 0.0,
            "the factor falls linearly to 1 over this time");
    static final Schema.Obj STARTUP = obj(IMAGE_PULL, CONTAINER_START, APP_START,
            section("readinessProbe", obj(INITIAL_DELAY, PERIOD), "section", "all defaults",
                    "`initialDelaySeconds`, `periodSeconds`"),
            section("warmup", obj(WARMUP_FACTOR, WARMUP_DURATION), "section", "no warm-up",
                    "`factor` (1 to 100), `duration`: a JVM's slow first seconds"));

    // ---------------------------------------------------------------- HorizontalPodAutoscaler

    /** The Pods metric this simulator can serve: each pod's received requests per second. */
    static final String REQUESTS_PER_SECOND = "requests_per_second";
    static final String RESOURCE = "Resource";
    static final String PODS = "Pods";
    static final String UTILIZATION = "Utilization";
    static final String AVERAGE_VALUE = "AverageValue";

    static final Field<Long> MIN_REPLICAS = Field.of("minReplicas", Kind.whole(1, Maxima.REPLICAS),
            (long) io.cloudmart.sim.model.autoscale.hpa.HpaSpec.DEFAULT_MIN_REPLICAS, "fewest pods")
            .note("[DEFAULT] autoscaling/v2").mirrors("HorizontalPodAutoscaler spec.minReplicas");
    static final Field<Long> MAX_REPLICAS = Field.required("maxReplicas", Kind.whole(1, Maxima.REPLICAS),
            "most pods, at least `minReplicas`").mirrors("HorizontalPodAutoscaler spec.maxReplicas");

    static final Field<String> TARGET_TYPE = Field.required("type", Kind.choice(List.of(UTILIZATION, AVERAGE_VALUE)),
            "`Utilization` (percent of the pods' requests, Resource metrics only) or `AverageValue`")
            .mirrors("MetricTarget type");
    static final Field<Long> AVERAGE_UTILIZATION = Field.optional("averageUtilization", Kind.whole(1, 1000),
            "required with `Utilization`", "percent of the pods' requests of the resource (whole pods, sidecars"
                    + " included): Σ usage / Σ requests, truncated to a whole percent")
            .mirrors("MetricTarget averageUtilization");
    static final Field<Double> AVERAGE_VALUE_FIELD = Field.optional("averageValue", Kind.QUANTITY,
            "required with `AverageValue`", "per pod, a Kubernetes quantity: cores for `cpu` (`0.5`, `500m`), bytes for"
                    + " `memory` (`400Mi`; a bare number is bytes), requests per second for `" + REQUESTS_PER_SECOND
                    + "`").mirrors("MetricTarget averageValue");
    static final Schema.Obj TARGET = obj(TARGET_TYPE, AVERAGE_UTILIZATION, AVERAGE_VALUE_FIELD);

    static final Field<String> METRIC_TYPE = Field.required("type", Kind.choice(List.of(RESOURCE, PODS)),
            "`Resource` (the pods' CPU or memory) or `Pods` (a per-pod metric)").mirrors("MetricSpec type");
    static final Field<String> RESOURCE_NAME = Field.required("name", Kind.choice(List.of(
                    ResourceName.CPU.apiName(), ResourceName.MEMORY.apiName())),
            "`cpu`, or `memory` (the working set metrics-server read at its last scrape; only for a service with"
                    + " `pod.memoryUsage`)").mirrors("ResourceMetricSource name");
    static final Field<String> PODS_METRIC_NAME = Field.required("name", Kind.choice(List.of(REQUESTS_PER_SECOND)),
            "requests each pod received per second, as a Prometheus adapter serves it").mirrors("MetricIdentifier name");
    static final Schema.Obj METRIC = obj(METRIC_TYPE,
            section("resource", obj(RESOURCE_NAME, section("target", TARGET, "section", "**required**", "see below")),
                    "section", "required with `Resource`", "`name`, `target`"),
            section("pods", obj(section("metric", obj(PODS_METRIC_NAME), "section", "**required**", "`name`"),
                            section("target", TARGET, "section", "**required**", "see below")),
                    "section", "required with `Pods`", "`metric.name`, `target`"));

    static final Field<String> POLICY_TYPE = Field.required("type", Kind.choice(List.of("Pods", "Percent")),
            "a number of pods, or a percentage of the current replicas").mirrors("HPAScalingPolicy type");
    static final Field<Long> POLICY_VALUE = Field.required("value", Kind.whole(1, Maxima.REPLICAS),
            "pods or percent per period").mirrors("HPAScalingPolicy value");
    static final Field<Long> POLICY_PERIOD = Field.required("periodSeconds", Kind.whole(1, Policy.MAX_PERIOD_SECONDS),
            "the rolling window the change is counted over").mirrors("HPAScalingPolicy periodSeconds");
    static final Schema.Obj POLICY = obj(POLICY_TYPE, POLICY_VALUE, POLICY_PERIOD);

    static final Field<Long> STABILIZATION = Field.optional("stabilizationWindowSeconds",
            Kind.whole(0, ScalingRules.MAX_STABILIZATION_WINDOW_SECONDS), "0 for scaleUp, 300 for scaleDown",
            "keeps the min (scale-up) or max (scale-down) recommendation of this window")
            .mirrors("HPAScalingRules stabilizationWindowSeconds");
    static final Field<String> SELECT_POLICY = Field.of("selectPolicy", Kind.choice(List.of("Max", "Min", "Disabled")),
            "Max", "`Max`: the policy allowing the biggest change; `Min`: the smallest; `Disabled`: no change this way")
            .note("[DEFAULT] autoscaling/v2").mirrors("HPAScalingRules selectPolicy");
    static final Schema.Obj RULES = obj(STABILIZATION, SELECT_POLICY,
            section("policies", listOf(POLICY), "list of policies", "scaleUp: Pods 4 and Percent 100 per 15 s;"
                    + " scaleDown: Percent 100 per 15 s", "each `{type, value, periodSeconds}`"));

    static final Schema.Obj HPA = obj(MIN_REPLICAS, MAX_REPLICAS,
            section("metrics", listOf(METRIC), "list of metrics", "CPU `Utilization` 80 %",
                    "the largest proposal wins; see below"),
            section("behavior", obj(section("scaleUp", RULES, "section", "API defaults", "see below"),
                            section("scaleDown", RULES, "section", "API defaults", "see below")),
                    "section", "absent: the legacy path (scale-up ≤ max(2 × current, 4) per sync)",
                    "`scaleUp`, `scaleDown`; fields left out take the API server's defaults"));

    // ---------------------------------------------------------------- VerticalPodAutoscaler

    private static final String VPA_SOURCE = "[DEFAULT] VPA `docs/flags.md`";
    static final String OFF = "Off";
    static final String INITIAL = "Initial";
    static final String RECREATE = "Recreate";
    static final String AUTO = "Auto";

    static final Field<String> UPDATE_MODE = Field.of("updateMode", Kind.choice(List.of(OFF, INITIAL, RECREATE, AUTO)),
            UpdateMode.DEFAULT.fieldValue(), "`Off`: recommendations only; `Initial`: new pods get the target;"
                    + " `Recreate`: also evicts running pods outside the recommended range; `Auto` (deprecated upstream)"
                    + " is read as `Recreate`").note("[DEFAULT] VPA `pkg/utils/vpa/api.go`")
            .mirrors("VerticalPodAutoscaler spec.updatePolicy.updateMode");
    static final Schema.Obj UPDATE_POLICY = obj(UPDATE_MODE);

    static final Field<Double> RECOMMENDER_INTERVAL = Field.of("recommenderInterval", Kind.DURATION,
            RecommenderSettings.DEFAULT_RECOMMENDER_INTERVAL_SECONDS, "how often it samples the pods' CPU and"
                    + " recomputes").note(VPA_SOURCE).mirrors("--recommender-interval");
    static final Field<Double> TARGET_CPU_PERCENTILE = Field.of("targetCpuPercentile", Kind.FRACTION,
            RecommenderSettings.DEFAULT_TARGET_PERCENTILE, "the usage percentile the target is set to")
            .note(VPA_SOURCE).mirrors("--target-cpu-percentile");
    static final Field<Double> LOWER_CPU_PERCENTILE = Field.of("lowerBoundCpuPercentile", Kind.FRACTION,
            RecommenderSettings.DEFAULT_LOWER_BOUND_PERCENTILE, "the lower bound's percentile")
            .note(VPA_SOURCE).mirrors("--recommendation-lower-bound-cpu-percentile");
    static final Field<Double> UPPER_CPU_PERCENTILE = Field.of("upperBoundCpuPercentile", Kind.FRACTION,
            RecommenderSettings.DEFAULT_UPPER_BOUND_PERCENTILE, "the upper bound's percentile")
            .note(VPA_SOURCE).mirrors("--recommendation-upper-bound-cpu-percentile");
    static final Field<Double> SAFETY_MARGIN = Field.of("safetyMarginFraction", Kind.NON_NEGATIVE,
            RecommenderSettings.DEFAULT_SAFETY_MARGIN_FRACTION, "every estimate × (1 + this)")
            .note(VPA_SOURCE).mirrors("--recommendation-margin-fraction");
    static final Field<Double> POD_MIN_CPU = Field.of("podMinCpuMillicores", Kind.NON_NEGATIVE,
            RecommenderSettings.DEFAULT_POD_MIN_CPU_MILLICORES, "the recommendation's floor for the whole pod, millicores")
            .note(VPA_SOURCE).mirrors("--pod-recommendation-min-cpu-millicores");
    static final Field<Double> CONFIDENCE_INTERVAL_CPU = Field.of("confidenceIntervalCpu", Kind.DURATION,
            RecommenderSettings.DEFAULT_CONFIDENCE_INTERVAL_SECONDS, "the history that counts as full confidence; the"
                    + " bounds narrow towards the target as history grows").note(VPA_SOURCE)
            .mirrors("--confidence-interval-cpu");
    static final Field<Double> CPU_HALF_LIFE = Field.of("cpuHistogramDecayHalfLife", Kind.DURATION,
            RecommenderSettings.DEFAULT_HISTOGRAM_DECAY_HALF_LIFE_SECONDS, "a CPU sample's weight halves over this")
            .note(VPA_SOURCE).mirrors("--cpu-histogram-decay-half-life");
    static final Schema.Obj RECOMMENDER = obj(RECOMMENDER_INTERVAL, TARGET_CPU_PERCENTILE, LOWER_CPU_PERCENTILE,
            UPPER_CPU_PERCENTILE, SAFETY_MARGIN, POD_MIN_CPU, CONFIDENCE_INTERVAL_CPU, CPU_HALF_LIFE);

    static final Field<Double> UPDATER_INTERVAL = Field.of("updaterInterval", Kind.DURATION,
            UpdaterSettings.DEFAULT_UPDATER_INTERVAL_SECONDS, "how often it looks for pods to evict")
            .note(VPA_SOURCE).mirrors("--updater-interval");
    static final Field<Long> VPA_MIN_REPLICAS = Field.of("minReplicas", Kind.whole(0, Maxima.REPLICAS),
            (long) UpdaterSettings.DEFAULT_MIN_REPLICAS, "no eviction while the service has fewer live pods")
            .note(VPA_SOURCE).mirrors("--min-replicas");
    static final Field<Double> EVICTION_TOLERANCE = Field.of("evictionTolerance", Kind.FRACTION,
            UpdaterSettings.DEFAULT_EVICTION_TOLERANCE_FRACTION, "a loop keeps at least replicas − trunc(replicas ×"
                    + " this) pods running").note(VPA_SOURCE).mirrors("--eviction-tolerance");
    static final Field<Double> POD_UPDATE_THRESHOLD = Field.of("podUpdateThreshold", Kind.NON_NEGATIVE,
            UpdaterSettings.DEFAULT_UPDATE_THRESHOLD, "a pod inside the bounds is updated only for a relative change"
                    + " at least this").note(VPA_SOURCE).mirrors("--pod-update-threshold");
    static final Field<Double> POD_LIFETIME_THRESHOLD = Field.of("podLifetimeUpdateThreshold", Kind.DURATION_OR_ZERO,
            UpdaterSettings.DEFAULT_POD_LIFETIME_UPDATE_THRESHOLD_SECONDS, "and only once it has run this long")
            .note(VPA_SOURCE).mirrors("--in-recommendation-bounds-eviction-lifetime-threshold");
    static final Schema.Obj UPDATER = obj(UPDATER_INTERVAL, VPA_MIN_REPLICAS, EVICTION_TOLERANCE, POD_UPDATE_THRESHOLD,
            POD_LIFETIME_THRESHOLD);

    static final Schema.Obj VPA = obj(
            section("updatePolicy", UPDATE_POLICY, "`{updateMode}`", "`updateMode: Recreate`", ""),
            section("recommender", RECOMMENDER, "section", "all defaults", "the recommender's CPU flags"),
            section("updater", UPDATER, "section", "all defaults", "the updater's flags"));

    // ---------------------------------------------------------------- control plane flags

    static final Field<Double> METRIC_RESOLUTION = Field.of("metricResolution", Kind.DURATION,
            MetricsServer.DEFAULT_RESOLUTION_SECONDS, "how often metrics-server scrapes the pods; what the HPA reads is"
                    + " up to this old").note("[DEFAULT] official components.yaml").mirrors("metrics-server --metric-resolution");
    static final Field<Double> SYNC_PERIOD = Field.of("syncPeriod", Kind.DURATION,
            HpaControllerSettings.DEFAULT_SYNC_PERIOD_SECONDS, "how often each HPA reconciles")
            .note("[DEFAULT] kube-controller-manager").mirrors("--horizontal-pod-autoscaler-sync-period");
    static final Field<Double> TOLERANCE = Field.of("tolerance", Kind.FRACTION, HpaControllerSettings.DEFAULT_TOLERANCE,
            "no change while the usage ratio is within 1 ± this").note("[DEFAULT] kube-controller-manager")
            .mirrors("--horizontal-pod-autoscaler-tolerance");
    static final Field<Double> CPU_INITIALIZATION = Field.of("cpuInitializationPeriod", Kind.DURATION_OR_ZERO,
            HpaControllerSettings.DEFAULT_CPU_INITIALIZATION_PERIOD_SECONDS, "a pod this young has its CPU samples"
                    + " ignored while not Ready").note("[DEFAULT] kube-controller-manager")
            .mirrors("--horizontal-pod-autoscaler-cpu-initialization-period");
    static final Field<Double> INITIAL_READINESS_DELAY = Field.of("initialReadinessDelay", Kind.DURATION_OR_ZERO,
            HpaControllerSettings.DEFAULT_INITIAL_READINESS_DELAY_SECONDS, "readiness changes this soon after start"
                    + " count as never having been Ready").note("[DEFAULT] kube-controller-manager")
            .mirrors("--horizontal-pod-autoscaler-initial-readiness-delay");
    static final Field<Double> DOWNSCALE_STABILIZATION = Field.of("downscaleStabilization", Kind.DURATION_OR_ZERO,
            HpaControllerSettings.DEFAULT_DOWNSCALE_STABILIZATION_SECONDS, "the scale-down window of HPAs without"
                    + " `behavior`").note("[DEFAULT] kube-controller-manager")
            .mirrors("--horizontal-pod-autoscaler-downscale-stabilization");
    static final Schema.Obj CONTROL_PLANE_HPA = obj(SYNC_PERIOD, TOLERANCE, CPU_INITIALIZATION,
            INITIAL_READINESS_DELAY, DOWNSCALE_STABILIZATION);
    static final Schema.Obj CONTROL_PLANE = obj(METRIC_RESOLUTION,
            section("hpa", CONTROL_PLANE_HPA, "section", "all defaults", "the HPA controller's flags"));

    private CapacitySchema() {
    }
}
