package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.service.Requests;

/**
 * The Istio service mesh: a sidecar on every pod, mTLS between them, and per-destination traffic
 * policy (VirtualService and DestinationRule).
 *
 * @param idleTimeoutSeconds how long a pooled connection between two pods may stay unused before it
 *                       is closed (the next call pays a new handshake), seconds; Istio's 1 h by default
 * @param sidecarLatency latency one sidecar proxy adds to a call, a distribution in seconds, drawn once
 *                       per proxy passed (twice between two services, once from the gateway); default
 *                       {@code lognormal(median=0.452ms, p99=1.78ms)}, fitted so that two draws give the
 *                       published two-proxy +1.7 ms P90, +2.7 ms P99 (domain-facts 5.4)
 * @param mtls           PeerAuthentication mode: {@code STRICT}, {@code PERMISSIVE} (default; also
 *                       what {@code UNSET} means) or {@code DISABLE}
 * @param services       traffic policy by destination service, in file order; services not listed
 *                       get Istio's defaults
 * @param proxyRequests  what the injected {@code istio-proxy} container requests in every pod
 *                       ({@code global.proxy.resources.requests}); Istio's 100m / 128Mi by default
 */
public record MeshSpec(DistributionSpec sidecarLatency, double idleTimeoutSeconds, String mtls,
                       Map<String, MeshServiceSpec> services, Requests proxyRequests) {
    /** Istio's connection idle timeout (DestinationRule {@code connectionPool.http.idleTimeout}), 1 h. */
    public static final double DEFAULT_IDLE_TIMEOUT_SECONDS = 3600.0;

    /** Default sidecar latency per proxy, as written (the models' {@code SidecarSettings.DEFAULT_HOP_LATENCY}). */
    public static final String DEFAULT_SIDECAR_LATENCY = "lognormal(median=0.452ms, p99=1.78ms)";
    /** Istio's effective mTLS mode when nothing is set. */
    public static final String DEFAULT_MTLS = "PERMISSIVE";

    public MeshSpec {
        Objects.requireNonNull(sidecarLatency, "sidecarLatency");
        Objects.requireNonNull(mtls, "mtls");
        services = Copies.orderedMap(services, "services");
        Objects.requireNonNull(proxyRequests, "proxyRequests");
    }

    /** A mesh whose proxies request Istio's defaults. */
    public MeshSpec(DistributionSpec sidecarLatency, double idleTimeoutSeconds, String mtls,
                    Map<String, MeshServiceSpec> services) {
        this(sidecarLatency, idleTimeoutSeconds, mtls, services, Requests.ISTIO_PROXY);
    }
}
