package io.cloudmart.sim.model.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.MetricRegistry;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.model.call.Outcome;

/**
 * What Prometheus would hold about each version of one service, as Istio's {@code istio_requests_total} and
 * {@code istio_request_duration_milliseconds} labelled by {@code destination_version}: monotone counters of
 * responses, of errors (any answer but 200) and of 5xx answers, and a latency histogram on Envoy's default
 * buckets, scraped every {@value #SCRAPE_INTERVAL_SECONDS} s and kept {@value #HORIZON_SECONDS} s (see
 * {@link ScrapedCounters}). An analysis reads {@code rate(x[window])} and {@code histogram_quantile(q, …[window])}
 * over the last {@code window} seconds at any simulated time; nothing is reset at warm-up.
 *
 * <p>A response is counted when the version's pod answers (arrival at the service to its answer, queueing
 * included); a connection refused before any pod served it (an outage, a pod already gone) is no version's
 * response.
 *
 * <p>For results.json a service with more than one version also records, after warm-up like every other figure,
 * {@code ver.<service>.<version>.requests}, {@code .errors} (counters) and {@code .latency} (tally), each with its
 * series for timeseries.csv (per bucket, so their memory grows with time, not requests). A service with one version
 * records nothing (its windows read NaN, no data): there is no other version to compare it with.
 */
public final class VersionMetrics {
    /** [ESTIMATE] A scrape every 5 s: finer than Prometheus's usual 15–30 s, so windows are rounded by little. */
    public static final double SCRAPE_INTERVAL_SECONDS = 5;
    /** [ESTIMATE] 15 minutes kept: longer than the analysis windows Argo Rollouts' examples use (1–10 min). */
    public static final double HORIZON_SECONDS = 900;

    private static final int REQUESTS = 0;
    private static final int ERRORS = 1;
    private static final int ERRORS_5XX = 2;
    private static final int FIRST_BUCKET = 3;

    private final Simulation simulation;
    private final Map<String, Version> versions = new LinkedHashMap<>();
    /**
     * Only a service with two or more versions records: nothing compares versions of a service that has one, and
     * recording would cost every request of every service (about 10 % of {@code cloudmart}'s time, measured).
     */
    private final boolean recording;

    /** The record of one version. */
    private record Version(ScrapedCounters counters, Counter requests, Counter errors, Tally latency) {
    }

    VersionMetrics(Simulation simulation, String service, java.util.List<VersionConfig> configs) {
        this(simulation, service, configs, SCRAPE_INTERVAL_SECONDS, HORIZON_SECONDS);
    }

    /** With another scrape interval and horizon (tests). */
    VersionMetrics(Simulation simulation, String service, java.util.List<VersionConfig> configs,
                   double intervalSeconds, double horizonSeconds) {
        this.simulation = simulation;
        int slots = (int) Math.ceil(horizonSeconds / intervalSeconds) + 1;
        boolean inResults = configs.size() > 1;
        this.recording = inResults;
        MetricRegistry registry = simulation.metrics();
        for (VersionConfig config : configs) {
            String v = config.name();
            versions.put(v, new Version(
                    new ScrapedCounters(FIRST_BUCKET + LatencyHistogram.buckets(), intervalSeconds, slots),
                    inResults ? registry.counter(key(service, v, "requests"), true) : null,
                    inResults ? registry.counter(key(service, v, "errors"), true) : null,
                    inResults ? registry.tally(key(service, v, "latency"), true) : null));
        }
    }

    /** The metric key of {@code metric} ({@code requests}, {@code errors}, {@code latency}) of one version. */
    public static String key(String service, String version, String metric) {
        return "ver." + service + "." + version + "." + metric;
    }

    /** The versions, in the order the service declares them. */
    public Set<String> versions() {
        return versions.keySet();
    }

    /** A pod of {@code version} answered {@code outcome} after {@code latencySeconds}. */
    void completed(VersionConfig version, double latencySeconds, Outcome outcome) {
        if (!recording) {
            return;
        }
        Version v = versions.get(version.name());
        double now = simulation.now();
        v.counters.add(now, REQUESTS, 1);
        v.counters.add(now, FIRST_BUCKET + LatencyHistogram.bucketOf(latencySeconds), 1);
        if (!outcome.isOk()) {
            v.counters.add(now, ERRORS, 1);
            if (outcome.status() >= 500) {
                v.counters.add(now, ERRORS_5XX, 1);
            }
        }
        if (v.requests != null) {
            v.requests.increment();
            v.latency.record(latencySeconds);
            if (!outcome.isOk()) {
                v.errors.increment();
            }
        }
    }

    /** {@code rate(requests[window])}: responses per second over the last {@code window} seconds before {@code now}. */
    public double requestRate(String version, double now, double window) {
        ScrapedCounters c = counters(version);
        double covered = c.coveredSeconds(now, window);
        return covered > 0 ? c.increase(REQUESTS, now, window) / covered : Double.NaN;
    }

    /** Responses over the window; NaN-free (0 with none). */
    public long requests(String version, double now, double window) {
        return counters(version).increase(REQUESTS, now, window);
    }

    /** Share of the window's responses that answered 200; NaN with no response. */
    public double successRate(String version, double now, double window) {
        return share(version, now, window, ERRORS, true);
    }

    /** Share of the window's responses that were not 200 (4xx and 5xx); NaN with no response. */
    public double errorRate(String version, double now, double window) {
        return share(version, now, window, ERRORS, false);
    }

    /** Share of the window's responses that were 5xx (what an Istio analysis usually reads); NaN with no response. */
    public double serverErrorRate(String version, double now, double window) {
        return share(version, now, window, ERRORS_5XX, false);
    }

    /** {@code histogram_quantile(q, rate(latency_bucket[window]))}, seconds; NaN with no response. */
    public double latencyQuantile(String version, double q, double now, double window) {
        ScrapedCounters c = counters(version);
        long[] counts = new long[LatencyHistogram.buckets()];
        for (int b = 0; b < counts.length; b++) {
            counts[b] = c.increase(FIRST_BUCKET + b, now, window);
        }
        return LatencyHistogram.quantile(q, counts);
    }

    /** Responses of {@code version} since the run began (the raw counter, never reset). */
    public long totalRequests(String version) {
        return counters(version).total(REQUESTS);
    }

    /** Error responses (any answer but 200) of {@code version} since the run began (the raw counter, never reset). */
    public long totalErrors(String version) {
        return counters(version).total(ERRORS);
    }

    private double share(String version, double now, double window, int counter, boolean complement) {
        ScrapedCounters c = counters(version);
        long all = c.increase(REQUESTS, now, window);
        if (all == 0) {
            return Double.NaN;
        }
        long part = c.increase(counter, now, window);
        return (double) (complement ? all - part : part) / all;
    }

    private ScrapedCounters counters(String version) {
        Version v = versions.get(version);
        if (v == null) {
            throw new IllegalArgumentException("no version " + version + "; there are " + versions.keySet());
        }
        return v.counters;
    }
}
