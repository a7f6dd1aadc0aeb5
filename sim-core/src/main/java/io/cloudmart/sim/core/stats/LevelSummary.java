package io.cloudmart.sim.core.stats;

/** Time-weighted summary of a piecewise-constant level (busy servers, queue length) after warm-up. */
public record LevelSummary(double mean, double min, double max) {
}
