package io.cloudmart.sim.model.rollout.canary;

/** The time of a machine's last input: inputs come in time order, and one that goes back is a caller's bug. */
final class InputClock {
    private double last = Double.NEGATIVE_INFINITY;

    void advance(double now) {
        if (now < last) {
            throw new IllegalArgumentException("time went backwards: " + now + " < " + last);
        }
        last = now;
    }
}
