package io.cloudmart.sim.model.control;

import java.util.List;

/**
 * When spot nodes are taken back: at given times (each takes the oldest running spot node) and/or at a rate per
 * spot node-hour (a Poisson process per node). Each interruption gives {@code noticeSeconds} of warning: the node
 * is cordoned and drained at once, and the instance stops when the notice ends.
 *
 * @param at            simulated times of interruptions, seconds, ascending
 * @param perNodeHour   interruptions per spot node-hour, &ge; 0
 * @param noticeSeconds the warning, &gt; 0 (EC2's spot interruption notice: two minutes)
 */
public record SpotInterruptions(List<Double> at, double perNodeHour, double noticeSeconds) {
    /** [PUBLISHED] EC2 spot instance interruption notice: two minutes (AWS EC2 user guide, "Spot Instance interruption notices"). */
    public static final double DEFAULT_NOTICE_SECONDS = 120;
    public static final SpotInterruptions NONE = new SpotInterruptions(List.of(), 0, DEFAULT_NOTICE_SECONDS);

    public SpotInterruptions {
        at = List.copyOf(at);
        if (!(perNodeHour >= 0) || Double.isInfinite(perNodeHour) || !(noticeSeconds > 0)) {
            throw new IllegalArgumentException("spot interruptions need a rate >= 0 and a notice > 0 s");
        }
        for (int i = 1; i < at.size(); i++) {
            if (at.get(i) < at.get(i - 1)) {
                throw new IllegalArgumentException("spot interruption times must be ascending, got " + at);
            }
        }
    }

    public boolean any() {
        return !at.isEmpty() || perNodeHour > 0;
    }
}
