package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import java.util.Arrays;
import java.util.List;

import io.cloudmart.sim.model.rollout.VersionMetric;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
import io.cloudmart.sim.model.rollout.canary.RolloutDefaults;

/**
 * Releases: {@code rollouts} (an Argo Rollouts canary over two versions of a service, its traffic routed by the
 * mesh, or a blue-green release) and {@code analysisTemplates} (Argo AnalysisTemplates whose metrics read the canary version's per-version
 * figures), each field under Argo's name ({@code pkg/apis/rollouts/v1alpha1/types.go}, {@code analysis_types.go}).
 */
final class RolloutSchema {
    /**
     * Weights out of 100: {@code trafficRouting.maxTrafficWeight} is not offered, since Argo refuses it with Istio
     * routing, which the mesh stands for ({@code InvalidCanaryMaxWeightOnlySupportInNginxAndPlugins} in
     * {@code pkg/apis/rollouts/validation/validation.go}: Nginx and plugins only).
     */
    static final long MAX_WEIGHT = RolloutDefaults.MAX_TRAFFIC_WEIGHT;
    /** [CHOICE] A bound that keeps a journal readable: more steps than a release plan has. */
    static final long MAX_STEPS = 100;
    /** [CHOICE] Limits above this tolerate practically every measurement of a classroom run. */
    static final long MAX_LIMIT = 10_000;
    private static final String ARGO_DEFAULTS = "[DEFAULT] Argo Rollouts utils/defaults/defaults.go";
    private static final String ARGO_ANALYSIS = "[DEFAULT] Argo Rollouts analysis/analysis.go";

    // ---------------------------------------------------------------- steps

    static final Field<Long> SET_WEIGHT = Field.optional("setWeight", Kind.whole(0, MAX_WEIGHT), "one of the four",
            "the canary version's share of traffic, percent; its pods follow as ceil(weight × replicas / 100)")
            .mirrors("canary.steps[].setWeight");
    static final Field<Double> PAUSE_DURATION = Field.optional("duration", Kind.DURATION_OR_ZERO,
            "absent: until a `promote`", "how long the rollout waits").mirrors("canary.steps[].pause.duration");
    static final Schema.Obj PAUSE = obj(PAUSE_DURATION);
    static final Field<String> TEMPLATE_NAME = Field.required("templateName", Kind.text("name", TopSchema.LOCAL_NAME_PATTERN),
            "a key of `analysisTemplates`").mirrors("canary.steps[].analysis.templates[].templateName");
    static final Schema.Obj TEMPLATE_REF = obj(TEMPLATE_NAME);
    static final Schema.Obj STEP_ANALYSIS = obj(section("templates", listOf(TEMPLATE_REF), "list of `{templateName}`",
            "**required**", "at least one; their metrics run together as one AnalysisRun, names unique across them"));
    static final Field<Long> SCALE_WEIGHT = Field.optional("weight", Kind.whole(0, MAX_WEIGHT), "one of the three",
            "canary pods for this share of `replicas`: ceil(weight × replicas / 100), whatever its traffic")
            .mirrors("canary.steps[].setCanaryScale.weight");
    static final Field<Long> SCALE_REPLICAS = Field.optional("replicas", Kind.whole(0, Maxima.REPLICAS),
            "one of the three", "an explicit number of canary pods").mirrors("canary.steps[].setCanaryScale.replicas");
    static final Field<Boolean> MATCH_TRAFFIC_WEIGHT = Field.optional("matchTrafficWeight", Kind.BOOL,
            "one of the three", "`true`: the canary's pods follow its traffic weight again")
            .mirrors("canary.steps[].setCanaryScale.matchTrafficWeight");
    static final Schema.Obj CANARY_SCALE = obj(SCALE_WEIGHT, SCALE_REPLICAS, MATCH_TRAFFIC_WEIGHT);
    /** The forms of a setCanaryScale step, in the order the reference names them. */
    static final List<String> SCALE_KINDS = List.of(SCALE_WEIGHT.name(), SCALE_REPLICAS.name(), MATCH_TRAFFIC_WEIGHT.name());
    static final Schema.Obj STEP = obj(SET_WEIGHT,
            section("pause", PAUSE, "`{duration}` or `{}`", "one of the four", "waits `duration`, or with `{}`"
                    + " until the next time in `promote`"),
            section("analysis", STEP_ANALYSIS, "`{templates}`", "one of the four", "an AnalysisRun over the canary"
                    + " version; Failed or Error aborts the rollout, Inconclusive pauses it"),
            section("setCanaryScale", CANARY_SCALE, "`{weight}`, `{replicas}` or `{matchTrafficWeight: true}`",
                    "one of the four", "the canary's pods from this step on, apart from its traffic weight, until"
                            + " another `setCanaryScale`; ignored once the steps are done"));

