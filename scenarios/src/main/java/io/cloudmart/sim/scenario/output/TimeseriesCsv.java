package io.cloudmart.sim.scenario.output;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.TimeSeries;

/**
 * timeseries.csv: one row per time bucket, one column per series column, each the mean over
 * replications. Durations are written in ms ({@code _ms}), rates per second ({@code _per_s}),
 * levels as they are; an empty cell is a bucket without observations.
 */
public final class TimeseriesCsv {
    private static final int CSV_DIGITS = 6;

    private TimeseriesCsv() {
    }

    public static String render(ExperimentResult result) {
        List<TimeSeries> series = new ArrayList<>();
        for (String key : result.replications().get(0).metrics().series().keySet()) {
            series.add(result.meanSeries(key));
        }
        StringBuilder out = new StringBuilder("bucket_start_s,bucket_end_s");
        for (TimeSeries s : series) {
            for (String column : s.columns().keySet()) {
                out.append(',').append(header(s, column));
            }
        }
        out.append('\n');
        Buckets buckets = result.replications().get(0).metrics().series().values().stream()
                .findFirst().map(TimeSeries::buckets).orElse(null);
        int rows = buckets == null ? 0 : buckets.count();
        for (int i = 0; i < rows; i++) {
            out.append(number(buckets.start(i))).append(',').append(number(buckets.end(i)));
            for (TimeSeries s : series) {
                for (var column : s.columns().entrySet()) {
                    double v = column.getValue()[i];
                    boolean toMs = s.kind() == TimeSeries.Kind.DURATION && !column.getKey().equals("count");
                    double scaled = toMs ? v * 1000.0 : v;
                    out.append(',').append(Double.isNaN(v) ? "" : number(scaled));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String header(TimeSeries s, String column) {
        String base = s.key() + "." + column;
        return switch (s.kind()) {
            case DURATION -> column.equals("count") ? base : base + "_ms";
            case RATE -> s.key() + "_per_s";
            case LEVEL -> s.key();
        };
    }

    /** Six significant digits, no exponent, no trailing zeros: stable and locale-free. */
    static String number(double v) {
        return SignificantDigits.format(v, CSV_DIGITS);
    }
}
