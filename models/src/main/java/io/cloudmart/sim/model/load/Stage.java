package io.cloudmart.sim.model.load;

/**
 * A level of the arrival rate held for a while.
 *
 * @param durationSeconds how long the level lasts, seconds (> 0); the last stage holds to the end
 * @param ratePerSecond   Poisson arrival rate, requests per second (> 0)
 */
public record Stage(double durationSeconds, double ratePerSecond) {
    public Stage {
        if (!(durationSeconds > 0) || !(ratePerSecond > 0)) {
            throw new IllegalArgumentException("a stage needs duration > 0 and rate > 0");
        }
    }
}
