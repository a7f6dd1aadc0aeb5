package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.autoscale.hpa.MetricSpec;
import io.cloudmart.sim.model.autoscale.hpa.MetricTargetType;
import io.cloudmart.sim.model.autoscale.hpa.PodsMetricSource;
import io.cloudmart.sim.model.autoscale.hpa.ResourceMetricSource;
import io.cloudmart.sim.model.autoscale.hpa.ResourceName;
import io.cloudmart.sim.model.autoscale.hpa.ScalingLimit;
import io.cloudmart.sim.model.control.HpaController;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.scenario.output.EarlyStops;
import io.cloudmart.sim.scenario.output.SignificantDigits;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The HorizontalPodAutoscalers ({@code hpa/<service>}): per service with an HPA, its pods over time with the
 * scale decisions marked, and the metric it scales on against its target (CPU utilization, or requests per
 * pod for the {@value HpaController#REQUESTS_PER_SECOND} Pods metric), each with a caption that answers when it
 * scaled, why, and when the new pods were Ready.
 */
final class HpaView implements ControllerView {
    static final String PREFIX = io.cloudmart.sim.model.control.HpaController.PREFIX;
    /** The maxReplicas line is drawn when it is at most this many times the highest count plotted. */
    static final double MAX_LINE_HEADROOM = 2.0;
    private static final String FROM = "currentReplicas";
    private static final String TO = "desiredReplicas";

    private final ScenarioSpec spec;
    private final List<Marker> context;

    /** @param context the report's own markers (warm-up, load changes), drawn on these charts too */
    HpaView(ScenarioSpec spec, List<Marker> context) {
        this.spec = spec;
        this.context = List.copyOf(context);
    }

    @Override
    public boolean explains(String name) {
        return name.startsWith(PREFIX);
    }

    @Override
    public boolean applies(CapacityRun run) {
        return !services().isEmpty();
    }

    /** The HPA's decisions fill the table's columns: replicas, metric against target, limit, when Ready. */
    @Override
    public boolean explainsInWords() {
        return false;
    }

    @Override
    public String journalNote(CapacityRun run) {
        return "The HPA journals a sync when it changes the replicas, or when a limit held its recommendation"
                + " back; a sync within the tolerance is not journaled. Held decisions in a row with the same"
                + " replicas and limit are one row (\"held ×n to t\": n decisions, the last at t). The metric is"
                + " what the HPA read from metrics-server, averaged over the pods, against its target. \"all Ready"
                + " at\" is when the Ready pods first reached the new count, estimated from " + run.bucket() + " averages.";
    }

    /** Services with an HPA, in file order. */
    List<String> services() {
        return spec.services().keySet().stream().filter(name -> spec.capacity().of(name).hpa() != null).toList();
    }

    @Override
    public List<Block> blocks(CapacityRun run) {
        List<Block> blocks = new ArrayList<>();
        for (String service : services()) {
            // every Deployment records svc.<service>.desired, so a service with an HPA always has its series
            HpaSpec hpa = spec.capacity().of(service).hpa();
            List<ControlEvent> events = run.events(PREFIX + service);
            ScaleMarkers.Result markers = ScaleMarkers.of(events, FROM, TO, run.axis(), spec.durationSeconds());
            blocks.add(new Paragraph(story(service, hpa, events, markers, run)));
            blocks.add(replicasChart(service, hpa, markers, run));
            blocks.add(new Paragraph(why(service, hpa, run)));
            boolean cpu = cpuTargetPercent(service, hpa).isPresent();
            OptionalDouble perPod = requestTarget(hpa);
            if (cpu || perPod.isEmpty()) {
                blocks.add(utilizationChart(service, hpa, markers, run));
            }
            if (perPod.isPresent() && run.has(service, "arrivals")) {
                blocks.add(requestsChart(service, perPod.getAsDouble(), markers, run));
            }
        }
        return blocks;
    }

    private Chart replicasChart(String service, HpaSpec hpa, ScaleMarkers.Result markers, CapacityRun run) {
        TimeAxis axis = run.axis();
        List<Line> lines = new ArrayList<>();
        // Ready first: the first line is drawn on top, so desired shows only where Ready lags behind it
        lines.add(StepLine.of("Ready", run.series(service, "replicas"), "mean", 1, axis));
        lines.add(StepLine.of("desired (spec.replicas)", run.series(service, "desired"), "mean", 1, axis));
        if (run.has(service, "starting")) {
            lines.add(StepLine.of("starting", run.series(service, "starting"), "mean", 1, axis));
        }
        if (run.has(service, "pending")) {
            lines.add(StepLine.of("pending", run.series(service, "pending"), "mean", 1, axis));
        }
        if (maxDrawn(service, hpa, run)) {
            lines.add(StepLine.horizontal("maxReplicas " + hpa.maxReplicas(), hpa.maxReplicas(), 0,
                    axis.convert(spec.durationSeconds())));
        }
        return new Chart("Replicas of " + service, axis.label(), "pods", lines, withContext(markers));
    }

    private Chart utilizationChart(String service, HpaSpec hpa, ScaleMarkers.Result markers, CapacityRun run) {
        TimeAxis axis = run.axis();
        List<Line> lines = new ArrayList<>();
        // the series is busy cores over the pods' CPU limits; the HPA divides by their requests (sidecar included)
        double perRequest = 100 * spec.services().get(service).pod().cpuCores() / podCpuRequest(service);
        lines.add(StepLine.of("CPU utilization", run.series(service, "utilization"), "mean", perRequest, axis));
        OptionalDouble target = cpuTargetPercent(service, hpa);
        target.ifPresent(t -> lines.add(StepLine.horizontal("HPA target " + Format.compact(t) + " %", t, 0,
                axis.convert(spec.durationSeconds()))));
        String title = target.isPresent() ? "CPU utilization of " + service + " vs the HPA target"
                : "CPU utilization of " + service;
        return new Chart(title, axis.label(), "busy CPU (% of the running pods' CPU requests)", lines,
                withContext(markers));
    }

    /** The Pods metric requests_per_second as the service's arrivals per Ready pod, against its target. */
    private Chart requestsChart(String service, double target, ScaleMarkers.Result markers, CapacityRun run) {
        TimeAxis axis = run.axis();
        TimeSeries arrivals = run.series(service, "arrivals");
        double[] rate = arrivals.column("perSecond");
        double[] ready = run.series(service, "replicas").column("mean");
        double[] perPod = new double[rate.length];
        for (int i = 0; i < perPod.length; i++) {
            perPod[i] = i < ready.length && ready[i] > 0 ? rate[i] / ready[i] : Double.NaN;
        }
        List<Line> lines = List.of(StepLine.of("requests/s per Ready pod", perPod, arrivals.buckets(), axis),
                StepLine.horizontal("HPA target " + Format.compact(target) + "/s", target, 0,
                        axis.convert(spec.durationSeconds())));
        return new Chart("Requests per pod of " + service + " vs the HPA target", axis.label(),
                "requests per second per Ready pod", lines, withContext(markers));
    }

    private List<Marker> withContext(ScaleMarkers.Result markers) {
        List<Marker> all = new ArrayList<>(context);
        all.addAll(markers.markers());
        return all;
    }

    /** When it scaled, how far, and how long the first new pods took to be Ready. */
    private String story(String service, HpaSpec hpa, List<ControlEvent> events, ScaleMarkers.Result markers,
                         CapacityRun run) {
        StringBuilder text = new StringBuilder(service + ": its HPA keeps between " + hpa.minReplicas()
                + " (minReplicas) and " + hpa.maxReplicas() + " (maxReplicas) pods, aiming at "
                + targets(service, hpa) + ".");
        long ups = events.stream().filter(e -> ScaleMarkers.direction(e, FROM, TO) > 0).count();
        long downs = events.stream().filter(e -> ScaleMarkers.direction(e, FROM, TO) < 0).count();
        if (ups + downs == 0) {
            return text.append(" It did not scale in ").append(run.which()).append('.').toString();
        }
        text.append(" In ").append(run.which()).append(" it scaled up ").append(times(ups)).append(" and down ")
                .append(times(downs)).append(", between ").append(Format.compact(lowest(events))).append(" and ")
                .append(Format.compact(highest(events))).append(" desired pods.");
        events.stream().filter(e -> ScaleMarkers.direction(e, FROM, TO) > 0).findFirst()
                .ifPresent(first -> text.append(' ').append(firstScaleUp(service, first, run)));
        text.append("\n\nReading the chart: a pod is pending until it has a node and its image, starting while its"
                + " containers run but its readiness probe has not yet passed, and Ready once it takes requests;"
                + " each step is a " + run.bucket() + " average, so a pod that became Ready inside a step shows as a fraction."
                + " The desired line shows above Ready while new pods start. Dashed lines mark the scale decisions"
                + " (↑ up, ↓ down: from→to replicas; decisions less than "
                + EarlyStops.clock(Math.round(spec.durationSeconds() * ScaleMarkers.BURST_SHARE))
                + " apart share one marker).");
        if (markers.bursts() > markers.labelled()) {
            text.append(" Only the first ").append(markers.labelled()).append(" of ").append(markers.bursts())
                    .append(" bursts are labelled; the table below lists every decision.");
        }
        if (!maxDrawn(service, hpa, run)) {
            text.append(" maxReplicas (").append(hpa.maxReplicas()).append(") is far above the chart and not drawn.");
        }
        return text.toString();
    }

    private String firstScaleUp(String service, ControlEvent first, CapacityRun run) {
        TimeAxis axis = run.axis();
        var in = first.inputs();
        double from = ((Number) in.get(FROM)).doubleValue();
        double to = ((Number) in.get(TO)).doubleValue();
        StringBuilder text = new StringBuilder("The first scale-up was at " + axis.format(first.time()) + " "
                + axis.unit());
        if (in.get("current") instanceof Number current && in.get("target") instanceof Number target) {
            boolean percent = MetricTargetType.UTILIZATION.apiName().equals(in.get("targetType"));
            String unit = percent ? " %" : "";
            String now = SignificantDigits.format(current.doubleValue(), 3);
            String aim = SignificantDigits.format(target.doubleValue(), 3);
            text.append(": ").append(in.get("metric")).append(" was at ").append(now).append(unit)
                    .append(" against the target of ").append(aim).append(unit)
                    .append(", so it raised the replicas from ").append(Format.compact(from)).append(" to ")
                    .append(Format.compact(to));
            double wanted = from * current.doubleValue() / target.doubleValue();
            if (Math.ceil(wanted - 1e-9) == to) {
                text.append(" (").append(Format.compact(from)).append(" × ").append(now).append(" / ").append(aim)
                        .append(" = ").append(Format.number(wanted, 2)).append(", rounded up)");
            } else if (in.get("limit") != null && !ScalingLimit.NONE.name().equals(in.get("limit"))) {
                text.append(" (limited by the ").append(limit(in.get("limit"))).append(')');
            }
        } else {
            text.append(", from ").append(Format.compact(from)).append(" to ").append(Format.compact(to)).append(" pods");
        }
        OptionalDouble ready = readyAt(first, run);
        if (ready.isPresent()) {
            text.append("; the new pods were all Ready at ").append(axis.format(ready.getAsDouble())).append(' ')
                    .append(axis.unit()).append(", ").append(Format.duration(Math.round(ready.getAsDouble() - first.time())))
                    .append(" later.");
        } else {
            text.append("; the Ready pods never reached ").append(Format.compact(to)).append(" before the next change.");
        }
        return text.toString();
    }

    /** The CPU a pod of {@code service} requests, as the HPA sums it: the app container's and the mesh sidecar's. */
    private double podCpuRequest(String service) {
        return spec.services().get(service).pod().cpuRequestCores()
                + (spec.mesh() == null ? 0 : spec.mesh().proxyRequests().cpuCores());
    }

    /** How the HPA decides, with this scenario's figures. */
    private String why(String service, HpaSpec hpa, CapacityRun run) {
        HpaControllerSettings flags = spec.capacity().hpaController();
        double tolerance = flags.tolerance();
        double window = hpa.behavior() != null && hpa.behavior().scaleDown() != null
                && hpa.behavior().scaleDown().stabilizationWindowSeconds() != null
                ? hpa.behavior().scaleDown().stabilizationWindowSeconds() : flags.downscaleStabilizationSeconds();
        double cores = podCpuRequest(service);
        double resolution = spec.capacity().metricResolutionSeconds();
        StringBuilder text = new StringBuilder("Why " + service + " scaled: every " + Format.duration(flags.syncPeriodSeconds())
                + " the HPA compares each metric with its target and asks for ceil(replicas × current / target) pods."
                + " It acts only when current / target is outside " + Format.compact(1 - tolerance) + "–"
                + Format.compact(1 + tolerance) + " (tolerance " + Format.compact(tolerance) + ")"
                + (window > 0 ? ", and it scales down only as far as the highest recommendation of the last "
                        + Format.duration(window) + " allows (the scale-down stabilization window), which is why it"
                        + " comes down late and in steps."
                        : "; its scale-down stabilization window is 0 s, so it follows each dip of the metric down as far"
                        + " as its scale-down policies allow: on a load that swings, it flaps."));
        String delay = " The HPA reads metrics-server samples taken every " + Format.duration(resolution)
                + ", so it reacts up to about " + Format.duration(resolution + flags.syncPeriodSeconds())
                + " after a change; the figures it read are in the table.";
        boolean perPod = requestTarget(hpa).isPresent() && run.has(service, "arrivals");
        if (cpuTargetPercent(service, hpa).isPresent()) {
            text.append(" CPU utilization is CPU use as a share of the pods' CPU requests, here ")
                    .append(Format.compact(cores)).append(cores == 1 ? " core" : " cores")
                    .append(" a pod. The utilization line is the running pods' busy CPU over their requests per ")
                    .append(run.bucket()).append("; it dips while new pods start, because they have cores but no")
                    .append(" requests yet.");
        }
        if (perPod) {
            text.append(" Its ").append(HpaController.REQUESTS_PER_SECOND).append(" metric is the requests each pod")
                    .append(" received per second, averaged over the pods; the requests-per-pod line is the")
                    .append(" service's arrivals per ").append(run.bucket()).append(" divided by its Ready pods.");
        }
        if (cpuTargetPercent(service, hpa).isEmpty() && !perPod) {
            text.append(" It does not scale on CPU utilization, so the chart below has no target line.");
        }
        text.append(delay);
        return text.toString();
    }

    /** "60 % CPU utilization", "10 requests_per_second per pod", joined by "and". */
    private String targets(String service, HpaSpec hpa) {
        List<String> parts = new ArrayList<>();
        for (MetricSpec metric : hpa.metrics()) {
            String value = Format.compact(metric.target().value());
            if (metric.target().type() == MetricTargetType.UTILIZATION) {
                parts.add(value + " % " + (metric.metricName().equals("cpu") ? "CPU" : metric.metricName())
                        + " utilization");
            } else if (metric instanceof ResourceMetricSource r && r.name() == ResourceName.CPU) {
                parts.add(value + " cores of CPU use per pod");
            } else if (metric instanceof ResourceMetricSource) {
                parts.add(value + " MiB of memory per pod");
            } else {
                parts.add(value + " " + metric.metricName() + " per pod");
            }
        }
        return String.join(" and ", parts);
    }

    /** The HPA's per-pod request-rate target, if it scales on {@value HpaController#REQUESTS_PER_SECOND}. */
    private static OptionalDouble requestTarget(HpaSpec hpa) {
        for (MetricSpec metric : hpa.metrics()) {
            if (metric instanceof PodsMetricSource pods && pods.metricName().equals(HpaController.REQUESTS_PER_SECOND)) {
                return OptionalDouble.of(pods.target().value());
            }
        }
        return OptionalDouble.empty();
    }

    /** The HPA's CPU target as a percentage of the pod's cores, if it scales on CPU. */
    private OptionalDouble cpuTargetPercent(String service, HpaSpec hpa) {
        for (MetricSpec metric : hpa.metrics()) {
            if (metric instanceof ResourceMetricSource r && r.name() == ResourceName.CPU) {
                return OptionalDouble.of(r.target().type() == MetricTargetType.UTILIZATION ? r.target().value()
                        : 100 * r.target().value() / spec.services().get(service).pod().cpuCores());
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public String outcome(ControlEvent event, CapacityRun run) {
        int direction = ScaleMarkers.direction(event, FROM, TO);
        if (direction == 0) {
            return Format.NONE;
        }
        OptionalDouble at = readyAt(event, run);
        if (at.isEmpty()) {
            return "not reached";
        }
        double delay = at.getAsDouble() - event.time();
        return delay < 0.5 ? "at once"
                : run.axis().format(at.getAsDouble()) + " " + Format.nobreak("(+" + Format.duration(Math.round(delay)) + ")");
    }

    /**
     * When the Ready pods of the decision's service first reached its new count, looking until the controller
     * next moved the count back past it; empty when they did not, or when the run has no Ready series.
     */
    OptionalDouble readyAt(ControlEvent event, CapacityRun run) {
        String service = event.controller().substring(PREFIX.length());
        int direction = ScaleMarkers.direction(event, FROM, TO);
        if (direction == 0 || !run.has(service, "replicas")) {
            return OptionalDouble.empty();
        }
        double to = ((Number) event.inputs().get(TO)).doubleValue();
        double until = run.replication().simulatedSeconds();
        for (ControlEvent later : run.events(event.controller())) {
            if (later.time() > event.time() && later.inputs().get(TO) instanceof Number next
                    && Double.compare(next.doubleValue(), to) == -direction) {
                until = later.time();
                break;
            }
        }
        TimeSeries ready = run.series(service, "replicas");
        return LevelCrossing.first(ready.column("mean"), ready.buckets(), event.time(), until, to, direction > 0);
    }

    /** The HPA's condition reason in words, with the reason as {@code kubectl describe hpa} shows it. */
    @Override
    public String limit(Object raw) {
        if (raw == null) {
            return Format.NONE;
        }
        ScalingLimit limit;
        try {
            limit = ScalingLimit.valueOf(raw.toString());
        } catch (IllegalArgumentException unknown) {
            return raw.toString();
        }
        return switch (limit) {
            case NONE -> "none";
            case TOLERANCE -> "within tolerance";
            case SCALE_DOWN_STABILIZED -> "scale-down window (ScaleDownStabilized)";
            case SCALE_UP_STABILIZED -> "scale-up window (ScaleUpStabilized)";
            case SCALE_UP_POLICY -> "scale-up policy (ScaleUpLimit)";
            case SCALE_DOWN_POLICY -> "scale-down policy (ScaleDownLimit)";
            case SCALING_POLICY_DISABLED -> "selectPolicy: Disabled";
            case MAX_REPLICAS -> "maxReplicas (TooManyReplicas)";
            case MIN_REPLICAS -> "minReplicas (TooFewReplicas)";
            case LEGACY_SCALE_UP_LIMIT -> "max(2 × replicas, 4) a sync (ScaleUpLimit)";
            case METRICS_MISSING -> "metrics missing";
            case SCALING_DISABLED -> "scaled to 0 (ScalingDisabled)";
        };
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static double lowest(List<ControlEvent> events) {
        return events.stream().filter(e -> e.inputs().get(TO) instanceof Number)
                .mapToDouble(e -> Math.min(((Number) e.inputs().get(TO)).doubleValue(),
                        e.inputs().get(FROM) instanceof Number f ? f.doubleValue() : Double.POSITIVE_INFINITY))
                .min().orElse(Double.NaN);
    }

    private static double highest(List<ControlEvent> events) {
        return events.stream().filter(e -> e.inputs().get(TO) instanceof Number)
                .mapToDouble(e -> ((Number) e.inputs().get(TO)).doubleValue()).max().orElse(0);
    }

    /** The maxReplicas line is drawn unless it would squash the counts into the bottom of the chart. */
    private static boolean maxDrawn(String service, HpaSpec hpa, CapacityRun run) {
        double peak = 0;
        for (String metric : List.of("desired", "replicas")) {
            for (double y : run.series(service, metric).column("mean")) {
                if (Double.isFinite(y)) {
                    peak = Math.max(peak, y);
                }
            }
        }
        return hpa.maxReplicas() <= MAX_LINE_HEADROOM * peak;
    }
}
