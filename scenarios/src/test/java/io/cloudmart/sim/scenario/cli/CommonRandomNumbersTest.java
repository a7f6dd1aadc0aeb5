package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Common random numbers across versions (docs/model.md, "Versions"): two runs of {@code load/crn.yaml} (api's v1 and
 * v2 at 80/20) that differ only in v2's error rate, or only in the weights, draw the same arrivals and the same work.
 * Were the error verdicts or the router drawn from the arrival or work streams, the counts and latencies compared
 * here would differ.
 */
class CommonRandomNumbersTest {
    private static StoryRun base;
    private static StoryRun erroring;
    private static StoryRun reweighted;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crn.yaml");
        try (InputStream in = CommonRandomNumbersTest.class.getResourceAsStream("/load/crn.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        base = StoryRun.of(dir.resolve("base"), file.toString());
        erroring = StoryRun.of(dir.resolve("erroring"), file.toString(), "services.api.versions.v2.errorRate=0.1");
        reweighted = StoryRun.of(dir.resolve("reweighted"), file.toString(),
                "mesh.services.api.route[0].destinations.v1=70", "mesh.services.api.route[0].destinations.v2=30");
    }

    private static JsonNode api(StoryRun run) {
        return run.results().at("/services/api");
    }

    @Test
    void aVersionsErrorRateChangesOnlyItsVerdicts() {
        assertThat(erroring.results().at("/requests/arrivals")).isEqualTo(base.results().at("/requests/arrivals"));
        // the same requests reach each version, and each is worked on for exactly as long
        assertThat(api(erroring).at("/versions/v1")).isEqualTo(api(base).at("/versions/v1"));
        assertThat(api(erroring).at("/versions/v2/requests")).isEqualTo(api(base).at("/versions/v2/requests"));
        assertThat(api(erroring).at("/versions/v2/latencyMs")).isEqualTo(api(base).at("/versions/v2/latencyMs"));
        assertThat(api(erroring).at("/utilization")).isEqualTo(api(base).at("/utilization"));
        assertThat(erroring.results().at("/services/front/utilization"))
                .isEqualTo(base.results().at("/services/front/utilization"));
        // only the verdicts differ: about 10 % of v2's answers are errors now, none before
        long v2 = api(base).at("/versions/v2/requests").asLong();
        assertThat(api(base).at("/versions/v2/errors").asLong()).isZero();
        assertThat(api(erroring).at("/versions/v2/errors").asLong())
                .isBetween((long) (0.1 * v2 - 4 * Math.sqrt(0.09 * v2)), (long) (0.1 * v2 + 4 * Math.sqrt(0.09 * v2)));
    }

    @Test
    void aWeightChangesOnlyWhereRequestsGo() {
        assertThat(reweighted.results().at("/requests/arrivals")).isEqualTo(base.results().at("/requests/arrivals"));
        assertThat(reweighted.results().at("/services/front/utilization"))
                .isEqualTo(base.results().at("/services/front/utilization"));
        long baseV2 = api(base).at("/versions/v2/requests").asLong();
        long moreV2 = api(reweighted).at("/versions/v2/requests").asLong();
        assertThat(api(reweighted).at("/requests").asLong()).isEqualTo(api(base).at("/requests").asLong());
        // one uniform per request decides the subset: v2 now takes the uniforms in [70, 100) instead of [80, 100)
        assertThat(moreV2).isGreaterThan(baseV2);
        long total = api(base).at("/requests").asLong();
        assertThat((double) moreV2).isCloseTo(0.3 * total, org.assertj.core.data.Offset.offset(4 * Math.sqrt(0.21 * total)));
    }
}
