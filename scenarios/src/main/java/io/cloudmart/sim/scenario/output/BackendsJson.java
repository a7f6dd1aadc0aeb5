package io.cloudmart.sim.scenario.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.saga.SagaOrchestrator;

/**
 * The results.json sections of the request path beyond services: {@code gateway}, {@code mesh},
 * {@code datastores} (databases, caches, Kafka topics and CQRS projections) and {@code saga}.
 * A section appears only when the scenario has the component. Means over replications, ms.
 */
final class BackendsJson {
    private final Figures f;
    private final MetricNames names;

    BackendsJson(Figures figures) {
        this.f = figures;
        this.names = new MetricNames(figures.result().replications().get(0).metrics());
    }

    void addTo(ObjectNode root) {
        if (names.has("gateway.requests")) {
            root.set("gateway", gateway());
        }
        if (!names.names("mesh", "retries").isEmpty()) {
            root.set("mesh", mesh());
        }
        ObjectNode stores = datastores();
        if (stores.size() > 0) {
            root.set("datastores", stores);
        }
        if (!names.names("saga", "started").isEmpty()) {
            root.set("saga", sagas());
        }
    }

    private ObjectNode node() {
        return ResultsJson.mapper().createObjectNode();
    }

    private void count(ObjectNode n, String field, String key) {
        ResultsJson.put(n, field, f.count(key).mean());
    }

    private ObjectNode gateway() {
        ObjectNode n = node();
        count(n, "requests", "gateway.requests");
        count(n, "rateLimited", "gateway.rateLimited");
        count(n, "errors", "gateway.errors");
        n.set("latencyMs", ResultsJson.latency(f, "gateway.latency", false));
        ResultsJson.put(n, "nodeUtilization", f.levelMean("svc.gateway.utilization").mean());
        return n;
    }

    private ObjectNode mesh() {
        ObjectNode n = node();
        String[] metrics = {"retries", "timeouts", "overflows", "noHealthyUpstream", "noRoute", "handshakes"};
        for (String metric : metrics) {
            ResultsJson.put(n, metric, names.names("mesh", "retries").stream()
                    .mapToDouble(s -> f.count("mesh." + s + "." + metric).mean()).sum());
        }
        ResultsJson.put(n, "ejections", names.names("mesh", "outlier.ejections").stream()
                .mapToDouble(s -> f.count("mesh." + s + ".outlier.ejections").mean()).sum());
        ObjectNode per = n.putObject("perService");
        for (String service : names.names("mesh", "retries")) {
            ObjectNode s = per.putObject(service);
            for (String metric : metrics) {
                count(s, metric, "mesh." + service + "." + metric);
            }
            if (names.has("mesh." + service + ".outlier.ejections")) {
                count(s, "ejections", "mesh." + service + ".outlier.ejections");
            }
        }
        return n;
    }

    private ObjectNode datastores() {
        ObjectNode n = node();
        for (String store : names.names("ds", "operations")) {
            ObjectNode s = n.putObject(store);
            count(s, "operations", "ds." + store + ".operations");
            count(s, "failures", "ds." + store + ".failures");
            s.set("latencyMs", ResultsJson.latency(f, "ds." + store + ".latency", false));
            ResultsJson.put(s, "meanBusyConnections", f.levelMean("ds." + store + ".busyConnections").mean());
        }
        for (String cache : names.names("cache", "hits")) {
            ObjectNode s = n.putObject(cache);
            String hits = "cache." + cache + ".hits";
            String misses = "cache." + cache + ".misses";
            count(s, "operations", "cache." + cache + ".commands");
            ResultsJson.put(s, "reads", f.of(m -> m.counter(hits) + m.counter(misses)).mean());
            ResultsJson.put(s, "hitRatio", f.of(m -> Cache.hitRatio(m, cache)).mean());
            s.set("latencyMs", ResultsJson.latency(f, "cache." + cache + ".latency", false));
        }
        for (String topic : names.names("kafka", "published")) {
            ObjectNode s = n.putObject(topic);
            count(s, "published", "kafka." + topic + ".published");
            ObjectNode groups = s.putObject("consumerGroups");
            for (String group : names.names("kafka." + topic, "lag")) {
                ObjectNode g = groups.putObject(group);
                String prefix = "kafka." + topic + "." + group + ".";
                count(g, "consumed", prefix + "consumed");
                ResultsJson.put(g, "meanLag", f.levelMean(prefix + "lag").mean());
                ResultsJson.put(g, "maxLag", f.of(m -> m.level(prefix + "lag").max()).mean());
                ResultsJson.put(g, "p95DelayMs", f.latencyMs(prefix + "delay", TallySummary::p95).mean());
            }
        }
        for (String projection : names.names("cqrs", "staleness")) {
            ObjectNode s = n.putObject(projection);
            s.set("stalenessMs", ResultsJson.latency(f, "cqrs." + projection + ".staleness", false));
        }
        return n;
    }

    private ObjectNode sagas() {
        ObjectNode n = node();
        for (String saga : names.names("saga", "started")) {
            ObjectNode s = n.putObject(saga);
            String p = "saga." + saga + ".";
            for (String metric : new String[] {"carriedOver", "started", "committed", "compensated", "stuck",
                "inFlightAtEnd"}) {
                count(s, metric, p + metric);
            }
            ResultsJson.put(s, "compensationRate", f.of(m -> SagaOrchestrator.compensationRate(m, saga)).mean());
            ResultsJson.put(s, "p95TimeToConsistencyMs", f.latencyMs(p + "timeToConsistency", TallySummary::p95).mean());
        }
        return n;
    }
}
