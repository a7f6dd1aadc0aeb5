package io.cloudmart.sim.model.control;

/**
 * A controller that wakes every {@link #periodSeconds()} and reconciles what it watches, as the
 * Kubernetes controllers do (the HPA every sync period, the cluster autoscaler every scan interval).
 * It costs per period, never per request: it reads counters the data path keeps anyway.
 */
public interface ControlLoop {
    /** Its name in events.jsonl, e.g. {@code hpa/order}. */
    String name();

    /** Seconds between two reconciles; the first one is one period after the start. */
    double periodSeconds();

    /** Looks at the world once and acts; decisions go to the simulation's control journal. */
    void reconcile();
}
