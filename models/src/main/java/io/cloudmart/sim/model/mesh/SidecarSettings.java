package io.cloudmart.sim.model.mesh;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.dist.LogNormal;

/**
 * The cost model of calls through sidecars.
 *
 * @param hopLatency           latency one sidecar proxy adds to a call passing it, seconds; drawn once per proxy, so
 *                             twice for a call between two pods (client outbound + server inbound), once for a call
 *                             from the gateway ({@link SidecarHop})
 * @param mtlsMode             the server side's PeerAuthentication mode
 * @param rttSeconds           one network round trip between the pods, seconds
 * @param handshakeCpuSeconds  crypto time of one mTLS handshake on the critical path, seconds
 * @param idleTimeoutSeconds   a pooled connection with no request for this long is closed, seconds
 */
public record SidecarSettings(Distribution hopLatency, MtlsMode mtlsMode, double rttSeconds,
                              double handshakeCpuSeconds, double idleTimeoutSeconds) {
    /**
     * [ESTIMATE] Added latency of one sidecar proxy: a log-normal with median 0.452 ms and P99 1.78 ms, fitted
     * so that the sum of two independent draws (a call through the client's and the server's sidecar) has
     * the two-proxy figures Istio published for 1.12: +1.7 ms P90 and +2.7 ms P99 over no mesh (fortio,
     * 1 KB, 1000 RPS, 16 connections, mTLS; istio.io "Performance and Scalability" as quoted in the
     * project's domain facts §5.4). The two-draw sum has median 0.98 ms, P90 1.70 ms, P99 2.70 ms (by
     * numerical convolution); one draw alone has mean 0.54 ms. Later releases publish similar or lower
     * numbers; load and telemetry change them.
     */
    public static final Distribution DEFAULT_HOP_LATENCY = LogNormal.fromMedianAndP99(0.452e-3, 1.78e-3);

    /** [ESTIMATE] Same-zone round trip between two pods: 0.3 ms, in the 0.1–0.5 ms range of domain facts §10.3. */
    public static final double DEFAULT_RTT_SECONDS = 0.3e-3;

    /**
     * [ESTIMATE] Crypto on the critical path of one TLS 1.3 mTLS handshake with Istio's default RSA-2048
     * workload keys: two RSA-2048 signatures (server and client CertificateVerify, 0.84 ms each), two
     * ECDHE (≈ 0.06 ms each) and three RSA verifies (≈ 0.02 ms each) ≈ 1.86 ms ([MEASURED] primitives,
     * domain facts §10.2–10.3).
     */
    public static final double DEFAULT_HANDSHAKE_CPU_SECONDS = 1.86e-3;

    /** Istio's default {@code connectionPool.http.idleTimeout} (and {@code tcp.idleTimeout}): 1 h. */
    public static final double ISTIO_IDLE_TIMEOUT_SECONDS = 3600.0;

    public SidecarSettings {
        if (hopLatency == null || mtlsMode == null) {
            throw new IllegalArgumentException("sidecar settings need a hop latency and an mTLS mode");
        }
        requireNonNegative("rtt", rttSeconds);
        requireNonNegative("handshake CPU", handshakeCpuSeconds);
        if (!(idleTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("idleTimeout must be > 0 s, got " + idleTimeoutSeconds);
        }
    }

    private static void requireNonNegative(String what, double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0 s, got " + seconds);
        }
    }

    /** The documented defaults: estimated latency, PERMISSIVE (mTLS with auto mTLS), 0.3 ms RTT, 1.86 ms handshake, 1 h idle. */
    public static SidecarSettings defaults() {
        return new SidecarSettings(DEFAULT_HOP_LATENCY, MtlsMode.ISTIO_DEFAULT, DEFAULT_RTT_SECONDS,
                DEFAULT_HANDSHAKE_CPU_SECONDS, ISTIO_IDLE_TIMEOUT_SECONDS);
    }

    public SidecarSettings withHopLatency(Distribution latency) {
        return new SidecarSettings(latency, mtlsMode, rttSeconds, handshakeCpuSeconds, idleTimeoutSeconds);
    }

    public SidecarSettings withMtlsMode(MtlsMode mode) {
        return new SidecarSettings(hopLatency, mode, rttSeconds, handshakeCpuSeconds, idleTimeoutSeconds);
    }

    public SidecarSettings withIdleTimeout(double seconds) {
        return new SidecarSettings(hopLatency, mtlsMode, rttSeconds, handshakeCpuSeconds, seconds);
    }

    /** Latency of establishing mTLS on a new connection: 1 extra round trip (TLS 1.3) + handshake crypto, seconds. */
    public double handshakeSeconds() {
        return rttSeconds + handshakeCpuSeconds;
    }
}
