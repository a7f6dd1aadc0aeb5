package io.cloudmart.sim.model.control;

import io.cloudmart.sim.model.autoscale.vpa.ExponentialBuckets;
import io.cloudmart.sim.model.autoscale.vpa.ExponentialHistogram;

/**
 * What one service's pods used and asked for over the run, for its right-sizing row: every per-pod CPU usage
 * sample, weight 1, in a histogram over the VPA's own CPU buckets (no decay: each sample of the run counts the
 * same), and the app containers' CPU requests integrated over the time the pods ran. Memory stays fixed whatever
 * the run's length: 176 buckets and three sums, never a list of samples.
 */
final class CpuUsageTally {
    private final ExponentialHistogram usage = new ExponentialHistogram(ExponentialBuckets.CPU_CORES);
    private long samples;
    private double podSeconds;
    private double requestCoreSeconds;

    /** One pod's CPU usage over one metrics window, cores. */
    void addUsage(double cpuCores) {
        usage.addSample(cpuCores, 1.0);
        samples++;
    }

    /** A pod ran for {@code seconds} with its app container asking for {@code cpuRequestCores}. */
    void addRunning(double cpuRequestCores, double seconds) {
        podSeconds += seconds;
        requestCoreSeconds += cpuRequestCores * seconds;
    }

    /** A usage percentile over every sample, cores: the upper end of its bucket (at most 5 % above), 0 without samples. */
    double usagePercentileCores(double percentile) {
        return usage.percentile(percentile);
    }

    long samples() {
        return samples;
    }

    double podSeconds() {
        return podSeconds;
    }

    double requestCoreSeconds() {
        return requestCoreSeconds;
    }
}
