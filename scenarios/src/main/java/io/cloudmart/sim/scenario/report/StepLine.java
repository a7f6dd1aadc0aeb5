package io.cloudmart.sim.scenario.report;

import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.report.Line;

/**
 * Lines for counts that change in steps (pods): a level series drawn as a staircase, one flat run per time
 * bucket at the bucket's time-average, so a count is not drawn as a slope between bucket midpoints; and
 * horizontal reference lines (a limit, a target).
 */
final class StepLine {
    private StepLine() {
    }

    /**
     * Column {@code column} of {@code series}, times {@code scale}, as a staircase: bucket i is the segment from
     * its start to its end at its value; a NaN bucket (not measured) is a gap.
     */
    static Line of(String name, TimeSeries series, String column, double scale, TimeAxis axis) {
        double[] values = series.column(column).clone();
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return of(name, values, series.buckets(), axis);
    }

    /** One value per bucket of {@code buckets} as a staircase; NaN is a gap. */
    static Line of(String name, double[] values, Buckets buckets, TimeAxis axis) {
        double[] x = new double[2 * values.length];
        double[] y = new double[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            x[2 * i] = axis.convert(buckets.start(i));
            x[2 * i + 1] = axis.convert(buckets.end(i));
            y[2 * i] = values[i];
            y[2 * i + 1] = values[i];
        }
        return new Line(name, x, y);
    }

    /** A horizontal line at {@code y} from {@code fromX} to {@code toX} (axis units). */
    static Line horizontal(String name, double y, double fromX, double toX) {
        return new Line(name, new double[] {fromX, toX}, new double[] {y, y});
    }
}
