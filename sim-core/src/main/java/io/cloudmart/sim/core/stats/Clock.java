package io.cloudmart.sim.core.stats;

/** The simulated clock, in seconds, as the statistics see it. */
@FunctionalInterface
public interface Clock {
    double now();
}
