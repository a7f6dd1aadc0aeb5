package io.cloudmart.sim.model.load.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A piecewise-linear rate: consecutive {@link Segment}s, each held or ramped, starting at time 0,
 * with the last segment's final rate holding for ever after the schedule ends.
 *
 * <p>This is k6's {@code ramping-arrival-rate} executor ({@code startRate}, default 0, and
 * {@code stages} of {@code {duration, target}}, each a linear ramp from the previous target; see
 * the k6 docs, "Ramping arrival rate"), built with {@link #startingAt}. Two deliberate
 * differences: k6 stops starting iterations when its stages end, whereas here the last level holds
 * (the simulation's own {@code duration} decides when the run stops); and k6 spaces iteration
 * starts evenly ("iteration starts are spaced fractionally"), whereas here the rate is the
 * intensity of a Poisson process. The {@code timeUnit} of k6 (default {@code 1s}) is fixed at one
 * second: rates are requests per second.
 *
 * <p>A schedule of held segments only behaves like the original {@code load.stages}: the arrivals
 * are drawn by memorylessness, draw for draw as the earlier {@code ArrivalSchedule} drew them.
 */
public final class Schedule implements RateShape {
    private final List<Segment> segments;
    private final double[] starts;
    private final double[] ends;
    private final double[] froms;
    private final double[] tos;
    /** {@code cumulative[i]} = ∫ rate over [0, starts[i]]; {@code cumulative[n]} = up to the end. */
    private final double[] cumulative;
    private final double end;
    private final double finalRate;

    /** @param segments at least one; the first starts at time 0, each starts where the previous ended */
    public Schedule(List<Segment> segments) {
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("schedule needs at least one segment");
        }
        this.segments = List.copyOf(segments);
        int n = this.segments.size();
        starts = new double[n];
        ends = new double[n];
        froms = new double[n];
        tos = new double[n];
        cumulative = new double[n + 1];
        double at = 0;
        for (int i = 0; i < n; i++) {
            Segment s = this.segments.get(i);
            starts[i] = at;
            at += s.duration();
            ends[i] = at;
            froms[i] = s.from();
            tos[i] = s.to();
            cumulative[i + 1] = cumulative[i] + s.duration() * (s.from() + s.to()) / 2;
        }
        end = at;
        finalRate = tos[n - 1];
    }

    /** A k6-style builder whose first stage ramps from {@code startRate} requests per second (k6 default 0). */
    public static Builder startingAt(double startRate) {
        return new Builder(startRate);
    }

    /** The segments, in order. */
    public List<Segment> segments() {
        return segments;
    }

    /** When the last segment ends, seconds; the last rate holds after it. */
    public double end() {
        return end;
    }

    @Override
    public double rateAt(double t) {
        ShapeArgs.time(t);
        return rateIn(segmentAt(t), t);
    }

    @Override
    public double maxRate(double from, double to) {
        ShapeArgs.window(from, to);
        int last = segmentAt(to);
        double max = 0;
        for (int i = segmentAt(from); i <= last; i++) {
            double lo = Math.max(from, i < starts.length ? starts[i] : end);
            double hi = Math.min(to, i < ends.length ? ends[i] : Double.POSITIVE_INFINITY);
            max = Math.max(max, Math.max(rateIn(i, lo), rateIn(i, hi)));
        }
        return max;
    }

    @Override
    public double integral(double from, double to) {
        ShapeArgs.window(from, to);
        return cumulativeAt(to) - cumulativeAt(from);
    }

    /**
     * The end of the held segment containing {@code t} ({@code +∞} for the last segment and after
     * the end), or {@code t} inside a ramp.
     */
    @Override
    public double constantUntil(double t) {
        ShapeArgs.time(t);
        int i = segmentAt(t);
        if (i == starts.length || i == starts.length - 1 && froms[i] == tos[i]) {
            return Double.POSITIVE_INFINITY;
        }
        return froms[i] == tos[i] ? ends[i] : t;
    }

    @Override
    public String describe() {
        return segments.stream().map(Segment::describe).collect(Collectors.joining(", ", "schedule(", ")"));
    }

    /** Index of the segment with start <= t < end, or n (the tail after the end). */
    private int segmentAt(double t) {
        if (t >= end) {
            return starts.length;
        }
        int found = Arrays.binarySearch(starts, t);
        return found >= 0 ? found : -found - 2;
    }

    /** The rate of segment {@code i} at {@code t} (its left limit at the segment's end). */
    private double rateIn(int i, double t) {
        if (i == starts.length) {
            return finalRate;
        }
        if (froms[i] == tos[i]) {
            return froms[i];
        }
        double fraction = Math.min(1.0, (t - starts[i]) / (ends[i] - starts[i]));
        return froms[i] + (tos[i] - froms[i]) * fraction;
    }

    private double cumulativeAt(double t) {
        int i = segmentAt(t);
        if (i == starts.length) {
            return cumulative[i] + finalRate * (t - end);
        }
        double x = t - starts[i];
        double slope = (tos[i] - froms[i]) / (ends[i] - starts[i]);
        return cumulative[i] + x * (froms[i] + slope * x / 2);
    }

    /**
     * Builds a schedule the way k6 writes {@code stages}: each {@link #rampTo} moves linearly from
     * the current level to a target (a target equal to the current level holds it), and
     * {@link #hold(double, double)} jumps to a new level and holds it.
     */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private double level;

        private Builder(double startRate) {
            this.level = ShapeArgs.nonNegative("schedule", "startRate", startRate);
        }

        /** k6 stage {@code {duration, target}}: ramp over {@code duration} s to {@code target} requests/s. */
        public Builder rampTo(double duration, double target) {
            segments.add(Segment.ramp(duration, level, target));
            level = target;
            return this;
        }

        /** Hold the current level for {@code duration} seconds. */
        public Builder hold(double duration) {
            return hold(duration, level);
        }

        /** Jump to {@code rate} requests/s and hold it for {@code duration} seconds. */
        public Builder hold(double duration, double rate) {
            segments.add(Segment.hold(duration, rate));
            level = rate;
            return this;
        }

        /** The schedule; at least one stage must have been added. */
        public Schedule build() {
            return new Schedule(segments);
        }
    }
}
