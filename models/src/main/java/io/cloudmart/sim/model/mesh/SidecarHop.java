package io.cloudmart.sim.model.mesh;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.gateway.Gateway;

/**
 * The latency a call adds by going through sidecar proxies, and whether it pays for a new mTLS
 * connection.
 *
 * <p>Each proxy a call passes adds its own draw of {@link SidecarSettings#hopLatency()}: a call from one
 * service's pod to another's passes the client's outbound sidecar and the server's inbound one, two
 * draws; a call from a caller without a sidecar ({@link #CALLERS_WITHOUT_SIDECAR}: the gateway, or the
 * outside clients when there is no gateway) passes only the server's, one draw. Istio's published
 * overhead is measured through both proxies of a call (istio.io "Performance and Scalability", domain
 * facts §5.4), so the default per-proxy latency is fitted to make two draws add up to it.
 *
 * <p>A sidecar keeps pooled upstream connections, so the mTLS handshake (TLS 1.3: one extra round trip,
 * plus the handshake crypto) is paid once per (client pod, server pod) pair and reused until the connection has been idle for
 * {@code idleTimeout} (Istio default 1 h, "the period in which there are no active requests"); RFC 8446
 * for the round trip, Envoy connection pooling for the reuse (domain facts §10.3). With DISABLE there is
 * no handshake. Simplifications: one connection per pair (HTTP/1.1 would open one per concurrent request),
 * the TCP handshake itself is not charged (it exists with or without the mesh), and certificate rotation
 * does not close connections (it does not in Envoy either). Callers without a sidecar pay the handshake
 * like the others: for the gateway this stands for an ingress proxy that speaks Istio mTLS to the mesh
 * (its own proxying is the gateway's CPU work); for outside clients it is a simplification.
 *
 * <p>Idle time is measured from the later of the last call's start and its {@link #callEnded} report, so
 * callers that never report call ends get idle time from the last start. State grows with pod pairs, not
 * with calls; {@link #forgetPod} drops a pod that is gone.
 */
public final class SidecarHop {
    /** What the model's outside clients are called when they call a service directly (no gateway). */
    public static final String OUTSIDE_CLIENT = "client";
    /**
     * Callers that have no sidecar of their own, so their calls pass one proxy (the server's): the
     * gateway ({@link Gateway#NAME}) and the outside clients ({@link #OUTSIDE_CLIENT}). Every other caller
     * is a pod in the mesh, with a sidecar.
     */
    public static final Set<String> CALLERS_WITHOUT_SIDECAR = Set.of(Gateway.NAME, OUTSIDE_CLIENT);

    private final SidecarSettings settings;
    private final RandomStream stream;
    /** Server pod → client (pod or caller without a sidecar) → their connection. */
    private final Map<String, Map<String, Connection>> inbound = new HashMap<>();

    /**
     * The pooled connection from one caller to one server pod, and when it was last used. A call keeps the object
     * from {@link #connection} to {@link #callEnded}, so neither looks the pair up again.
     */
    public static final class Connection {
        private final String from;
        private final String to;
        /** The later of the last call's start and its end; -∞ before the first call. */
        private double lastUse = Double.NEGATIVE_INFINITY;
        /** Set when {@link #forgetPod} dropped it: a call ending later records its end on a fresh entry. */
        private boolean forgotten;

        private Connection(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /**
     * @param stream draws the sidecar latency (by convention {@code mesh.sidecar})
     */
    public SidecarHop(SidecarSettings settings, RandomStream stream) {
        this.settings = settings;
        this.stream = stream;
    }

    /** The connection from {@code fromPod} (a pod, or a caller without a sidecar) to pod {@code toPod}, kept from now on. */
    public Connection connection(String fromPod, String toPod) {
        Map<String, Connection> clients = inbound.computeIfAbsent(toPod, pod -> new HashMap<>());
        Connection connection = clients.get(fromPod);
        if (connection == null) {
            connection = new Connection(fromPod, toPod);
            clients.put(fromPod, connection);
        }
        return connection;
    }

    /**
     * A call on {@code connection} starts at {@code now} (seconds): true if it opens a new connection, because the
     * pair never had one or it has been idle for {@code idleTimeout}.
     */
    public boolean open(Connection connection, double now) {
        boolean newConnection = now - connection.lastUse >= settings.idleTimeoutSeconds();
        connection.lastUse = Math.max(connection.lastUse, now);
        return newConnection;
    }

    /** True if a call that opened a new connection ({@code newConnection}) pays the mTLS handshake. */
    public boolean handshakes(boolean newConnection) {
        return newConnection && settings.mtlsMode().encrypts();
    }

    /**
     * The latency a call from {@code fromPod} adds: one draw of the sidecar latency per proxy passed, plus the
     * handshake when {@code newConnection} and the mode encrypts.
     */
    public double latencySeconds(String fromPod, boolean newConnection) {
        double latency = 0;
        for (int proxy = proxiesPassed(fromPod); proxy > 0; proxy--) {
            latency += settings.hopLatency().sample(stream);
        }
        if (handshakes(newConnection)) {
            latency += settings.handshakeSeconds();
        }
        return latency;
    }

    /** Sidecar proxies a call from {@code caller} passes: 2 (client and server sidecar), or 1 from a caller without one. */
    public static int proxiesPassed(String caller) {
        return CALLERS_WITHOUT_SIDECAR.contains(caller) ? 1 : 2;
    }

    /** Reports that a call on {@code connection} ended at {@code now}: the connection is idle from then on. */
    public void callEnded(Connection connection, double now) {
        // a pod forgotten while the call was under way: its end still leaves a connection on record
        Connection current = connection.forgotten ? connection(connection.from, connection.to) : connection;
        current.lastUse = Math.max(current.lastUse, now);
    }

    /** Drops every connection of {@code pod} (it was deleted or scaled away). */
    public void forgetPod(String pod) {
        Map<String, Connection> clients = inbound.remove(pod);
        if (clients != null) {
            clients.values().forEach(connection -> connection.forgotten = true);
        }
        for (Map<String, Connection> others : inbound.values()) {
            Connection connection = others.remove(pod);
            if (connection != null) {
                connection.forgotten = true;
            }
        }
    }

    /** Pod pairs with a connection on record (open or idle-expired but not yet forgotten). */
    public int knownConnections() {
        int known = 0;
        for (Map<String, Connection> clients : inbound.values()) {
            known += clients.size();
        }
        return known;
    }

    public SidecarSettings settings() {
        return settings;
    }
}
