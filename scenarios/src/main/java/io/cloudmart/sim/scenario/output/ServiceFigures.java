package io.cloudmart.sim.scenario.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.model.service.VersionMetrics;

/** The {@code services.<name>} block of results.json. */
final class ServiceFigures {
    private ServiceFigures() {
    }

    static ObjectNode json(Figures f, String service) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        ResultsJson.put(n, "requests", f.count(key(service, "requests")).mean());
        ResultsJson.put(n, "arrivals", f.count(key(service, "arrivals")).mean());
        ResultsJson.put(n, "throughputPerSecond", f.perSecond(key(service, "requests")).mean());
        n.set("latencyMs", ResultsJson.latency(f, key(service, "latency"), false));
        Estimate utilization = f.levelMean(key(service, "utilization"));
        ResultsJson.put(n, "utilization", utilization.mean());
        ResultsJson.put(n, "utilizationHalfWidth95", utilization.halfWidth95());
        ObjectNode replicas = n.putObject("replicas");
        String r = key(service, "replicas");
        ResultsJson.put(replicas, "min", f.of(m -> m.level(r).min()).mean());
        ResultsJson.put(replicas, "max", f.of(m -> m.level(r).max()).mean());
        ResultsJson.put(replicas, "mean", f.levelMean(r).mean());
        ObjectNode wait = n.putObject("queueWaitMs");
        ResultsJson.put(wait, "mean", f.latencyMs(key(service, "queueWait"), TallySummary::mean).mean());
        ResultsJson.put(wait, "p95", f.latencyMs(key(service, "queueWait"), TallySummary::p95).mean());
        ResultsJson.put(n, "meanQueueLength", f.levelMean(key(service, "queueLength")).mean());
        ResultsJson.put(n, "meanInSystem", f.levelMean(key(service, "inSystem")).mean());
        ResultsJson.put(n, "errors", f.count(key(service, "errors")).mean());
        ObjectNode endpoints = n.putObject("endpoints");
        for (String endpoint : new MetricNames(f.result().replications().get(0).metrics()).names("ep." + service, "latency")) {
            String k = ServiceMetrics.endpointKey(service, endpoint, "latency");
            ObjectNode e = endpoints.putObject(endpoint);
            ResultsJson.put(e, "requests", f.of(m -> m.tally(k).count()).mean());
            e.set("latencyMs", ResultsJson.latency(f, k, false));
        }
        versions(f, service, n);
        crashLoops(f, service, n);
        return n;
    }

    /**
     * {@code restarts} and {@code oomKills}, for the service and each of its versions, only for a service with a
     * leaking version (the only ones that count them): the kubelet's container restarts and the OOM kills behind them.
     */
    private static void crashLoops(Figures f, String service, ObjectNode n) {
        var leaking = new MetricNames(f.result().replications().get(0).metrics()).names("ver." + service, "oomKills");
        if (leaking.isEmpty()) {
            return;
        }
        ResultsJson.put(n, "restarts", f.of(m -> sum(m, service, leaking, "restarts")).mean());
        ResultsJson.put(n, "oomKills", f.of(m -> sum(m, service, leaking, "oomKills")).mean());
        if (n.has("versions")) {
            for (String version : leaking) {
                ObjectNode v = (ObjectNode) n.get("versions").get(version);
                if (v != null) {
                    ResultsJson.put(v, "restarts", f.count(VersionMetrics.key(service, version, "restarts")).mean());
                    ResultsJson.put(v, "oomKills", f.count(VersionMetrics.key(service, version, "oomKills")).mean());
                }
            }
        }
    }

    private static double sum(io.cloudmart.sim.core.stats.MetricsSnapshot m, String service,
                              java.util.Set<String> versions, String metric) {
        return versions.stream().mapToLong(v -> m.counter(VersionMetrics.key(service, v, metric))).sum();
    }

    /** {@code versions.<version>}, only for a service of more than one version (the only ones that record them). */
    private static void versions(Figures f, String service, ObjectNode n) {
        var names = new MetricNames(f.result().replications().get(0).metrics()).names("ver." + service, "requests");
        if (names.isEmpty()) {
            return;
        }
        ObjectNode versions = n.putObject("versions");
        for (String version : names) {
            ObjectNode v = versions.putObject(version);
            ResultsJson.put(v, "requests", f.count(VersionMetrics.key(service, version, "requests")).mean());
            ResultsJson.put(v, "errors", f.count(VersionMetrics.key(service, version, "errors")).mean());
            ObjectNode latency = v.putObject("latencyMs");
            String k = VersionMetrics.key(service, version, "latency");
            ResultsJson.put(latency, "p50", f.latencyMs(k, TallySummary::p50).mean());
            ResultsJson.put(latency, "p95", f.latencyMs(k, TallySummary::p95).mean());
            ResultsJson.put(latency, "p99", f.latencyMs(k, TallySummary::p99).mean());
        }
    }

    private static String key(String service, String metric) {
        return ServiceMetrics.key(service, metric);
    }
}
