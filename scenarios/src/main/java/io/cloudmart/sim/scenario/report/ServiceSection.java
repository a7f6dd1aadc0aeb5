package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.Figures;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;

/** The services part of the report: a table of every service, then utilization, queues and latency over time. */
final class ServiceSection {
    private final ScenarioSpec spec;
    private final Figures figures;
    private final SeriesCharts charts;

    ServiceSection(ScenarioSpec spec, Figures figures, SeriesCharts charts) {
        this.spec = spec;
        this.figures = figures;
        this.charts = charts;
    }

    Section build() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(table());
        blocks.add(charts.chart("CPU utilization", "busy cores (% of all cores)", refs("utilization", "mean"), 100.0));
        blocks.add(charts.chart("Requests waiting for a worker", "queue length (requests)",
                refs("queueLength", "mean"), 1.0));
        blocks.add(charts.chart("Service latency, p95", "p95 latency (ms)", refs("latency", "p95"), 1000.0));
        return new Section("Services", "Service latency runs from a request's arrival at the service to its response,"
                + " waiting for a worker included. Utilization is the busy share of the service's CPU cores.", blocks);
    }

    private List<SeriesCharts.Ref> refs(String metric, String column) {
        ServiceColours colours = ServiceColours.of(spec);
        return spec.services().keySet().stream()
                .map(name -> new SeriesCharts.Ref(ServiceMetrics.key(name, metric), column, name, colours.slot(name)))
                .toList();
    }

    /** Figures down, services across: stays readable as services are added and with ± intervals. */
    private Table table() {
        List<String> headers = new ArrayList<>(List.of("figure"));
        headers.addAll(spec.services().keySet());
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("pods × (cores, workers)", (name, service) -> shape(service)
                + hpaRange(spec.capacity().of(name).hpa())));
        rows.add(row("requests/s", (name, service) -> Format.estimate(figures.perSecond(key(name, "requests")), 2)));
        rows.add(row("mean latency (ms)", (name, service) -> latency(name, "latency", TallySummary::mean)));
        rows.add(row("p95 latency (ms)", (name, service) -> latency(name, "latency", TallySummary::p95)));
        rows.add(row("p99 latency (ms)", (name, service) -> latency(name, "latency", TallySummary::p99)));
        rows.add(row("wait for a worker (ms)", (name, service) -> latency(name, "queueWait", TallySummary::mean)));
        rows.add(row("utilization", (name, service) -> Format.percent(figures.levelMean(key(name, "utilization")))));
        String pods = spec.capacity().hasHpas()
                ? "pods: replicas at the start × (CPU cores, worker slots) of each pod; HPA: its minReplicas–maxReplicas."
                : "pods: replicas × (CPU cores, worker slots) of each pod.";
        return new Table("Per service, after warm-up", headers, rows,
                pods + " Wait: mean time a request waited for a free worker.");
    }

    private List<String> row(String figure, java.util.function.BiFunction<String, ServiceSpec, String> cell) {
        List<String> row = new ArrayList<>(List.of(figure));
        spec.services().forEach((name, service) -> row.add(cell.apply(name, service)));
        return row;
    }

    private static String shape(ServiceSpec service) {
        PodSpec pod = service.pod();
        return service.replicas() + " × (" + Format.number(pod.cpuCores(), pod.cpuCores() % 1 == 0 ? 0 : 2)
                + ", " + pod.concurrency() + ")";
    }

    /** ", HPA 2–10" for a service whose pods the HPA moves (the count above is the one it starts with). */
    private static String hpaRange(io.cloudmart.sim.model.autoscale.hpa.HpaSpec hpa) {
        return hpa == null ? "" : ", HPA " + hpa.minReplicas() + "–" + hpa.maxReplicas();
    }

    private String latency(String service, String metric, java.util.function.ToDoubleFunction<TallySummary> field) {
        return Format.estimate(figures.latencyMs(key(service, metric), field), 1);
    }

    private static String key(String service, String metric) {
        return ServiceMetrics.key(service, metric);
    }
}