    // ---------------------------------------------------------------- rollout

    static final Field<String> SERVICE = Field.required("service", Kind.text("service name", TopSchema.NAME_PATTERN),
            "a service of `services` with both versions; needs a `mesh` (the traffic router)");
    static final Field<String> STABLE_VERSION = Field.required("stableVersion",
            Kind.text("version name", TopSchema.LOCAL_NAME_PATTERN), "the version serving before the update")
            .mirrors("trafficRouting.istio.destinationRule.stableSubsetName");
    static final Field<String> CANARY_VERSION = Field.required("canaryVersion",
            Kind.text("version name", TopSchema.LOCAL_NAME_PATTERN), "the version rolled out; its `replicas` in"
                    + " `versions` are ignored: it has no pods and no traffic until the update begins")
            .mirrors("trafficRouting.istio.destinationRule.canarySubsetName");
    static final Field<Double> START_AT = Field.optional("startAt", Kind.DURATION_OR_ZERO,
            "absent: at the Argo CD sync of the `gitops` commit naming this rollout",
            "when the pod template changes and the update begins; exactly one of the two");
    static final Field<Long> REPLICAS = Field.optional("replicas", Kind.whole(1, Maxima.REPLICAS),
            "the stable version's `replicas`", "pods of the service when it is not split").mirrors("spec.replicas");
    static final Field<Long> ABORT_SCALE_DOWN_DELAY = Field.optional("abortScaleDownDelaySeconds",
            Kind.whole(0, 86_400), "`" + RolloutDefaults.ABORT_SCALE_DOWN_DELAY_SECONDS + "`, none with"
                    + " `dynamicStableScale` " + ARGO_DEFAULTS, "seconds the canary's pods stay after an abort; `0`: they"
                    + " stay").mirrors("canary.abortScaleDownDelaySeconds");
    static final Field<Long> SCALE_DOWN_DELAY = Field.of("scaleDownDelaySeconds", Kind.whole(0, 86_400),
            (long) RolloutDefaults.SCALE_DOWN_DELAY_SECONDS, "seconds the old stable pods stay after promotion")
            .note(ARGO_DEFAULTS).mirrors("canary.scaleDownDelaySeconds");
    static final Field<Boolean> DYNAMIC_STABLE_SCALE = Field.of("dynamicStableScale", Kind.BOOL, false,
            "the stable version shrinks as the canary grows: ceil((100 − weight) × replicas / 100) pods, never fewer"
                    + " than the traffic it still gets needs; on abort the canary drains as traffic returns")
            .note("[DEFAULT] Argo Rollouts").mirrors("canary.dynamicStableScale");
    static final Field<Double> PROMOTE_AT = Field.required("at", Kind.DURATION_OR_ZERO, "");
    static final Field<Long> STARTING_STEP = Field.optional("startingStep", Kind.whole(0, MAX_STEPS - 1),
            "`0`: from the first step", "index of the step from which the run goes on, for the rest of the update")
            .mirrors("canary.analysis.startingStep");
    static final Schema.Obj BACKGROUND_ANALYSIS = obj(section("templates", listOf(TEMPLATE_REF),
            "list of `{templateName}`", "**required**", "at least one; their metrics run together as one"
                    + " AnalysisRun, names unique across them"), STARTING_STEP);
    static final Field<Long> PROGRESS_DEADLINE = Field.of("progressDeadlineSeconds", Kind.whole(1, 86_400),
            (long) RolloutDefaults.PROGRESS_DEADLINE_SECONDS, "seconds a setWeight or setCanaryScale step may go"
                    + " without progress (a step completed, one more Ready pod, a resume) before the rollout is"
                    + " Degraded; pause and analysis steps and paused rollouts do not count")
            .note(ARGO_DEFAULTS).mirrors("spec.progressDeadlineSeconds");
    static final Field<Boolean> PROGRESS_DEADLINE_ABORT = Field.of("progressDeadlineAbort", Kind.BOOL, false,
            "`true`: a passed progress deadline aborts the update (traffic back to stable)")
            .note("[DEFAULT] Argo Rollouts").mirrors("spec.progressDeadlineAbort");

