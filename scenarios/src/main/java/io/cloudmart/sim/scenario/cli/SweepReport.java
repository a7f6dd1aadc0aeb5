package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Fact;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.ScatterChart;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;

/**
 * The sweep's page: the cost-versus-latency plane with its Pareto frontier (when the scenario has a cluster),
 * each headline figure against each varied field with its interval, and a table of every point. Made only from
 * the identity and the points' lines, so a merge of shards draws the same page as one run.
 */
final class SweepReport {
    /** [CHOICE] a knob whose values span more than this factor is drawn on a log axis. */
    static final double LOG_AXIS_RATIO = 20;

    private final SweepIdentity id;
    private final List<SweepPointResult> points;
    private final String currency;

    private SweepReport(SweepIdentity id, List<SweepPointResult> points) {
        this.id = id;
        this.points = points;
        this.currency = points.stream().map(SweepPointResult::currency).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static Report build(SweepIdentity id, List<SweepPointResult> points) {
        return new SweepReport(id, points).report();
    }

    private Report report() {
        SweepGrid grid = id.grid();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("scenario", id.scenario()));
        for (SweepAxis axis : grid.axes()) {
            facts.add(new Fact("varied", axis.path() + " = " + String.join(", ", axis.values())));
        }
        if (!id.overrides().isEmpty()) {
            facts.add(new Fact("--set", String.join(" ", id.overrides())));
        }
        facts.add(new Fact("points", Integer.toString(grid.size())));
        facts.add(new Fact("seed", Long.toString(id.seed())));
        facts.add(new Fact("replications", id.replications() + " per point"));
        facts.add(new Fact("tool", id.tool()));
        List<Section> sections = new ArrayList<>();
        sections.add(currency != null ? costSection() : new Section("No cost axis", null, List.of(new Paragraph(
                "The scenario has no cluster, so nothing is priced: there is no cost axis and no frontier. The charts"
                        + " below show latency, errors and throughput against each varied field."))));
        for (int a = 0; a < grid.axes().size(); a++) {
            sections.add(knobSection(a));
        }
        sections.add(new Section("Every point", null, List.of(table())));
        String description = "Each point is a run of " + id.name() + " with the varied fields set as in its row and"
                + " everything else as in the scenario. Every point uses seed " + id.seed() + " and " + id.replications()
                + " replication" + (id.replications() == 1 ? "" : "s") + ", so replication i of every point draws the"
                + " same random numbers (common random numbers): points differ by the knobs, not by luck of the draw."
                + (id.replications() > 1 ? " Bars are 95% confidence intervals (Student t over replications)."
                        : " With one replication there are no intervals; give --replications 5 or more for them.");
        return new Report(id.name() + ": sweep of " + String.join(" × ", grid.shortNames()),
                description, facts, sections);
    }

    private Section costSection() {
        List<Block> blocks = new ArrayList<>();
        for (SweepFigure latency : List.of(SweepFigure.LATENCY_P99, SweepFigure.LATENCY_P95)) {
            double[] cost = means(SweepFigure.COST_PER_1000);
            double[] y = means(latency);
            List<Integer> frontier = ParetoFrontier.of(cost, y);
            List<String> labels = points.stream().map(p -> id.grid().shortLabel(p.index())).toList();
            double[][] interval = intervals(latency);
            double[] fx = frontier.stream().mapToDouble(i -> cost[i]).toArray();
            double[] fy = frontier.stream().mapToDouble(i -> y[i]).toArray();
            blocks.add(new ScatterChart(latency.words() + " against cost per 1,000 requests",
                    SweepFigure.COST_PER_1000.axisLabel(currency), latency.axisLabel(currency), scale(cost), null,
                    List.of(new ScatterChart.Series("points (" + id.grid().pathsLabel() + ")", cost, y, interval[0],
                                    interval[1], labels, false),
                            new ScatterChart.Series("Pareto frontier", fx, fy, null, null, null, true))));
            if (latency == SweepFigure.LATENCY_P99) {
                blocks.add(new Paragraph(frontierText(frontier, cost, y)));
            }
        }
        return new Section("Cost and latency", "Each mark is a point of the sweep, labelled by its values of "
                + id.grid().pathsLabel() + "; lower and further left is better on both counts. The Pareto frontier joins"
                + " the points no other point beats on both cost and latency: the choices worth weighing, each buying"
                + " lower latency from its neighbour at a price.", blocks);
    }

    private String frontierText(List<Integer> frontier, double[] cost, double[] p99) {
        if (frontier.isEmpty()) {
            return "No point has both a cost and a p99, so there is no frontier.";
        }
        StringBuilder text = new StringBuilder("Along the p99 frontier, from the cheapest: ");
        for (int f = 0; f < frontier.size(); f++) {
            int i = frontier.get(f);
            text.append(f == 0 ? "" : "; ").append(id.grid().shortAssignments(points.get(i).index())).append(" (")
                    .append(SweepNumbers.text(cost[i])).append(' ').append(currency).append(" per 1,000 requests, p99 ")
                    .append(SweepNumbers.text(p99[i])).append(" ms)");
        }
        int dominated = (int) java.util.stream.IntStream.range(0, cost.length)
                .filter(i -> Double.isFinite(cost[i]) && Double.isFinite(p99[i])).count() - frontier.size();
        return text.append(". ").append(dominated == 0 ? "No point is dominated."
                : dominated + " point" + (dominated == 1 ? " is" : "s are") + " dominated: another is cheaper and"
                        + " no slower, or faster and no dearer.").toString();
    }

