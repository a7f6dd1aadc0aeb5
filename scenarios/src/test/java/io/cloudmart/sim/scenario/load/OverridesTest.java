package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.BadInputTest.assertIssue;
import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.issues;
import static io.cloudmart.sim.scenario.load.TestScenarios.load;
import static io.cloudmart.sim.scenario.load.TestScenarios.onlyIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set path=value}: applied before binding, checked against the schema, blamed when wrong. */
class OverridesTest {
    private static final String STAGED = MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n", """
              stages:
                - { duration: 10m, rate: 10 }
                - { duration: 20m, rate: 40 }
            """);

    @Test
    void scalarFields() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "services.api.replicas=3", "name=foo", "seed=99", "description=a # b",
                "services.api.pod.cpu=500m", "load.journeys.browse.weight=2.5");

        assertThat(spec.services().get("api").replicas()).isEqualTo(3);
        assertThat(spec.name()).isEqualTo("foo");
        assertThat(spec.seed()).isEqualTo(99L);
        assertThat(spec.description()).isEqualTo("a # b");
        assertThat(spec.services().get("api").pod().cpuCores()).isEqualTo(0.5);
        assertThat(spec.load().journeys().get("browse").weight()).isEqualTo(2.5);
    }

    @Test
    void durationFollowsIntoAConstantRateStage() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "duration=200h");

        assertThat(spec.durationSeconds()).isEqualTo(720_000.0);
        assertThat(spec.load().stages()).containsExactly(new StageSpec(720_000.0, 30.0));
    }

    @Test
    void distributionValue() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "services.api.endpoints.get.work=uniform(min=1ms, max=3ms)");

        assertThat(spec.services().get("api").endpoints().get("get").work().params())
                .containsEntry("min", 0.001).containsEntry("max", 0.003);
    }

    @Test
    void listElementByIndexInBothSpellings() throws Exception {
        ScenarioSpec spec = load(STAGED, "load.stages.0.rate=15", "load.stages[1].duration=1h");

        assertThat(spec.load().stages()).containsExactly(new StageSpec(600.0, 15.0), new StageSpec(3600.0, 40.0));
    }

    @Test
    void indexEqualToTheSizeAppends() throws Exception {
        ScenarioSpec spec = load(STAGED, "load.stages.2={duration: 5m, rate: 80}");

        assertThat(spec.load().stages()).hasSize(3).last().isEqualTo(new StageSpec(300.0, 80.0));
    }

    @Test
    void rateReplacesStagesAndStagesReplaceRate() throws Exception {
        ScenarioSpec constant = load(STAGED, "load.rate=7");
        ScenarioSpec staged = load(MINIMAL, "load.stages.0={duration: 1m, rate: 3}");

        assertThat(constant.load().constantRate()).isTrue();
        assertThat(constant.load().stages()).containsExactly(new StageSpec(7200.0, 7.0));
        assertThat(staged.load().constantRate()).isFalse();
        assertThat(staged.load().stages()).containsExactly(new StageSpec(60.0, 3.0));
    }

    @Test
    void aReplacedAlternativeIsNotedAndOnlyWhenTheFileHadIt() throws Exception {
        var constant = new ScenarioLoader().loaded(TestScenarios.SOURCE, STAGED, null, List.of("load.rate=7"));
        assertThat(constant.notes())
                .containsExactly("--set load.rate=7 drops load.stages: the two exclude each other, and the one set wins");
        var shaped = new ScenarioLoader().loaded(TestScenarios.SOURCE, MINIMAL, null,
                List.of("load.shape.spike={base: 5, peak: 20, at: 1m, rampUp: 1m, hold: 1m, rampDown: 1m}"));
        assertThat(shaped.notes()).singleElement().asString().contains("drops load.rate");
        // changing a stage of a staged load, or the rate of a constant one, drops nothing
        assertThat(new ScenarioLoader().loaded(TestScenarios.SOURCE, STAGED, null, List.of("load.stages.0.rate=15"))
                .notes()).isEmpty();
        assertThat(new ScenarioLoader().loaded(TestScenarios.SOURCE, MINIMAL, null, List.of("load.rate=15")).notes())
                .isEmpty();
    }

    @Test
    void sectionAsAFlowValue() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "services.api.pod={cpu: 2, memory: 1Gi}");

        assertThat(spec.services().get("api").pod()).isEqualTo(new PodSpec(2.0, 1024.0, 200));
    }

    @Test
    void nullRestoresTheDefault() throws Exception {
        ScenarioSpec spec = load(MINIMAL, "warmup=null", "services.api.pod.concurrency=null");

        assertThat(spec.warmupSeconds()).isZero();
        assertThat(spec.services().get("api").pod().concurrency()).isEqualTo(PodSpec.DEFAULT_CONCURRENCY);
    }

    @Test
    void newMapKeysAddEntries() throws Exception {
        ScenarioSpec spec = load(MINIMAL,
                "services.db.endpoints.query.work=constant(value=5ms)",
                "load.journeys.search.call=db.query",
                "load.journeys.search.weight=3");

        assertThat(spec.services().keySet()).containsExactly("api", "db");
        assertThat(spec.load().journeys()).containsEntry("search", new JourneySpec(3.0, "db", "query"));
    }

    @Test
    void laterOverrideOfTheSamePathWins() throws Exception {
        assertThat(load(MINIMAL, "seed=1", "seed=2").seed()).isEqualTo(2L);
    }

    // ---------------------------------------------------------------- mistakes

    @Test
    void unknownFieldInPathWithDidYouMean() {
        Issue issue = onlyIssue(MINIMAL, "services.api.replica=2");

        assertIssue(issue, "--set services.api.replica=2", 0, 0, "",
                "unknown field 'replica'; did you mean 'replicas'? Allowed: replicas, pod, endpoints");
        assertThat(issue.format()).startsWith("--set services.api.replica=2: unknown field 'replica'; did you mean 'replicas'?");
    }

    @Test
    void unknownTopLevelFieldInPath() {
        assertIssue(onlyIssue(MINIMAL, "durration=1h"), "--set durration=1h", 0, 0, "",
                "unknown field 'durration'; did you mean 'duration'?");
    }

    @Test
    void missingEquals() {
        assertIssue(onlyIssue(MINIMAL, "duration"), "--set duration", 0, 0, "", "missing '=': write --set path=value");
        assertIssue(onlyIssue(MINIMAL, "=3"), "--set =3", 0, 0, "", "missing path before '='");
    }

    @Test
    void malformedPaths() {
        assertIssue(onlyIssue(MINIMAL, "services..replicas=2"), "--set services..replicas=2", 0, 0, "", "empty name");
        assertIssue(onlyIssue(MINIMAL, "duration.unit=s"), "--set duration.unit=s", 0, 0, "",
                "duration is a single value; it has no field 'unit'");
        assertIssue(onlyIssue(STAGED, "load.stages.first.rate=2"), "--set load.stages.first.rate=2", 0, 0, "",
                "load.stages is a list; choose an element by its index, e.g. load.stages.0");
        assertIssue(onlyIssue(STAGED, "load.stages.5.rate=2"), "--set load.stages.5.rate=2", 0, 0, "",
                "load.stages has 2 elements; use an index from 0 to 2 (2 adds one)");
    }

    @Test
    void sectionValueThatIsNotYaml() {
        Issue issue = onlyIssue(MINIMAL, "services.api.pod={cpu: 2");

        assertIssue(issue, "--set services.api.pod={cpu: 2", 0, 0, "", "the value is not valid YAML: ");
        assertThat(issue.message()).doesNotContain("\n", "reader");
    }

    @Test
    void valueOfTheWrongTypeIsBlamedOnTheOverride() {
        assertIssue(onlyIssue(MINIMAL, "services.api.replicas=four"), "--set services.api.replicas=four", 0, 0,
                "services.api.replicas", "expected a whole number, got 'four'");
        assertIssue(onlyIssue(MINIMAL, "duration=30"), "--set duration=30", 0, 0, "duration", "write 30s, not 30");
        assertIssue(onlyIssue(MINIMAL, "services.api.pod.cpu=-2"), "--set services.api.pod.cpu=-2", 0, 0,
                "services.api.pod.cpu", "must be > 0 (got -2)");
    }

    @Test
    void consequencesOfAnOverrideAreBlamedOnIt() {
        assertIssue(onlyIssue(MINIMAL, "warmup=3h"), "--set warmup=3h", 0, 0, "warmup",
                "warmup (3h) must be shorter than duration (2h)");
        assertIssue(onlyIssue(MINIMAL, "services.web.replicas=2"), "--set services.web.replicas=2", 0, 0,
                "services.web", "missing required field 'endpoints'");
        assertIssue(onlyIssue(MINIMAL, "services.api.pod={cpu: 2, memroy: 1Gi}"),
                "--set services.api.pod={cpu: 2, memroy: 1Gi}", 0, 0, "services.api.pod.memroy",
                "did you mean 'memory'?");
    }

    @Test
    void fileIssuesStillPointIntoTheFile() {
        List<Issue> issues = issues(MINIMAL.replace("cpu: 4", "cpu: 0"), "services.api.replicas=2");

        assertThat(issues).hasSize(1);
        assertIssue(issues.get(0), "mmc.yaml", 13, 17, "services.api.pod.cpu", "must be > 0 (got 0)");
    }

    @Test
    void badOverridesAreReportedTogetherAfterTheFileIssues() {
        List<Issue> issues = issues(MINIMAL.replace("cpu: 4", "cpu: 0"), "replica=2", "duration");

        assertThat(issues).extracting(Issue::source).containsExactly("mmc.yaml", "--set replica=2", "--set duration");
    }

    @Test
    void anOverrideCanFixABadValueInTheFile() throws Exception {
        assertThat(load(MINIMAL.replace("seed: 7", "seed: x"), "seed=3").seed()).isEqualTo(3L);
    }
}
