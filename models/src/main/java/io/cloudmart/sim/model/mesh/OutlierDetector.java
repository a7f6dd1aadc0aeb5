package io.cloudmart.sim.model.mesh;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * Envoy's consecutive-5xx outlier detection for one cluster, as seen by one proxy: ejects a host after
 * {@code consecutive5xxErrors} host errors in a row and brings it back at a later interval sweep.
 *
 * <p>The algorithm follows Envoy's {@code source/common/upstream/outlier_detection_impl.cc}:
 * <ul>
 *   <li>each host error (5xx response or locally originated failure, see {@link AttemptResult#isHostError()})
 *       adds one to the host's counter, any other result resets it; when the counter <em>reaches</em> the
 *       threshold the host is ejected at once (not at the next sweep) and the counter is reset, whether or not
 *       the ejection was allowed;</li>
 *   <li>an ejection is allowed if afterwards at most {@code maxEjectionPercent} of the hosts are ejected, or,
 *       with {@code alwaysEjectOneHost}, if no host is ejected yet;</li>
 *   <li>each ejection raises the host's multiplier by one (while multiplier × base &lt; max + base); the host
 *       stays out for min(base × multiplier, max) and comes back at the first sweep at or after that time;</li>
 *   <li>sweeps run every {@code interval} from the detector's creation; at each sweep, a host that is in and was
 *       returned at least one interval ago has its multiplier lowered by one (the decay of the ejection time).</li>
 * </ul>
 * Ejections are counted under {@code <cluster>.outlier.ejections}, and the number of hosts out is a level
 * {@code <cluster>.outlier.ejected} with a series. Every ejection and return is also handed to the event
 * listener as an {@link OutlierEvent}.
 */
public final class OutlierDetector {
    private final Simulation simulation;
    private final String cluster;
    private final OutlierDetection settings;
    private final Consumer<OutlierEvent> events;
    private final Counter ejections;
    private final TimeWeighted ejectedLevel;
    private final Map<UpstreamHost, Monitor> monitors = new LinkedHashMap<>();
    private int ejectedNow;

    /** Per-host state, as in Envoy's {@code DetectorHostMonitorImpl}. */
    private static final class Monitor {
        int consecutiveErrors;
        int multiplier;
        int ejections;
        double lastEjection = Double.NaN;
        double lastReturn = Double.NaN;
    }

    /**
     * Creates the detector and starts its sweep every {@code settings.intervalSeconds()}.
     *
     * @param cluster the cluster (service) name; metric keys start with it, so it must be unique in the run
     * @param events  receives every ejection and return; may be null
     */
    public OutlierDetector(Simulation simulation, String cluster, OutlierDetection settings, Consumer<OutlierEvent> events) {
        this.simulation = simulation;
        this.cluster = cluster;
        this.settings = settings;
        this.events = events == null ? e -> { } : events;
        this.ejections = simulation.metrics().counter(cluster + ".outlier.ejections", false);
        this.ejectedLevel = simulation.metrics().level(cluster + ".outlier.ejected", 0, true);
        simulation.every(settings.intervalSeconds(), cluster + " outlier sweep", this::sweep);
    }

    /** Starts watching {@code host} (a new endpoint of the cluster). */
    public void addHost(UpstreamHost host) {
        if (monitors.putIfAbsent(host, new Monitor()) != null) {
            throw new IllegalArgumentException("host " + host.name() + " is already watched in " + cluster);
        }
    }

    /** Stops watching {@code host} (the endpoint left the cluster); an ejected host stops counting as ejected. */
    public void removeHost(UpstreamHost host) {
        if (monitors.remove(host) != null && host.ejected()) {
            host.setEjected(false);
            ejectedNow--;
            ejectedLevel.set(ejectedNow);
        }
    }

    /** Accounts the result of one try on {@code host}; may eject it at once. */
    public void record(UpstreamHost host, AttemptResult result) {
        Monitor monitor = monitors.get(host);
        if (monitor == null) {
            return; // the host left the cluster while this try was under way; Envoy forgets its stats with it
        }
        if (!result.countsForHost()) {
            return;
        }
        if (!result.isHostError()) {
            monitor.consecutiveErrors = 0;
            return;
        }
        int threshold = settings.consecutive5xxErrors();
        if (threshold == 0 || ++monitor.consecutiveErrors != threshold || host.ejected()) {
            return;
        }
        if (ejectionAllowed()) {
            eject(host, monitor);
        }
        monitor.consecutiveErrors = 0;
    }

    private boolean ejectionAllowed() {
        double percentAfter = 100.0 * (ejectedNow + 1) / monitors.size();
        return percentAfter <= settings.maxEjectionPercent() || settings.alwaysEjectOneHost() && ejectedNow == 0;
    }

    private void eject(UpstreamHost host, Monitor monitor) {
        double now = simulation.now();
        host.setEjected(true);
        ejectedNow++;
        monitor.ejections++;
        monitor.lastEjection = now;
        if (monitor.multiplier * settings.baseEjectionTimeSeconds()
                < settings.maxEjectionTimeSeconds() + settings.baseEjectionTimeSeconds()) {
            monitor.multiplier++;
        }
        ejections.increment();
        ejectedLevel.set(ejectedNow);
        events.accept(new OutlierEvent(now, cluster, host.name(), OutlierEvent.Action.EJECT, monitor.ejections,
                ejectionSeconds(monitor)));
    }

    private double ejectionSeconds(Monitor monitor) {
        return Math.min(settings.baseEjectionTimeSeconds() * monitor.multiplier, settings.maxEjectionTimeSeconds());
    }

    /** The interval sweep: returns hosts whose ejection time has elapsed, then decays multipliers. */
    private void sweep() {
        double now = simulation.now();
        for (Map.Entry<UpstreamHost, Monitor> entry : monitors.entrySet()) {
            UpstreamHost host = entry.getKey();
            Monitor monitor = entry.getValue();
            if (host.ejected() && ejectionSeconds(monitor) <= now - monitor.lastEjection) {
                host.setEjected(false);
                ejectedNow--;
                monitor.consecutiveErrors = 0;
                monitor.lastReturn = now;
                ejectedLevel.set(ejectedNow);
                events.accept(new OutlierEvent(now, cluster, host.name(), OutlierEvent.Action.RETURN,
                        monitor.ejections, now - monitor.lastEjection));
            }
        }
        for (Map.Entry<UpstreamHost, Monitor> entry : monitors.entrySet()) {
            Monitor monitor = entry.getValue();
            boolean inForAnInterval = now - monitor.lastReturn >= settings.intervalSeconds();
            if (!entry.getKey().ejected() && inForAnInterval && monitor.multiplier > 0) {
                monitor.multiplier--;
            }
        }
    }

    /** Hosts ejected now. */
    public int ejectedHosts() {
        return ejectedNow;
    }

    /** Hosts watched now. */
    public int hosts() {
        return monitors.size();
    }

    /** The current ejection multiplier of {@code host} (0 if never ejected or fully decayed). */
    public int ejectionMultiplier(UpstreamHost host) {
        Monitor monitor = monitors.get(host);
        return monitor == null ? 0 : monitor.multiplier;
    }

    public OutlierDetection settings() {
        return settings;
    }
}
