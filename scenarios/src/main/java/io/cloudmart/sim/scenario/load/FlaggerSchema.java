package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import java.util.Arrays;

import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.rollout.FlaggerMetric;
import io.cloudmart.sim.model.rollout.analysis.FlaggerAnalysisSpec;

/**
 * Flagger canaries: {@code canaries} (Flagger's {@code Canary} kind over two versions of a service, its traffic
 * routed by the mesh), each field under Flagger's name ({@code pkg/apis/flagger/v1beta1/canary.go} in
 * fluxcd/flagger). The service and its versions are written as in {@code rollouts}, so the two can be compared.
 */
final class FlaggerSchema {
    private static final String FLAGGER = "[DEFAULT] Flagger pkg/apis/flagger/v1beta1/canary.go";
    private static final long TOTAL_WEIGHT = FlaggerAnalysisSpec.TOTAL_WEIGHT;

    // ---------------------------------------------------------------- metrics

    static final Field<String> METRIC_NAME = Field.required("name",
            Kind.choice(Arrays.stream(FlaggerMetric.Name.values()).map(FlaggerMetric.Name::fieldValue).toList()),
            "a built-in metric of the canary version: the share of answers that are not 5xx in percent"
                    + " (`request-success-rate`) or the P99 request duration in milliseconds (`request-duration`);"
                    + " no data fails the check").mirrors("analysis.metrics[].name");
    static final Field<Double> MIN = Field.optional("min", Kind.NON_NEGATIVE, "no lower bound",
            "a value below it fails the check; at most 100 for `request-success-rate`")
            .mirrors("analysis.metrics[].thresholdRange.min");
    static final Field<Double> MAX = Field.optional("max", Kind.NON_NEGATIVE, "no upper bound",
            "a value above it fails the check; at least `min`").mirrors("analysis.metrics[].thresholdRange.max");
    static final Schema.Obj THRESHOLD_RANGE = obj(MIN, MAX);
    static final Field<Double> METRIC_INTERVAL = Field.of("interval", Kind.DURATION, FlaggerMetric.DEFAULT_INTERVAL_SECONDS,
            "at most 15m; the `[interval]` of the query over the version's metrics, scraped every 5s")
            .note(FLAGGER).mirrors("analysis.metrics[].interval");
    static final Schema.Obj METRIC = obj(METRIC_NAME,
            section("thresholdRange", THRESHOLD_RANGE, "`{min, max}`", "**required**", "at least one of the two;"
                    + " a value equal to a bound passes"),
            METRIC_INTERVAL);

    // ---------------------------------------------------------------- analysis

    static final Field<Double> INTERVAL = Field.of("interval", Kind.DURATION, FlaggerAnalysisSpec.DEFAULT_INTERVAL_SECONDS,
            "time between two runs of the analysis, from t = 0; shorter than 10s is raised to 10s, as Flagger does")
            .note(FLAGGER).mirrors("analysis.interval");
    static final Field<Long> THRESHOLD = Field.of("threshold", Kind.whole(1, RolloutSchema.MAX_LIMIT),
            (long) FlaggerAnalysisSpec.DEFAULT_THRESHOLD, "failed checks (not necessarily in a row) after which the"
                    + " next interval rolls the canary back").note(FLAGGER).mirrors("analysis.threshold");
    static final Field<Long> STEP_WEIGHT = Field.optional("stepWeight", Kind.whole(1, TOTAL_WEIGHT),
            "one of `stepWeight` and `stepWeights`", "percent of traffic added to the canary after each passing"
                    + " check").mirrors("analysis.stepWeight");
    static final Field<Long> STEP_WEIGHTS_ELEMENT = Field.required("weight", Kind.whole(1, TOTAL_WEIGHT), "");
    static final Field<Long> MAX_WEIGHT = Field.optional("maxWeight", Kind.whole(1, TOTAL_WEIGHT),
            "`" + TOTAL_WEIGHT + "` (" + FLAGGER + "); not with `stepWeights`, whose last is the maximum",
            "the weight at which a passing check promotes").mirrors("analysis.maxWeight");
    static final Schema.Obj ANALYSIS = obj(INTERVAL, THRESHOLD, MAX_WEIGHT, STEP_WEIGHT,
            section("stepWeights", listOf(STEP_WEIGHTS_ELEMENT), "list of percentages", "one of `stepWeight` and"
                    + " `stepWeights`", "ascending, `1` to `" + TOTAL_WEIGHT + "`: the weights to go through"),
            section("metrics", listOf(METRIC), "list of metrics", "none: every check passes", "checked in order at"
                    + " each interval; the first out of its range fails the check"));

    // ---------------------------------------------------------------- canary

    static final Field<String> STABLE_VERSION = RolloutSchema.STABLE_VERSION.mirrors("the primary Deployment's"
            + " pod template (`<target>-primary`)");
    static final Field<String> CANARY_VERSION = RolloutSchema.CANARY_VERSION.mirrors("targetRef's pod template");
    /** Required: Argo CD's commits start Argo rollouts only (a Flagger canary would start at the Deployment's sync). */
    static final Field<Double> START_AT = Field.required("startAt", Kind.DURATION_OR_ZERO,
            "when the target Deployment's pod template changes and Flagger's next run sees the new revision");
    static final Field<Long> PROGRESS_DEADLINE = Field.of("progressDeadlineSeconds", Kind.whole(1, 86_400),
            (long) FlaggerConfig.DEFAULT_PROGRESS_DEADLINE_SECONDS, "seconds the canary may have fewer Ready pods than"
                    + " replicas after it is scaled up; checked at each interval, past it the canary is rolled back")
            .note(FLAGGER).mirrors("progressDeadlineSeconds");
    static final Field<Boolean> SKIP_ANALYSIS = Field.of("skipAnalysis", Kind.BOOL, false, "promote as soon as the"
            + " canary is Ready, without checks").note("[DEFAULT] Flagger").mirrors("skipAnalysis");

    static final Schema.Obj CANARY = obj(RolloutSchema.SERVICE.mirrors("targetRef"), STABLE_VERSION, CANARY_VERSION,
            START_AT, RolloutSchema.REPLICAS,
            section("analysis", ANALYSIS, "section", "**required**", "see below"),
            PROGRESS_DEADLINE, SKIP_ANALYSIS);

    private FlaggerSchema() {
    }
}
