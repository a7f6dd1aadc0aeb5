package io.cloudmart.sim.model.load.shape;

import java.util.ArrayList;
import java.util.List;

/**
 * A base rate with one trapezoid spike on top: a flash sale, a push notification, a TV advert.
 * The rate is {@code base} until {@code at}, ramps linearly to {@code peak} over {@code rampUp},
 * holds {@code peak} for {@code hold}, ramps back to {@code base} over {@code rampDown} and stays at
 * {@code base} for ever after. A zero ramp is a jump. A {@code peak} below {@code base} makes a dip
 * (an outage upstream) and is allowed.
 *
 * <p>It is the k6 "spike test" shape (a {@code ramping-arrival-rate} with short stages up to a
 * high target and back) as one record of six numbers; there is no tool default for any of them.
 * The held parts are drawn exactly and the ramps by thinning (see {@link ArrivalProcess#poisson}).
 */
public final class Spike implements RateShape {
    /** Length of the closing base-rate segment when the spike ends with a jump; any length works. */
    private static final double TAIL_SEGMENT_SECONDS = 1.0;

    private final double base;
    private final double peak;
    private final double at;
    private final double rampUp;
    private final double hold;
    private final double rampDown;
    private final Schedule schedule;

    /**
     * @param base     rate outside the spike, requests per second; finite, {@code >= 0}
     * @param peak     rate at the top of the spike, requests per second; finite, {@code >= 0}
     * @param at       when the ramp up starts, seconds from the start; finite, {@code >= 0}
     * @param rampUp   length of the linear rise from base to peak, seconds; {@code >= 0} (0 jumps)
     * @param hold     how long the peak holds, seconds; {@code >= 0}
     * @param rampDown length of the linear fall back to base, seconds; {@code >= 0} (0 jumps)
     *                 — {@code rampUp + hold + rampDown} must be {@code > 0}
     */
    public Spike(double base, double peak, double at, double rampUp, double hold, double rampDown) {
        this.base = ShapeArgs.nonNegative("spike", "base", base);
        this.peak = ShapeArgs.nonNegative("spike", "peak", peak);
        this.at = ShapeArgs.nonNegative("spike", "at", at);
        this.rampUp = ShapeArgs.nonNegative("spike", "rampUp", rampUp);
        this.hold = ShapeArgs.nonNegative("spike", "hold", hold);
        this.rampDown = ShapeArgs.nonNegative("spike", "rampDown", rampDown);
        ShapeArgs.positive("spike", "rampUp + hold + rampDown", rampUp + hold + rampDown);
        this.schedule = new Schedule(segments());
    }

    private List<Segment> segments() {
        List<Segment> list = new ArrayList<>();
        if (at > 0) {
            list.add(Segment.hold(at, base));
        }
        if (rampUp > 0) {
            list.add(Segment.ramp(rampUp, base, peak));
        }
        if (hold > 0) {
            list.add(Segment.hold(hold, peak));
        }
        if (rampDown > 0) {
            list.add(Segment.ramp(rampDown, peak, base));
        } else {
            list.add(Segment.hold(TAIL_SEGMENT_SECONDS, base));
        }
        return list;
    }

    /** Rate outside the spike, requests per second. */
    public double base() {
        return base;
    }

    /** Rate at the top of the spike, requests per second. */
    public double peak() {
        return peak;
    }

    /** Start of the ramp up, seconds. */
    public double at() {
        return at;
    }

    /** When the rate is back to base, seconds: {@code at + rampUp + hold + rampDown}. */
    public double end() {
        return at + rampUp + hold + rampDown;
    }

    @Override
    public double rateAt(double t) {
        return schedule.rateAt(t);
    }

    @Override
    public double maxRate(double from, double to) {
        return schedule.maxRate(from, to);
    }

    @Override
    public double integral(double from, double to) {
        return schedule.integral(from, to);
    }

    @Override
    public double constantUntil(double t) {
        return schedule.constantUntil(t);
    }

    @Override
    public String describe() {
        return "spike(base=" + ShapeArgs.format(base) + ", peak=" + ShapeArgs.format(peak)
                + ", at=" + ShapeArgs.format(at) + ", rampUp=" + ShapeArgs.format(rampUp)
                + ", hold=" + ShapeArgs.format(hold) + ", rampDown=" + ShapeArgs.format(rampDown) + ")";
    }
}
