package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.edit;
import static io.cloudmart.sim.scenario.load.TestScenarios.onlyIssue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Numbers without a finite value, and text made to forge messages or fill the screen: each gives
 * one clean issue, whether written in the file or given with --set.
 */
class HostileValuesTest {
    private static final List<String> NOT_FINITE = List.of("1e309", "-1e309", ".inf", "-.inf", "+.inf", ".nan", ".NaN",
            "1e99999999999");

    /** One field of each numeric kind the loader reads, with the line of the minimal scenario it is on. */
    private static final List<String> NUMERIC_FIELDS = List.of(
            "seed",                          // whole number, any sign
            "load.rate",                     // number > 0
            "services.api.replicas",         // whole number in a range
            "services.api.pod.cpu",          // CPU quantity
            "services.api.pod.memory",       // memory quantity
            "services.api.pod.concurrency",  // whole number >= 1
            "duration",                      // duration
            "warmup",                        // duration >= 0
            "load.journeys.browse.weight",   // number > 0 with a default
            "services.api.endpoints.get.errorRate", // fraction
            "load.scale");                   // number > 0 with a default

    static Stream<Arguments> fieldsAndValues() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : NUMERIC_FIELDS) {
            for (String value : NOT_FINITE) {
                cases.add(Arguments.of(field, value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "--set {0}={1}")
    @MethodSource("fieldsAndValues")
    void aNumberWithoutAFiniteValueGivenWithSetIsRefusedCleanly(String field, String value) {
        Issue issue = onlyIssue(MINIMAL, field + "=" + value);
        assertThat(issue.path()).isEqualTo(field);
        assertThat(issue.message()).contains("finite").contains(value);
    }

    @ParameterizedTest(name = "{1} in the file")
    @MethodSource("valuesInTheFile")
    void aNumberWithoutAFiniteValueInTheFileIsRefusedAtItsLine(String from, String value, String path, int line) {
        Issue issue = onlyIssue(edit(MINIMAL, from, from.substring(0, from.indexOf(':') + 2) + value));
        assertThat(issue.path()).isEqualTo(path);
        assertThat(issue.line()).isEqualTo(line);
        assertThat(issue.message()).contains("finite").contains(value);
    }

    static Stream<Arguments> valuesInTheFile() {
        List<Arguments> cases = new ArrayList<>();
        for (String value : NOT_FINITE) {
            cases.add(Arguments.of("seed: 7", value, "seed", 3));
            cases.add(Arguments.of("rate: 30", value, "load.rate", 7));
            cases.add(Arguments.of("replicas: 1", value, "services.api.replicas", 12));
            cases.add(Arguments.of("duration: 2h", value, "duration", 4));
        }
        return cases.stream();
    }

    @Test
    void aNumberWithoutAFiniteValueInsideAQuantityOrADistributionIsRefusedCleanly() {
        for (String value : NOT_FINITE) {
            Issue cpu = onlyIssue(edit(MINIMAL, "cpu: 4", "cpu: " + value));
            assertThat(cpu.path()).isEqualTo("services.api.pod.cpu");
            Issue gamma = onlyIssue(MINIMAL, "services.api.endpoints.get.work=gamma(shape=" + value + ", mean=1s)");
            assertThat(gamma.message()).contains("shape");
            Issue erlang = onlyIssue(MINIMAL, "services.api.endpoints.get.work=erlang(k=" + value + ", mean=1s)");
            assertThat(erlang.message()).contains("'k'");
            Issue mean = onlyIssue(MINIMAL, "services.api.endpoints.get.work=exponential(mean=" + value + "s)");
            assertThat(mean.message()).contains("'mean'");
        }
    }

    static Stream<Arguments> otherKinds() {
        List<Arguments> cases = new ArrayList<>();
        for (String value : NOT_FINITE) {
            // a number in a closed range, a number >= 0, a rate >= 0, a whole number with a wide range
            cases.add(Arguments.of("mesh.services.payment.outlierDetection.maxEjectionPercent", value));
            cases.add(Arguments.of("mesh.services.order.route.0.destinations.stable", value));
            cases.add(Arguments.of("load.shape.spike.base", value));
            cases.add(Arguments.of("gateway.plugins.rate-limiting.second", value));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "--set {0}={1}")
    @MethodSource("otherKinds")
    void aNumberWithoutAFiniteValueInTheOtherKindsOfFieldIsRefusedCleanly(String field, String value) {
        Issue issue = onlyIssue(TestScenarios.CLOUDMART, field + "=" + value);
        assertThat(issue.path()).isEqualTo(field);
        assertThat(issue.message()).contains("finite").contains(value);
    }

    @Test
    void aKeyWithAnEscapeSequenceAndANewlineGivesOneEscapedLine() {
        Issue issue = onlyIssue(edit(MINIMAL, "seed: 7", "\"se\\e[31med\\nfake.yaml:1:1: error\": 7"));
        String line = issue.format();
        assertThat(line).doesNotContain("\n", "\u001b").contains("se\\e[31med\\nfake.yaml");
        assertThat(issue.line()).isEqualTo(3);
    }

    @Test
    void aHugeValueIsCutInTheMessage() {
        String huge = "x".repeat(1_000_000);
        Issue issue = onlyIssue(MINIMAL, "duration=" + huge);
        String line = issue.format();
        assertThat(line).doesNotContain("\n").contains("\u2026");
        assertThat(line.length()).isLessThan(2 * SafeText.MAX_SHOWN + 600);
    }

    @Test
    void aHugeValueInTheFileIsCutInTheMessage() {
        String huge = "x".repeat(InputLimits.LINE_CHARS - 20);
        Issue issue = onlyIssue(edit(MINIMAL, "name: mmc-check", "name: " + huge));
        assertThat(issue.format()).contains("\u2026").hasSizeLessThan(400);
    }

    @Test
    void aFileWithThousandsOfProblemsListsTheFirstFiftyAndCountsTheRest() {
        StringBuilder junk = new StringBuilder(MINIMAL);
        for (int i = 0; i < 3_000; i++) {
            junk.append("junk").append(i).append(": 1\n");
        }
        List<Issue> issues = TestScenarios.issues(junk.toString());
        assertThat(issues).hasSize(Problems.MAX_REPORTED + 1);
        assertThat(issues.get(0).message()).contains("unknown field 'junk0'");
        assertThat(issues.get(Problems.MAX_REPORTED).message()).isEqualTo("… and 2,950 more problems, not listed; fix these first");
    }

    @Test
    void didYouMeanOffersTheClosestFewNotEveryCandidate() {
        StringBuilder services = new StringBuilder();
        for (String name : List.of("apa", "apb", "apc", "apd")) {
            services.append(service(name));
        }
        for (int i = 0; i < 40; i++) {
            services.append(service("svc" + i));
        }
        String yaml = edit(MINIMAL, "services:\n", "services:\n" + services).replace("call: api.get", "call: apx.get");
        Issue issue = onlyIssue(yaml);
        assertThat(issue.message()).contains("did you mean 'apa', 'apb' or 'apc'?").doesNotContain("'apd'")
                .contains("and 33 more");
    }

    private static String service(String name) {
        return "  " + name + ": { endpoints: { get: { work: \"exponential(mean=1ms)\" } } }\n";
    }
}
