package io.cloudmart.sim.model.load.shape;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;

/**
 * Recorded arrival times replayed exactly: request timestamps from an access log, in seconds from
 * the start of the run, sorted. {@link ArrivalProcess#replay} returns them one by one, with no
 * randomness; several requests may share a timestamp.
 *
 * <p>This is not a {@link RateShape}: a list of instants has no rate at a point. For a rate view
 * (to plot it, or to draw fresh Poisson arrivals with the same profile) use {@link #toRate}. The
 * timestamps are held in one {@code double[]}, so memory grows with the trace's length (8 bytes a
 * request), not with the simulation.
 */
public final class ArrivalTrace {
    private final double[] times;

    /**
     * @param times arrival times, seconds from the start; at least one, each finite and
     *              {@code >= 0}, in non-decreasing order (copied)
     */
    public ArrivalTrace(double[] times) {
        if (times == null || times.length == 0) {
            throw new IllegalArgumentException("arrival trace needs at least one timestamp");
        }
        this.times = times.clone();
        for (int i = 0; i < this.times.length; i++) {
            ShapeArgs.nonNegative("trace", "times[" + i + "]", this.times[i]);
            if (i > 0 && this.times[i] < this.times[i - 1]) {
                throw new IllegalArgumentException("trace times must be non-decreasing: times[" + i + "] = "
                        + this.times[i] + " after " + this.times[i - 1]);
            }
        }
    }

    /**
     * Parses an arrival trace from CSV text (format in {@link CsvRows}: {@code #} comments, blank
     * lines and a header line such as {@code timestamp} allowed): one timestamp per row, seconds
     * from the start of the run, {@code >= 0} and non-decreasing. Unsorted rows are refused rather
     * than sorted, because they usually mean a wrong column or a merge of logs with different
     * clocks.
     *
     * @throws IllegalArgumentException naming the line of the first bad row, or if there is no row
     */
    public static ArrivalTrace parse(Reader csv) {
        Rows rows = new Rows();
        CsvRows.read(csv, 1, 1, rows::add);
        if (rows.count == 0) {
            throw new IllegalArgumentException("arrival trace has no data rows");
        }
        return new ArrivalTrace(Arrays.copyOf(rows.times, rows.count));
    }

    /** {@link #parse(Reader)} on a string. */
    public static ArrivalTrace parse(String csv) {
        return parse(new StringReader(csv == null ? "" : csv));
    }

    /** Number of recorded arrivals. */
    public int size() {
        return times.length;
    }

    /** The {@code i}-th arrival time (0-based), seconds. */
    public double time(int i) {
        return times[i];
    }

    /** The last arrival time, seconds. */
    public double last() {
        return times[times.length - 1];
    }

    /** Number of recorded arrivals in [{@code from}, {@code to}) (seconds). */
    public int countIn(double from, double to) {
        ShapeArgs.window(from, to);
        return firstAtOrAfter(to) - firstAtOrAfter(from);
    }

    /**
     * The trace as a rate: arrivals counted per {@code interval} seconds from time 0 and divided by
     * it, up to the interval holding the last arrival.
     */
    public TraceRate toRate(double interval) {
        ShapeArgs.positive("trace", "interval", interval);
        double bins = ShapeArgs.cell(last(), interval) + 1.0;
        if (bins > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("trace interval " + interval + " s is too short for a trace lasting " + last() + " s");
        }
        double[] rates = new double[(int) bins];
        for (double t : times) {
            rates[(int) ShapeArgs.cell(t, interval)] += 1.0 / interval;
        }
        return new TraceRate(interval, rates);
    }

    /** {@code trace(timestamps=N, first=…, last=…)}, seconds. */
    public String describe() {
        return "trace(timestamps=" + times.length + ", first=" + ShapeArgs.format(times[0])
                + ", last=" + ShapeArgs.format(last()) + ")";
    }

    /** Index of the first time {@code >= t} (times.length if none); used by the replay cursor too. */
    int firstAtOrAfter(double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Collects parsed rows with their line numbers' checks. */
    private static final class Rows {
        private double[] times = new double[64];
        private int count;

        void add(int line, double[] fields) {
            double t = fields[0];
            if (t < 0) {
                throw CsvRows.error(line, "timestamp must be >= 0 s, got " + t);
            }
            if (count > 0 && t < times[count - 1]) {
                throw CsvRows.error(line, "timestamp " + t + " is before the previous one, " + times[count - 1]
                        + " (rows must be in time order)");
            }
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            times[count++] = t;
        }
    }
}
