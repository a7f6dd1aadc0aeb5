package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** How written settings reach the model: the cases where the meaning of a field is easy to get wrong. */
class AssemblyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode run(String scenario, String... sets) throws IOException {
        String[] args = new String[4 + 2 * sets.length];
        args[0] = "run";
        args[1] = scenario;
        args[2] = "--quiet";
        args[3] = "--out=" + dir.resolve("o");
        for (int i = 0; i < sets.length; i++) {
            args[4 + 2 * i] = "--set";
            args[5 + 2 * i] = sets[i];
        }
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return JSON.readTree(dir.resolve("o/results.json").toFile());
    }

    /** Istio builds no retry policy for attempts 0, so its perTryTimeout does not cut calls short either. */
    @Test
    void zeroAttemptsMeansNoPerTryTimeout() throws IOException {
        JsonNode r = run("retry-storm", "mesh.services.catalog.retries.attempts=0", "duration=4m");
        assertThat(r.get("mesh").get("timeouts").asLong()).isZero();
        assertThat(r.get("mesh").get("retries").asLong()).isZero();
    }

    /** Route weights are relative: 0.9 / 0.1 is the same split as 90 / 10. */
    @Test
    void fractionalRouteWeightsKeepTheirRatio() throws IOException {
        JsonNode r = run("mmc-check", "duration=20m", "warmup=0s", "services.api.replicas=2",
                "services.api.versions.stable.replicas=1", "services.api.versions.canary.replicas=1",
                "services.api.versions.canary.errorRate=1", "mesh.services.api.route.0.destinations.stable=0.9",
                "mesh.services.api.route.0.destinations.canary=0.1");
        double errors = r.get("requests").get("errors").asDouble() / r.get("requests").get("total").asDouble();
        assertThat(errors).isCloseTo(0.1, within(0.01));
    }

    /** Saga {@code retries.attempts} counts retries after the first try, so 0 is allowed and means one try. */
    @Test
    void sagaRetryAttemptsCountRetries() throws IOException {
        JsonNode none = run("saga-payment-outage", "sagas.checkout.retries.attempts=0", "duration=16m");
        JsonNode two = run("saga-payment-outage", "sagas.checkout.retries.attempts=2", "duration=16m");
        double triesNone = none.get("services").get("payment").get("arrivals").asDouble();
        double triesTwo = two.get("services").get("payment").get("arrivals").asDouble();
        assertThat(triesTwo).isGreaterThan(triesNone);
        assertThat(none.get("saga").get("checkout").get("compensated").asLong()).isPositive();
    }
}
