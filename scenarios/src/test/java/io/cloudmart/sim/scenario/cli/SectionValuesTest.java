package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The section figures of {@code replicationValues} (gateway, mesh, saga, rollouts), each checked against what the
 * rest of results.json already reports as a mean over replications or for replication 0.
 */
class SectionValuesTest {
    private static final double EPS = 1e-9;

    private static JsonNode run(Path out, String scenario, String... sets) throws IOException {
        String[] args = new String[6 + sets.length * 2];
        String[] head = {"run", scenario, "--quiet", "--out", out.toString(), "--replications=3"};
        System.arraycopy(head, 0, args, 0, head.length);
        for (int i = 0; i < sets.length; i++) {
            args[head.length + 2 * i] = "--set";
            args[head.length + 2 * i + 1] = sets[i];
        }
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    private static double mean(JsonNode results, ToDoubleFunction<JsonNode> figure) {
        double sum = 0;
        for (JsonNode entry : results.path("replicationValues")) {
            sum += figure.applyAsDouble(entry);
        }
        return sum / results.path("replicationValues").size();
    }

    @Test
    void sagaAndMeshFiguresAverageToTheirSections(@TempDir Path dir) throws IOException {
        // the payment outage starts at minute 10: 12 minutes hold 2 of it, so sagas compensate and the mesh retries
        JsonNode r = run(dir, "saga-payment-outage", "duration=12m");
        JsonNode saga = r.at("/saga/checkout");
        assertThat(mean(r, v -> v.at("/saga/compensatedShare").asDouble()))
                .isPositive().isCloseTo(saga.path("compensationRate").asDouble(), within(EPS));
        assertThat(mean(r, v -> v.at("/saga/started").asDouble())).isCloseTo(saga.path("started").asDouble(), within(EPS));
        assertThat(mean(r, v -> v.at("/saga/stuck").asDouble())).isCloseTo(saga.path("stuck").asDouble(), within(EPS));
        JsonNode mesh = r.path("mesh");
        assertThat(mean(r, v -> v.at("/mesh/retriesPerRequest").asDouble() * v.path("requests").asDouble()))
                .isPositive().isCloseTo(mesh.path("retries").asDouble(), within(1e-6));
        for (String count : new String[] {"timeouts", "overflows", "ejections"}) {
            assertThat(mean(r, v -> v.at("/mesh/" + count).asDouble())).as(count)
                    .isCloseTo(mesh.path(count).asDouble(), within(EPS));
        }
        for (JsonNode entry : r.path("replicationValues")) {
            assertThat(entry.at("/saga/meanTimeToConsistencyMs").asDouble()).isPositive();
            assertThat(entry.has("gateway")).isFalse();
            assertThat(entry.has("rollouts")).isFalse();
        }
    }

    @Test
    void gatewayFiguresAverageToTheGatewaySection(@TempDir Path dir) throws IOException {
        JsonNode r = run(dir, "rate-limit-local-vs-cluster", "duration=3m", "warmup=30s");
        assertThat(mean(r, v -> v.at("/gateway/latencyP95Ms").asDouble()))
                .isPositive().isCloseTo(r.at("/gateway/latencyMs/p95").asDouble(), within(1e-6));
        for (JsonNode entry : r.path("replicationValues")) {
            assertThat(entry.at("/gateway/errorShare").isNumber()).isTrue();
        }
    }

    @Test
    void rolloutFiguresTellHowEachReplicationsReleaseEnded(@TempDir Path dir) throws IOException {
        JsonNode r = run(dir, "canary-bad-release");
        JsonNode rollouts = r.path("rollouts");
        assertThat(rollouts.size()).isEqualTo(1);
        JsonNode rollout = rollouts.elements().next();
        JsonNode byOutcome = rollout.path("replicationsByOutcome");
        assertThat(mean(r, v -> v.at("/rollouts/abortedShare").asDouble()) * 3)
                .isCloseTo(byOutcome.path("aborted").asDouble(0), within(EPS)).isPositive();
        assertThat(mean(r, v -> v.at("/rollouts/promotedShare").asDouble()) * 3)
                .isCloseTo(byOutcome.path("promoted").asDouble(0), within(EPS));
        JsonNode first = r.at("/replicationValues/0/rollouts");
        assertThat(first.path("secondsToDecision").asDouble()).isCloseTo(rollout.path("atSeconds").asDouble()
                - rollout.path("startedAtSeconds").asDouble(), within(EPS));
        assertThat(first.path("exposedRequests").asLong()).isEqualTo(rollout.at("/exposure/requests").asLong());
        assertThat(first.path("exposedErrors").asLong()).isEqualTo(rollout.at("/exposure/errors").asLong());
    }
}