    /** Each figure against one axis, a line per combination of the other axes' values. */
    private Section knobSection(int a) {
        SweepGrid grid = id.grid();
        SweepAxis axis = grid.axes().get(a);
        double[] numbers = axis.numbers();
        List<String> categories = numbers == null ? axis.values() : null;
        ScatterChart.Scale scale = numbers == null ? ScatterChart.Scale.LINEAR : scale(numbers);
        List<Block> blocks = new ArrayList<>();
        for (SweepFigure figure : SweepFigure.values()) {
            if (figure.money() && currency == null) {
                continue;
            }
            List<ScatterChart.Series> series = new ArrayList<>();
            for (List<Integer> line : linesAlong(a)) {
                int n = line.size();
                double[] x = new double[n];
                double[] y = new double[n];
                double[] low = new double[n];
                double[] high = new double[n];
                for (int k = 0; k < n; k++) {
                    SweepPointResult point = points.get(line.get(k));
                    int position = axis.values().indexOf(point.values().get(a));
                    x[k] = numbers == null ? position : numbers[position];
                    Estimate e = point.estimate(figure);
                    y[k] = e.mean();
                    low[k] = e.mean() - e.halfWidth95();
                    high[k] = e.mean() + e.halfWidth95();
                }
                series.add(new ScatterChart.Series(otherValues(a, points.get(line.get(0))), x, y, low, high, null, true));
            }
            blocks.add(new ScatterChart(figure.words() + " against " + grid.shortName(a), axis.path()
                    + (scale == ScatterChart.Scale.LOG ? " (log scale)" : ""), figure.axisLabel(currency), scale,
                    categories, series));
        }
        return new Section("Against " + grid.shortName(a), grid.axes().size() == 1 ? null
                : "One line per combination of the other varied fields' values.", blocks);
    }

    /** The points' positions (in {@code points}) grouped by their values of every axis but {@code a}, in grid order. */
    private List<List<Integer>> linesAlong(int a) {
        java.util.Map<List<String>, List<Integer>> lines = new java.util.LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            List<String> others = new ArrayList<>(points.get(i).values());
            others.remove(a);
            lines.computeIfAbsent(others, k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(lines.values());
    }

    /** The legend of a line along axis {@code a}: the other axes' values, or "mean ± 95% interval" for one axis. */
    private String otherValues(int a, SweepPointResult point) {
        List<String> parts = new ArrayList<>();
        for (int o = 0; o < id.grid().axes().size(); o++) {
            if (o != a) {
                parts.add(id.grid().shortName(o) + "=" + point.values().get(o));
            }
        }
        return parts.isEmpty() ? (id.replications() > 1 ? "mean, 95% interval" : "one replication") : String.join(", ", parts);
    }

    private Table table() {
        List<String> headers = new ArrayList<>();
        id.grid().axes().forEach(axis -> headers.add(axis.path()));
        List<SweepFigure> shown = new ArrayList<>();
        for (SweepFigure figure : SweepFigure.values()) {
            if (!figure.money() || currency != null) {
                shown.add(figure);
                headers.add(figure.axisLabel(currency));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (SweepPointResult point : points) {
            List<String> cells = new ArrayList<>(point.values());
            for (SweepFigure figure : shown) {
                Estimate e = point.estimate(figure);
                cells.add(SweepNumbers.text(e.mean())
                        + (Double.isFinite(e.halfWidth95()) ? " ± " + SweepNumbers.text(e.halfWidth95()) : ""));
            }
            rows.add(cells);
        }
        return new Table("One row per point, in grid order", headers, rows,
                id.replications() > 1 ? "mean ± 95% half-width over " + id.replications() + " replications (Student t)"
                        : "one replication per point: no intervals");
    }

    private double[] means(SweepFigure figure) {
        return points.stream().mapToDouble(p -> p.estimate(figure).mean()).toArray();
    }

    private double[][] intervals(SweepFigure figure) {
        double[] low = new double[points.size()];
        double[] high = new double[points.size()];
        for (int i = 0; i < low.length; i++) {
            Estimate e = points.get(i).estimate(figure);
            low[i] = e.mean() - e.halfWidth95();
            high[i] = e.mean() + e.halfWidth95();
        }
        return new double[][] {low, high};
    }

    /** Log when every value is positive and the largest is more than {@link #LOG_AXIS_RATIO} times the smallest. */
    static ScatterChart.Scale scale(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                if (v <= 0) {
                    return ScatterChart.Scale.LINEAR;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min < max && max / min > LOG_AXIS_RATIO ? ScatterChart.Scale.LOG : ScatterChart.Scale.LINEAR;
    }
}
