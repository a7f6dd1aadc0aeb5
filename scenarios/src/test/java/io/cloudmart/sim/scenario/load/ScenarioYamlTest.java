package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioYamlTest {

    @Test
    void minimalScenarioIsWrittenWithEveryDefaultAndUnits() throws Exception {
        String yaml = ScenarioYaml.toYaml(load(MINIMAL));

        assertThat(yaml).isEqualTo("""
                name: mmc-check
                description: "One pod with four workers and no gateway or mesh — an M/M/4 queue."
                seed: 7
                duration: 2h
                warmup: 10m
                replications: 1
                load:
                  rate: 30
                  journeys:
                    browse: { weight: 1, call: api.get }
                services:
                  api:
                    replicas: 1
                    pod: { cpu: 4, memory: 512Mi, concurrency: 4 }
                    endpoints:
                      get:
                        work: exponential(mean=100ms)
                """);
    }

    @Test
    void minimalScenarioRoundTrips() throws Exception {
        ScenarioSpec spec = load(MINIMAL);

        assertThat(load(ScenarioYaml.toYaml(spec))).isEqualTo(spec);
    }

    @Test
    void defaultsAppearInTheOutput() throws Exception {
        ScenarioSpec spec = load("""
                name: bare
                duration: 90m
                load:
                  rate: 1
                  journeys: { j: { call: a.b } }
                services:
                  a: { endpoints: { b: { work: constant(value=1ms) } } }
                """);

        String yaml = ScenarioYaml.toYaml(spec);

        assertThat(yaml).contains("description: \"\"\n", "seed: 1\n", "duration: 1.5h\n", "warmup: 0s\n",
                "replications: 1\n", "j: { weight: 1, call: a.b }", "replicas: 1\n",
                "pod: { cpu: 1, memory: 512Mi, concurrency: 200 }");
        assertThat(load(yaml)).isEqualTo(spec);
    }

    @Test
    void multiLineDescriptionIsALiteralBlock() throws Exception {
        String yaml = ScenarioYaml.toYaml(load(MINIMAL.replace(
                "description: One pod with four workers and no gateway or mesh — an M/M/4 queue.",
                "description: |\n  First line.\n\n  Third: \"quoted\" # not a comment\n")));

        assertThat(yaml).contains("description: |\n  First line.\n\n  Third: \"quoted\" # not a comment\nseed: 7\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "one line", "two\nlines", "ends\nwith newline\n", "keeps\n\ntwo\n\n",
        " leading space\nx", "tab\there\nx", "trailing space \nx ", "odd \u2028 separator", "nel \u0085 x\ny",
        "yes", "- dash", "\\ back \"slash\"", "emoji 🙂\nline"})
    void anyDescriptionRoundTrips(String description) throws Exception {
        ScenarioSpec spec = load(MINIMAL);
        ScenarioSpec described = new ScenarioSpec(spec.name(), description, spec.seed(), spec.durationSeconds(),
                spec.warmupSeconds(), spec.replications(), spec.load(), spec.services());

        assertThat(load(ScenarioYaml.toYaml(described)).description()).isEqualTo(description);
    }

    @Test
    void richScenarioRoundTrips(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "ms,latency\n1,12ms\n2,0.5\n");
        String rich = """
                name: rich-1
                description: 'Quotes " and \\\\ and: colons # not a comment'
                seed: -42
                duration: 1h30m
                warmup: 1.5s
                replications: 5
                load:
                  stages:
                    - { duration: 250ms, rate: 0.5 }
                    - { duration: 1d, rate: 1e3 }
                  journeys:
                    Browse_All: { weight: 0.25, call: web.home }
                    buy: { call: orders.place_order }
                services:
                  web:
                    replicas: 12
                    pod: { cpu: 250m, memory: 1G, concurrency: 1 }
                    endpoints:
                      home: { work: "lognormal(median=80ms, p99=1.2s)" }
                  orders:
                    pod: { cpu: 0.333, memory: 1536Ki }
                    endpoints:
                      place_order: { work: "erlang(k=3, mean=30ms)" }
                      audit: { work: "gamma(shape=0.5, mean=1m)" }
                      odd: { work: "weibull( shape=1.5 , scale=200us )" }
                      trace: { work: "empirical(file=trace.csv, column=latency)" }
                      flat: { work: "uniform(min=0ms, max=2s)" }
                      fixed: { work: "constant(value=0.000123s)" }
                """;
        ScenarioSpec spec = load(rich, dir);

        String yaml = ScenarioYaml.toYaml(spec);

        assertThat(load(yaml, dir)).isEqualTo(spec);
        assertThat(yaml).contains("duration: 1.5h\n", "warmup: 1.5s\n", "seed: -42\n",
                "- { duration: 250ms, rate: 0.5 }", "- { duration: 1d, rate: 1000 }",
                "pod: { cpu: 0.25, memory: 1G, concurrency: 1 }", "memory: 1536Ki",
                "work: weibull( shape=1.5 , scale=200us )", "work: empirical(file=trace.csv, column=latency)");
    }
}
