package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.EPS;
import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioLoaderTest {

    @Test
    void pinnedMinimalScenarioLoadsWithExactValues() throws Exception {
        ScenarioSpec spec = load(MINIMAL);

        assertThat(spec.name()).isEqualTo("mmc-check");
        assertThat(spec.description()).isEqualTo("One pod with four workers and no gateway or mesh — an M/M/4 queue.");
        assertThat(spec.seed()).isEqualTo(7L);
        assertThat(spec.durationSeconds()).isEqualTo(7200.0);
        assertThat(spec.warmupSeconds()).isEqualTo(600.0);
        assertThat(spec.replications()).isEqualTo(1);
        assertThat(spec.load().stages()).containsExactly(new StageSpec(7200.0, 30.0));
        assertThat(spec.load().constantRate()).isTrue();
        assertThat(spec.load().journeys()).containsExactly(Map.entry("browse", new JourneySpec(1.0, "api", "get")));
        assertThat(spec.services()).containsOnlyKeys("api");
        ServiceSpec api = spec.services().get("api");
        assertThat(api.replicas()).isEqualTo(1);
        assertThat(api.pod()).isEqualTo(new PodSpec(4.0, 512.0, 4));
        DistributionSpec work = api.endpoints().get("get").work();
        assertThat(work.name()).isEqualTo("exponential");
        assertThat(work.params()).containsExactly(Map.entry("mean", 0.1));
        assertThat(work.samples()).isEmpty();
        assertThat(work.text()).isEqualTo("exponential(mean=100ms)");
    }

    @Test
    void jsonFormOfTheMinimalScenarioLoadsEqual() throws Exception {
        String json = """
                {
                \t"name": "mmc-check",
                \t"description": "One pod with four workers and no gateway or mesh — an M/M/4 queue.",
                \t"seed": 7,
                \t"duration": "2h",
                \t"warmup": "10m",
                \t"load": {
                \t\t"rate": 30,
                \t\t"journeys": { "browse": { "weight": 1, "call": "api.get" } }
                \t},
                \t"services": {
                \t\t"api": {
                \t\t\t"replicas": 1,
                \t\t\t"pod": { "cpu": 4, "memory": "512Mi", "concurrency": 4 },
                \t\t\t"endpoints": { "get": { "work": "exponential(mean=100ms)" } }
                \t\t}
                \t}
                }
                """;

        assertThat(load(json)).isEqualTo(load(MINIMAL));
    }

    @Test
    void yamlFlowMappingThatLooksLikeJsonStillLoads() throws Exception {
        String flow = "{name: x, duration: 1h, load: {rate: 1, journeys: {j: {call: a.b}}},"
                + " services: {a: {endpoints: {b: {work: constant(value=1ms)}}}}}";

        assertThat(load(flow).name()).isEqualTo("x");
    }

    @Test
    void defaultsAreFilled() throws Exception {
        ScenarioSpec spec = load("""
                name: bare
                duration: 30m
                load:
                  rate: 2.5
                  journeys:
                    only: { call: api.get }
                services:
                  api:
                    endpoints:
                      get: { work: constant(value=20ms) }
                """);

        assertThat(spec.description()).isEmpty();
        assertThat(spec.seed()).isEqualTo(ScenarioSpec.DEFAULT_SEED).isEqualTo(1L);
        assertThat(spec.warmupSeconds()).isZero();
        assertThat(spec.replications()).isEqualTo(1);
        assertThat(spec.load().stages()).containsExactly(new StageSpec(1800.0, 2.5));
        assertThat(spec.load().journeys().get("only").weight()).isEqualTo(1.0);
        ServiceSpec api = spec.services().get("api");
        assertThat(api.replicas()).isEqualTo(1);
        assertThat(api.pod()).isEqualTo(new PodSpec(1.0, 512.0, 200)).isEqualTo(PodSpec.DEFAULT);
    }

    @Test
    void partialPodKeepsDefaultsForTheRest() throws Exception {
        ScenarioSpec spec = load(MINIMAL.replace("pod: { cpu: 4, memory: 512Mi, concurrency: 4 }", "pod: { cpu: 500m }"));

        assertThat(spec.services().get("api").pod()).isEqualTo(new PodSpec(0.5, 512.0, 200));
    }

    @Test
    void stagesAreKeptInOrderAndRateHoldsAfterTheLast() throws Exception {
        ScenarioSpec spec = load(MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n", """
                  stages:
                    - { duration: 10m, rate: 10 }
                    - duration: 1h30m
                      rate: 55.5
                """));

        assertThat(spec.load().constantRate()).isFalse();
        assertThat(spec.load().stages()).containsExactly(new StageSpec(600.0, 10.0), new StageSpec(5400.0, 55.5));
        assertThat(spec.load().rateAt(0.0)).isEqualTo(10.0);
        assertThat(spec.load().rateAt(600.0)).isEqualTo(55.5);
        assertThat(spec.load().rateAt(1e9)).isEqualTo(55.5);
    }

    @Test
    void servicesAndJourneysKeepFileOrder() throws Exception {
        ScenarioSpec spec = load("""
                name: order
                duration: 1h
                load:
                  rate: 1
                  journeys:
                    zeta: { weight: 3, call: web.home }
                    alpha: { weight: 0.5, call: db.query }
                services:
                  web: { endpoints: { home: { work: constant(value=1ms) } } }
                  db: { endpoints: { query: { work: constant(value=1ms) }, write: { work: constant(value=2ms) } } }
                """);

        assertThat(spec.services().keySet()).containsExactly("web", "db");
        assertThat(spec.services().get("db").endpoints().keySet()).containsExactly("query", "write");
        assertThat(spec.load().journeys().keySet()).containsExactly("zeta", "alpha");
        assertThat(spec.load().totalWeight()).isEqualTo(3.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            constant(value=0s)                   | constant    | value=0.0
            constant(value=250ms)                | constant    | value=0.25
            exponential(mean=100ms)              | exponential | mean=0.1
            uniform(min=0ms, max=2s)             | uniform     | min=0.0;max=2.0
            lognormal(median=80ms, p99=1.2s)     | lognormal   | median=0.08;p99=1.2
            erlang(k=3, mean=30ms)               | erlang      | k=3.0;mean=0.03
            gamma(shape=0.5, mean=1m)            | gamma       | shape=0.5;mean=60.0
            weibull(shape=1.5, scale=200us)      | weibull     | shape=1.5;scale=2.0E-4
            ' weibull( scale = 1ns , shape=2 ) ' | weibull     | shape=2.0;scale=1.0E-9
            """)
    void everyDistributionParsesToBaseUnits(String text, String name, String params) throws Exception {
        DistributionSpec work = loadWork(text.strip());

        assertThat(work.name()).isEqualTo(name);
        assertThat(work.text()).isEqualTo(text.strip());
        String[] expected = params.split(";");
        assertThat(work.params()).hasSize(expected.length);
        for (String pair : expected) {
            String[] kv = pair.split("=");
            assertThat(work.param(kv[0])).as(kv[0]).isCloseTo(Double.parseDouble(kv[1]), within(EPS));
        }
    }

    @Test
    void empiricalSamplesAreReadRelativeToTheScenarioFolder() throws Exception {
        Path folder = Path.of(getClass().getResource("/load/samples.csv").toURI()).getParent();

        DistributionSpec work = loadWork("empirical(file=samples.csv)", folder);

        assertThat(work.name()).isEqualTo("empirical");
        assertThat(work.params()).isEmpty();
        assertThat(work.samples()).containsExactly(0.012, 0.0155, 0.02, 0.25, 1.5);
    }

    @Test
    void empiricalColumnChosenByHeaderNameOrNumber(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "timestamp,cpu_time\n1,10ms\n2,20ms\n# comment\n\n3,0.03\n");

        assertThat(loadWork("empirical(file=trace.csv, column=cpu_time)", dir).samples())
                .containsExactly(0.01, 0.02, 0.03);
        assertThat(loadWork("empirical(file=trace.csv, column=2)", dir).samples())
                .containsExactly(0.01, 0.02, 0.03);
        assertThat(loadWork("empirical(file=trace.csv)", dir).samples()).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void scenarioFileOnDiskLoadsAndFindsItsCsv(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("work.csv"), "0.1\n0.2\n");
        Path file = dir.resolve("disk.yaml");
        Files.writeString(file, MINIMAL.replace("exponential(mean=100ms)", "empirical(file=work.csv)"));

        ScenarioSpec spec = new ScenarioLoader().load(file, List.of());

        assertThat(spec.services().get("api").endpoints().get("get").work().samples()).containsExactly(0.1, 0.2);
    }

    @Test
    void byteOrderMarkIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.writeString(file, "\uFEFF" + MINIMAL);

        assertThat(new ScenarioLoader().load(file, List.of())).isEqualTo(load(MINIMAL));
    }

    @Test
    void quotedNumbersAndWholeDoublesAreAccepted() throws Exception {
        ScenarioSpec spec = load(MINIMAL.replace("replicas: 1", "replicas: \"3\"").replace("cpu: 4", "cpu: \"2.0\"")
                .replace("seed: 7", "seed: 7.0"));

        assertThat(spec.services().get("api").replicas()).isEqualTo(3);
        assertThat(spec.services().get("api").pod().cpuCores()).isEqualTo(2.0);
        assertThat(spec.seed()).isEqualTo(7L);
    }

    @Test
    void textFieldsKeepWhatWasWrittenEvenWhenYamlWouldTypeIt() throws Exception {
        ScenarioSpec spec = load(MINIMAL.replace("name: mmc-check", "name: 007").replace(
                "description: One pod with four workers and no gateway or mesh — an M/M/4 queue.", "description: yes"));

        assertThat(spec.name()).isEqualTo("007");
        assertThat(spec.description()).isEqualTo("yes");
    }

    private static DistributionSpec loadWork(String distribution) throws ScenarioException {
        return loadWork(distribution, null);
    }

    private static DistributionSpec loadWork(String distribution, Path folder) throws ScenarioException {
        String yaml = MINIMAL.replace("work: exponential(mean=100ms)", "work: \"" + distribution + "\"");
        return load(yaml, folder).services().get("api").endpoints().get("get").work();
    }
}
