package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.SOURCE;
import static io.cloudmart.sim.scenario.load.TestScenarios.issues;
import static io.cloudmart.sim.scenario.load.TestScenarios.onlyIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake gives one clear issue naming the source, line, column and path. */
class BadInputTest {

    // ---------------------------------------------------------------- the file itself

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");

        Issue issue = onlyIssueOfFile(file);

        assertIssue(issue, file.toString(), 0, 0, "", "no such file");
        assertThat(issue.format()).isEqualTo(file + ": no such file");
    }

    @Test
    void directoryInsteadOfFile(@TempDir Path dir) {
        Issue issue = onlyIssueOfFile(dir);

        assertIssue(issue, dir.toString(), 0, 0, "", "is a folder, not a scenario file");
    }

    @Test
    void binaryFileWithNulBytes() throws Exception {
        Path file = Path.of(getClass().getResource("/load/binary.yaml").toURI());

        Issue issue = onlyIssueOfFile(file);

        assertIssue(issue, file.toString(), 0, 0, "", "not a text file");
    }

    @Test
    void invalidUtf8IsNotText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertIssue(onlyIssueOfFile(file), file.toString(), 0, 0, "", "not a text file (it is not valid UTF-8)");
    }

    @Test
    void nulCharactersInTextFromTheClasspathAreNotText() {
        assertIssue(onlyIssue("name: x\u0000y\n"), SOURCE, 0, 0, "", "not a text file");
    }

    @Test
    void emptyFile() {
        assertIssue(onlyIssue(""), SOURCE, 0, 0, "", "the file is empty");
        assertIssue(onlyIssue("  \n\n"), SOURCE, 0, 0, "", "the file is empty");
        assertIssue(onlyIssue("# just a comment\n"), SOURCE, 0, 0, "", "the file is empty (it holds only comments)");
    }

    @Test
    void topLevelMustBeAMapping() {
        assertIssue(onlyIssue("- name: x\n"), SOURCE, 0, 0, "", "at the top level, got a list");
    }

    // ---------------------------------------------------------------- syntax

    @Test
    void yamlSyntaxErrorHasLineColumnAndNoParserDump() {
        Issue issue = onlyIssue("""
                name: t
                seed: 7: 8
                duration: 1h
                """);

        assertIssue(issue, SOURCE, 2, 8, "", "YAML syntax error: unexpected ':'");
        assertThat(issue.message()).doesNotContain("^", "in 'reader'", "line 2");
    }

    @Test
    void tabIndentationIsExplained() {
        Issue issue = onlyIssue("name: t\nservices:\n\tapi: {}\n");

        assertIssue(issue, SOURCE, 3, 1, "", "YAML syntax error: a tab character cannot indent YAML; indent with spaces");
    }

    @Test
    void unclosedFlowMappingPointsAtBothEnds() {
        Issue issue = onlyIssue("""
                name: t
                pod: { cpu: 4
                duration: 1h
                """);

        assertThat(issue.line()).isEqualTo(3);
        assertThat(issue.message()).startsWith("YAML syntax error: ").contains("starts at line 2, column 6");
    }

    @Test
    void jsonSyntaxError() {
        Issue issue = onlyIssue("{\"name\": \"t\",\n \"seed\": 7\n");

        assertIssue(issue, SOURCE, 3, 1, "", "JSON syntax error: unexpected end-of-input");
    }

    @Test
    void duplicateKey() {
        Issue issue = onlyIssue(MINIMAL.replace("seed: 7", "seed: 7\nseed: 8"));

        assertIssue(issue, SOURCE, 4, 1, "seed", "duplicate field 'seed' (first on line 3)");
    }

    // ---------------------------------------------------------------- fields and types

    @Test
    void unknownFieldWithSuggestionAndAllowedList() {
        Issue issue = onlyIssue("""
                name: t
                duration: 1h
                load:
                  rate: 5
                  journeys:
                    j: { call: api.get }
                services:
                  api:
                    replica: 2
                    endpoints:
                      get: { work: constant(value=10ms) }
                """);

        assertIssue(issue, SOURCE, 9, 5, "services.api.replica",
                "unknown field 'replica' at services.api; did you mean 'replicas'? Allowed: replicas, pod, endpoints");
    }

    @Test
    void unknownTopLevelFieldWithoutCloseMatchListsTheAllowedOnes() {
        Issue issue = onlyIssue(MINIMAL + "fleet: { nodes: 5 }\n");

        assertIssue(issue, SOURCE, 17, 1, "fleet",
                "unknown field 'fleet' at the top level. Allowed: name, description, seed, startTime, duration,"
                        + " warmup, replications, precision, maxReplications, load, gateway, mesh, services, datastores, caches, kafka, sagas");
    }

    @Test
    void wrongTypeForWholeNumber() {
        Issue issue = onlyIssue(MINIMAL.replace("concurrency: 4", "concurrency: four"));

        assertIssue(issue, SOURCE, 13, 48, "services.api.pod.concurrency", "expected a whole number, got 'four'");
    }

    @Test
    void fractionWhereWholeNumberBelongs() {
        Issue issue = onlyIssue(MINIMAL.replace("replicas: 1", "replicas: 1.5"));

        assertIssue(issue, SOURCE, 12, 15, "services.api.replicas", "expected a whole number, got 1.5");
    }

    @Test
    void mappingWhereListBelongs() {
        Issue issue = onlyIssue(MINIMAL.replace("rate: 30", "stages: { duration: 1m, rate: 3 }"));

        assertIssue(issue, SOURCE, 7, 11, "load.stages", "expected a list");
    }

    @Test
    void listWhereMappingBelongs() {
        Issue issue = onlyIssue(MINIMAL.replace("pod: { cpu: 4, memory: 512Mi, concurrency: 4 }", "pod: [4, 512Mi]"));

        assertIssue(issue, SOURCE, 13, 10, "services.api.pod", "expected a mapping");
    }

    @Test
    void badDurationUnit() {
        Issue issue = onlyIssue(MINIMAL.replace("duration: 2h", "duration: 10sx"));

        assertIssue(issue, SOURCE, 4, 11, "duration", "unknown unit 'sx' in '10sx'; use ns, us, ms, s, m, h or d");
    }

    @Test
    void bareNumberDurationSuggestsAUnit() {
        Issue issue = onlyIssue(MINIMAL.replace("duration: 2h", "duration: 30"));

        assertIssue(issue, SOURCE, 4, 11, "duration", "write 30s, not 30");
    }

    @Test
    void badMemoryUnit() {
        Issue issue = onlyIssue(MINIMAL.replace("512Mi", "512MB"));

        assertIssue(issue, SOURCE, 13, 28, "services.api.pod.memory", "unknown unit 'MB' in '512MB'; use Ki, Mi, Gi");
    }

    @Test
    void badCpuQuantity() {
        Issue issue = onlyIssue(MINIMAL.replace("cpu: 4", "cpu: 4 cores"));

        assertIssue(issue, SOURCE, 13, 17, "services.api.pod.cpu", "expected CPU cores like 2, 0.5 or 500m");
    }

    @Test
    void negativeCpu() {
        Issue issue = onlyIssue(MINIMAL.replace("cpu: 4", "cpu: -1"));

        assertIssue(issue, SOURCE, 13, 17, "services.api.pod.cpu", "must be > 0 (got -1)");
        assertThat(issue.format()).isEqualTo("mmc.yaml:13:17: services.api.pod.cpu: must be > 0 (got -1)");
    }

    @Test
    void zeroValues() {
        assertIssue(onlyIssue(MINIMAL.replace("rate: 30", "rate: 0")), SOURCE, 7, 9, "load.rate", "must be > 0 (got 0)");
        assertIssue(onlyIssue(MINIMAL.replace("replicas: 1", "replicas: 0")), SOURCE, 12, 15, "services.api.replicas",
                "must be at least 1 (got 0)");
        assertIssue(onlyIssue(MINIMAL.replace("weight: 1", "weight: -2")), SOURCE, 9, 23, "load.journeys.browse.weight",
                "must be > 0 (got -2)");
        assertIssue(onlyIssue(MINIMAL.replace("duration: 2h", "duration: 0s").replace("warmup: 10m\n", "")),
                SOURCE, 4, 11, "duration", "must be > 0 (got '0s')");
        assertIssue(onlyIssue(MINIMAL.replace("warmup: 10m", "warmup: -1m")), SOURCE, 5, 9, "warmup",
                "must be >= 0 (got '-1m')");
    }

    @Test
    void warmupNotShorterThanDuration() {
        Issue issue = onlyIssue(MINIMAL.replace("warmup: 10m", "warmup: 120m"));

        assertIssue(issue, SOURCE, 5, 9, "warmup", "warmup (2h) must be shorter than duration (2h)");
    }

    @Test
    void missingRequiredFieldNamesTheLineOfTheMappingThatLacksIt() {
        Issue issue = onlyIssue(MINIMAL.replace("duration: 2h\n", ""));

        assertIssue(issue, SOURCE, 1, 1, "", "missing required field 'duration'");
    }

    @Test
    void missingRequiredFieldInsideASectionPointsAtTheSection() {
        Issue issue = onlyIssue(MINIMAL.replace("        work: exponential(mean=100ms)\n", "        {}\n"));

        assertIssue(issue, SOURCE, 15, 7, "services.api.endpoints.get", "missing required field 'work'");
    }

    @Test
    void requiredFieldWithoutValue() {
        Issue issue = onlyIssue(MINIMAL.replace("duration: 2h", "duration:"));

        assertIssue(issue, SOURCE, 4, 1, "duration", "field 'duration' has no value");
    }

    /** Found by MutatedCatalogTest: `{ work: null }` as a step passed validation and then failed in the model. */
    @Test
    void aStepWithoutItsValue() {
        Issue issue = onlyIssue(MINIMAL.replace("        work: exponential(mean=100ms)\n",
                "        steps:\n          - { work: null }\n"));

        assertIssue(issue, SOURCE, 17, 15, "services.api.endpoints.get.steps.0.work", "field 'work' has no value");
    }

    @Test
    void rateAndStagesTogether() {
        Issue issue = onlyIssue(MINIMAL.replace("rate: 30", "rate: 30\n  stages: [{ duration: 1m, rate: 2 }]"));

        assertIssue(issue, SOURCE, 8, 11, "load.stages", "either 'rate'");
    }

    @Test
    void neitherRateNorStages() {
        Issue issue = onlyIssue(MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n", ""));

        assertIssue(issue, SOURCE, 6, 1, "load", "missing required field 'rate' or 'stages'");
    }

    @Test
    void invalidNames() {
        assertIssue(onlyIssue(MINIMAL.replace("name: mmc-check", "name: MMC check")), SOURCE, 1, 7, "name",
                "'MMC check' is not a valid name");
        assertIssue(onlyIssue(MINIMAL.replace("  api:", "  API:").replace("call: api.get", "call: API.get")),
                SOURCE, 11, 3, "services.API", "'API' is not a valid service name");
    }

    // ---------------------------------------------------------------- references

    @Test
    void journeyCallsUnknownService() {
        Issue issue = onlyIssue(MINIMAL.replace("call: api.get", "call: apj.get"));

        assertIssue(issue, SOURCE, 9, 32, "load.journeys.browse.call",
                "unknown service 'apj'; did you mean 'api'? Services: api");
    }

    @Test
    void journeyCallsUnknownEndpoint() {
        Issue issue = onlyIssue(MINIMAL.replace("call: api.get", "call: api.gte"));

        assertIssue(issue, SOURCE, 9, 32, "load.journeys.browse.call",
                "service 'api' has no endpoint 'gte'; did you mean 'get'? Endpoints: get");
    }

    @Test
    void journeyCallWithoutDot() {
        Issue issue = onlyIssue(MINIMAL.replace("call: api.get", "call: api"));

        assertIssue(issue, SOURCE, 9, 32, "load.journeys.browse.call", "expected 'service.endpoint'");
    }

    // ---------------------------------------------------------------- distributions

    @Test
    void unknownDistributionListsTheAllowedNames() {
        Issue issue = onlyIssue(MINIMAL.replace("exponential(mean=100ms)", "expo(mean=100ms)"));

        assertIssue(issue, SOURCE, 16, 15, "services.api.endpoints.get.work",
                "unknown distribution 'expo'; did you mean 'exponential'? Allowed: constant, exponential, uniform,"
                        + " lognormal, erlang, gamma, weibull, empirical");
    }

    @Test
    void distributionParameterMistakes() {
        assertWork("exponential(avg=100ms)", "unknown parameter 'avg' for exponential. Allowed: mean");
        assertWork("lognormal(median=10ms, p90=1s)", "unknown parameter 'p90' for lognormal; did you mean 'p99'?");
        assertWork("uniform(min=1ms)", "missing parameter 'max': write uniform(min=…, max=…)");
        assertWork("exponential(mean=100ms, mean=1s)", "parameter 'mean' is given twice");
        assertWork("exponential(mean=)", "parameter 'mean' has no value");
        assertWork("exponential(100ms)", "expected param=value in exponential(…), got '100ms'");
        assertWork("exponential", "'exponential' needs its parameters: write exponential(mean=…)");
        assertWork("exponential(mean=0.1)", "parameter 'mean' of exponential: a duration needs a unit: write 0.1s, not 0.1");
        assertWork("exponential(mean=10sx)", "unknown unit 'sx' in '10sx'");
        assertWork("exponential(mean=0ms)", "parameter 'mean' of exponential must be > 0 (got 0ms)");
        assertWork("constant(value=-1ms)", "parameter 'value' of constant must be >= 0 (got -1ms)");
        assertWork("uniform(min=5ms, max=1ms)", "uniform max (1ms) must be greater than min (5ms)");
        assertWork("lognormal(median=80ms, p99=50ms)", "lognormal p99 (50ms) must be greater than median (80ms)");
        assertWork("erlang(k=2.5, mean=1s)", "parameter 'k' of erlang must be a whole number >= 1 (got 2.5)");
        assertWork("erlang(k=0, mean=1s)", "parameter 'k' of erlang must be a whole number >= 1 (got 0)");
        assertWork("gamma(shape=-1, mean=1s)", "parameter 'shape' of gamma must be a number > 0 (got -1)");
        assertWork("weibull(shape=wide, scale=1s)", "parameter 'shape' of weibull must be a number > 0 (got wide)");
    }

    @Test
    void numberWhereDistributionBelongs() {
        Issue number = onlyIssue(MINIMAL.replace("exponential(mean=100ms)", "0.1"));
        assertIssue(number, SOURCE, 16, 15, "services.api.endpoints.get.work",
                "expected a distribution such as exponential(mean=100ms) or constant(value=100ms), got 0.1");
        assertWork("100ms", "expected a distribution such as exponential(mean=100ms) or constant(value=100ms), got '100ms'");
    }

    @Test
    void empiricalWithoutAFolderIsRefused() {
        Issue issue = onlyIssue(MINIMAL.replace("exponential(mean=100ms)", "empirical(file=samples.csv)"));

        assertIssue(issue, SOURCE, 16, 15, "services.api.endpoints.get.work", "'mmc.yaml' is not a file on disk");
    }

    @Test
    void empiricalFileProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "seconds\n0.1\nslow\n");
        Files.writeString(dir.resolve("negative.csv"), "0.1\n-0.2\n");
        Files.writeString(dir.resolve("header-only.csv"), "seconds\n");
        Files.writeString(dir.resolve("two.csv"), "a,b\n1,2\n");
        Files.write(dir.resolve("binary.csv"), new byte[] {1, 0, 2});
        Files.createDirectory(dir.resolve("folder.csv"));

        assertEmpirical(dir, "missing.csv", "no such file 'missing.csv'");
        assertEmpirical(dir, "folder.csv", "'folder.csv' is a folder, not a CSV file");
        assertEmpirical(dir, "binary.csv", "'binary.csv' is not a text file");
        assertEmpirical(dir, "bad.csv", "bad.csv line 3: 'slow' is not a number of seconds or a duration like 120ms");
        assertEmpirical(dir, "negative.csv", "negative.csv line 2: samples must be >= 0 (got -0.2)");
        assertEmpirical(dir, "header-only.csv", "header-only.csv has no samples");
        assertEmpirical(dir, "two.csv, column=c", "column 'c' is not in the header of two.csv");
    }

    // ---------------------------------------------------------------- all at once

    @Test
    void everyIssueIsReportedTogetherSortedByLine() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> TestScenarios.load("""
                name: t
                duration: 2x
                load:
                  rate: 5
                  journeys:
                    j: { call: api.nope }
                services:
                  api:
                    replica: 2
                    pod: { cpu: 0, memory: 1Gi }
                    endpoints:
                      get: { work: expo(mean=1ms) }
                """, "seed=abc"));

        assertThat(e.issues()).extracting(Issue::line, Issue::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "duration"),
                org.assertj.core.groups.Tuple.tuple(6, "load.journeys.j.call"),
                org.assertj.core.groups.Tuple.tuple(9, "services.api.replica"),
                org.assertj.core.groups.Tuple.tuple(10, "services.api.pod.cpu"),
                org.assertj.core.groups.Tuple.tuple(12, "services.api.endpoints.get.work"),
                org.assertj.core.groups.Tuple.tuple(0, "seed"));
        assertThat(e.getMessage().lines()).hasSize(6);
        assertThat(e.getMessage()).startsWith("mmc.yaml:2:11: duration: unknown unit 'x' in '2x'")
                .endsWith("--set seed=abc: seed: expected a whole number, got 'abc'");
    }

    @Test
    void wrongSectionTypeIsReportedOnceNotAlsoAsMissingFieldsOrBadCalls() {
        List<Issue> issues = issues(MINIMAL.replace("  api:\n    replicas: 1\n", "  api: 3\n  x:\n    replicas: 1\n"));

        assertThat(issues).extracting(Issue::path).containsExactly("services.api");
        assertThat(issues.get(0).message()).isEqualTo("expected a mapping (indented 'key: value' lines), got 3");
    }

    // ---------------------------------------------------------------- helpers

    private static Issue onlyIssueOfFile(Path file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> new ScenarioLoader().load(file, List.of()));
        assertThat(e).isNotNull();
        TestScenarios.assertNoJavaInternals(e);
        assertThat(e.issues()).hasSize(1);
        return e.issues().get(0);
    }

    private static void assertWork(String distribution, String phrase) {
        Issue issue = onlyIssue(MINIMAL.replace("work: exponential(mean=100ms)", "work: \"" + distribution + "\""));
        assertIssue(issue, SOURCE, 16, 15, "services.api.endpoints.get.work", phrase);
    }

    private static void assertEmpirical(Path dir, String arguments, String phrase) {
        String yaml = MINIMAL.replace("exponential(mean=100ms)", "empirical(file=" + arguments + ")");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> TestScenarios.load(yaml, dir));
        assertThat(e).as(arguments).isNotNull();
        assertThat(e.issues()).hasSize(1);
        assertIssue(e.issues().get(0), SOURCE, 16, 15, "services.api.endpoints.get.work", phrase);
    }

    static void assertIssue(Issue issue, String source, int line, int column, String path, String phrase) {
        assertThat(issue.source()).as("source of " + issue).isEqualTo(source);
        assertThat(issue.line()).as("line of " + issue).isEqualTo(line);
        assertThat(issue.column()).as("column of " + issue).isEqualTo(column);
        assertThat(issue.path()).as("path of " + issue).isEqualTo(path);
        assertThat(issue.message()).as("message of " + issue).contains(phrase);
    }
}
