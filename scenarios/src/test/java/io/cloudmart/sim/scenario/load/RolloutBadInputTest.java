package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
import io.cloudmart.sim.model.rollout.canary.CanaryScale;
import io.cloudmart.sim.model.rollout.canary.CanarySpec;
import io.cloudmart.sim.model.rollout.canary.CanaryStep;
import io.cloudmart.sim.model.rollout.canary.RolloutDefaults;

/**
 * One mistake per rollout and analysis-template field, made in a scenario that uses them all (test resource
 * {@code load/rollout.yaml}): exactly one issue, with its path, a line and column, and a key phrase; and the file as
 * written binds to what Argo would run.
 */
class RolloutBadInputTest {
    private static final String ROLLOUT = TestScenarios.resource("/load/rollout.yaml");
    private static final String R = "rollouts.api.";
    private static final String M = "analysisTemplates.success-rate.metrics.0.";

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(ROLLOUT, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("service: api", "service: apx", R + "service", "no service named 'apx'"),
                bad("canaryVersion: v2", "canaryVersion: v3", R + "canaryVersion", "has no version 'v3'"),
                bad("canaryVersion: v2", "canaryVersion: v1", R + "canaryVersion", "must differ from the stable"),
                bad("startAt: 2m", "startAt: 2", R + "startAt", "unit"),
                bad("replicas: 5\n    abort", "replicas: 0\n    abort", R + "replicas", "1"),
                bad("abortScaleDownDelaySeconds: 30", "abortScaleDownDelaySecond: 30", R + "abortScaleDownDelaySecond",
                        "did you mean 'abortScaleDownDelaySeconds'"),
                bad("- setWeight: 20", "- setWeight: 120", R + "steps.0.setWeight", "100"),
                bad("- setWeight: 30", "- { setWeight: 30, pause: {} }", R + "steps.3.pause", "exactly one of"),
                bad("- setWeight: 30", "- {}", R + "steps.3", "a step is one of"),
                bad("- setWeight: 30", "- setWeight:", R + "steps.3.setWeight", "has no value"),
                bad("pause: { duration: 1m }", "pause: { duration: soon }", R + "steps.1.pause.duration", "duration"),
                bad("templateName: success-rate", "templateName: succes-rate", R + "steps.2.analysis.templates.0.templateName",
                        "no analysis template named 'succes-rate'"),
                bad("promote: [10m]", "promote: [10m, 5m]", R + "promote.1", "ascending"),
                // a promote acts on an update under way: one before startAt would skip a step that never ran
                bad("promote: [10m]", "promote: [1m, 10m]", R + "promote.0", "comes before the update begins"),
                bad("versionMetric: successRate", "versionMetric: success", M + "provider.versionMetric", "successRate"),
                bad("window: 1m", "window: 20m", M + "provider.window", "at most 15m"),
                bad("successCondition: result >= 0.95", "successCondition: result >= 0.95\n        failureLimit: -2",
                        M + "failureLimit", "-1"),
                bad("successCondition: result >= 0.95", "successCondition: result => 0.95", M + "successCondition",
                        "at column 8 of the condition"),
                bad("- setWeight: 30", "- setCanaryScale: { weight: 130 }", R + "steps.3.setCanaryScale.weight", "100"),
                bad("- setWeight: 30", "- setCanaryScale: { replicas: -1 }", R + "steps.3.setCanaryScale.replicas", "0"),
                bad("- setWeight: 30", "- setCanaryScale: { weight: 30, replicas: 2 }", R + "steps.3.setCanaryScale.replicas",
                        "exactly one of weight, replicas, matchTrafficWeight"),
                bad("- setWeight: 30", "- setCanaryScale: {}", R + "steps.3.setCanaryScale", "setCanaryScale is one of"),
                bad("- setWeight: 30", "- setCanaryScale: { matchTrafficWeight: false }",
                        R + "steps.3.setCanaryScale.matchTrafficWeight", "only 'true'"),
                bad("- setWeight: 30", "- setCanaryScale: { replica: 2 }", R + "steps.3.setCanaryScale.replica",
                        "did you mean 'replicas'"),
                bad("- setWeight: 30", "- { setWeight: 30, setCanaryScale: { replicas: 1 } }", R + "steps.3.setCanaryScale",
                        "exactly one of setWeight, pause, analysis, setCanaryScale"),
                bad("    promote: [10m]", "    analysis: { templates: [ { templateName: nope } ] }\n    promote: [10m]",
                        R + "analysis.templates.0.templateName", "no analysis template named 'nope'"),
                bad("    promote: [10m]", "    analysis: { startingStep: 1 }\n    promote: [10m]", R + "analysis",
                        "missing required field 'templates'"),
                bad("    promote: [10m]", "    analysis: { templates: [ { templateName: success-rate } ], startingStep: 7 }"
                        + "\n    promote: [10m]", R + "analysis.startingStep", "numbered 0 to 6"),
                bad("    promote: [10m]", "    analysis: { templates: [ { templateName: success-rate } ], startingStep: -1 }"
                        + "\n    promote: [10m]", R + "analysis.startingStep", "0"),
                bad("    promote: [10m]", "    analysis: { templates: [ { templateName: success-rate }, { templateName:"
                        + " success-rate } ] }\n    promote: [10m]", R + "analysis.templates.1.templateName",
                        "comes from two templates of this background analysis"),
                bad("    promote: [10m]", "    progressDeadlineSeconds: 0\n    promote: [10m]", R + "progressDeadlineSeconds",
                        "1"),
                bad("    promote: [10m]", "    progressDeadlineAbort: yes-please\n    promote: [10m]",
                        R + "progressDeadlineAbort", "true"),
                bad("    promote: [10m]", "    maxTrafficWeight: 50\n    promote: [10m]", R + "maxTrafficWeight",
                        "unknown field 'maxTrafficWeight'"),
                bad("successCondition: result >= 0.95", "successCondition: result >= 0.95\n        consecutiveSuccessLimit: -1",
                        M + "consecutiveSuccessLimit", "0"),
                bad("successCondition: result >= 0.95", "successCondition: result >= 0.95\n        failureLimit: -1",
                        "analysisTemplates.success-rate.metrics.0", "failureLimit and consecutiveSuccessLimit cannot both be"
                                + " disabled"),
                bad("successCondition: result >= 0.95", "successCondition: result >= 0.95\n        interval: 10s\n"
                        + "        count: 2\n        consecutiveSuccessLimit: 3", "analysisTemplates.success-rate.metrics.0",
                        "count (2) must be >= failureLimit + consecutiveSuccessLimit (0 + 3)"),
                bad("        successCondition: result >= 0.95\n", "        successCondition: result >= 0.95\n"
                        + "    dryRun: [ { metricName: latency } ]\n", "analysisTemplates.success-rate.dryRun.0.metricName",
                        "matches no metric of this template"),
                bad("        successCondition: result >= 0.95\n", "        successCondition: result >= 0.95\n"
                        + "    dryRun: [ { metricName: '(' } ]\n", "analysisTemplates.success-rate.dryRun.0.metricName",
                        "not a regular expression"),
                bad("        successCondition: result >= 0.95\n", "        successCondition: result >= 0.95\n"
                        + "    dryRun: [ { metric: success-rate } ]\n", "analysisTemplates.success-rate.dryRun.0.metric",
                        "did you mean 'metricName'"),
                bad("        work: exponential(mean=20ms)", "        work: exponential(mean=20ms)\n"
                        + "    vpa: { updatePolicy: { updateMode: \"Off\" } }", R + "service", "a VPA over a Rollout is not modelled"),
                bad("mesh:\n  mtls: DISABLE\n  services:\n    api:\n      route:\n        - destinations: { v1: 100, v2: 0 }\n",
                        "", "rollouts", "add a 'mesh' section"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    /** The condition's own column is in the message; the issue's line and column are the field's in the file. */
    @Test
    void aConditionSyntaxErrorGivesTheFieldsPositionAndTheConditionsColumn() {
        String bad = TestScenarios.edit(ROLLOUT, "result >= 0.95", "result >= 0.95 &&");
        Issue issue = TestScenarios.onlyIssue(bad);
        int line = (int) ROLLOUT.lines().takeWhile(l -> !l.contains("successCondition")).count() + 1;
        assertThat(issue.line()).isEqualTo(line);
        assertThat(issue.column()).isEqualTo(ROLLOUT.lines().skip(line - 1).findFirst().orElseThrow().indexOf("result") + 1);
        assertThat(issue.message()).contains("column 18 of the condition");
    }

    @Test
    void theFileBindsToArgosCanary() throws Exception {
        List<RolloutConfig> rollouts = TestScenarios.load(ROLLOUT).rollouts();
        assertThat(rollouts).hasSize(1);
        RolloutConfig r = rollouts.get(0);
        assertThat(r.startAtSeconds()).isEqualTo(120);
        assertThat(r.canary().replicas()).isEqualTo(5);
        assertThat(r.canary().steps()).containsExactly(new CanaryStep.SetWeight(20), CanaryStep.Pause.forSeconds(60),
                new CanaryStep.Analysis(), new CanaryStep.SetWeight(30), CanaryStep.Pause.forSeconds(60),
                new CanaryStep.SetWeight(70), CanaryStep.Pause.indefinite());
        assertThat(r.canary().abortScaleDownDelaySeconds()).hasValue(30);
        assertThat(r.canary().scaleDownDelaySeconds()).isEqualTo(RolloutDefaults.SCALE_DOWN_DELAY_SECONDS);
        assertThat(r.promoteAt()).containsExactly(600.0);
        MetricSpec metric = r.stepAnalyses().get(2).get(0).spec();
        assertThat(metric.name()).isEqualTo("success-rate");
        assertThat(metric.failureLimit()).isEqualTo(MetricSpec.DEFAULT_FAILURE_LIMIT);
        assertThat(metric.consecutiveErrorLimit()).isEqualTo(MetricSpec.DEFAULT_CONSECUTIVE_ERROR_LIMIT);
        assertThat(metric.effectiveCount()).hasValue(1);
        assertThat(r.stepAnalyses().get(2).get(0).windowSeconds()).isEqualTo(60);
        // the fields the file leaves out, at Argo's defaults
        assertThat(r.canary().progressDeadlineSeconds()).isEqualTo(RolloutDefaults.PROGRESS_DEADLINE_SECONDS).isEqualTo(600);
        assertThat(r.canary().progressDeadlineAbort()).isFalse();
        assertThat(r.canary().backgroundAnalysis()).isEmpty();
        assertThat(r.backgroundAnalysis()).isEmpty();
        assertThat(metric.consecutiveSuccessLimit()).isZero();
        assertThat(metric.dryRun()).isFalse();
    }

    /**
     * setCanaryScale in its three forms, a background analysis with its startingStep, the progress deadline, a
     * metric's consecutiveSuccessLimit, and a dryRun rule of one template that, merged into the run as Argo merges
     * them, also makes the other template's metric of the same run dry-run (the rule {@code rate} matches both).
     */
    @Test
    void theFurtherFieldsBindToArgosCanary() throws Exception {
        String text = ROLLOUT.replace("      - setWeight: 30\n", "      - setCanaryScale: { replicas: 2 }\n"
                        + "      - setCanaryScale: { weight: 40 }\n      - setCanaryScale: { matchTrafficWeight: true }\n"
                        + "      - setWeight: 30\n")
                .replace("    promote: [10m]", "    progressDeadlineSeconds: 120\n    progressDeadlineAbort: true\n"
                        + "    analysis: { templates: [ { templateName: success-rate }, { templateName: error-rate } ],"
                        + " startingStep: 1 }\n    promote: [10m]")
                .replace("        successCondition: result >= 0.95\n", "        successCondition: result >= 0.95\n"
                        + "        interval: 10s\n        consecutiveSuccessLimit: 3\n"
                        + "  error-rate:\n    dryRun: [ { metricName: rate } ]\n    metrics:\n      - name: error-rate\n"
                        + "        provider: { versionMetric: errorRate, window: 1m }\n        successCondition: result < 0.05\n");
        RolloutConfig r = TestScenarios.load(text).rollouts().get(0);
        assertThat(r.canary().steps().subList(3, 6)).containsExactly(
                new CanaryStep.SetCanaryScale(new CanaryScale.Replicas(2)),
                new CanaryStep.SetCanaryScale(new CanaryScale.Weight(40)),
                new CanaryStep.SetCanaryScale(new CanaryScale.MatchTrafficWeight()));
        assertThat(r.canary().progressDeadlineSeconds()).isEqualTo(120);
        assertThat(r.canary().progressDeadlineAbort()).isTrue();
        assertThat(r.canary().backgroundAnalysis()).contains(new CanarySpec.BackgroundAnalysis(1));
        assertThat(r.backgroundAnalysis()).extracting(m -> m.spec().name(), m -> m.spec().dryRun())
                .containsExactly(tuple("success-rate", true), tuple("error-rate", true));
        MetricSpec step = r.stepAnalyses().get(2).get(0).spec();
        assertThat(step.consecutiveSuccessLimit()).isEqualTo(3);
        assertThat(step.dryRun()).as("the step's run has only success-rate's template, without dryRun").isFalse();
    }
}
