package io.cloudmart.sim.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Observations as marks, each with an optional interval and label, against a linear, logarithmic or
 * categorical x axis: a sweep's points (one per value of a knob, or one per grid point on a cost-versus-latency
 * plane), where a {@link Chart}'s lines over time do not fit. A series may be joined by a line (a Pareto
 * frontier, or a figure across a knob's values).
 *
 * @param title chart title; required
 * @param xLabel x axis label with unit; required
 * @param yLabel y axis label with unit; required
 * @param xScale how the x axis maps values; {@code null} means {@link Scale#LINEAR}
 * @param xCategories names of the x positions 0, 1, 2 … when the x values are not numbers (then {@code xScale}
 *     is ignored); {@code null} or empty for a numeric axis
 * @param series the marks, in legend order; {@code null} is treated as empty
 */
public record ScatterChart(String title, String xLabel, String yLabel, Scale xScale, List<String> xCategories,
                           List<Series> series) implements Block {

    /** How the x axis places values. */
    public enum Scale {
        LINEAR,
        /** Equal ratios at equal distances: for a knob whose values span more than a factor of about 20. */
        LOG
    }

    /**
     * One set of marks. Arrays are copied in and out, as for {@link Line}; a mark with a non-finite x or y is not
     * drawn.
     *
     * @param name legend text; required
     * @param x x values (for a categorical axis, the category's position)
     * @param y y values
     * @param low lower ends of the marks' intervals, or {@code null} for none; a NaN entry draws none for that mark
     * @param high upper ends, {@code null} exactly when {@code low} is
     * @param labels text beside each mark, or {@code null} for none
     * @param joined whether a line joins the marks in their order
     */
    public record Series(String name, double[] x, double[] y, double[] low, double[] high, List<String> labels,
                         boolean joined) {
        public Series {
            Objects.requireNonNull(name, "name");
            x = x.clone();
            y = y.clone();
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x but " + y.length + " y");
            }
            if ((low == null) != (high == null)) {
                throw new IllegalArgumentException("series '" + name + "': low and high come together");
            }
            if (low != null) {
                low = low.clone();
                high = high.clone();
                if (low.length != x.length || high.length != x.length) {
                    throw new IllegalArgumentException("series '" + name + "': one interval per mark");
                }
            }
            labels = labels == null ? null : List.copyOf(labels);
            if (labels != null && labels.size() != x.length) {
                throw new IllegalArgumentException("series '" + name + "': one label per mark");
            }
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public double[] low() {
            return low == null ? null : low.clone();
        }

        @Override
        public double[] high() {
            return high == null ? null : high.clone();
        }

        /** True when at least one mark has finite coordinates. */
        boolean hasData() {
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Series that && name.equals(that.name) && joined == that.joined
                    && Arrays.equals(x, that.x) && Arrays.equals(y, that.y) && Arrays.equals(low, that.low)
                    && Arrays.equals(high, that.high) && Objects.equals(labels, that.labels);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
        }

        @Override
        public String toString() {
            return "Series[name=" + name + ", points=" + x.length + "]";
        }
    }

    public ScatterChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        xScale = xScale == null ? Scale.LINEAR : xScale;
        xCategories = xCategories == null ? List.of() : List.copyOf(xCategories);
        series = series == null ? List.of() : List.copyOf(series);
        if (xScale == Scale.LOG && xCategories.isEmpty()) {
            for (Series s : series) {
                for (double v : s.x) {
                    if (Double.isFinite(v) && v <= 0) {
                        throw new IllegalArgumentException("chart '" + title + "': a log axis needs x > 0, got " + v);
                    }
                }
            }
        }
    }

    /** True when some series has a mark to draw. */
    boolean hasData() {
        return series.stream().anyMatch(Series::hasData);
    }
}
