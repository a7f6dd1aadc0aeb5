package io.cloudmart.sim.scenario.spec;

/**
 * How often and how patiently a failed saga step (or compensation) is tried again.
 *
 * @param attempts       retries after the first try, {@code >= 0}
 * @param backoffSeconds wait before each retry, seconds, {@code >= 0}
 */
public record RetrySpec(int attempts, double backoffSeconds) {
}
