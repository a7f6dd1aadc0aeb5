package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.Outcome;

/** Per-version windowed figures against hand-made streams of responses whose every count is known. */
class VersionMetricsTest {
    private static final VersionConfig STABLE = new VersionConfig("stable", 1, 0, 1);
    private static final VersionConfig CANARY = new VersionConfig("canary", 1, 0, 1);

    /** Runs {@code feed} inside a simulation of {@code seconds}, with a 10 s scrape interval and 100 s kept. */
    private static VersionMetrics feed(double seconds, java.util.function.BiConsumer<Simulation, VersionMetrics> feed) {
        Simulation sim = new Simulation(new RunSettings("versions", 1, 0, seconds, 0, 10));
        VersionMetrics metrics = new VersionMetrics(sim, "api", List.of(STABLE, CANARY), 10, 100);
        feed.accept(sim, metrics);
        sim.run();
        return metrics;
    }

    /**
     * One canary response every second at t = 0.5, 1.5, …, every fourth a 503 and every tenth a 404; at t = 60 the
     * window [30, 60] holds exactly the 30 responses at 30.5 … 59.5.
     */
    @Test
    void ratesOverAWindowCountExactlyTheResponsesInIt() {
        double[] read = new double[6];
        feed(100, (sim, m) -> {
            for (int i = 0; i < 90; i++) {
                int n = i;
                Outcome outcome = n % 4 == 0 ? Outcome.UNAVAILABLE : n % 10 == 5 ? Outcome.NO_ROUTE : Outcome.OK;
                sim.at(n + 0.5, "response", () -> m.completed(CANARY, 0.02, outcome));
            }
            sim.at(60, "analysis", () -> {
                read[0] = m.requests("canary", 60, 30);
                read[1] = m.requestRate("canary", 60, 30);
                read[2] = m.serverErrorRate("canary", 60, 30);
                read[3] = m.errorRate("canary", 60, 30);
                read[4] = m.successRate("canary", 60, 30);
                read[5] = m.successRate("stable", 60, 30);
            });
        });
        // i = 30..59: 503 at i ≡ 0 mod 4 (32, 36, …, 56: 7 of them); 404 at i ≡ 5 mod 10 (35, 45, 55: 3)
        assertThat(read[0]).isEqualTo(30);
        assertThat(read[1]).isEqualTo(1.0);
        assertThat(read[2]).isEqualTo(7 / 30.0);
        assertThat(read[3]).isEqualTo(10 / 30.0);
        assertThat(read[4]).isEqualTo(20 / 30.0);
        assertThat(read[5]).isNaN(); // no stable response at all
    }

    /** A window starting between two scrapes reaches back to the scrape before it, as it covers at least its length. */
    @Test
    void aWindowOffTheScrapeGridIsWidenedToTheScrapeBefore() {
        double[] read = new double[2];
        feed(100, (sim, m) -> {
            for (int i = 0; i < 90; i++) {
                sim.at(i + 0.5, "response", () -> m.completed(STABLE, 0.02, Outcome.OK));
            }
            sim.at(65, "analysis", () -> {
                read[0] = m.requests("stable", 65, 30); // from the scrape at 30 s: 30.5 … 64.5
                read[1] = m.requestRate("stable", 65, 30);
            });
        });
        assertThat(read[0]).isEqualTo(35);
        assertThat(read[1]).isEqualTo(1.0);
    }

    /**
     * histogram_quantile on Envoy's buckets: 100 responses, 50 of 3 ms (bucket 1–5 ms) and 50 of 40 ms (bucket 25–50
     * ms). Rank 0.5 × 100 = 50 ends the first: 1 + 4 × 50/50 = 5 ms; rank 95 is 45 into the second: 25 + 25 × 45/50.
     */
    @Test
    void latencyQuantileInterpolatesInsideTheBucketAsPrometheusDoes() {
        double[] read = new double[3];
        feed(100, (sim, m) -> {
            for (int i = 0; i < 100; i++) {
                double latency = i % 2 == 0 ? 0.003 : 0.040;
                sim.at(10 + i * 0.1, "response", () -> m.completed(STABLE, latency, Outcome.OK));
            }
            sim.at(50, "analysis", () -> {
                read[0] = m.latencyQuantile("stable", 0.5, 50, 50);
                read[1] = m.latencyQuantile("stable", 0.95, 50, 50);
                read[2] = m.latencyQuantile("canary", 0.95, 50, 50);
            });
        });
        assertThat(read[0]).isCloseTo(0.005, within(1e-12));
        assertThat(read[1]).isCloseTo(0.025 + 0.025 * 45 / 50, within(1e-12));
        assertThat(read[2]).isNaN();
    }

    /** Counters are never reset and old windows fall out of the ring: memory does not grow with requests. */
    @Test
    void oldResponsesLeaveTheWindowButNotTheTotal() {
        double[] read = new double[2];
        VersionMetrics metrics = feed(300, (sim, m) -> {
            for (int i = 0; i < 50; i++) {
                sim.at(i + 0.5, "response", () -> m.completed(CANARY, 0.02, Outcome.OK));
            }
            sim.at(250, "analysis", () -> {
                read[0] = m.requests("canary", 250, 100);
                read[1] = m.totalRequests("canary");
            });
        });
        assertThat(read[0]).isZero();
        assertThat(read[1]).isEqualTo(50);
        assertThatThrownBy(() -> metrics.requests("canary", 300, 200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than");
    }

    /** Latencies on a bucket bound belong to it ({@code le} is inclusive); beyond the last finite bound, +Inf. */
    @Test
    void bucketBoundsAreInclusive() {
        assertThat(LatencyHistogram.bucketOf(0.0005)).isZero();
        assertThat(LatencyHistogram.bucketOf(0.00051)).isEqualTo(1);
        assertThat(LatencyHistogram.bucketOf(7200)).isEqualTo(LatencyHistogram.buckets() - 1);
    }
}
