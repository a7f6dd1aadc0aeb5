package io.cloudmart.sim.model.control;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.Service;

/**
 * metrics-server (and a Prometheus adapter for the request rate): every {@code metricResolution} it
 * scrapes each running pod's cumulative CPU counter and request counter and keeps, per pod, the rates
 * over the interval since the previous scrape. Memory is different: the kubelet reports the working set
 * as a gauge, so the sample holds the pod's working set at the scrape instant ("Memory value: working
 * set bytes", metrics-server FAQ; domain-facts 1.6), for services that model memory usage. Autoscalers
 * read the latest sample, so what they see is up to one resolution old, as in a cluster.
 *
 * <p>[DEFAULT] {@code --metric-resolution} is 60 s in the binary and 15 s in the official
 * {@code components.yaml}, which is what clusters run (domain-facts 1.6); {@value #DEFAULT_RESOLUTION_SECONDS} s here.
 * A pod's first sample exists one scrape after its containers started.
 */
public final class MetricsServer implements ControlLoop {
    /** [DEFAULT] the official manifests' {@code --metric-resolution=15s}. */
    public static final double DEFAULT_RESOLUTION_SECONDS = 15;

    private final List<Service> services;
    private final double resolutionSeconds;
    private final io.cloudmart.sim.core.Simulation simulation;
    private final Map<Pod, Scrape> last = new IdentityHashMap<>();
    private final Map<Pod, PodUsage> latest = new IdentityHashMap<>();

    private record Scrape(double time, double cpuSeconds, long requests) {
    }

    public MetricsServer(io.cloudmart.sim.core.Simulation simulation, List<Service> services, double resolutionSeconds) {
        if (!(resolutionSeconds > 0)) {
            throw new IllegalArgumentException("metric resolution must be > 0 s");
        }
        this.simulation = simulation;
        this.services = List.copyOf(services);
        this.resolutionSeconds = resolutionSeconds;
        scrape(false);
    }

    @Override
    public String name() {
        return "metrics-server";
    }

    @Override
    public double periodSeconds() {
        return resolutionSeconds;
    }

    @Override
    public void reconcile() {
        scrape(true);
    }

    /** The latest sample of {@code pod}, or null if it has none yet (just started, or not running). */
    public PodUsage usage(Pod pod) {
        return latest.get(pod);
    }

    private void scrape(boolean keep) {
        double now = simulation.now();
        last.keySet().removeIf(pod -> !pod.state().running());
        latest.keySet().removeIf(pod -> !pod.state().running());
        for (Service service : services) {
            for (Pod pod : service.pods()) {
                if (!pod.state().running()) {
                    continue;
                }
                Scrape current = new Scrape(now, pod.cpuSecondsUsed(), pod.requestsReceived());
                Scrape previous = last.put(pod, current);
                if (keep && previous != null && now > previous.time()) {
                    double window = now - previous.time();
                    latest.put(pod, new PodUsage(pod, now, window, (current.cpuSeconds() - previous.cpuSeconds()) / window,
                            (current.requests() - previous.requests()) / window,
                            pod.memoryUsageModelled() ? pod.memoryWorkingSetMiB() : null));
                }
            }
        }
    }
}