    // ---------------------------------------------------------------- blue-green

    static final Field<String> ACTIVE_SERVICE = Field.required("activeService",
            Kind.text("service name", TopSchema.NAME_PATTERN), "the rollout's `service`: the Kubernetes Service"
                    + " callers reach, whose selector moves to the new version at the switch")
            .mirrors("blueGreen.activeService");
    static final Field<String> PREVIEW_SERVICE = Field.required("previewService",
            Kind.text("service name", TopSchema.NAME_PATTERN), "a name of no service of `services`: the Kubernetes"
                    + " Service that selects the preview pods; only `previewTest` calls it")
            .mirrors("blueGreen.previewService");
    static final Field<Boolean> AUTO_PROMOTION_ENABLED = Field.of("autoPromotionEnabled", Kind.BOOL,
            RolloutDefaults.AUTO_PROMOTION_ENABLED, "switch as soon as the preview is Ready and its analysis passed;"
                    + " `false`: pause first, until a `promote`").note(ARGO_DEFAULTS)
            .mirrors("blueGreen.autoPromotionEnabled");
    static final Field<Long> AUTO_PROMOTION_SECONDS = Field.optional("autoPromotionSeconds", Kind.whole(1, 86_400),
            "none", "with `autoPromotionEnabled`, pause this long once the preview is ready, then switch")
            .mirrors("blueGreen.autoPromotionSeconds");
    static final Field<Long> PREVIEW_REPLICA_COUNT = Field.optional("previewReplicaCount",
            Kind.whole(1, Maxima.REPLICAS), "`replicas`", "pods of the preview before the switch; it grows to"
                    + " `replicas` before the switch").mirrors("blueGreen.previewReplicaCount");
    static final Field<Long> BLUE_GREEN_SCALE_DOWN_DELAY = Field.of("scaleDownDelaySeconds", Kind.whole(0, 86_400),
            (long) RolloutDefaults.SCALE_DOWN_DELAY_SECONDS, "seconds the old stack stays after the switch")
            .note(ARGO_DEFAULTS).mirrors("blueGreen.scaleDownDelaySeconds");
    static final Field<Long> BLUE_GREEN_ABORT_SCALE_DOWN_DELAY = Field.of("abortScaleDownDelaySeconds",
            Kind.whole(0, 86_400), (long) RolloutDefaults.ABORT_SCALE_DOWN_DELAY_SECONDS,
            "seconds the preview stays after an abort; `0`: it stays").note(ARGO_DEFAULTS)
            .mirrors("blueGreen.abortScaleDownDelaySeconds");
    static final Field<String> TEST_ENDPOINT = Field.required("endpoint",
            Kind.text("endpoint name", TopSchema.LOCAL_NAME_PATTERN), "an endpoint of the rollout's service");
    static final Field<Double> TEST_RATE = Field.required("rate", Kind.rate(false), "requests per second, sent"
            + " evenly spaced to the preview's Ready pods in turn");
    static final Schema.Obj PREVIEW_TEST = obj(TEST_ENDPOINT, TEST_RATE);
    static final Schema.Obj BLUE_GREEN = obj(ACTIVE_SERVICE, PREVIEW_SERVICE,
            section("prePromotionAnalysis", STEP_ANALYSIS, "`{templates}`", "none", "an AnalysisRun over the preview"
                    + " version once its pods are Ready, before the switch; Failed or Error aborts (the active stack"
                    + " keeps all traffic), Inconclusive pauses until a `promote`"),
            AUTO_PROMOTION_ENABLED, AUTO_PROMOTION_SECONDS, PREVIEW_REPLICA_COUNT, BLUE_GREEN_SCALE_DOWN_DELAY,
            BLUE_GREEN_ABORT_SCALE_DOWN_DELAY,
            section("previewTest", PREVIEW_TEST, "`{endpoint, rate}`", "none", "[CHOICE] not Argo's: the requests a"
                    + " person's test Job sends to `previewService` while the preview is up and not active, the"
                    + " preview's only traffic and so the data of `prePromotionAnalysis`"));
    /**
     * The rollout's top-level fields that only a canary reads; a blue-green rollout has its own delays under blueGreen,
     * and [CHOICE] its machine keeps no progress deadline and runs no background analysis.
     */
    static final List<String> CANARY_ONLY = List.of("abortScaleDownDelaySeconds", "scaleDownDelaySeconds",
            "dynamicStableScale", "progressDeadlineSeconds", "progressDeadlineAbort", "analysis");

