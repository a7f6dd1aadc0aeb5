package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.LogNormal;

/** Sidecar latency per proxy passed and the mTLS handshake paid once per pooled connection. */
class SidecarHopTest {
    private static final double EPS = 1e-12;
    private static final double HOP = 0.001;

    /** What one call through the sidecars cost, as a try sees it. */
    private record Cost(double latencySeconds, boolean newConnection, boolean handshake) {
    }

    /** A call from {@code from} to {@code to} starting at {@code now}, the way a mesh try makes it. */
    private static Cost cross(SidecarHop hop, String from, String to, double now) {
        boolean newConnection = hop.open(hop.connection(from, to), now);
        return new Cost(hop.latencySeconds(from, newConnection), newConnection, hop.handshakes(newConnection));
    }

    private static SidecarHop hop(MtlsMode mode) {
        SidecarSettings settings = SidecarSettings.defaults().withHopLatency(new Constant(HOP)).withMtlsMode(mode);
        return new SidecarHop(settings, new RandomStream("mesh.sidecar", 81));
    }

    /** First call on a pod pair: two sidecars + 1 RTT + handshake crypto; the next call reuses the connection. */
    @Test
    void handshakeOnceThenReuse() {
        SidecarHop hop = hop(MtlsMode.STRICT);
        Cost first = cross(hop, "web-0", "cart-1", 10);
        assertThat(first.newConnection()).isTrue();
        assertThat(first.handshake()).isTrue();
        assertThat(first.latencySeconds()).isCloseTo(2 * HOP + SidecarSettings.DEFAULT_RTT_SECONDS
                + SidecarSettings.DEFAULT_HANDSHAKE_CPU_SECONDS, within(EPS));
        Cost second = cross(hop, "web-0", "cart-1", 11);
        assertThat(second.newConnection()).isFalse();
        assertThat(second.latencySeconds()).isCloseTo(2 * HOP, within(EPS));
        assertThat(cross(hop, "web-0", "cart-2", 11).newConnection()).as("another server pod").isTrue();
        assertThat(cross(hop, "cart-1", "web-0", 11).newConnection()).as("the reverse direction").isTrue();
        assertThat(hop.knownConnections()).isEqualTo(3);
    }

    /** The pooled connection closes after 1 h without requests; idle time counts from the end of the last call. */
    @Test
    void idleTimeoutClosesTheConnection() {
        SidecarHop hop = hop(MtlsMode.PERMISSIVE);
        cross(hop, "a", "b", 0);
        assertThat(cross(hop, "a", "b", 3599).newConnection()).isFalse();
        assertThat(cross(hop, "a", "b", 3599 + 3600).newConnection()).isTrue();

        SidecarHop.Connection cd = hop.connection("c", "d");
        hop.open(cd, 0);
        hop.callEnded(cd, 100);
        assertThat(cross(hop, "c", "d", 3650).newConnection()).as("idle only since 100 s").isFalse();
    }

    @Test
    void plaintextHasNoHandshake() {
        SidecarHop hop = hop(MtlsMode.DISABLE);
        Cost first = cross(hop, "a", "b", 0);
        assertThat(first.newConnection()).isTrue();
        assertThat(first.handshake()).isFalse();
        assertThat(first.latencySeconds()).isCloseTo(2 * HOP, within(EPS));
    }

    /**
     * A pod-to-pod call passes the client's and the server's sidecar, two draws; the gateway and the outside
     * clients have no sidecar, so their calls pass the server's only, one draw. Checked draw for draw
     * against a copy of the stream.
     */
    @Test
    void oneDrawPerProxyPassed() {
        assertThat(cross(hop(MtlsMode.DISABLE), "gateway", "cart-1", 0).latencySeconds()).isCloseTo(HOP, within(EPS));
        assertThat(cross(hop(MtlsMode.DISABLE), SidecarHop.OUTSIDE_CLIENT, "cart-1", 0).latencySeconds())
                .isCloseTo(HOP, within(EPS));
        assertThat(SidecarHop.proxiesPassed(io.cloudmart.sim.model.gateway.Gateway.NAME)).isEqualTo(1);
        assertThat(SidecarHop.proxiesPassed("web-canary-0")).isEqualTo(2);
        assertThat(SidecarHop.proxiesPassed("saga-checkout")).as("the orchestrator runs in the mesh").isEqualTo(2);

        SidecarSettings settings = SidecarSettings.defaults().withMtlsMode(MtlsMode.DISABLE);
        SidecarHop hop = new SidecarHop(settings, new RandomStream("mesh.sidecar", 82));
        RandomStream copy = new RandomStream("mesh.sidecar", 82);
        for (int i = 0; i < 1000; i++) {
            double podToPod = settings.hopLatency().sample(copy) + settings.hopLatency().sample(copy);
            assertThat(cross(hop, "web-0", "cart-1", i).latencySeconds()).isEqualTo(podToPod);
            double fromGateway = settings.hopLatency().sample(copy);
            assertThat(cross(hop, "gateway", "cart-1", i).latencySeconds()).isEqualTo(fromGateway);
        }
    }

    @Test
    void forgettingAPodDropsItsConnections() {
        SidecarHop hop = hop(MtlsMode.STRICT);
        cross(hop, "a", "b", 0);
        cross(hop, "b", "c", 0);
        cross(hop, "c", "d", 0);
        hop.forgetPod("b");
        assertThat(hop.knownConnections()).isEqualTo(1);
        assertThat(cross(hop, "a", "b", 1).newConnection()).isTrue();
    }

