package io.cloudmart.sim.scenario.spec;

/**
 * One level of a piecewise-constant arrival rate.
 *
 * @param durationSeconds how long the level lasts, seconds, {@code > 0}
 * @param ratePerSecond   mean Poisson arrival rate during the level, requests per second, {@code > 0}
 */
public record StageSpec(double durationSeconds, double ratePerSecond) {
}
