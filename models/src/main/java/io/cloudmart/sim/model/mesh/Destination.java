package io.cloudmart.sim.model.mesh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.model.service.Service;

/**
 * The client-side view of one destination service, as every sidecar calling it shares it here:
 * its pods as upstream hosts grouped by version subset, the balancer of each subset, the
 * connection pool, outlier detection and the subset routes.
 *
 * <p>Metrics under {@code mesh.<service>.}: {@code retries}, {@code timeouts}, {@code overflows},
 * {@code noHealthyUpstream}, {@code noRoute} (404 NR), {@code handshakes} (new mTLS connections)
 * (counters); the outlier detector adds {@code ejections} and
 * {@code ejected}.
 */
final class Destination {
    final Service service;
    final DestinationPolicy policy;
    final List<UpstreamHost> hosts = new ArrayList<>();
    final Map<UpstreamHost, Integer> podIndex = new LinkedHashMap<>();
    final Map<String, List<UpstreamHost>> subsets = new LinkedHashMap<>();
    final Map<String, LoadBalancer> balancers = new LinkedHashMap<>();
    final LoadBalancer allHosts;
    final ConnectionPool pool;
    final OutlierDetector outlier;
    final SubsetRouter router;
    final RandomStream backoff;
    final Counter retries;
    final Counter timeouts;
    final Counter overflows;
    final Counter noHealthyUpstream;
    final Counter noRoute;
    final Counter handshakes;

    Destination(Service service, DestinationPolicy policy, Simulation simulation, MeshEvents events) {
        this.service = service;
        this.policy = policy;
        String prefix = metricKey(service.name(), "");
        double panic = policy.outlier() == null ? LoadBalancer.ENVOY_PANIC_THRESHOLD_PERCENT
                : policy.outlier().panicThresholdPercent();
        for (int i = 0; i < service.podCount(); i++) {
            UpstreamHost host = new UpstreamHost(service.podName(i));
            hosts.add(host);
            podIndex.put(host, i);
            subsets.computeIfAbsent(service.podVersion(i), v -> new ArrayList<>()).add(host);
        }
        subsets.forEach((version, members) -> balancers.put(version,
                LoadBalancer.create(policy.loadBalancer(), simulation.stream(prefix + "lb." + version), panic)));
        allHosts = LoadBalancer.create(policy.loadBalancer(), simulation.stream(prefix + "lb"), panic);
        pool = new ConnectionPool(policy.pool());
        outlier = policy.outlier() == null ? null
                : new OutlierDetector(simulation, "mesh." + service.name(), policy.outlier(), events::outlier);
        if (outlier != null) {
            hosts.forEach(outlier::addHost);
        }
        router = policy.routes().isEmpty() ? null : new SubsetRouter(policy.routes(), simulation.stream(prefix + "routes"));
        backoff = simulation.stream(prefix + "backoff");
        var metrics = simulation.metrics();
        retries = metrics.counter(prefix + "retries", true);
        timeouts = metrics.counter(prefix + "timeouts", false);
        overflows = metrics.counter(prefix + "overflows", false);
        noHealthyUpstream = metrics.counter(prefix + "noHealthyUpstream", false);
        noRoute = metrics.counter(prefix + "noRoute", false);
        handshakes = metrics.counter(prefix + "handshakes", false);
    }

    /** The metric key of {@code metric} for calls to {@code service}. */
    static String metricKey(String service, String metric) {
        return "mesh." + service + "." + metric;
    }

    /** The hosts a request may go to: the routed subset's, or all when the destination has no routes. */
    List<UpstreamHost> candidates(String subset) {
        return subset == null ? hosts : subsets.getOrDefault(subset, List.of());
    }

    LoadBalancer balancer(String subset) {
        return subset == null ? allHosts : balancers.get(subset);
    }
}
