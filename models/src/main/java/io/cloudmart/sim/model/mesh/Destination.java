package io.cloudmart.sim.model.mesh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.VersionConfig;

/**
 * The client-side view of one destination service, as every sidecar calling it shares it here:
 * its Ready pods as upstream hosts grouped by version subset, the balancer of each subset, the
 * connection pool, outlier detection and the subset routes.
 *
 * <p>It watches the service's pods as Envoy's EDS does: a pod that becomes Ready is added as a host
 * (and to outlier detection), a pod that leaves Ready is removed at once, with its pooled connections;
 * tries already on their way to it finish on the host object they hold.
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
    private final Map<Pod, UpstreamHost> hostOf = new LinkedHashMap<>();
    private final Map<UpstreamHost, Pod> podOf = new HashMap<>();
    final Map<String, List<UpstreamHost>> subsets = new LinkedHashMap<>();
    final Map<String, LoadBalancer> balancers = new LinkedHashMap<>();
    private final SidecarHop sidecars;
    final LoadBalancer allHosts;
    final ConnectionPool pool;
    final OutlierDetector outlier;
    /** The subset routes; null while the destination has none (traffic goes to all hosts). */
    SubsetRouter router;
    private final RandomStream routeDraws;
    final RandomStream backoff;
    final Counter retries;
    final Counter timeouts;
    final Counter overflows;
    final Counter noHealthyUpstream;
    final Counter noRoute;
    final Counter handshakes;

    Destination(Service service, DestinationPolicy policy, Simulation simulation, MeshEvents events,
                SidecarHop sidecars) {
        this.service = service;
        this.policy = policy;
        this.sidecars = sidecars;
        String prefix = metricKey(service.name(), "");
        double panic = policy.outlier() == null ? LoadBalancer.ENVOY_PANIC_THRESHOLD_PERCENT
                : policy.outlier().panicThresholdPercent();
        // one subset (and balancer) per version the service declares, whether or not it has pods yet
        for (VersionConfig version : service.config().versions()) {
            subsets.put(version.name(), new ArrayList<>());
            balancers.put(version.name(),
                    LoadBalancer.create(policy.loadBalancer(), simulation.stream(prefix + "lb." + version.name()), panic));
        }
        allHosts = LoadBalancer.create(policy.loadBalancer(), simulation.stream(prefix + "lb"), panic);
        pool = new ConnectionPool(policy.pool());
        outlier = policy.outlier() == null ? null
                : new OutlierDetector(simulation, "mesh." + service.name(), policy.outlier(), events::outlier);
        service.watch(this::podChanged);
        routeDraws = simulation.stream(prefix + "routes");
        router = policy.routes().isEmpty() ? null : new SubsetRouter(policy.routes(), routeDraws);
        backoff = simulation.stream(prefix + "backoff");
        var metrics = simulation.metrics();
        retries = metrics.counter(prefix + "retries", true);
        timeouts = metrics.counter(prefix + "timeouts", false);
        overflows = metrics.counter(prefix + "overflows", false);
        noHealthyUpstream = metrics.counter(prefix + "noHealthyUpstream", false);
        noRoute = metrics.counter(prefix + "noRoute", false);
        handshakes = metrics.counter(prefix + "handshakes", false);
    }

    /** Follows the endpoints: a pod joins as a host when Ready, and leaves as soon as it is not. */
    private void podChanged(Pod pod, PodState previous) {
        if (pod.state() == PodState.READY) {
            UpstreamHost host = new UpstreamHost(pod.name());
            hosts.add(host);
            hostOf.put(pod, host);
            podOf.put(host, pod);
            subsets.get(pod.version().name()).add(host);
            if (outlier != null) {
                outlier.addHost(host);
            }
        } else if (previous == PodState.READY) {
            UpstreamHost host = hostOf.remove(pod);
            podOf.remove(host);
            hosts.remove(host);
            subsets.get(pod.version().name()).remove(host);
            if (outlier != null) {
                outlier.removeHost(host);
            }
            sidecars.forgetPod(pod.name());
        }
    }

    /**
     * Sets the weights of the catch-all route (see {@link SubsetRouter#setWeights}); a destination without routes
     * gets one catch-all route with these weights.
     */
    void setWeights(Map<String, Integer> weights) {
        for (String subset : weights.keySet()) {
            if (!subsets.containsKey(subset)) {
                throw new IllegalArgumentException("service " + service.name() + " has no version " + subset
                        + "; there are " + subsets.keySet());
            }
        }
        if (router == null) {
            List<WeightedDestination> destinations = new ArrayList<>();
            weights.forEach((subset, weight) -> destinations.add(new WeightedDestination(subset, weight)));
            router = new SubsetRouter(List.of(HttpRoute.split(destinations)), routeDraws);
        } else {
            router.setWeights(weights);
        }
    }

    /** The pod behind {@code host}, a current host (a try keeps the pod it chose). */
    Pod pod(UpstreamHost host) {
        return podOf.get(host);
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
