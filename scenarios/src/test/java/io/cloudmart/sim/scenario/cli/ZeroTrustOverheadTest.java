package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmart.sim.model.finops.PriceSplit;
import io.cloudmart.sim.model.gateway.JwtAlgorithm;
import io.cloudmart.sim.model.gateway.JwtVerificationCost;
import io.cloudmart.sim.model.mesh.SidecarSettings;
import io.cloudmart.sim.model.security.OpaDecisionCost;

/**
 * The zero-trust-overhead story: each layer's figures in results.json {@code security} are its calls times the
 * model's configured cost (an RS256 verification per request, 1.2 OPA decisions of the log-normal's mean, handshakes
 * of one round trip plus their crypto), priced at the cluster's CPU core-hour; and a run without the layer is faster
 * by what the layer's row says, with the other layers' calls unchanged (common random numbers).
 */
class ZeroTrustOverheadTest {
    private static final String SCENARIO = "zero-trust-overhead";
    /** lognormal(median=0.8ms, p99=2ms): σ = ln(2.5) / z(0.99), mean = median × exp(σ² / 2), in ms. */
    private static final double SIGMA = Math.log(2.5) / 2.3263478740408408;
    private static final double OPA_MEAN_MS = 0.8 * Math.exp(SIGMA * SIGMA / 2);
    private static final double OPA_SD_MS = OPA_MEAN_MS * Math.sqrt(Math.exp(SIGMA * SIGMA) - 1);
    /** A buy (2 in 10) makes two decisions, a browse one. */
    private static final double BUY_SHARE = 0.2;
    /** Relative room for the queueing a layer's latency causes or removes, beyond its own time. */
    private static final double QUEUEING = 0.05;
    private static final double EPS = 1e-9;
    private static StoryRun all;
    private static StoryRun noOpa;
    private static StoryRun noJwt;
    private static StoryRun shortLived;
    private static StoryRun shortLivedPlain;

    @BeforeAll
    static void run(@TempDir Path dir) {
        all = StoryRun.of(dir.resolve("all"), SCENARIO);
        noOpa = StoryRun.of(dir.resolve("no-opa"), SCENARIO, "security.opa=false");
        noJwt = StoryRun.of(dir.resolve("no-jwt"), SCENARIO, "security.jwt=false");
        shortLived = StoryRun.of(dir.resolve("short"), SCENARIO, "mesh.sidecar.idleTimeout=5ms");
        shortLivedPlain = StoryRun.of(dir.resolve("short-plain"), SCENARIO, "mesh.sidecar.idleTimeout=5ms",
                "security.mtls=false");
    }

    private static double layer(StoryRun run, String layer, String figure) {
        return run.figure("/security/layers/" + layer + "/" + figure);
    }

    @Test
    void everyRequestHasItsRs256TokenVerifiedOnTheGateway() {
        double cpuMs = JwtVerificationCost.defaults().cpuSeconds(JwtAlgorithm.RS256) * 1000;
        assertThat(cpuMs).isCloseTo(0.031, within(EPS)); // 10 µs decode + 21 µs RSA-2048 verify
        assertThat(layer(all, "jwt", "calls")).isCloseTo(all.figure("/gateway/requests"), within(2.0));
        assertThat(layer(all, "jwt", "callsPerRequest")).isCloseTo(1.0, within(1e-4));
        assertThat(layer(all, "jwt", "latencyMsPerCall")).isCloseTo(cpuMs, within(EPS));
        assertThat(layer(all, "jwt", "cpuMsPerCall")).isCloseTo(cpuMs, within(EPS));
        assertThat(layer(all, "jwt", "cpuCores")).isCloseTo(layer(all, "jwt", "calls") * cpuMs / 1000
                / all.figure("/measuredSeconds"), within(EPS));
    }

    @Test
    void opaMakesOnePointTwoDecisionsOfTheLogNormalsMeanPerRequest() {
        double requests = all.figure("/requests/total");
        assertThat(layer(all, "opa", "callsPerRequest")).as("1 + the buys' share, within 4 binomial SDs")
                .isCloseTo(1 + BUY_SHARE, within(4 * Math.sqrt(BUY_SHARE * (1 - BUY_SHARE) / requests)));
        double decisions = layer(all, "opa", "calls");
        assertThat(layer(all, "opa", "latencyMsPerCall")).as("the mean of the draws, within 4 standard errors")
                .isCloseTo(OPA_MEAN_MS, within(4 * OPA_SD_MS / Math.sqrt(decisions)));
        assertThat(layer(all, "opa", "latencyMsPerRequest")).isCloseTo(
                layer(all, "opa", "latencyMsPerCall") * layer(all, "opa", "callsPerRequest"), within(EPS));
        assertThat(layer(all, "opa", "cpuMsPerCall")).isCloseTo(OpaDecisionCost.DEFAULT_CPU_SECONDS * 1000, within(EPS));
        assertThat(layer(all, "opa", "latencyShare")).isCloseTo(layer(all, "opa", "latencyMsPerRequest")
                / all.figure("/latencyMs/mean"), within(EPS));
    }

