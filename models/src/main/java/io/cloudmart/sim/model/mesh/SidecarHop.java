package io.cloudmart.sim.model.mesh;

import java.util.HashMap;
import java.util.Map;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The latency a call adds by going through the client's and the server's sidecars, and whether it pays
 * for a new mTLS connection.
 *
 * <p>Every call adds one draw of {@link SidecarSettings#hopLatency()}. A sidecar keeps pooled upstream
 * connections, so the mTLS handshake (TLS 1.3: one extra round trip, plus the handshake crypto) is paid
 * once per (client pod, server pod) pair and reused until the connection has been idle for
 * {@code idleTimeout} (Istio default 1 h, "the period in which there are no active requests"); RFC 8446
 * for the round trip, Envoy connection pooling for the reuse (domain facts §10.3). With DISABLE there is
 * no handshake. Simplifications: one connection per pair (HTTP/1.1 would open one per concurrent request),
 * the TCP handshake itself is not charged (it exists with or without the mesh), and certificate rotation
 * does not close connections (it does not in Envoy either).
 *
 * <p>Idle time is measured from the later of the last call's start and its {@link #callEnded} report, so
 * callers that never report call ends get idle time from the last start. State grows with pod pairs, not
 * with calls; {@link #forgetPod} drops a pod that is gone.
 */
public final class SidecarHop {
    private final SidecarSettings settings;
    private final RandomStream stream;
    private final Map<PodPair, Double> lastUse = new HashMap<>();

    private record PodPair(String from, String to) {
    }

    /**
     * @param stream draws the sidecar latency (by convention {@code mesh.sidecar})
     */
    public SidecarHop(SidecarSettings settings, RandomStream stream) {
        this.settings = settings;
        this.stream = stream;
    }

    /** The cost of a call from pod {@code fromPod} to pod {@code toPod} starting at {@code now} (seconds). */
    public HopCost cross(String fromPod, String toPod, double now) {
        PodPair pair = new PodPair(fromPod, toPod);
        Double last = lastUse.get(pair);
        boolean newConnection = last == null || now - last >= settings.idleTimeoutSeconds();
        lastUse.put(pair, last == null ? now : Math.max(last, now));
        boolean mtls = settings.mtlsMode().encrypts();
        double latency = settings.hopLatency().sample(stream);
        if (newConnection && mtls) {
            latency += settings.handshakeSeconds();
        }
        return new HopCost(latency, newConnection, mtls);
    }

    /** Reports that a call on the pair ended at {@code now}: the connection is idle from then on. */
    public void callEnded(String fromPod, String toPod, double now) {
        lastUse.merge(new PodPair(fromPod, toPod), now, Math::max);
    }

    /** Drops every connection of {@code pod} (it was deleted or scaled away). */
    public void forgetPod(String pod) {
        lastUse.keySet().removeIf(pair -> pair.from().equals(pod) || pair.to().equals(pod));
    }

    /** Pod pairs with a connection on record (open or idle-expired but not yet forgotten). */
    public int knownConnections() {
        return lastUse.size();
    }

    public SidecarSettings settings() {
        return settings;
    }
}
