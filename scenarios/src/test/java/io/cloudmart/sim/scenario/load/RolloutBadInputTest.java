package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
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
                bad("versionMetric: successRate", "versionMetric: success", M + "provider.versionMetric", "successRate"),
                bad("window: 1m", "window: 20m", M + "provider.window", "at most 15m"),
                bad("successCondition: result >= 0.95", "successCondition: result >= 0.95\n        failureLimit: -2",
                        M + "failureLimit", "-1"),
                bad("successCondition: result >= 0.95", "successCondition: result => 0.95", M + "successCondition",
                        "at column 8 of the condition"),
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
    }
}
