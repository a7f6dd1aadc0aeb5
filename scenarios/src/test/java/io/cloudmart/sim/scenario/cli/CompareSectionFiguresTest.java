package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The section figures compare pairs: the catalog's saga-payment-outage (payment refuses every connection from minute
 * 10 to 15, so the mesh retries and the saga compensates) against the same shop without the outage. Without it
 * fewer checkouts are compensated and the mesh retries less, in every replication, so both differences are negative
 * and significant. A figure a run does not have (the mesh of a shop without one) is not compared.
 */
class CompareSectionFiguresTest {

    private static JsonNode figure(JsonNode comparison, String name) {
        for (JsonNode f : comparison.path("figures")) {
            if (f.path("figure").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + name + " in " + comparison);
    }

    private static List<String> figures(JsonNode comparison) {
        List<String> names = new ArrayList<>();
        comparison.path("figures").forEach(f -> names.add(f.path("figure").asText()));
        return names;
    }

    @Test
    void withoutTheOutageFewerSagasAreCompensatedAndTheMeshRetriesLess(@TempDir Path out) throws IOException {
        Cli cli = Cli.run("compare", "saga-payment-outage", "--variant", "--set services.payment.outages=null",
                "--replications", "3", "--quiet", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode c = new ObjectMapper().readTree(out.resolve("compare.json").toFile()).at("/comparisons/0");
        assertThat(c.path("paired").asBoolean()).isTrue();
        JsonNode compensated = figure(c, "saga.compensatedShare");
        assertThat(compensated.path("unit").asText()).isEqualTo("%");
        assertThat(compensated.path("pairs").asInt()).isEqualTo(3);
        // the outage lasts 5 of the 29 measured minutes and fails nearly every checkout in it: about 17 %
        assertThat(compensated.path("baseline").asDouble()).isBetween(10.0, 25.0);
        assertThat(compensated.path("difference").asDouble()).isNegative();
        assertThat(compensated.path("significant").asBoolean()).isTrue();
        assertThat(compensated.path("sentence").asText()).startsWith("saga compensated share is ")
                .contains("percentage points lower").endsWith(": significant");
        JsonNode retries = figure(c, "mesh.retriesPerRequest");
        assertThat(retries.path("baseline").asDouble()).isPositive();
        assertThat(retries.path("difference").asDouble()).isNegative();
        assertThat(retries.path("significant").asBoolean()).isTrue();
        // the same arrivals start the same sagas whether or not payment is down
        assertThat(figure(c, "saga.started").path("difference").asDouble()).isZero();
        assertThat(figures(c)).contains("saga.meanTimeToConsistencyMs", "saga.stuck", "mesh.overflows",
                "mesh.ejections").doesNotContain("rollouts.promotedShare", "gateway.errorShare");
    }

    @Test
    void aFigureOnlyOneRunHasIsNotCompared(@TempDir Path out) throws IOException {
        // lb-compare has a mesh, mmc-check none: the mesh figures drop out, the client's stay
        Cli cli = Cli.run("compare", "src/test/resources/load/lb-compare.yaml", "mmc-check", "--replications", "2",
                "--quiet", "--set", "duration=2m", "--set", "warmup=10s", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode c = new ObjectMapper().readTree(out.resolve("compare.json").toFile()).at("/comparisons/0");
        assertThat(figures(c)).contains("latencyMs.p99", "errorShare").noneMatch(f -> f.startsWith("mesh."));
        assertThat(cli.out()).doesNotContain("mesh retries");
    }
}
