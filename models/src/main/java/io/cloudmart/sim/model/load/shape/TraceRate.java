package io.cloudmart.sim.model.load.shape;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A rate replayed from measurements: requests per second for consecutive fixed intervals (a
 * Prometheus {@code rate(...[1m])} export, a load balancer's per-minute request counts divided by
 * 60), held constant within each interval and 0 after the last one. Drawn exactly, interval by
 * interval, by memorylessness; only the rate is replayed, the arrival times are fresh Poisson
 * draws (for the recorded times themselves, see {@link ArrivalTrace}).
 *
 * <p>After the trace ends the rate is 0, not extrapolated: a run longer than its trace gets no more
 * load, which a report shows plainly. Wrap it in {@link #scaled} to replay it at another volume.
 */
public final class TraceRate implements RateShape {
    /** Tolerance, relative to the interval, for the interval starts in a two-column CSV. */
    private static final double SPACING_TOLERANCE = 1e-6;

    private final double interval;
    private final double[] rates;
    private final double[] cumulative;
    private final double end;

    /**
     * @param interval length of each interval, seconds; finite, {@code > 0}
     * @param rates    requests per second in each consecutive interval from time 0; at least one,
     *                 each finite and {@code >= 0} (copied)
     */
    public TraceRate(double interval, double[] rates) {
        this.interval = ShapeArgs.positive("trace", "interval", interval);
        if (rates == null || rates.length == 0) {
            throw new IllegalArgumentException("trace needs at least one interval");
        }
        this.rates = rates.clone();
        this.cumulative = new double[this.rates.length + 1];
        for (int i = 0; i < this.rates.length; i++) {
            ShapeArgs.nonNegative("trace", "rates[" + i + "]", this.rates[i]);
            cumulative[i + 1] = cumulative[i] + this.rates[i] * interval;
        }
        this.end = this.rates.length * interval;
    }

    /**
     * Parses a rate trace from CSV text (format in {@link CsvRows}: {@code #} comments, blank lines
     * and a header line allowed). Each data row is either {@code rps} or {@code time,rps}; in the
     * second form the times (seconds, any origin, e.g. Unix time) must step by exactly
     * {@code interval} from row to row, so a gap or a shuffled export is caught rather than
     * silently shifting the load. The first data row is the interval starting at simulation time 0.
     *
     * @param interval length of each row's interval, seconds; finite, {@code > 0}
     * @throws IllegalArgumentException naming the line of the first bad row, or if there is no row
     */
    public static TraceRate parse(Reader csv, double interval) {
        ShapeArgs.positive("trace", "interval", interval);
        Rows rows = new Rows(interval);
        CsvRows.read(csv, 1, 2, rows::add);
        if (rows.count == 0) {
            throw new IllegalArgumentException("rate trace has no data rows");
        }
        return new TraceRate(interval, Arrays.copyOf(rows.rates, rows.count));
    }

    /** {@link #parse(Reader, double)} on a string. */
    public static TraceRate parse(String csv, double interval) {
        return parse(new StringReader(csv == null ? "" : csv), interval);
    }

    /** Length of each interval, seconds. */
    public double interval() {
        return interval;
    }

    /** Number of intervals. */
    public int size() {
        return rates.length;
    }

    /** When the trace ends (size × interval), seconds; the rate is 0 from then on. */
    public double end() {
        return end;
    }

    @Override
    public double rateAt(double t) {
        ShapeArgs.time(t);
        int i = intervalAt(t);
        return i == rates.length ? 0.0 : rates[i];
    }

    @Override
    public double maxRate(double from, double to) {
        ShapeArgs.window(from, to);
        int last = Math.min(intervalAt(to), rates.length - 1);
        double max = 0.0; // also the rate after the end
        for (int i = intervalAt(from); i <= last; i++) {
            max = Math.max(max, rates[i]);
        }
        return max;
    }

    @Override
    public double integral(double from, double to) {
        ShapeArgs.window(from, to);
        return cumulativeAt(to) - cumulativeAt(from);
    }

    /** The end of the interval containing {@code t}, or {@code +∞} after the trace (rate 0 for ever). */
    @Override
    public double constantUntil(double t) {
        ShapeArgs.time(t);
        int i = intervalAt(t);
        return i == rates.length ? Double.POSITIVE_INFINITY : (i + 1) * interval;
    }

    @Override
    public String describe() {
        double max = 0;
        for (double r : rates) {
            max = Math.max(max, r);
        }
        return "trace(interval=" + ShapeArgs.format(interval) + ", intervals=" + rates.length
                + ", mean=" + ShapeArgs.format(cumulative[rates.length] / end) + ", max=" + ShapeArgs.format(max) + ")";
    }

    /**
     * Index i with i·interval <= t < (i+1)·interval, exactly as those products round, or n after
     * the end: {@link #constantUntil} must return a time strictly after {@code t}.
     */
    private int intervalAt(double t) {
        if (t >= end) {
            return rates.length;
        }
        return (int) Math.min(rates.length - 1, ShapeArgs.cell(t, interval));
    }

    private double cumulativeAt(double t) {
        int i = intervalAt(t);
        return i == rates.length ? cumulative[i] : cumulative[i] + rates[i] * (t - i * interval);
    }

    /** All the digits of {@code x} without exponent: Unix times stay readable in messages. */
    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** Collects parsed rows, checking the spacing of the optional time column. */
    private static final class Rows {
        private final double interval;
        private double[] rates = new double[64];
        private int count;
        private double firstTime;
        private int columns;

        Rows(double interval) {
            this.interval = interval;
        }

        void add(int line, double[] fields) {
            double rate = fields[fields.length - 1];
            if (rate < 0) {
                throw CsvRows.error(line, "rate must be >= 0 requests/s, got " + rate);
            }
            if (count == 0) {
                columns = fields.length;
            } else if (fields.length != columns) {
                throw CsvRows.error(line, "expected " + columns + " field(s) like the first row, got " + fields.length);
            }
            if (columns == 2) {
                checkTime(line, fields[0]);
            }
            if (count == rates.length) {
                rates = Arrays.copyOf(rates, count * 2);
            }
            rates[count++] = rate;
        }

        private void checkTime(int line, double time) {
            if (count == 0) {
                firstTime = time;
                return;
            }
            double expected = firstTime + count * interval;
            if (Math.abs(time - expected) > SPACING_TOLERANCE * interval) {
                throw CsvRows.error(line, "time " + plain(time) + " should be " + plain(expected)
                        + " (rows must be " + plain(interval) + " s apart, with no gaps)");
            }
        }
    }
}
