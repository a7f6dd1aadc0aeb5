package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.report.Banner;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Fact;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.output.EarlyStops;
import io.cloudmart.sim.scenario.output.Figures;
import io.cloudmart.sim.scenario.output.RunStatistics;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * Turns a scenario and its results into the report document: a summary with confidence intervals,
 * how the autoscalers and the cluster moved capacity and what it cost (only for scenarios that have any),
 * what clients saw over time, and
 * one part per service. Knows which metrics exist; the reports
 * module only draws.
 */
public final class ReportComposer {
    private final ScenarioSpec spec;
    private final ExperimentResult result;
    private final Figures figures;
    private final SeriesCharts charts;
    private final EarlyStops stops;
    private final List<String> overrides;
    private final RunStatistics statistics;
    private final ObjectNode results;
    /** The node events the Over time charts mark (none with several replications). */
    private final List<Marker> nodeMarkers;

    public ReportComposer(ScenarioSpec spec, ExperimentResult result) {
        this(spec, result, List.of());
    }

    /** @param overrides the run's {@code --set path=value} strings, in order, shown in the header's facts */
    public ReportComposer(ScenarioSpec spec, ExperimentResult result, List<String> overrides) {
        this(spec, result, overrides, RunStatistics.NONE);
    }

    /** @param statistics how {@code warmup: auto} and {@code precision} chose the warm-up and the count, for the header */
    public ReportComposer(ScenarioSpec spec, ExperimentResult result, List<String> overrides, RunStatistics statistics) {
        this(spec, result, overrides, statistics, ResultsJson.build(spec, result, overrides));
    }

    /**
     * @param results the run's results.json as written, so the summary's words are read from the very figures the
     *                file holds (and a run builds them once)
     */
    public ReportComposer(ScenarioSpec spec, ExperimentResult result, List<String> overrides, RunStatistics statistics,
                          ObjectNode results) {
        this.results = results;
        this.statistics = statistics;
        this.overrides = List.copyOf(overrides);
        this.spec = spec;
        this.result = result;
        this.figures = new Figures(result);
        this.stops = EarlyStops.of(result);
        this.nodeMarkers = nodeMarkers();
        this.charts = new SeriesCharts(result, TimeAxis.forDuration(spec.durationSeconds()), timeChartMarkers());
    }

    public Report compose() {
        List<Section> sections = new ArrayList<>();
        sections.add(summary());
        TimelineSection timeline = new TimelineSection(spec, result);
        timeline.build().ifPresent(sections::add);
        ReleasesSection.of(spec, result).ifPresent(sections::add);
        GitOpsSection.of(spec, result).ifPresent(sections::add);
        new CapacitySection(spec, result, markers()).build().ifPresent(sections::add);
        sections.add(clients());
        sections.add(services());
        SecuritySection.of(spec, result).ifPresent(sections::add);
        sections.addAll(new BackendSections(result, figures, charts, ServiceColours.of(spec)).build());
        TraceWaterfall.of(spec, result).ifPresent(sections::add);
        return new Report(spec.name(), spec.description(), facts(),
                TimelineSection.withBands(sections, timeline.bands(), TimeAxis.forDuration(spec.durationSeconds()).label()),
                banners());
    }

    /** A run that stopped early says so first: when, why, and what its figures cover. */
    private List<Banner> banners() {
        if (!stops.any()) {
            return StatisticsBanners.of(result, statistics);
        }
        String sentence = stops.sentence();
        return List.of(new Banner("This run stopped early",
                Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ". " + stops.coverage()));
    }

