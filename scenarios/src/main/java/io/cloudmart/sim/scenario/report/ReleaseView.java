package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.model.rollout.VersionMetric;
import io.cloudmart.sim.model.rollout.canary.CanaryStep;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Points;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.SignificantDigits;

/**
 * One release's story in the report: a sentence (what went out, how it ended, when and why, what the new version
 * served), the new version's error rate and p99 latency against its traffic weight with the analysis measurements
 * as points coloured by phase, the two versions' traffic and Ready pods, and the measurements in a table. Every
 * chart marks each step's start and the abort or promotion, so the moment a release went bad and the moment it was
 * taken back line up across the charts.
 *
 * <p>The lines come from the rollout's {@link RolloutTimeline} (one point per 5 s scrape, over the last 5 s), the
 * weight from its changes at the second they happened; the points are the analysis's own values over its own
 * window, which is why they are smoother than the line.
 *
 * @param summary how the rollout went
 * @param config   its Argo Rollouts section, for the step names and what each metric measures; empty for another
 *                 kind (a Flagger canary: its steps are then numbered and its checks are in the table only)
 * @param versions the service and its two versions
 * @param axis     the report's time axis
 */
record ReleaseView(RolloutSummary summary, Optional<RolloutConfig> config, Versions versions, TimeAxis axis) {
    /** The service a release changes, the version it replaces and the one it brings. */
    record Versions(String service, String oldVersion, String newVersion) {
        static Versions of(RolloutConfig config) {
            return new Versions(config.service(), config.stableVersion(), config.canaryVersion());
        }
    }

    ReleaseView(RolloutSummary summary, RolloutConfig config, TimeAxis axis) {
        this(summary, Optional.of(config), Versions.of(config), axis);
    }

    /** [CHOICE] At least a minute of the old version alone before the first step, for comparison. */
    static final double LEAD_SECONDS = 60;
    /**
     * [CHOICE] At least 90 s after the end: Argo's abortScaleDownDelaySeconds and scaleDownDelaySeconds default to
     * 30 s, so the last pods' leaving is in the picture.
     */
    static final double TAIL_SECONDS = 90;

