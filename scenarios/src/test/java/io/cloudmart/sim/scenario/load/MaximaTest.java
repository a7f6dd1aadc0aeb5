package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.CLOUDMART;
import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number that sizes a run's memory or its work per event has a documented maximum, and what
 * the model would refuse at start is refused by validation first: one issue each, with its path.
 */
class MaximaTest {

    static Stream<Arguments> minimalCases() {
        return Stream.of(
                Arguments.of("replications=1001", "replications", "must be at most 1000"),
                Arguments.of("services.api.replicas=2147483647", "services.api.replicas", "must be at most 10000"),
                Arguments.of("services.api.pod.concurrency=10001", "services.api.pod.concurrency", "at most 10000"),
                Arguments.of("services.api.pod.cpu=2000", "services.api.pod.cpu", "at most 1024 cores"),
                Arguments.of("load.rate=1000001", "load.rate", "at most 1000000 requests per second"),
                Arguments.of("load.scale=1e6", "load.scale", "would peak at 30000000 requests per second"),
                Arguments.of("duration=100001h", "duration", "must be at most 100000h"),
                Arguments.of("services.api.endpoints.get.work=exponential(mean=200000h)",
                        "services.api.endpoints.get.work", "must be at most 100000h"),
                Arguments.of("startTime=2026-01-01T00:00:00.5Z", "startTime", "whole second"),
                Arguments.of("startTime=+999999999-12-31T23:59:59Z", "startTime", "between 1970"),
                Arguments.of("name=" + "a".repeat(64), "name", "at most 63"),
                Arguments.of("load.clients.consumers=1000001", "load.clients.consumers", "at most 1000000"),
                Arguments.of("load.shape.schedule=[{duration: 1m, rampTo: 1000000000000}]",
                        "load.shape.schedule.0.rampTo", "at most 1000000 requests per second"),
                Arguments.of("load.shape.spike={base: 1, peak: 1e12, at: 1m, hold: 1m}", "load.shape.spike.peak",
                        "at most 1000000"),
                Arguments.of("load.shape.daily={mean: 600000, amplitude: 500000, peakAt: 1h}",
                        "load.shape.daily.amplitude", "peaks at 1100000"),
                Arguments.of("load.shape.daily={mean: 10, amplitude: 10, period: 100s, peakAt: 1000s}",
                        "load.shape.daily.peakAt", "shorter than the period"),
                Arguments.of("load.rate='1e400'", "load.rate", "finite"),
                Arguments.of("services.api.replicas=null", null, null), // the default: fine
                Arguments.of("services.api.versions={a: {replicas: 9000}, b: {replicas: 2000}}", "services.api.versions",
                        "11000 replicas together"));
    }

    @ParameterizedTest(name = "--set {0}")
    @MethodSource("minimalCases")
    void eachMaximumAndRuleIsOneIssueAtItsPath(String override, String path, String phrase) throws Exception {
        if (path == null) {
            TestScenarios.load(MINIMAL, override);
            return;
        }
        Issue issue = TestScenarios.onlyIssue(MINIMAL, override);
        assertThat(issue.path()).as(issue.format()).isEqualTo(path);
        assertThat(issue.message()).as(issue.format()).contains(phrase);
    }

    static Stream<Arguments> cloudmartCases() {
        return Stream.of(
                Arguments.of("kafka.topics.order-events.partitions=1001", "kafka.topics.order-events.partitions",
                        "at most 1000"),
                Arguments.of("kafka.topics.order-events.consumers.projector.consumers=1001",
                        "kafka.topics.order-events.consumers.projector.consumers", "at most 1000"),
                Arguments.of("mesh.services.payment.outlierDetection.interval=1ns",
                        "mesh.services.payment.outlierDetection.interval", "at least 1ms"),
                Arguments.of("services.gateway={endpoints: {get: {work: 'constant(value=1ms)'}}}", "services.gateway",
                        "names the API gateway's nodes"));
    }

    @ParameterizedTest(name = "--set {0}")
    @MethodSource("cloudmartCases")
    void rulesOfTheWholeShop(String override, String path, String phrase) {
        Issue issue = TestScenarios.onlyIssue(CLOUDMART, override);
        assertThat(issue.path()).as(issue.format()).isEqualTo(path);
        assertThat(issue.message()).as(issue.format()).contains(phrase);
    }

    @Test
    void thePodsOfAllServicesTogetherHaveTheSameMaximum() throws Exception {
        String other = "services.b={replicas: 3000, endpoints: {get: {work: 'constant(value=1ms)'}}}";
        TestScenarios.load(MINIMAL, "services.api.replicas=7000", other);
        Issue issue = TestScenarios.onlyIssue(MINIMAL, "services.api.replicas=8000", other);
        assertThat(issue.path()).isEqualTo("services");
        assertThat(issue.message()).contains("11000 pods together; at most 10000");
    }

    @Test
    void aLoadWithScaleButNoRateIsMissingItsRateNotTakenForAMisspeltShape() {
        String yaml = MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n", "  scale: 2\n");
        Issue issue = TestScenarios.onlyIssue(yaml);
        assertThat(issue.path()).isEqualTo("load");
        assertThat(issue.message()).contains("missing required field 'rate' or 'stages'");
    }

    @Test
    void aSagaOfMoreThan63StepsIsRefused() {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            steps.append("      - { name: s").append(i).append(", call: api.get")
                    .append(i == 0 ? ", type: pivot" : ", type: retriable").append(" }\n");
        }
        String yaml = MINIMAL + "sagas:\n  big:\n    steps:\n" + steps;
        Issue issue = TestScenarios.onlyIssue(yaml);
        assertThat(issue.path()).isEqualTo("sagas.big.steps");
        assertThat(issue.message()).contains("at most 63 steps (got 64)");
    }

    @Test
    void callsNestedMoreThan100DeepAreRefusedWithoutOverflowingTheStack() {
        int chain = 5_000;
        StringBuilder services = new StringBuilder("services:\n");
        for (int i = 0; i < chain; i++) {
            services.append("  s").append(i).append(": { endpoints: { get: { steps: [ ")
                    .append(i + 1 < chain ? "{ call: s" + (i + 1) + ".get }" : "{ work: \"constant(value=1ms)\" }")
                    .append(" ] } } }\n");
        }
        String yaml = MINIMAL.substring(0, MINIMAL.indexOf("services:")).replace("call: api.get", "call: s0.get")
                + services;
        List<Issue> issues = TestScenarios.issues(yaml);
        assertThat(issues).extracting(Issue::message).anyMatch(m -> m.contains("the scenario has 5000 services; at most 1000"))
                .anyMatch(m -> m.contains("nest 4999 deep") && m.contains("at most 100"));
    }

    @Test
    void aStepThatIsOnlyTheTailOfASplitDistributionIsReported() {
        String yaml = MINIMAL.replace("        work: exponential(mean=100ms)",
                "        steps:\n          - { \"p99=5ms)\": 1 }");
        Issue issue = TestScenarios.onlyIssue(yaml);
        assertThat(issue.path()).isEqualTo("services.api.endpoints.get.steps.0");
        assertThat(issue.message()).contains("a step needs one of");
    }
}
