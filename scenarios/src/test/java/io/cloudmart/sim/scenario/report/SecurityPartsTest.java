package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.Attachments;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.security.SecurityLayer;
import io.cloudmart.sim.model.security.SecurityMetrics;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.output.SecurityOverhead;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Security overhead" table on a hand-made run of the test scenario {@code load/security.yaml} (gateway jwt ES256,
 * mesh STRICT, authorize on web.home and shop.buy, no cluster): 1,000 requests of 10 ms mean in 100 s, 1,000 tokens
 * verified, 10 handshakes, 750 decisions of 1 ms and 250 of 2 ms. Every cell is worked out by hand below.
 */
class SecurityPartsTest {
    private static final double MEASURED = 100;

    private static ScenarioSpec spec(String... sets) throws ScenarioException, IOException {
        try (InputStream in = SecurityPartsTest.class.getResourceAsStream("/load/security.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ScenarioLoader().load("security.yaml", text, null, List.of(sets));
        }
    }

    private static TallySummary tally(long count, double mean) {
        return new TallySummary(count, mean, 0, mean, mean, mean, mean, mean, mean);
    }

    private static ExperimentResult run() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("client.requests", 1000L);
        counters.put(SecurityMetrics.JWT_VERIFICATIONS, 1000L);
        counters.put(ServiceMesh.metricKey("web", "handshakes"), 4L);
        counters.put(ServiceMesh.metricKey("shop", "handshakes"), 6L);
        Map<String, TallySummary> tallies = new LinkedHashMap<>();
        tallies.put("client.latency", tally(1000, 0.010));
        tallies.put(SecurityMetrics.opaDecisions("web", "home"), tally(750, 0.001));
        tallies.put(SecurityMetrics.opaDecisions("shop", "buy"), tally(250, 0.002));
        MetricsSnapshot m = new MetricsSnapshot(tallies, counters, Map.of(), Map.of(), MEASURED);
        ReplicationResult r = new ReplicationResult(new RunSettings("t", 1, 0, MEASURED, 0, 10), 0, 0, m, List.of(), null,
                List.of(), Attachments.NONE);
        return new ExperimentResult(List.of(r), 0);
    }

    private static SecurityOverhead overhead(String... sets) throws Exception {
        return SecurityOverhead.of(spec(sets), run()).orElseThrow();
    }

    @Test
    void eachLayersRowIsItsCallsTimesItsCostOverTheRequests() throws Exception {
        SecurityOverhead s = overhead();
        assertThat(s.priceSource()).isEqualTo(SecurityOverhead.DEFAULT_PRICE);
        assertThat(s.pricePerCoreHour()).isEqualTo(0.031611); // OpenCost's default, no cluster here
        Table table = SecuritySection.table(s);
        assertThat(table.headers()).containsExactly("layer", "calls", "latency", "share", "CPU", "per 1M requests",
                "per month");
        // JWT ES256: 10 µs decode + 87 µs ECDSA P-256 verify = 0.097 ms a token, once per request; 0.97 % of 10 ms;
        // 97 core-s per million requests = 97 / 3600 core-h × 0.031611 = 0.000852; 0.00097 cores × 730 h → 0.02
        assertThat(table.rows().get(0)).containsExactly("JWT (ES256)", "1.000", "0.097", "1.0 %", "0.097", "0.000852",
                "0.02");
        // mTLS: 10 handshakes of 0.3 ms RTT + 1.86 ms crypto over 1,000 requests: 0.0216 ms, 0.0186 ms CPU
        assertThat(table.rows().get(1)).containsExactly("mTLS handshakes (STRICT)", "0.010", "0.022", "0.2 %", "0.019",
                "0.000163", "0.00");
        // OPA: (750 × 1 ms + 250 × 2 ms) / 1,000 = 1.25 ms, 12.5 %; 1,000 × 0.2 ms CPU / 1,000 = 0.2 ms;
        // 200 / 3600 × 0.031611 = 0.001756; 0.002 cores × 730 × 0.031611 = 0.046
        assertThat(table.rows().get(2)).containsExactly("OPA (2 endpoints)", "1.000", "1.250", "12.5 %", "0.200",
                "0.001756", "0.05");
        // the sum: 0.097 + 0.0216 + 1.25 = 1.3686 ms, 13.7 %; CPU 0.3156 ms; 0.002771; 0.0728 a month
        assertThat(table.rows().get(3)).containsExactly(SecuritySection.TOTAL_ROW, "–", "1.369", "13.7 %", "0.316",
                "0.002771", "0.07");
        assertThat(table.note()).contains("0.0316 USD per CPU core-hour, OpenCost's default price");
        assertThat(s.figure(SecurityLayer.OPA, SecurityOverhead.Figure.CPU_CORES)).isCloseTo(0.002, within(1e-12));
        assertThat(s.total(SecurityOverhead.Figure.COST_PER_MONTH))
                .isCloseTo((0.097e-3 * 1000 + 1.86e-3 * 10 + 0.2e-3 * 1000) / MEASURED * 730 * 0.031611, within(1e-12));
    }

    @Test
    void aLayerSwitchedOffIsShownOffAndAddsNothing() throws Exception {
        SecurityOverhead s = overhead("security.opa=false", "security.mtls=false");
        Table table = SecuritySection.table(s);
        assertThat(table.rows().get(1)).containsExactly("mTLS handshakes (DISABLE)", SecuritySection.OFF, "–", "–", "–",
                "–", "–");
        assertThat(table.rows().get(2)).containsExactly("OPA (no authorize)", SecuritySection.OFF, "–", "–", "–", "–",
                "–");
        assertThat(s.total(SecurityOverhead.Figure.LATENCY_MS_PER_REQUEST)).isCloseTo(0.097, within(1e-12));
        assertThat(table.rows().get(3).get(2)).isEqualTo("0.097");
    }

    @Test
    void aScenarioWithoutGatewayMeshOrAuthorizeHasNoSecurityPart() throws Exception {
        String bare = "name: bare\nduration: 1m\nload: { rate: 1, journeys: { j: { weight: 1, call: a.b } } }\n"
                + "services: { a: { endpoints: { b: { work: constant(value=1ms) } } } }\n";
        ScenarioSpec spec = new ScenarioLoader().load("bare.yaml", bare, null, List.of());
        assertThat(SecurityOverhead.of(spec, run())).isEmpty();
        assertThat(SecuritySection.of(spec, run())).isEmpty();
    }
}
