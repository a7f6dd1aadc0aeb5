package io.cloudmart.sim.model.load.shape;

/**
 * One piece of a {@link Schedule}: the rate moves linearly from {@code from} to {@code to} over
 * {@code duration}; with {@code from == to} the rate is held (and drawn exactly, not by thinning).
 *
 * <p>Field names for a scenario file: a held segment is written {@code {duration, rate}}
 * ({@link #hold}), a ramp {@code {duration, from, to}} ({@link #ramp}). k6's own stage form,
 * {@code {duration, target}} ramping from the previous level, is {@link Schedule.Builder#rampTo}.
 *
 * @param duration how long the segment lasts, seconds; finite and {@code > 0} (a jump is simply
 *                 the next segment starting at another rate)
 * @param from     rate at the segment's start, requests per second; finite and {@code >= 0}
 * @param to       rate at the segment's end (approached from the left), requests per second;
 *                 finite and {@code >= 0}
 */
public record Segment(double duration, double from, double to) {
    public Segment {
        ShapeArgs.positive("segment", "duration", duration);
        ShapeArgs.nonNegative("segment", "from", from);
        ShapeArgs.nonNegative("segment", "to", to);
    }

    /** A level held for {@code duration} seconds at {@code rate} requests per second. */
    public static Segment hold(double duration, double rate) {
        return new Segment(duration, rate, rate);
    }

    /** A linear ramp over {@code duration} seconds from {@code from} to {@code to} requests per second. */
    public static Segment ramp(double duration, double from, double to) {
        return new Segment(duration, from, to);
    }

    /** Whether the rate is constant over the segment. */
    public boolean isHold() {
        return from == to;
    }

    String describe() {
        String d = ShapeArgs.format(duration);
        return isHold()
                ? "hold(duration=" + d + ", rate=" + ShapeArgs.format(from) + ")"
                : "ramp(duration=" + d + ", from=" + ShapeArgs.format(from) + ", to=" + ShapeArgs.format(to) + ")";
    }
}
