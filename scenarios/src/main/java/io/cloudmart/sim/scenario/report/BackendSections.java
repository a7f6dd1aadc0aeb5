package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.LogEntry;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.saga.SagaOrchestrator;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.Figures;
import io.cloudmart.sim.scenario.output.MetricNames;

/**
 * Report sections for the request path beyond services: gateway, mesh, datastores, Kafka and
 * sagas, each only when the run had the component, plus the log of notable decisions.
 */
final class BackendSections {

    private static final int MAX_LOG_ROWS = 40;

    private final ExperimentResult result;
    private final Figures f;
    private final SeriesCharts charts;
    private final MetricNames names;

    private final ServiceColours colours;

    BackendSections(ExperimentResult result, Figures figures, SeriesCharts charts, ServiceColours colours) {
        this.colours = colours;
        this.result = result;
        this.f = figures;
        this.charts = charts;
        this.names = new MetricNames(result.replications().get(0).metrics());
    }

    List<Section> build() {
        List<Section> sections = new ArrayList<>();
        if (names.has("gateway.requests")) {
            sections.add(gateway());
        }
        if (!names.names("mesh", "retries").isEmpty()) {
            sections.add(mesh());
        }
        if (!names.names("ds", "operations").isEmpty() || !names.names("cache", "hits").isEmpty()) {
            sections.add(datastores());
        }
        if (!names.names("kafka", "published").isEmpty()) {
            sections.add(kafka());
        }
        if (!names.names("saga", "started").isEmpty()) {
            sections.add(sagas());
        }
        List<LogEntry> log = result.replications().get(0).log();
        if (!log.isEmpty()) {
            sections.add(events(log));
        }
        return sections;
    }

    private String count(String key) {
        return Format.estimate(f.count(key), 0);
    }

    private Section gateway() {
        Table table = new Table("Gateway (Kong), after warm-up", List.of("figure", "value"), List.of(
                List.of("requests", count("gateway.requests")),
                List.of("rejected 429 by rate limiting", count("gateway.rateLimited")),
                List.of("500 (counter store down, not fault tolerant)", count("gateway.errors")),
                List.of("p95 time through the gateway (ms)", Format.estimate(f.latencyMs("gateway.latency", TallySummary::p95), 1)),
                List.of("node CPU utilization", Format.percent(f.levelMean("svc.gateway.utilization")))), null);
        return new Section("Gateway", "Every request passes a gateway node (round robin) for proxying, JWT "
                + "verification and the rate-limiting plugin; a rejected request is answered 429 at once.", List.of(table,
                charts.rates("Gateway requests and rejections", List.of(
                        new SeriesCharts.Ref("gateway.requests", "perSecond", "requests/s"),
                        new SeriesCharts.Ref("gateway.rateLimited", "perSecond", "rejected 429/s")), "per second")));
    }

    private Section mesh() {
        List<List<String>> rows = new ArrayList<>();
        for (String service : names.names("mesh", "retries")) {
            String p = "mesh." + service + ".";
            rows.add(List.of(service, count(ServiceMetrics.key(service, "arrivals")), count(p + "retries"),
                    count(p + "timeouts"), count(p + "overflows"), count(p + "noHealthyUpstream"), count(p + "noRoute"),
                    names.has(p + "outlier.ejections") ? count(p + "outlier.ejections") : Format.NONE,
                    count(p + "handshakes")));
        }
        Table table = new Table("Calls through the mesh, by destination", List.of("destination", "tries", "retries",
                "504", "503 UO", "503 UH", "404 NR", "ejections", "mTLS handshakes"), rows,
                "tries: requests that reached a pod of the destination, retries included. 504: timeouts; 503 UO:"
                        + " connection-pool overflow; 503 UH: no healthy pod; 404 NR: no route matched.");
        List<Block> blocks = new ArrayList<>(List.of(table));
        List<SeriesCharts.Ref> retries = names.names("mesh", "retries").stream()
                .map(s -> new SeriesCharts.Ref("mesh." + s + ".retries", "perSecond", s, colours.slot(s))).toList();
        boolean anyRetry = names.names("mesh", "retries").stream()
                .anyMatch(s -> f.count("mesh." + s + ".retries").mean() > 0);
        blocks.add(anyRetry ? charts.rates("Retries per second, by destination", retries, "retries per second")
                : new io.cloudmart.sim.report.Paragraph("No call was retried after the warm-up."));
        return new Section("Service mesh", "Calls between services pass both sidecars; the destination's policy "
                + "adds retries, timeouts, connection limits and outlier detection.", blocks);
    }

