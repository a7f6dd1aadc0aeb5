package io.cloudmart.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Builds realistic synthetic reports for tests and for looking at the rendered page.
 *
 * <p>Data comes from closed-form curves, not from random numbers, so every run draws the same
 * page.
 */
final class SampleReports {

    private SampleReports() {}

    /** A report that exercises every block kind, gaps, markers, many lines and a no-data chart. */
    static Report full() {
        return new Report(
                "Checkout under a flash sale: autoscaling vs fixed capacity",
                "This experiment compares a fixed pool of 4 checkout pods with the Horizontal Pod "
                        + "Autoscaler (target 60 % CPU).\nTraffic triples at minute 20 for ten minutes.\n\n"
                        + "Question for the class: why does p99 latency peak *after* the replicas start to "
                        + "grow? Look at the marker for the end of the warm-up period first.",
                List.of(
                        new Fact("scenario", "05-autoscaling.yaml"),
                        new Fact("seed", "20240917"),
                        new Fact("simulated time", "60 min"),
                        new Fact("warm-up", "5 min"),
                        new Fact("replications", "10"),
                        new Fact("wall time", "3.42 s")),
                List.of(latencySection(), capacitySection(), paletteSection()));
    }

    /** The full report of a run that stopped early, with two banners. */
    static Report stoppedEarly() {
        Report full = full();
        return new Report(full.title(), full.description(), full.facts(), full.sections(), List.of(
                new Banner("The run stopped early",
                        "The run stopped at 26 min 40 s: more than 250,000 requests were in flight, "
                                + "so the shop could no longer keep up with its load.\n\n"
                                + "Figures after that time are missing, and the figures before it "
                                + "describe a system that was falling behind."),
                new Banner("Only 3 of 10 replications finished",
                        "Confidence intervals are computed over those 3.")));
    }

    private static Section latencySection() {
        Chart latency =
                new Chart(
                        "Checkout latency over time (mean of 10 replications)",
                        "simulated time (min)",
                        "latency (ms)",
                        List.of(
                                curve("p50", 600, 0, 60, t -> 40 + 25 * bump(t, 27, 5)),
                                curve("p95", 600, 0, 60, t -> 90 + 160 * bump(t, 28, 5)),
                                withGaps(curve("p99", 600, 0, 60, t -> 140 + 420 * bump(t, 29, 4)), 350, 375)),
                        List.of(
                                new Marker(5, "warm-up ends"),
                                new Marker(20, "traffic x3"),
                                new Marker(30, "traffic back to x1")));
        Table summary =
                new Table(
                        "Latency summary after warm-up (95 % confidence intervals over 10 replications)",
                        List.of("service", "requests", "mean (ms)", "p95 (ms)", "p99 (ms)", "dropped"),
                        List.of(
                                List.of("gateway", "1,204,332", "12.4 ± 0.3", "31.0 ± 1.2", "58.2 ± 4.0", "0"),
                                List.of("checkout", "401,223", "88.1 ± 2.7", "251.9 ± 8.8", "560.3 ± 31.5", "1.2%"),
                                List.of("payment", "398,930", "45.0 ± 1.1", "120.4 ± 3.9", "—", "n/a"),
                                List.of("inventory", "802,107", "8.8 ± 0.2", "19.5 ± 0.7", "30.1 ± 1.9", "0")),
                        "Intervals use Student's t with 9 degrees of freedom. \"—\" means fewer than 100 "
                                + "samples in every replication.");
        return new Section(
                "Latency",
                "Latency is measured from the gateway's point of view, including queueing.\n"
                        + "The p99 line has a gap where a bucket had no completed requests.",
                List.of(latency, summary,
                        new Paragraph("Read the chart from left to right: the first five minutes are the "
                                + "warm-up and are excluded from every table.")));
    }

    private static Section capacitySection() {
        Chart replicas =
                new Chart(
                        "Replicas per service",
                        "simulated time (min)",
                        "replicas (pods)",
                        List.of(
                                steps("checkout", new double[] {0, 21, 23, 26, 33, 40, 60},
                                        new double[] {4, 6, 9, 12, 9, 4, 4}),
                                steps("payment", new double[] {0, 22, 28, 38, 60}, new double[] {2, 3, 5, 2, 2}),
                                steps("inventory", new double[] {0, 60}, new double[] {3, 3})),
                        List.of(new Marker(5, "warm-up ends")));
        Chart cost =
                new Chart(
                        "Cumulative cost",
                        "simulated time (min)",
                        "cost (USD)",
                        List.of(
                                curve("autoscaled", 121, 0, 60, t -> 0.012 * t + 0.02 * Math.max(0, t - 21)),
                                curve("fixed 12 pods", 121, 0, 60, t -> 0.036 * t)),
                        List.of());
        Chart costByService =
                Chart.stacked(
                        "Cost so far by service, idle on top",
                        "simulated time (min)",
                        "cost (USD)",
                        List.of(
                                curve("checkout", 61, 0, 60, t -> 0.010 * t + 0.015 * Math.max(0, t - 21)),
                                curve("payment", 61, 0, 60, t -> 0.006 * t),
                                curve("inventory", 61, 0, 60, t -> 0.004 * t),
                                curve("idle", 61, 0, 60, t -> 0.008 * t + 0.004 * Math.max(0, t - 33))),
                        List.of(new Marker(5, "warm-up ends"), new Marker(21, "+2 nodes")));
        Chart empty =
                new Chart("Circuit breaker state changes", "simulated time (min)", "open breakers",
                        List.of(new Line("payment", new double[] {0, 1}, new double[] {Double.NaN, Double.NaN})),
                        List.of());
        return new Section("Capacity and cost", null, List.of(replicas, cost, costByService, empty));
    }

    private static Section paletteSection() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            final int k = i;
            lines.add(curve("pod-" + (i + 1), 200, 0, 60, t -> 30 + 6 * k + 8 * Math.sin(t / 6 + k)));
        }
        return new Section(
                "Per-pod utilisation",
                "Twelve lines: colours repeat after ten, with dashes.",
                List.of(new Chart("CPU utilisation per pod", "simulated time (min)", "CPU (%)", lines,
                        List.of(new Marker(55, "scale-in")))));
    }

    /** A smooth line of {@code n} points over [from, to] in x units. */
    static Line curve(String name, int n, double from, double to, DoubleUnaryOperator f) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + (to - from) * i / (n - 1);
            y[i] = f.applyAsDouble(x[i]);
        }
        return new Line(name, x, y);
    }

    /** A bell-shaped bump centred at {@code centre} with width {@code width}, peak 1. */
    private static double bump(double t, double centre, double width) {
        double z = (t - centre) / width;
        return Math.exp(-z * z);
    }

    private static Line withGaps(Line line, int from, int to) {
        double[] y = line.y();
        for (int i = from; i < to; i++) {
            y[i] = Double.NaN;
        }
        y[from - 10] = Double.NaN; // also splits off a short run just before the gap
        return new Line(line.name(), line.x(), y);
    }

    /** A step function: value {@code v[i]} from {@code t[i]} until {@code t[i+1]}. */
    private static Line steps(String name, double[] t, double[] v) {
        double[] x = new double[2 * t.length - 1];
        double[] y = new double[x.length];
        for (int i = 0; i < t.length; i++) {
            x[2 * i] = t[i];
            y[2 * i] = v[i];
            if (i + 1 < t.length) {
                x[2 * i + 1] = t[i + 1];
                y[2 * i + 1] = v[i];
            }
        }
        return new Line(name, x, y);
    }
}