    private List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("seed", Long.toString(spec.seed())));
        if (!overrides.isEmpty()) {
            // two reports of one scenario share a title; the overrides tell them apart
            facts.add(new Fact("overrides", overridesText(overrides)));
        }
        facts.add(new Fact("simulated", stops.any()
                ? EarlyStops.clock(stops.first().timeSeconds()) + " of " + Format.duration(spec.durationSeconds())
                        + " (stopped early)"
                : Format.duration(spec.durationSeconds())));
        facts.add(new Fact("warm-up", statistics.warmup().isPresent() ? statistics.warmupSentence()
                : Format.duration(spec.warmupSeconds())));
        facts.add(new Fact("replications", statistics.precision().isPresent() ? statistics.precisionSentence()
                : Integer.toString(result.replications().size())));
        facts.add(new Fact("requests answered", Format.number(figures.count("client.requests").mean(), 0)));
        facts.add(new Fact("engine events", String.format(Locale.US, "%,d", result.totalEvents())));
        facts.add(new Fact("wall time", Format.number(result.wallSeconds(), 2) + " s"));
        return facts;
    }

    /** The overrides as typed on the command line: {@code --set a=b, --set c=d}. */
    static String overridesText(List<String> overrides) {
        return overrides.stream().map(o -> "--set " + o).collect(java.util.stream.Collectors.joining(", "));
    }

    private List<Marker> markers() {
        TimeAxis axis = TimeAxis.forDuration(spec.durationSeconds());
        List<Marker> markers = new ArrayList<>();
        if (spec.warmupSeconds() > 0) {
            markers.add(new Marker(axis.convert(spec.warmupSeconds()), "warm-up ends"));
        }
        for (double start : ShopAssembler.stageStarts(spec)) {
            markers.add(new Marker(axis.convert(start), "→ " + Format.compact(spec.load().rateAt(start)) + "/s"));
        }
        if (stops.any()) {
            markers.add(new Marker(axis.convert(stops.first().timeSeconds()), "run stopped"));
        }
        return markers;
    }

    /** The markers of the time charts outside the capacity part: the report's own and the node events. */
    private List<Marker> timeChartMarkers() {
        List<Marker> all = markers();
        all.addAll(nodeMarkers);
        return all;
    }

    /**
     * With one replication, its node events (nodes added and removed, spot notices), which explain many a jump in
     * latency or errors. With several replications the charts are means, and one replication's node events would
     * mark times the others did not share: none then.
     */
    private List<Marker> nodeMarkers() {
        if (result.replications().size() != 1) {
            return List.of();
        }
        return NodeMarkers.of(result.replications().get(0).controlEvents(), TimeAxis.forDuration(spec.durationSeconds()),
                spec.durationSeconds()).markers();
    }

    private Section summary() {
        String ci = result.replications().size() > 1
                ? "Means over " + result.replications().size() + " replications, ± the 95% confidence half-width (Student t)."
                : "One replication: run with --replications 5 or more to get confidence intervals.";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("throughput", Format.estimate(figures.perSecond("client.requests"), 2), "requests/s"));
        rows.add(List.of("offered load", Format.estimate(figures.perSecond("client.arrivals"), 2), "requests/s"));
        rows.add(latencyRow("mean latency", TallySummary::mean));
        rows.add(latencyRow("p50 latency", TallySummary::p50));
        rows.add(latencyRow("p90 latency", TallySummary::p90));
        rows.add(latencyRow("p95 latency", TallySummary::p95));
        rows.add(latencyRow("p99 latency", TallySummary::p99));
        rows.add(latencyRow("max latency", TallySummary::max));
        rows.add(List.of("requests answered", Format.estimate(figures.count("client.requests"), 0), "per replication"));
        rows.add(List.of("answered with an error", Format.percent(figures.of(m -> {
            long answered = m.counter("client.requests");
            return answered == 0 ? Double.NaN : (answered - m.counter("client.ok")) / (double) answered;
        })), "of answers (429, 409, 5xx)"));
        if (spec.load().shape() == null && spec.load().stages().size() == 1 && spec.load().scale() == 1.0) {
            StationTheory.of(spec).ifPresent(t -> rows.add(List.of("mean latency, theory " + t.model(),
                    t.meanLatency(spec.load().stages().get(0).ratePerSecond())
                            .map(w -> Format.number(w * 1000, 1)).orElse("overloaded"), "ms")));
        }
        Table table = new Table("What clients saw after warm-up", List.of("figure", "value", "unit"), rows,
                "Latency is end to end, from sending a request to its response, queueing included.");
        Paragraph inWords = new Paragraph(new SummaryParagraph(results).text());
        return new Section("Summary", ci, List.of(inWords, table, JourneyTable.of(spec, figures),
                new TopologyDiagram(spec).build()));
    }

    private List<String> latencyRow(String name, java.util.function.ToDoubleFunction<TallySummary> field) {
        return List.of(name, Format.estimate(figures.latencyMs("client.latency", field), 1), "ms");
    }

    private Section clients() {
        List<Block> blocks = new ArrayList<>();
        if (spec.load().shape() == null && spec.load().stages().size() > 1) {
            blocks.add(new StageTable(spec, result).build());
        }
        blocks.add(charts.latency("End-to-end latency", "client.latency"));
        blocks.add(charts.rates("Throughput", List.of(
                new SeriesCharts.Ref("client.arrivals", "perSecond", "offered (arrivals/s)"),
                new SeriesCharts.Ref("client.requests", "perSecond", "answered (responses/s)")), "requests per second"));
        blocks.addAll(AnswerCharts.of(result, charts));
        return new Section("Over time", "Each point is one " + Format.duration(result.replications().get(0)
                .metrics().series().get("client.latency").buckets().widthSeconds())
                + " bucket, averaged over replications; the warm-up is included here to show the start."
                + (nodeMarkers.isEmpty() ? "" : " Dashed lines also mark the node events of the \"Nodes per pool\" chart."),
                blocks);
    }

    private Section services() {
        return new ServiceSection(spec, figures, charts).build();
    }
}
