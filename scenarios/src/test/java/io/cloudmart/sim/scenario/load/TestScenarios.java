package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import java.nio.file.Path;
import java.util.List;

/** Scenario texts and load helpers shared by the loader tests. */
final class TestScenarios {
    /** The pinned minimal scenario of the design document, byte for byte. */
    static final String MINIMAL = """
            name: mmc-check
            description: One pod with four workers and no gateway or mesh — an M/M/4 queue.
            seed: 7
            duration: 2h
            warmup: 10m
            load:
              rate: 30            # requests per second, Poisson arrivals
              journeys:
                browse: { weight: 1, call: api.get }
            services:
              api:
                replicas: 1
                pod: { cpu: 4, memory: 512Mi, concurrency: 4 }
                endpoints:
                  get:
                    work: exponential(mean=100ms)
            """;

    /** A CloudMart-like scenario using every section (issue 3), from test resources. */
    static final String CLOUDMART = resource("/load/cloudmart.yaml");

    /** The source name the helpers load under. */
    static final String SOURCE = "mmc.yaml";

    /** Tolerance for values that must be exact up to double rounding. */
    static final double EPS = 1e-12;

    private TestScenarios() {
    }

    static String resource(String name) {
        try (var in = TestScenarios.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code text} with the first {@code from} replaced by {@code to}; fails if {@code from} is absent. */
    static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("'" + from + "' in the scenario").isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    static ScenarioSpec load(String yaml, String... overrides) throws ScenarioException {
        return new ScenarioLoader().load(SOURCE, yaml, null, List.of(overrides));
    }

    /** What {@code cmsim explain} prints for {@code yaml}. */
    static String explained(String yaml, String... overrides) throws ScenarioException {
        return new ScenarioLoader().loaded(SOURCE, yaml, null, List.of(overrides)).explained();
    }

    /** What {@code cmsim explain} prints for {@code yaml}, its side files in {@code baseDir}. */
    static String explained(String yaml, Path baseDir) throws ScenarioException {
        return new ScenarioLoader().loaded(SOURCE, yaml, baseDir, List.of()).explained();
    }

    static ScenarioSpec load(String yaml, Path baseDir, String... overrides) throws ScenarioException {
        return new ScenarioLoader().load(SOURCE, yaml, baseDir, List.of(overrides));
    }

    /** The issues of a load that must fail. */
    static List<Issue> issues(String yaml, String... overrides) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(yaml, overrides));
        assertThat(e).as("loading should fail").isNotNull();
        assertNoJavaInternals(e);
        return e.issues();
    }

    /** The only issue of a load that must fail with exactly one. */
    static Issue onlyIssue(String yaml, String... overrides) {
        List<Issue> issues = issues(yaml, overrides);
        assertThat(issues).as("issues").hasSize(1);
        return issues.get(0);
    }

    /** Messages are for people: no class names, no stack frames, no parser source dumps. */
    static void assertNoJavaInternals(ScenarioException e) {
        assertThat(e.getMessage())
                .doesNotContain("Exception", "com.fasterxml", "java.", "org.yaml", "\tat ", "[Source:", "io.cloudmart");
    }

    /**
     * Edits {@code from} into {@code to} in {@code scenario} and checks that loading it gives exactly one issue, at
     * {@code path}, with a line and a column, whose message contains {@code phrase}: the bad-input tests' common check.
     */
    static void assertOneIssue(String scenario, String from, String to, String path, String phrase) {
        assertThat(scenario).contains(from);
        List<Issue> issues = issues(edit(scenario, from, to));
        assertThat(issues).as("issues for " + to).hasSize(1);
        Issue issue = issues.get(0);
        assertThat(issue.path()).as("path of " + issue).isEqualTo(path);
        assertThat(issue.line()).as("line of " + issue).isPositive();
        assertThat(issue.column()).as("column of " + issue).isPositive();
        assertThat(issue.message()).as("message of " + issue).contains(phrase);
    }
}
