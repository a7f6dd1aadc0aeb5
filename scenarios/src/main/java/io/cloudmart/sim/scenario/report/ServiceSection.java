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
        return spec.services().keySet().stream()
                .map(name -> new SeriesCharts.Ref(ServiceMetrics.key(name, metric), column, name)).toList();
    }

    private Table table() {
        List<List<String>> rows = new ArrayList<>();
        spec.services().forEach((name, service) -> rows.add(row(name, service)));
        return new Table("Per service, after warm-up",
                List.of("service", "pods", "req/s", "mean ms", "p95 ms", "p99 ms", "wait ms", "utilization"), rows,
                "pods: replicas × (CPU cores, worker slots) per pod. wait: mean time waiting for a free worker.");
    }

    private List<String> row(String name, ServiceSpec service) {
        PodSpec pod = service.pod();
        String shape = service.replicas() + " × (" + Format.number(pod.cpuCores(), pod.cpuCores() % 1 == 0 ? 0 : 2)
                + ", " + pod.concurrency() + ")";
        String latency = ServiceMetrics.key(name, "latency");
        return List.of(name, shape,
                Format.estimate(figures.perSecond(ServiceMetrics.key(name, "requests")), 2),
                Format.estimate(figures.latencyMs(latency, TallySummary::mean), 1),
                Format.estimate(figures.latencyMs(latency, TallySummary::p95), 1),
                Format.estimate(figures.latencyMs(latency, TallySummary::p99), 1),
                Format.estimate(figures.latencyMs(ServiceMetrics.key(name, "queueWait"), TallySummary::mean), 1),
                Format.percent(figures.levelMean(ServiceMetrics.key(name, "utilization"))));
    }
}
