package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.LogNormal;

/** Sidecar latency per call and the mTLS handshake paid once per pooled connection. */
class SidecarHopTest {
    private static final double EPS = 1e-12;
    private static final double HOP = 0.001;
    /** Φ⁻¹(0.90). */
    private static final double Z_90 = 1.2815515655446004;

    private static SidecarHop hop(MtlsMode mode) {
        SidecarSettings settings = SidecarSettings.defaults().withHopLatency(new Constant(HOP)).withMtlsMode(mode);
        return new SidecarHop(settings, new RandomStream("mesh.sidecar", 81));
    }

    /** First call on a pod pair: sidecars + 1 RTT + handshake crypto; the next call reuses the connection. */
    @Test
    void handshakeOnceThenReuse() {
        SidecarHop hop = hop(MtlsMode.STRICT);
        HopCost first = hop.cross("web-0", "cart-1", 10);
        assertThat(first.newConnection()).isTrue();
        assertThat(first.mtls()).isTrue();
        assertThat(first.latencySeconds()).isCloseTo(HOP + SidecarSettings.DEFAULT_RTT_SECONDS
                + SidecarSettings.DEFAULT_HANDSHAKE_CPU_SECONDS, within(EPS));
        HopCost second = hop.cross("web-0", "cart-1", 11);
        assertThat(second.newConnection()).isFalse();
        assertThat(second.latencySeconds()).isCloseTo(HOP, within(EPS));
        assertThat(hop.cross("web-0", "cart-2", 11).newConnection()).as("another server pod").isTrue();
        assertThat(hop.cross("cart-1", "web-0", 11).newConnection()).as("the reverse direction").isTrue();
        assertThat(hop.knownConnections()).isEqualTo(3);
    }

    /** The pooled connection closes after 1 h without requests; idle time counts from the end of the last call. */
    @Test
    void idleTimeoutClosesTheConnection() {
        SidecarHop hop = hop(MtlsMode.PERMISSIVE);
        hop.cross("a", "b", 0);
        assertThat(hop.cross("a", "b", 3599).newConnection()).isFalse();
        assertThat(hop.cross("a", "b", 3599 + 3600).newConnection()).isTrue();

        hop.cross("c", "d", 0);
        hop.callEnded("c", "d", 100);
        assertThat(hop.cross("c", "d", 3650).newConnection()).as("idle only since 100 s").isFalse();
    }

    @Test
    void plaintextHasNoHandshake() {
        SidecarHop hop = hop(MtlsMode.DISABLE);
        HopCost first = hop.cross("a", "b", 0);
        assertThat(first.newConnection()).isTrue();
        assertThat(first.mtls()).isFalse();
        assertThat(first.latencySeconds()).isCloseTo(HOP, within(EPS));
    }

    @Test
    void forgettingAPodDropsItsConnections() {
        SidecarHop hop = hop(MtlsMode.STRICT);
        hop.cross("a", "b", 0);
        hop.cross("b", "c", 0);
        hop.cross("c", "d", 0);
        hop.forgetPod("b");
        assertThat(hop.knownConnections()).isEqualTo(1);
        assertThat(hop.cross("a", "b", 1).newConnection()).isTrue();
    }

    /** The default hop latency reproduces the published two-proxy figures it was fitted to: P90 1.7 ms, P99 2.7 ms. */
    @Test
    void defaultLatencyMatchesThePublishedQuantiles() {
        LogNormal latency = (LogNormal) SidecarSettings.DEFAULT_HOP_LATENCY;
        double p90 = latency.median() * Math.exp(Z_90 * latency.sigma());
        assertThat(p90).isCloseTo(1.7e-3, within(0.01e-3));
        assertThat(latency.p99()).isCloseTo(2.7e-3, within(EPS));
        assertThat(SidecarSettings.defaults().idleTimeoutSeconds()).isEqualTo(3600);
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
