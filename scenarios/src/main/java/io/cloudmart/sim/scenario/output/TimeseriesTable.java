package io.cloudmart.sim.scenario.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.core.run.ExperimentResult;

/**
 * A run's time series as timeseries.csv holds them (means over replications, ms and per-second units, columns named
 * as docs/results.md lists them), read back from the file of an earlier run or from the text {@link TimeseriesCsv}
 * renders for a run just made, so both kinds of run give a comparison the same columns.
 */
public final class TimeseriesTable {
    private final double[] midpointsSeconds;
    private final double endSeconds;
    private final Map<String, double[]> columns;

    private TimeseriesTable(double[] midpointsSeconds, double endSeconds, Map<String, double[]> columns) {
        this.midpointsSeconds = midpointsSeconds;
        this.endSeconds = endSeconds;
        this.columns = columns;
    }

    /** The series of {@code result}, as its timeseries.csv would hold them. */
    public static TimeseriesTable of(ExperimentResult result) {
        return parse(TimeseriesCsv.render(result), "timeseries.csv");
    }

    /**
     * Reads timeseries.csv text; an empty cell is NaN (a bucket without observations).
     *
     * @param source named in the message when the text is not such a file
     * @throws IllegalArgumentException when the header or a row does not fit (the message names source and line)
     */
    public static TimeseriesTable parse(String text, String source) {
        List<String> lines = text.lines().filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("bucket_start_s,bucket_end_s")) {
            throw new IllegalArgumentException(source + ": not a timeseries.csv (its header starts"
                    + " bucket_start_s,bucket_end_s)");
        }
        String[] header = lines.get(0).split(",", -1);
        int rows = lines.size() - 1;
        double[][] values = new double[header.length][rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(source + ":" + (r + 2) + ": " + cells.length + " cells, the header has "
                        + header.length);
            }
            for (int c = 0; c < cells.length; c++) {
                try {
                    values[c][r] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + (r + 2) + ": column " + header[c]
                            + " is not a number: " + cells[c], e);
                }
            }
        }
        double[] mid = new double[rows];
        for (int r = 0; r < rows; r++) {
            mid[r] = (values[0][r] + values[1][r]) / 2;
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 2; c < header.length; c++) {
            columns.put(header[c], values[c]);
        }
        return new TimeseriesTable(mid, rows == 0 ? 0 : values[1][rows - 1], columns);
    }

    /** Each bucket's middle, simulated seconds from the start. */
    public double[] midpointsSeconds() {
        return midpointsSeconds.clone();
    }

    /** The last bucket's end, simulated seconds (0 for no buckets): how long the series run. */
    public double endSeconds() {
        return endSeconds;
    }

    /** The column named as in timeseries.csv's header ({@code client.latency.p99_ms}), if the run has it. */
    public Optional<double[]> column(String name) {
        return Optional.ofNullable(columns.get(name)).map(double[]::clone);
    }

    /**
     * The bucket-by-bucket sum of the columns named {@code prefix<anything>suffix} ({@code svc.} … {@code .replicas}:
     * pods of all services), NaN where all are; empty when there is no such column.
     */
    public Optional<double[]> sum(String prefix, String suffix) {
        List<double[]> parts = new ArrayList<>();
        columns.forEach((name, values) -> {
            if (name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length() + suffix.length()) {
                parts.add(values);
            }
        });
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        double[] total = new double[midpointsSeconds.length];
        Arrays.fill(total, Double.NaN);
        for (double[] part : parts) {
            for (int i = 0; i < total.length; i++) {
                if (!Double.isNaN(part[i])) {
                    total[i] = Double.isNaN(total[i]) ? part[i] : total[i] + part[i];
                }
            }
        }
        return Optional.of(total);
    }
}