    private Section datastores() {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String store : names.names("ds", "operations")) {
            String p = "ds." + store + ".";
            rows.add(List.of(store, count(p + "operations"), Format.estimate(f.latencyMs(p + "latency", TallySummary::mean), 2),
                    Format.estimate(f.latencyMs(p + "latency", TallySummary::p95), 2), count(p + "failures"),
                    Format.estimate(f.levelMean(p + "busyConnections"), 2)));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table("Databases", List.of("store", "operations", "mean ms", "p95 ms",
                    "connection timeouts", "busy connections"), rows, "Latency includes waiting for a connection."));
            blocks.add(charts.chart("Database latency, p95", "p95 latency (ms)", names.names("ds", "operations").stream()
                    .map(s -> new SeriesCharts.Ref("ds." + s + ".latency", "p95", s)).toList(), 1000.0));
            blocks.add(new DatastoreRates(names, charts).queries());
        }
        List<List<String>> caches = new ArrayList<>();
        for (String cache : names.names("cache", "hits")) {
            String p = "cache." + cache + ".";
            caches.add(List.of(cache, count(p + "commands"), count(p + "hits"), count(p + "misses"),
                    Format.percent(f.of(m -> Cache.hitRatio(m, cache))), Format.estimate(f.latencyMs(p + "latency", TallySummary::p95), 2)));
        }
        if (!caches.isEmpty()) {
            blocks.add(new Table("Caches (cache-aside)", List.of("cache", "commands", "hits", "misses", "hit ratio", "p95 ms"),
                    caches, null));
            blocks.add(new DatastoreRates(names, charts).caches());
        }
        return new Section("Datastores", "Databases serve as many operations at once as they have connections; "
                + "caches are single-threaded servers one round trip away.", blocks);
    }

    private Section kafka() {
        List<List<String>> rows = new ArrayList<>();
        List<SeriesCharts.Ref> lags = new ArrayList<>();
        for (String topic : names.names("kafka", "published")) {
            for (String group : names.names("kafka." + topic, "lag")) {
                String p = "kafka." + topic + "." + group + ".";
                rows.add(List.of(topic, group, count("kafka." + topic + ".published"), count(p + "consumed"),
                        Format.estimate(f.levelMean(p + "lag"), 1),
                        Format.estimate(f.of(m -> m.level(p + "lag").max()), 0),
                        Format.estimate(f.latencyMs(p + "delay", TallySummary::p95), 1)));
                lags.add(new SeriesCharts.Ref(p + "lag", "mean", topic + "/" + group));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("Topics and consumer groups", List.of("topic", "group", "published", "consumed",
                "mean lag", "max lag", "p95 delay ms"), rows, "Lag: records published and not yet processed."));
        blocks.add(new DatastoreRates(names, charts).kafka());
        if (!lags.isEmpty()) {
            blocks.add(charts.chart("Consumer lag", "lag (records)", lags, 1.0));
        }
        for (String projection : names.names("cqrs", "staleness")) {
            blocks.add(charts.latency("Read model '" + projection + "' staleness", "cqrs." + projection + ".staleness"));
        }
        return new Section("Kafka and read models", "Asynchronous work: a publish waits for the broker's "
                + "acknowledgement; consumers process each partition one record at a time.", blocks);
    }

    private Section sagas() {
        List<List<String>> rows = new ArrayList<>();
        List<SeriesCharts.Ref> refs = new ArrayList<>();
        for (String saga : names.names("saga", "started")) {
            String p = "saga." + saga + ".";
            rows.add(List.of(saga, count(p + "started"), count(p + "committed"), count(p + "compensated"), count(p + "stuck"),
                    Format.percent(f.of(m -> SagaOrchestrator.compensationRate(m, saga))),
                    Format.estimate(f.latencyMs(p + "timeToConsistency", TallySummary::p95), 1)));
            refs.add(new SeriesCharts.Ref(p + "committed", "perSecond", saga + " committed"));
            refs.add(new SeriesCharts.Ref(p + "compensated", "perSecond", saga + " compensated"));
        }
        return new Section("Sagas", "Every saga ends committed, compensated (its earlier steps undone) or stuck "
                + "(a compensation kept failing).", List.of(new Table("Sagas after warm-up", List.of("saga", "started",
                "committed", "compensated", "stuck", "compensation rate", "p95 ms to consistent"), rows,
                "Time to consistent: from the saga's start to its last step or compensation."),
                charts.rates("Saga outcomes", refs, "sagas per second")));
    }

    private Section events(List<LogEntry> log) {
        List<List<String>> rows = new ArrayList<>();
        for (LogEntry entry : log.subList(0, Math.min(MAX_LOG_ROWS, log.size()))) {
            rows.add(List.of(String.format(Locale.US, "%.1f", entry.time()), entry.source(), entry.text()));
        }
        String note = log.size() > MAX_LOG_ROWS ? "First " + MAX_LOG_ROWS + " of " + log.size() + " events." : null;
        return new Section("What happened", "Notable decisions in replication 1, in time order.",
                List.of(new Table("Events", List.of("time (s)", "source", "event"), rows, note)));
    }
}
