package io.cloudmart.sim.scenario.spec;

/**
 * A window in which a service refuses every connection (a crash loop, a bad deploy).
 *
 * @param atSeconds  when it starts, simulated seconds (≥ 0)
 * @param forSeconds how long it lasts, seconds (&gt; 0)
 */
public record OutageSpec(double atSeconds, double forSeconds) {
}