    @Test
    void theCpuIsPricedAtTheClustersCoreHourForAMonthOf730Hours() {
        // one pool of m5.large ($0.096/h, 2 vCPU, 8 GiB), split as OpenCost does
        double price = PriceSplit.OPENCOST_DEFAULT.split(0.096, 2, 8).cpuPerCoreHour();
        assertThat(all.results().at("/security/cpuPrice/source").asText()).isEqualTo("cluster");
        assertThat(all.figure("/security/cpuPrice/perCoreHour")).isCloseTo(price, within(EPS));
        for (String l : new String[] {"jwt", "opa"}) {
            assertThat(layer(all, l, "costPerMonth")).as(l).isCloseTo(layer(all, l, "cpuCores") * 730 * price,
                    within(1e-6));
            assertThat(layer(all, l, "costPerMillionRequests")).as(l)
                    .isCloseTo(layer(all, l, "cpuMsPerRequest") / 1000 * 1e6 / 3600 * price, within(1e-6));
        }
        assertThat(all.figure("/security/total/costPerMonth")).isCloseTo(layer(all, "jwt", "costPerMonth")
                + layer(all, "mtls", "costPerMonth") + layer(all, "opa", "costPerMonth"), within(2e-6));
    }

    @Test
    void switchingOpaOffRemovesItsLatencyAndLeavesTheOtherLayersAsTheyWere() {
        assertThat(noOpa.results().at("/security/layers/opa/enabled").asBoolean()).isFalse();
        assertThat(layer(noOpa, "opa", "calls")).isZero();
        assertThat(layer(noOpa, "jwt", "calls")).isEqualTo(layer(all, "jwt", "calls"));
        assertThat(noOpa.figure("/requests/total")).isEqualTo(all.figure("/requests/total"));
        double saved = all.figure("/latencyMs/mean") - noOpa.figure("/latencyMs/mean");
        double share = layer(all, "opa", "latencyMsPerRequest");
        assertThat(saved).isCloseTo(share, within(QUEUEING * share));
    }

    @Test
    void switchingJwtOffRemovesItsVerifications() {
        assertThat(noJwt.results().at("/security/layers/jwt/enabled").asBoolean()).isFalse();
        assertThat(layer(noJwt, "jwt", "calls")).isZero();
        assertThat(layer(noJwt, "opa", "calls")).isEqualTo(layer(all, "opa", "calls"));
        double saved = all.figure("/latencyMs/mean") - noJwt.figure("/latencyMs/mean");
        double share = layer(all, "jwt", "latencyMsPerRequest");
        assertThat(saved).isCloseTo(share, within(QUEUEING * share));
    }

    @Test
    void pooledConnectionsPayNoHandshakeAfterWarmUpShortLivedOnesPayOneRoundTripAndTheCryptoEach() {
        assertThat(layer(all, "mtls", "calls")).as("every pod pair connected during the warm-up").isZero();
        SidecarSettings mesh = SidecarSettings.defaults();
        assertThat(layer(shortLived, "mtls", "calls")).isPositive();
        assertThat(layer(shortLived, "mtls", "latencyMsPerCall")).isCloseTo(mesh.handshakeSeconds() * 1000, within(EPS));
        assertThat(layer(shortLived, "mtls", "cpuMsPerCall")).isCloseTo(mesh.handshakeCpuSeconds() * 1000, within(EPS));
        // a browse passes gateway → storefront → catalog, a buy gateway → checkout → cart: with 5 ms idle a call
        // finds its pair's connection closed unless another came within 5 ms, so most of the 2 hops a request pay
        assertThat(layer(shortLived, "mtls", "callsPerRequest")).isBetween(1.0, 2.0);
        assertThat(layer(shortLivedPlain, "mtls", "calls")).isZero();
        double saved = shortLived.figure("/latencyMs/mean") - shortLivedPlain.figure("/latencyMs/mean");
        double share = layer(shortLived, "mtls", "latencyMsPerRequest");
        assertThat(saved).isCloseTo(share, within(QUEUEING * share));
    }
}
