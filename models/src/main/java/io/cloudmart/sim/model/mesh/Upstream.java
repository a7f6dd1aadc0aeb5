package io.cloudmart.sim.model.mesh;

/**
 * What a load balancer needs to know about one upstream endpoint (a pod behind a service): its
 * name, how many requests the balancing proxy has outstanding on it, and whether outlier detection
 * has ejected it.
 *
 * <p>In Envoy the active-request count is the proxy's own view (requests it sent and has not yet
 * seen answered), not the server's queue; {@link UpstreamHost} keeps exactly that count.
 */
public interface Upstream {
    /** A stable name for logs and reports, for example {@code checkout-2}. */
    String name();

    /** Requests sent to this host and not yet answered, as seen by the balancing proxy. */
    int activeRequests();

    /** True while outlier detection keeps this host out of the healthy set. */
    boolean ejected();
}