    static final Schema.Obj ROLLOUT = obj(SERVICE, STABLE_VERSION, CANARY_VERSION, START_AT, REPLICAS,
            section("steps", listOf(STEP), "list of steps", "one of `steps` and `blueGreen`", "a canary: `1` to `"
                    + MAX_STEPS + "`; each exactly one of `setWeight`, `pause`, `analysis` (see below)"),
            section("blueGreen", BLUE_GREEN, "`{activeService, previewService, …}`", "one of `steps` and `blueGreen`",
                    "a blue-green release instead of a canary (see below); `stableVersion` is then the active"
                    + " stack's version and `canaryVersion` the preview's"),
            ABORT_SCALE_DOWN_DELAY, SCALE_DOWN_DELAY, DYNAMIC_STABLE_SCALE, PROGRESS_DEADLINE, PROGRESS_DEADLINE_ABORT,
            section("analysis", BACKGROUND_ANALYSIS, "`{templates, startingStep}`", "none", "a canary's background"
                    + " AnalysisRun over the canary version from step `startingStep` until the update ends; Failed or"
                    + " Error aborts it, Inconclusive pauses it"),
            section("promote", listOf(PROMOTE_AT), "list of durations", "none", "ascending times at which a person"
                    + " runs `kubectl argo rollouts promote`: an indefinite pause ends, a running step is skipped"));

    // ---------------------------------------------------------------- analysis templates

