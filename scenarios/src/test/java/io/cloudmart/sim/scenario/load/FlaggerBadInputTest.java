package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.rollout.FlaggerMetric;

/**
 * One mistake per Flagger canary field, made in a scenario that uses them (test resource {@code load/flagger.yaml}):
 * exactly one issue, with its path, a line and column, and a key phrase; and the file as written binds to what
 * Flagger would run.
 */
class FlaggerBadInputTest {
    private static final String FLAGGER = TestScenarios.resource("/load/flagger.yaml");
    private static final String ROLLOUT = TestScenarios.resource("/load/rollout.yaml");
    private static final String C = "canaries.api.";
    private static final String A = C + "analysis.";
    private static final String STEPS = "stepWeight: 20\n      maxWeight: 60";

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(FLAGGER, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("service: api", "service: apx", C + "service", "no service named 'apx'"),
                bad("stableVersion: v1", "stableVersion: v0", C + "stableVersion", "has no version 'v0'"),
                bad("canaryVersion: v2", "canaryVersion: v3", C + "canaryVersion", "has no version 'v3'"),
                bad("canaryVersion: v2", "canaryVersion: v1", C + "canaryVersion", "must differ from the stable"),
                bad("startAt: 2m", "startAt: 2", C + "startAt", "unit"),
                // required, unlike a rollout's: Argo CD's commits start Argo rollouts only
                bad("    startAt: 2m\n", "", "canaries.api", "missing required field 'startAt'"),
                bad("startAt: 2m", "startAt: 2m\n    replicas: 0", C + "replicas", "1"),
                bad("startAt: 2m", "startAt: 2m\n    progressDeadlineSeconds: 0", C + "progressDeadlineSeconds", "1"),
                bad("startAt: 2m", "startAt: 2m\n    skipAnalysis: maybe", C + "skipAnalysis", "true"),
                bad("    analysis:", "    analysys:", C + "analysys", "did you mean 'analysis'"),
                bad("interval: 30s", "interval: 30", A + "interval", "unit"),
                bad("threshold: 3", "threshold: 0", A + "threshold", "1"),
                bad("stepWeight: 20", "stepWeight: 120", A + "stepWeight", "100"),
                bad("maxWeight: 60", "maxWeight: 0", A + "maxWeight", "1"),
                bad(STEPS, "stepWeights: [10, 5]", A + "stepWeights.1", "must ascend"),
                bad(STEPS, "stepWeights: [10, 120]", A + "stepWeights.1", "100"),
                bad(STEPS, "stepWeights: []", A + "stepWeights", "at least one weight"),
                bad("stepWeight: 20", "stepWeight: 20\n      stepWeights: [10]", A + "stepWeights", "not both"),
                bad("stepWeight: 20", "stepWeights: [20, 40]", A + "maxWeight", "remove 'maxWeight'"),
                bad(STEPS, "maxWeight: 60\n      stepWeigth: 20", A + "stepWeigth", "did you mean 'stepWeight'"),
                bad("name: request-success-rate", "name: request-success", A + "metrics.0.name", "request-success-rate"),
                bad("{ min: 99 }", "{ min: 101 }", A + "metrics.0.thresholdRange.min", "at most 100"),
                bad("{ min: 99 }", "{ min: -1 }", A + "metrics.0.thresholdRange.min", "0"),
                bad("{ min: 99 }", "{ }", A + "metrics.0.thresholdRange", "needs 'min' or 'max'"),
                bad("{ max: 500 }", "{ min: 600, max: 500 }", A + "metrics.1.thresholdRange.max", "below min"),
                bad("thresholdRange: { min: 99 }\n          interval: 1m", "interval: 1m", A + "metrics.0",
                        "missing required field 'thresholdRange'"),
                bad("interval: 1m", "interval: 20m", A + "metrics.0.interval", "at most 15m"),
                bad("mesh:\n  mtls: DISABLE\n  services:\n    api:\n      route:\n        - destinations: { v1: 100, v2: 0 }\n",
                        "", "canaries", "add a 'mesh' section"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    private static final String CANARY_ON_API = "\ncanaries:\n  %s:\n    service: api\n    stableVersion: v1\n"
            + "    canaryVersion: v2\n    startAt: 2m\n    analysis: { stepWeight: 10 }\n";

    @Test
    void aNameIsUniqueAcrossRolloutsAndCanaries() {
        Issue issue = TestScenarios.onlyIssue(ROLLOUT + CANARY_ON_API.formatted("api"));
        assertThat(issue.path()).isEqualTo("canaries.api");
        assertThat(issue.message()).contains("also names a rollout");
    }

    @Test
    void aServiceHasAtMostOneRelease() {
        Issue issue = TestScenarios.onlyIssue(ROLLOUT + CANARY_ON_API.formatted("api-flagger"));
        assertThat(issue.path()).isEqualTo("canaries.api-flagger.service");
        assertThat(issue.message()).contains("has another rollout or canary");
    }

    @Test
    void theFileBindsToFlaggersCanary() throws Exception {
        List<FlaggerConfig> canaries = TestScenarios.load(FLAGGER).canaries();
        assertThat(canaries).hasSize(1);
        FlaggerConfig c = canaries.get(0);
        assertThat(c.startAtSeconds()).isEqualTo(120);
        assertThat(c.replicas()).as("the primary version's replicas").isEqualTo(5);
        assertThat(c.analysis().intervalSeconds()).isEqualTo(30);
        assertThat(c.analysis().threshold()).isEqualTo(3);
        assertThat(c.analysis().stepWeight()).isEqualTo(20);
        assertThat(c.analysis().maxWeight()).isEqualTo(60);
        assertThat(c.progressDeadlineSeconds()).isEqualTo(FlaggerConfig.DEFAULT_PROGRESS_DEADLINE_SECONDS);
        assertThat(c.skipAnalysis()).isFalse();
        assertThat(c.metrics()).extracting(FlaggerMetric::name)
                .containsExactly(FlaggerMetric.Name.REQUEST_SUCCESS_RATE, FlaggerMetric.Name.REQUEST_DURATION);
        assertThat(c.metrics().get(0).min()).hasValue(99);
        assertThat(c.metrics().get(1).max()).hasValue(500);
        assertThat(c.metrics().get(1).intervalSeconds()).isEqualTo(60);
        // defaults as Flagger's getters, and stepWeights' last as the maximum
        FlaggerConfig d = TestScenarios.load(TestScenarios.edit(TestScenarios.edit(FLAGGER, STEPS,
                "stepWeights: [5, 10, 50]"), "      interval: 30s\n      threshold: 3\n", "")).canaries().get(0);
        assertThat(d.analysis().intervalSeconds()).isEqualTo(60);
        assertThat(d.analysis().threshold()).isEqualTo(1);
        assertThat(d.analysis().maxWeight()).isEqualTo(50);
        assertThat(d.analysis().stepWeights()).containsExactly(5, 10, 50);
    }
}