    /** What a measurement's value is, so it lands on the chart of the same quantity. */
    private enum Quantity { ERRORS, LATENCY, OTHER }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(story()));
        blocks.add(outcomeTable());
        if (!summary.timeline().points().isEmpty()) {
            blocks.add(errorChart());
            blocks.add(latencyChart());
            blocks.add(trafficChart());
            blocks.add(new Paragraph("Lines: what " + newVersion() + " served over each 5 s scrape (a gap is a scrape"
                    + " in which it answered nothing); the weight changes at the second the rollout set it. Points:"
                    + " each analysis measurement, over its metric's own window (so smoother than the line), coloured"
                    + " and shaped by the phase Argo gave it; a success rate is drawn as its error rate,"
                    + " 100 % − success rate."));
        }
        if (!summary.measurements().isEmpty()) {
            blocks.add(measurementTable());
        }
        return blocks;
    }

    private String newVersion() {
        return versions.newVersion();
    }

    private String oldVersion() {
        return versions.oldVersion();
    }

    private String at(double seconds) {
        return axis.withUnit(seconds);
    }

    /** One paragraph: what went out when, how it ended, and the blast radius. */
    String story() {
        StringBuilder s = new StringBuilder();
        String what = versions.service() + " " + versions.newVersion();
        double began = began();
        if (summary.outcome() == RolloutOutcome.NOT_STARTED || !Double.isFinite(began)) {
            s.append("Rollout ").append(summary.name()).append(" had not started when the run ended.");
        } else {
            s.append(what).append(" went out at ").append(at(began)).append(". ");
            switch (summary.outcome()) {
                case ABORTED -> s.append("It was aborted at ").append(at(summary.atSeconds())).append(", ")
                        .append(Format.span(summary.atSeconds() - began)).append(" after it began, and its traffic"
                                + " went back to ").append(oldVersion()).append(" at once: ").append(summary.why())
                        .append('.');
                case PROMOTED -> s.append("It was promoted at ").append(at(summary.atSeconds())).append(", ")
                        .append(Format.span(summary.atSeconds() - began)).append(" after it began.");
                case PAUSED -> s.append("It has been paused since ").append(at(summary.atSeconds())).append(" (")
                        .append(summary.why()).append(").");
                default -> s.append("It was still progressing when the run ended.");
            }
        }
        s.append(" In all, ").append(newVersion()).append(" served ").append(served());
        return s.append('.').toString();
    }

    /** When the update began ({@code startAt}, Argo CD's sync of its commit, Flagger's run that saw it); NaN if not. */
    private double began() {
        return summary.startedAtSeconds();
    }

    private String served() {
        long requests = summary.canaryRequests();
        long errors = summary.canaryErrors();
        return Format.number(requests, 0) + " requests over the run, " + Format.number(errors, 0) + " of them errors"
                + (requests > 0 ? " (" + Format.percentOf((double) errors / requests) + ")" : "");
    }

    private Table outcomeTable() {
        long requests = summary.canaryRequests();
        List<String> row = List.of(summary.outcome().fieldValue(),
                axis.cell(summary.atSeconds()),
                summary.stepStarts().isEmpty() && config.filter(c -> c.canary() == null).isPresent() ? Format.NONE
                        : summary.stepStarts().size() + config.filter(c -> c.canary() != null)
                        .map(c -> " of " + c.canary().steps().size()).orElse(""),
                Format.number(requests, 0), Format.number(summary.canaryErrors(), 0),
                requests > 0 ? Format.nobreak(Format.percentOf((double) summary.canaryErrors() / requests)) : Format.NONE);
        return new Table("Release " + summary.name(), List.of("outcome", "at", "steps started",
                "requests to " + newVersion(), "errors", "error share"), List.of(row),
                "Requests and errors (any answer but 200) of " + newVersion() + "'s pods over the whole run, warm-up"
                        + " included: the release's blast radius.");
    }

    /**
     * The seconds the charts show: the release from a little before its first step to a little after its end (the
     * canary's pods leave a delay after an abort), or the whole time line when it never started.
     */
    double[] window() {
        List<RolloutTimeline.Point> points = summary.timeline().points();
        double first = points.get(0).atSeconds();
        double last = points.get(points.size() - 1).atSeconds();
        double began = began();
        if (!Double.isFinite(began)) {
            return new double[] {first, last};
        }
        double ended = Double.isFinite(summary.atSeconds()) ? summary.atSeconds() : last;
        double span = Math.max(0, ended - began);
        return new double[] {Math.max(first, began - Math.max(LEAD_SECONDS, span / 4)),
                Math.min(last, ended + Math.max(TAIL_SECONDS, span / 2))};
    }

    /** The step starts (named after the step), the abort or promotion, and a pause the rollout ended in. */
    List<Marker> markers() {
        List<Marker> markers = new ArrayList<>();
        for (RolloutSummary.StepStart step : summary.stepStarts()) {
            markers.add(new Marker(axis.convert(step.atSeconds()), stepName(step.index())));
        }
        String end = switch (summary.outcome()) {
            case ABORTED -> "aborted";
            case PROMOTED -> "promoted";
            case PAUSED -> "paused";
            default -> "";
        };
        if (!end.isEmpty() && Double.isFinite(summary.atSeconds())) {
            markers.add(new Marker(axis.convert(summary.atSeconds()), end));
        }
        return markers;
    }

    private String stepName(int index) {
        Optional<CanaryStep> step = config.filter(c -> c.canary() != null && index < c.canary().steps().size())
                .map(c -> c.canary().steps().get(index));
        if (step.isEmpty()) {
            return "step " + (index + 1);
        }
        if (step.get() instanceof CanaryStep.SetWeight w) {
            return w.weight() + " %";
        }
        if (step.get() instanceof CanaryStep.Pause p) {
            return p.durationSeconds().isPresent() ? "pause " + Format.duration(p.durationSeconds().getAsDouble()) : "pause";
        }
        return step.get() instanceof CanaryStep.Analysis ? "analysis" : "scale";
    }

    /** The new version's error rate (%) per scrape and the error-rate and success-rate measurements. */
    Chart errorChart() {
        return weighted(new Chart("Release " + summary.name() + ": " + newVersion() + " errors against its weight",
                axis.label(), "error rate (%)", List.of(timelineLine(newVersion() + " error rate (per 5 s)",
                p -> 100 * p.newErrorRate())), markers()), Quantity.ERRORS);
    }

    /** The new version's p99 (ms) per scrape and the latency measurements. */
    Chart latencyChart() {
        return weighted(new Chart("Release " + summary.name() + ": " + newVersion() + " p99 latency against its weight",
                axis.label(), "p99 latency (ms)", List.of(timelineLine(newVersion() + " p99 (per 5 s)",
                p -> 1000 * p.newP99Seconds())), markers()), Quantity.LATENCY);
    }

    /** Both versions' responses per second, and their Ready pods on the right axis. */
    Chart trafficChart() {
        Chart chart = new Chart("Release " + summary.name() + ": traffic and pods per version", axis.label(),
                "responses per second", List.of(
                timelineLine(oldVersion() + " responses/s", RolloutTimeline.Point::oldRequestsPerSecond),
                timelineLine(newVersion() + " responses/s", RolloutTimeline.Point::newRequestsPerSecond)), markers());
        return chart.withRightAxis("Ready pods", List.of(
                podSteps(oldVersion() + " Ready pods", RolloutTimeline.Point::oldReadyPods),
                podSteps(newVersion() + " Ready pods", RolloutTimeline.Point::newReadyPods)));
    }

    private Chart weighted(Chart chart, Quantity quantity) {
        return chart.withRightAxis(new Chart.RightAxis("weight (%)", List.of(weightLine()), 100))
                .withPoints(measurementPoints(quantity));
    }

    /** The time line's points inside the {@link #window}. */
    private List<RolloutTimeline.Point> shown() {
        double[] w = window();
        return summary.timeline().points().stream()
                .filter(p -> p.atSeconds() >= w[0] && p.atSeconds() <= w[1]).toList();
    }

    private Line timelineLine(String name, ToDoubleFunction<RolloutTimeline.Point> value) {
        List<RolloutTimeline.Point> points = shown();
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = axis.convert(points.get(i).atSeconds());
            y[i] = value.applyAsDouble(points.get(i));
        }
        return new Line(name, x, y);
    }

    /** A count per point as a staircase: each point's value holds until the next point. */
    private Line podSteps(String name, java.util.function.ToIntFunction<RolloutTimeline.Point> value) {
        List<RolloutTimeline.Point> points = shown();
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double y = value.applyAsInt(points.get(i));
            double until = i + 1 < points.size() ? points.get(i + 1).atSeconds() : points.get(i).atSeconds();
            corners.add(new double[] {points.get(i).atSeconds(), y});
            corners.add(new double[] {until, y});
        }
        return staircase(name, corners);
    }

    /** The weight as set across the {@link #window}: a vertical step at each change, at the second it happened. */
    Line weightLine() {
        double[] w = window();
        List<double[]> corners = new ArrayList<>();
        double weight = Double.NaN;
        for (RolloutTimeline.WeightChange c : summary.timeline().weightChanges()) {
            if (c.atSeconds() <= w[0]) {
                weight = c.newWeightPercent();
            } else if (c.atSeconds() <= w[1]) {
                if (corners.isEmpty()) {
                    corners.add(new double[] {w[0], weight});
                }
                corners.add(new double[] {c.atSeconds(), weight});
                weight = c.newWeightPercent();
                corners.add(new double[] {c.atSeconds(), weight});
            }
        }
        if (corners.isEmpty()) {
            corners.add(new double[] {w[0], weight});
        }
        corners.add(new double[] {w[1], weight});
        return staircase(newVersion() + " weight (%)", corners);
    }

    private Line staircase(String name, List<double[]> corners) {
        double[] x = new double[corners.size()];
        double[] y = new double[corners.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = axis.convert(corners.get(i)[0]);
            y[i] = corners.get(i)[1];
        }
        return new Line(name, x, y);
    }

    /** The measurements of {@code quantity}, one set per metric and phase, in the chart's unit. */
    private List<Points> measurementPoints(Quantity quantity) {
        Map<String, List<double[]>> sets = new LinkedHashMap<>();
        Map<String, AnalysisPhase> phases = new LinkedHashMap<>();
        for (RolloutSummary.Measurement m : summary.measurements()) {
            Optional<VersionMetric> metric = metricOf(m.metric());
            if (metric.isEmpty() || quantityOf(metric.get()) != quantity) {
                continue;
            }
            double y = switch (metric.get()) {
                case SUCCESS_RATE -> 100 * (1 - m.value());
                case ERROR_RATE -> 100 * m.value();
                default -> 1000 * m.value();
            };
            String name = m.metric() + " " + m.phase().fieldValue();
            sets.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {axis.convert(m.atSeconds()), y});
            phases.put(name, m.phase());
        }
        List<Points> points = new ArrayList<>();
        sets.forEach((name, xy) -> points.add(new Points(name, xy.stream().mapToDouble(p -> p[0]).toArray(),
                xy.stream().mapToDouble(p -> p[1]).toArray(), tone(phases.get(name)))));
        return points;
    }

    /** Errors over the chart of errors, latencies over the chart of latency; a request rate goes to the table. */
    List<Points> errorPoints() {
        return measurementPoints(Quantity.ERRORS);
    }

    List<Points> latencyPoints() {
        return measurementPoints(Quantity.LATENCY);
    }

    private static Quantity quantityOf(VersionMetric metric) {
        return switch (metric) {
            case SUCCESS_RATE, ERROR_RATE -> Quantity.ERRORS;
            case LATENCY_P50, LATENCY_P95, LATENCY_P99 -> Quantity.LATENCY;
            case REQUEST_RATE -> Quantity.OTHER;
        };
    }

    static Points.Tone tone(AnalysisPhase phase) {
        return switch (phase) {
            case SUCCESSFUL -> Points.Tone.GOOD;
            case FAILED -> Points.Tone.BAD;
            case INCONCLUSIVE, RUNNING, PENDING -> Points.Tone.UNDECIDED;
            case ERROR -> Points.Tone.BROKEN;
        };
    }

    /** What the analysis metric named {@code name} reads, from the rollout's analysis steps. */
    private Optional<VersionMetric> metricOf(String name) {
        return analysisMetric(name).map(AnalysisMetric::metric);
    }

    private Optional<AnalysisMetric> analysisMetric(String name) {
        return config.flatMap(c -> java.util.stream.Stream.of(c.stepAnalyses().values().stream().flatMap(List::stream),
                        c.backgroundAnalysis().stream(),
                        c.blueGreen().stream().flatMap(g -> g.prePromotionAnalysis().stream()))
                .flatMap(m -> m).filter(m -> m.spec().name().equals(name)).findFirst());
    }

    /** "success: result >= 0.99", "failure: …", as the template wrote them. */
    private static String conditions(AnalysisMetric metric) {
        List<String> parts = new ArrayList<>();
        metric.spec().successCondition().ifPresent(c -> parts.add("success: " + c.source()));
        metric.spec().failureCondition().ifPresent(c -> parts.add("failure: " + c.source()));
        return parts.isEmpty() ? Format.NONE : String.join("; ", parts);
    }

    private Table measurementTable() {
        List<List<String>> rows = new ArrayList<>();
        for (RolloutSummary.Measurement m : summary.measurements()) {
            Optional<AnalysisMetric> metric = analysisMetric(m.metric());
            rows.add(List.of(axis.format(m.atSeconds()), m.metric(),
                    metric.map(a -> a.metric().fieldValue() + " over " + Format.duration(a.windowSeconds()))
                            .orElse(Format.NONE),
                    Double.isFinite(m.value()) ? SignificantDigits.format(m.value(), 4) : "no data",
                    metric.map(ReleaseView::conditions).orElse(Format.NONE), m.phase().fieldValue()));
        }
        return new Table("Analysis measurements of " + summary.name(),
                List.of("time (" + axis.unit() + ")", "metric", "measures", "value", "conditions", "phase"), rows,
                "Each value is the metric over its window when it was taken, as its successCondition and"
                        + " failureCondition read it; no data (no response in the window) is an Error.");
    }
}
