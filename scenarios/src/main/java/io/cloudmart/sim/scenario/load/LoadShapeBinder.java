package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.model.load.shape.ArrivalTrace;
import io.cloudmart.sim.model.load.shape.TraceRate;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec.SegmentSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds {@code load.shape}: exactly one of {@code schedule} (with {@code startRate}), {@code spike},
 * {@code daily}, {@code trace} and {@code replay}. Trace files are read here, relative to the
 * scenario, with the models' CSV readers ({@link TraceRate#parse}, {@link ArrivalTrace#parse});
 * their "line N: …" messages become issues naming the file.
 */
final class LoadShapeBinder {
    private static final List<String> KINDS = List.of("schedule", "spike", "daily", "trace", "replay");

    private final Binding b;

    LoadShapeBinder(Binding b) {
        this.b = b;
    }

    /** The shape at {@code f}; null after reporting that it has no (single) kind. */
    RateShapeSpec shape(Fields f) {
        List<String> kinds = KINDS.stream().filter(f::has).toList();
        if (f.has("startRate") && !kinds.contains("schedule")) {
            f.wrong("startRate", "startRate is the level before the first segment of a 'schedule'; remove it or give a schedule");
        }
        if (kinds.isEmpty()) {
            f.missingAlternative("a shape needs one of: " + String.join(", ", KINDS), KINDS);
            return null;
        }
        if (kinds.size() > 1) {
            f.wrong(kinds.get(1), "give one shape: either '" + kinds.get(0) + "' or '" + kinds.get(1) + "', not both");
            return null;
        }
        return switch (kinds.get(0)) {
            case "schedule" -> schedule(f);
            case "spike" -> spike(b.section(f, "spike"));
            case "daily" -> daily(b.section(f, "daily"));
            case "trace" -> trace(b.section(f, "trace"));
            default -> replay(b.section(f, "replay"));
        };
    }

    private RateShapeSpec schedule(Fields f) {
        Double startRate = b.read(f, LoadSchema.START_RATE);
        List<JsonNode> elements = f.elements("schedule");
        if (elements.isEmpty() && f.get("schedule").isArray()) {
            f.wrong("schedule", "must list at least one segment, e.g. '- { duration: 5m, rampTo: 100 }'");
        }
        List<SegmentSpec> segments = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Fields s = b.fields(elements.get(i), f.pathOf("schedule") + "." + i);
            Double duration = b.read(s, LoadSchema.SEGMENT_DURATION);
            Double rate = null;
            Double rampTo = null;
            if (s.has("rate") && s.has("rampTo")) {
                s.wrong("rampTo", "give either 'rate' (hold a level) or 'rampTo' (ramp linearly to a level), not both");
            } else if (s.has("rampTo")) {
                rampTo = b.read(s, LoadSchema.RAMP_TO);
            } else if (s.has("rate")) {
                rate = b.read(s, LoadSchema.SEGMENT_RATE);
            } else {
                s.missingAlternative("missing 'rate' (hold a level) or 'rampTo' (ramp linearly to a level)",
                        List.of("rate", "rampTo"));
            }
            segments.add(new SegmentSpec(duration == null ? Double.NaN : duration,
                    rampTo == null && rate == null ? Double.valueOf(Double.NaN) : rate, rampTo));
        }
        return new RateShapeSpec.ScheduleShape(startRate == null ? Double.NaN : startRate, segments);
    }

    private RateShapeSpec spike(Fields f) {
        Double base = b.read(f, LoadSchema.BASE);
        Double peak = b.read(f, LoadSchema.PEAK);
        Double at = b.read(f, LoadSchema.AT);
        Double rampUp = b.read(f, LoadSchema.RAMP_UP);
        Double hold = b.read(f, LoadSchema.HOLD);
        Double rampDown = b.read(f, LoadSchema.RAMP_DOWN);
        if (rampUp != null && hold != null && rampDown != null && rampUp + hold + rampDown == 0) {
            f.wrong("hold", "the spike lasts no time: rampUp + hold + rampDown must be > 0");
        }
        return new RateShapeSpec.SpikeShape(nan(base), nan(peak), nan(at), nan(rampUp), nan(hold), nan(rampDown));
    }

    private RateShapeSpec daily(Fields f) {
        Double mean = b.read(f, LoadSchema.MEAN);
        Double amplitude = b.read(f, LoadSchema.AMPLITUDE);
        Double period = b.read(f, LoadSchema.PERIOD);
        Double peakAt = b.read(f, LoadSchema.PEAK_AT);
        if (mean != null && amplitude != null && amplitude > mean) {
            f.wrong("amplitude", "amplitude (" + Units.plain(amplitude) + ") must be <= mean (" + Units.plain(mean)
                    + "), or the rate would go below 0");
        } else if (mean != null && amplitude != null && mean + amplitude > Maxima.RATE_PER_SECOND) {
            f.wrong("amplitude", "mean + amplitude peaks at " + Units.plain(mean + amplitude)
                    + " requests per second; at most " + Units.plain(Maxima.RATE_PER_SECOND) + " are allowed");
        }
        if (period != null && peakAt != null && peakAt >= period) {
            f.wrong("peakAt", "must be shorter than the period (" + Units.formatDuration(period)
                    + "): it is the time of the first peak, which repeats every period");
        }
        return new RateShapeSpec.DailyShape(nan(mean), nan(amplitude), nan(period), nan(peakAt));
    }

    private RateShapeSpec trace(Fields f) {
        String file = b.read(f, LoadSchema.TRACE_FILE);
        Double interval = b.read(f, LoadSchema.INTERVAL);
        if (file == null || interval == null) {
            return null;
        }
        try {
            TraceRate trace = TraceRate.parse(b.files.text(file, "shape.trace(file=" + file + ")"), interval);
            double[] rates = new double[trace.size()];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = trace.rateAt(i * interval);
                if (!(rates[i] <= Maxima.RATE_PER_SECOND)) {
                    return f.wrong("file", SafeText.shown(file) + " interval " + (i + 1) + ": rate " + rates[i]
                            + " is above the most allowed, " + Units.plain(Maxima.RATE_PER_SECOND) + " requests per second");
                }
            }
            return new RateShapeSpec.TraceShape(file, interval, rates);
        } catch (IllegalArgumentException e) {
            return f.wrong("file", fileMessage(file, e));
        }
    }

    private RateShapeSpec replay(Fields f) {
        String file = b.read(f, LoadSchema.REPLAY_FILE);
        if (file == null) {
            return null;
        }
        try {
            ArrivalTrace trace = ArrivalTrace.parse(b.files.text(file, "shape.replay(file=" + file + ")"));
            double[] times = new double[trace.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = trace.time(i);
            }
            return new RateShapeSpec.ReplayShape(file, times);
        } catch (IllegalArgumentException e) {
            return f.wrong("file", fileMessage(file, e));
        }
    }

    /** "orders.csv line 3: …" for a bad row; the file reader's own messages already name the file. */
    private static String fileMessage(String file, IllegalArgumentException e) {
        String message = e.getMessage();
        if (message.startsWith("line ")) {
            return file + " " + message;
        }
        return message.contains(file) ? message : file + ": " + message;
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }
}
