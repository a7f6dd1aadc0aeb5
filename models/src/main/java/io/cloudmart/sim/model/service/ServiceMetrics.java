package io.cloudmart.sim.model.service;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.MetricRegistry;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * The statistics one service owns, under keys {@code svc.<name>.<metric>}:
 * <ul>
 * <li>{@code latency}: arrival at the service to its response, queueing included (tally, series; recorded
 * through the endpoints' latencies, its parts, since it is all of them together)</li>
 * <li>{@code queueWait}: time waiting for a worker slot (tally)</li>
 * <li>{@code requests}: responses (counter, series: throughput)</li>
 * <li>{@code utilization}: busy cores / the cores of the pods whose containers run at that instant
 * (level, series; its time average is the time average of that ratio)</li>
 * <li>{@code queueLength}: requests waiting for a worker, all pods (level, series)</li>
 * <li>{@code inSystem}: requests in the service, waiting or served (level; Little's law)</li>
 * <li>{@code replicas}: Ready pods, the Service's endpoints (level, series)</li>
 * <li>{@code killed}: requests that failed because their pod was killed (counter)</li>
 * <li>{@code errors}: answers other than 200 (counter, series)</li>
 * <li>{@code refused}: connections refused during an outage (counter, series)</li>
 * <li>{@code arrivals}: requests that reached a pod, retries included (counter, series)</li>
 * <li>per endpoint, {@code ep.<service>.<endpoint>.latency} (tally)</li>
 * </ul>
 */
public final class ServiceMetrics {
    private final Tally latency;
    private final Tally queueWait;
    private final Counter requests;
    private final TimeWeighted utilization;
    private final TimeWeighted queueLength;
    private final TimeWeighted inSystem;
    private final TimeWeighted replicas;
    private final Counter errors;
    private final Counter refused;
    private final Counter arrivals;
    private final Counter killed;
    private double totalCores;
    private final Tally[] endpointLatency;
    private double busyCores;

    /** @param initialPods the pods the run starts with (all Ready at time zero), so the levels start there */
    ServiceMetrics(Simulation simulation, String service, int initialPods, java.util.List<Endpoint> endpoints) {
        MetricRegistry registry = simulation.metrics();
        String prefix = key(service, "");
        latency = registry.tallyOfParts(prefix + "latency", true);
        queueWait = registry.tally(prefix + "queueWait", false);
        requests = registry.counter(prefix + "requests", true);
        utilization = registry.level(prefix + "utilization", 0, true);
        queueLength = registry.level(prefix + "queueLength", 0, true);
        inSystem = registry.level(prefix + "inSystem", 0, false);
        replicas = registry.level(prefix + "replicas", initialPods, true);
        errors = registry.counter(prefix + "errors", true);
        refused = registry.counter(prefix + "refused", true);
        arrivals = registry.counter(prefix + "arrivals", true);
        killed = registry.counter(prefix + "killed", false);
        endpointLatency = new Tally[endpoints.size()];
        for (int i = 0; i < endpointLatency.length; i++) {
            endpointLatency[i] = registry.tallyPart(endpointKey(service, endpoints.get(i).name(), "latency"), false, latency);
        }
    }

    /** The metric key of {@code metric} of endpoint {@code endpoint} of {@code service}. */
    public static String endpointKey(String service, String endpoint, String metric) {
        return "ep." + service + "." + endpoint + "." + metric;
    }

    /** The metric key of {@code metric} for {@code service}. */
    public static String key(String service, String metric) {
        return "svc." + service + "." + metric;
    }

    void arrived() {
        arrivals.increment();
        inSystem.add(1);
    }

    /** A connection refused during an outage. */
    void refused() {
        refused.increment();
    }

    void queued(int delta) {
        queueLength.add(delta);
    }

    void queueWait(double seconds) {
        queueWait.record(seconds);
    }

    void busyCores(double delta) {
        busyCores += delta;
        updateUtilization();
    }

    /**
     * {@code runningPods} pods of {@code coresPerPod} cores each now run (a pod started or went); the
     * product, not a running sum, so no rounding drifts in over many starts and stops.
     */
    void runningChanged(int runningPods, double coresPerPod) {
        totalCores = runningPods * coresPerPod;
        updateUtilization();
    }

    private void updateUtilization() {
        utilization.set(totalCores > 0 ? busyCores / totalCores : 0.0);
    }

    void readyChanged(int readyPods) {
        replicas.set(readyPods);
    }

    void killed(int requests) {
        killed.add(requests);
    }

    void completed(int endpoint, double latencySeconds, io.cloudmart.sim.model.call.Outcome outcome) {
        inSystem.add(-1);
        endpointLatency[endpoint].record(latencySeconds); // and so the service's latency, their whole
        requests.increment();
        if (!outcome.isOk()) {
            errors.increment();
        }
    }
}
