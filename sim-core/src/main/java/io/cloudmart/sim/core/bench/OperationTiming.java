package io.cloudmart.sim.core.bench;

/**
 * One timed round of a hot piece ({@link PieceBenchmark} here, the models' pieces in their own module):
 * {@code operations} events executed, values recorded or requests checked, in {@code wallSeconds}.
 */
public record OperationTiming(long operations, double wallSeconds) {
    public double nanosPerOperation() {
        return wallSeconds * 1e9 / operations;
    }
}