    static final Field<String> METRIC_NAME = Field.required("name", Kind.text("name", TopSchema.LOCAL_NAME_PATTERN),
            "unique within the AnalysisRun").mirrors("metrics[].name");
    static final Field<String> VERSION_METRIC = Field.required("versionMetric",
            Kind.choice(Arrays.stream(VersionMetric.values()).map(VersionMetric::fieldValue).toList()),
            "what is read of the canary version: the share of answers that are 200 (`successRate`) or not"
                    + " (`errorRate`), responses per second, or a latency percentile in seconds; no data is an Error");
    static final Field<Double> WINDOW = Field.required("window", Kind.DURATION, "at most 15m; the `[window]` of"
            + " `rate(...)` and `histogram_quantile` over the version's metrics, scraped every 5s");
    static final Schema.Obj PROVIDER = obj(VERSION_METRIC, WINDOW);
    static final Field<Double> INTERVAL = Field.optional("interval", Kind.DURATION, "absent: one measurement",
            "time between measurements").mirrors("metrics[].interval");
    static final Field<Long> COUNT = Field.optional("count", Kind.whole(1, MAX_LIMIT),
            "1 without `interval`, else until the step ends", "measurements to take").mirrors("metrics[].count");
    static final Field<Double> INITIAL_DELAY = Field.of("initialDelay", Kind.DURATION_OR_ZERO,
            MetricSpec.DEFAULT_INITIAL_DELAY_SECONDS, "wait before the first measurement").note(ARGO_ANALYSIS)
            .mirrors("metrics[].initialDelay");
    static final Field<String> SUCCESS_CONDITION = Field.optional("successCondition", Kind.TEXT, "none",
            "a measurement is Successful when it holds, e.g. `result >= 0.95`").mirrors("metrics[].successCondition");
    static final Field<String> FAILURE_CONDITION = Field.optional("failureCondition", Kind.TEXT, "none",
            "a measurement is Failed when it holds (checked first)").mirrors("metrics[].failureCondition");
    static final Field<Long> FAILURE_LIMIT = Field.of("failureLimit", Kind.whole(MetricSpec.FAILURE_LIMIT_DISABLED, MAX_LIMIT),
            (long) MetricSpec.DEFAULT_FAILURE_LIMIT, "Failed measurements tolerated; `-1`: never Failed")
            .note(ARGO_ANALYSIS).mirrors("metrics[].failureLimit");
    static final Field<Long> INCONCLUSIVE_LIMIT = Field.of("inconclusiveLimit", Kind.whole(0, MAX_LIMIT),
            (long) MetricSpec.DEFAULT_INCONCLUSIVE_LIMIT, "Inconclusive measurements tolerated")
            .note(ARGO_ANALYSIS).mirrors("metrics[].inconclusiveLimit");
    static final Field<Long> CONSECUTIVE_ERROR_LIMIT = Field.of("consecutiveErrorLimit", Kind.whole(0, MAX_LIMIT),
            (long) MetricSpec.DEFAULT_CONSECUTIVE_ERROR_LIMIT, "measurements in a row without data tolerated")
            .note(ARGO_DEFAULTS).mirrors("metrics[].consecutiveErrorLimit");
    static final Field<Long> CONSECUTIVE_SUCCESS_LIMIT = Field.of("consecutiveSuccessLimit", Kind.whole(0, MAX_LIMIT),
            (long) MetricSpec.DEFAULT_CONSECUTIVE_SUCCESS_LIMIT, "Successful measurements in a row that end the metric"
                    + " Successful; `0`: off. With a `count`, not reaching it by then is Inconclusive (Failed with"
                    + " `failureLimit: -1`)").note("[DEFAULT] Argo Rollouts analysis_types.go (v1.8)")
            .mirrors("metrics[].consecutiveSuccessLimit");
    static final Schema.Obj METRIC = obj(METRIC_NAME,
            section("provider", PROVIDER, "`{versionMetric, window}`", "**required**", "stands for Argo's"
                    + " `provider.prometheus.query` over Istio's per-version metrics"),
            INTERVAL, COUNT, INITIAL_DELAY, SUCCESS_CONDITION, FAILURE_CONDITION, FAILURE_LIMIT, INCONCLUSIVE_LIMIT,
            CONSECUTIVE_ERROR_LIMIT, CONSECUTIVE_SUCCESS_LIMIT);
    static final Field<String> DRY_RUN_METRIC = Field.required("metricName", Kind.TEXT, "a regular expression"
            + " (found anywhere in the name, `.*` for all) that must match a metric of the template")
            .mirrors("dryRun[].metricName");
    static final Schema.Obj DRY_RUN = obj(DRY_RUN_METRIC);
    static final Schema.Obj TEMPLATE = obj(section("metrics", listOf(METRIC), "list of metrics", "**required**",
            "at least one"), section("dryRun", listOf(DRY_RUN), "list of `{metricName}`", "none",
            "metrics that are measured and reported but never decide the run; the rules apply to every metric of"
                    + " the AnalysisRun the template joins"));

    private RolloutSchema() {
    }

    /** The kinds of step, in the order the reference names them. */
    static final List<String> STEP_KINDS = List.of(SET_WEIGHT.name(), "pause", "analysis", "setCanaryScale");
}
