package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.report.Line;

/**
 * The cumulative cost per service and idle as layers of a stacked chart, from the bill's curve (a point about once
 * a minute, the last at the end of the run): bottom up the services in file order, idle on top, so the top edge is
 * the bill so far and ends at {@link CostSummary#total()}.
 *
 * <p>The curve starts at 0 at time 0 (nothing is billed before the first node starts), and a long run keeps at
 * most {@link #MAX_POINTS} of its points, always the last: cumulative cost is smooth, and a week's 10,080 points a
 * layer would make the page heavy without showing more.
 */
final class CostCurve {
    static final int MAX_POINTS = 600;
    static final String IDLE = "idle";

    private CostCurve() {
    }

    /** The layers, each service in its report-wide colour ({@link ServiceColours}), idle in the first one left. */
    static List<Line> layers(CostSummary cost, TimeAxis axis, ServiceColours colours) {
        List<CostSummary.CostPoint> points = thinned(withStart(cost.curve()));
        double[] x = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = axis.convert(points.get(i).timeSeconds());
        }
        List<Line> layers = new ArrayList<>();
        for (String service : points.get(points.size() - 1).perService().keySet()) {
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = points.get(i).perService().getOrDefault(service, 0.0);
            }
            layers.add(colours.paint(service, new Line(service, x, y)));
        }
        double[] idle = new double[x.length];
        for (int i = 0; i < idle.length; i++) {
            idle[i] = points.get(i).idle();
        }
        layers.add(new Line(IDLE, x, idle, colours.firstFree()));
        return layers;
    }

    private static List<CostSummary.CostPoint> withStart(List<CostSummary.CostPoint> curve) {
        if (!curve.isEmpty() && curve.get(0).timeSeconds() == 0) {
            return curve;
        }
        List<CostSummary.CostPoint> points = new ArrayList<>();
        Map<String, Double> zero = new java.util.LinkedHashMap<>();
        if (!curve.isEmpty()) {
            curve.get(curve.size() - 1).perService().keySet().forEach(s -> zero.put(s, 0.0));
        }
        points.add(new CostSummary.CostPoint(0, zero, 0));
        points.addAll(curve);
        return points;
    }

    /** Every k-th point and the last, so that at most {@link #MAX_POINTS} remain. */
    private static List<CostSummary.CostPoint> thinned(List<CostSummary.CostPoint> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        int step = (int) Math.ceil((points.size() - 1) / (double) (MAX_POINTS - 1));
        List<CostSummary.CostPoint> kept = new ArrayList<>();
        for (int i = 0; i < points.size() - 1; i += step) {
            kept.add(points.get(i));
        }
        kept.add(points.get(points.size() - 1));
        return kept;
    }
}