    /**
     * A call under way when its pod was forgotten still records its end: the pair is on record again, idle from that
     * end, as if the connection had been made anew then.
     */
    @Test
    void aCallEndingAfterItsPodWasForgottenLeavesTheConnectionOnRecord() {
        SidecarHop hop = hop(MtlsMode.STRICT);
        SidecarHop.Connection ab = hop.connection("a", "b");
        hop.open(ab, 0);
        hop.forgetPod("b");
        assertThat(hop.knownConnections()).isZero();
        hop.callEnded(ab, 50);
        assertThat(hop.knownConnections()).isEqualTo(1);
        assertThat(cross(hop, "a", "b", 3640).newConnection()).as("idle since 50 s, not since 0 s").isFalse();
        assertThat(cross(hop, "a", "b", 3640 + 3600).newConnection()).isTrue();
    }

    /** The connection object is the pair's: asking again gives the same one, and each direction has its own. */
    @Test
    void oneConnectionPerOrderedPair() {
        SidecarHop hop = hop(MtlsMode.STRICT);
        assertThat(hop.connection("a", "b")).isSameAs(hop.connection("a", "b"));
        assertThat(hop.connection("a", "b")).isNotSameAs(hop.connection("b", "a"));
        assertThat(hop.knownConnections()).isEqualTo(2);
    }

    /**
     * The default is per proxy, fitted so that a pod-to-pod call (two independent draws) reproduces the
     * published two-proxy figures: P90 1.7 ms, P99 2.7 ms. The quantiles of the sum come from numerically
     * convolving the log-normal with itself; one draw alone keeps its own P99 of 1.78 ms.
     */
    @Test
    void twoDefaultDrawsMatchThePublishedTwoProxyQuantiles() {
        LogNormal latency = (LogNormal) SidecarSettings.DEFAULT_HOP_LATENCY;
        assertThat(latency.p99()).isCloseTo(1.78e-3, within(EPS));
        assertThat(sumOfTwoQuantile(latency, 0.90)).isCloseTo(1.7e-3, within(0.01e-3));
        assertThat(sumOfTwoQuantile(latency, 0.99)).isCloseTo(2.7e-3, within(0.01e-3));
        assertThat(sumOfTwoQuantile(latency, 0.50)).as("median of two").isCloseTo(0.977e-3, within(0.005e-3));
        assertThat(SidecarSettings.defaults().idleTimeoutSeconds()).isEqualTo(3600);
    }

    /** The convolution checked against sampling: the share of 200,000 two-draw sums below each computed quantile. */
    @Test
    void convolutionAgreesWithSampling() {
        LogNormal latency = (LogNormal) SidecarSettings.DEFAULT_HOP_LATENCY;
        RandomStream stream = new RandomStream("test.convolution", 83);
        int n = 200_000;
        double[] sums = new double[n];
        for (int i = 0; i < n; i++) {
            sums[i] = latency.sample(stream) + latency.sample(stream);
        }
        for (double p : new double[] {0.5, 0.9, 0.99}) {
            double q = sumOfTwoQuantile(latency, p);
            long below = java.util.Arrays.stream(sums).filter(x -> x <= q).count();
            Binomial.assertWithin(below, n, p, Binomial.Z_999, "two-draw sums below the computed P" + (int) (100 * p));
        }
    }

    /** The {@code p} quantile of X1 + X2 for X1, X2 independent with distribution {@code d}, by bisection. */
    private static double sumOfTwoQuantile(LogNormal d, double p) {
        double lo = 0;
        double hi = 2 * d.median() * Math.exp(6 * d.sigma());
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (sumOfTwoCdf(d, mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * P(X1 + X2 &le; t) = ∫ f(x) F(t − x) dx over (0, t), in u = ln x (so f(x) dx = φ((u − μ)/σ)/σ du),
     * by Simpson's rule from μ − 12σ to ln t.
     */
    private static double sumOfTwoCdf(LogNormal d, double t) {
        org.apache.commons.math3.distribution.NormalDistribution normal =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        double a = Math.min(d.mu() - 12 * d.sigma(), Math.log(t) - 1);
        double b = Math.log(t);
        int n = 4000;
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double u = a + i * h;
            double rest = t - Math.exp(u);
            double cdf = rest <= 0 ? 0 : normal.cumulativeProbability((Math.log(rest) - d.mu()) / d.sigma());
            double value = normal.density((u - d.mu()) / d.sigma()) / d.sigma() * cdf;
            sum += value * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    @Test
    void istioModeNames() {
        assertThat(MtlsMode.fromIstio(null)).isEqualTo(MtlsMode.PERMISSIVE);
        assertThat(MtlsMode.fromIstio("UNSET")).isEqualTo(MtlsMode.PERMISSIVE);
        assertThat(MtlsMode.fromIstio("strict")).isEqualTo(MtlsMode.STRICT);
        assertThat(MtlsMode.PERMISSIVE.encrypts()).isTrue();
        assertThat(MtlsMode.DISABLE.encrypts()).isFalse();
        assertThatThrownBy(() -> MtlsMode.fromIstio("MUTUAL")).hasMessageContaining("MUTUAL");
    }
}
