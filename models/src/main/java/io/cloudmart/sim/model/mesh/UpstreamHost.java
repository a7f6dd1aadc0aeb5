package io.cloudmart.sim.model.mesh;

/**
 * The mesh's bookkeeping for one upstream endpoint: the requests a proxy has outstanding on it
 * (the count Envoy's LEAST_REQUEST balancer compares) and its outlier-ejection flag, which only an
 * {@link OutlierDetector} sets.
 *
 * <p>Mutable and not thread-safe, like everything inside one replication.
 */
public final class UpstreamHost implements Upstream {
    private final String name;
    private int activeRequests;
    private boolean ejected;

    public UpstreamHost(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an upstream host needs a name");
        }
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int activeRequests() {
        return activeRequests;
    }

    @Override
    public boolean ejected() {
        return ejected;
    }

    /** Counts a request sent to this host. */
    public void requestStarted() {
        activeRequests++;
    }

    /** Counts the answer (or failure, or timeout) of a request previously started here. */
    public void requestFinished() {
        if (activeRequests == 0) {
            throw new IllegalStateException("host " + name + " finished more requests than it started");
        }
        activeRequests--;
    }

    void setEjected(boolean ejected) {
        this.ejected = ejected;
    }

    @Override
    public String toString() {
        return name + (ejected ? " (ejected)" : "") + ", " + activeRequests + " active";
    }
}
