package io.cloudmart.sim.model.autoscale.vpa;

/**
 * Usage of every container with one name, aggregated over all its pods: a decaying histogram of CPU samples
 * (each of base weight {@link ExponentialBuckets#MIN_SAMPLE_WEIGHT}), a decaying histogram of memory peaks
 * (base weight 1, one per container instance per aggregation interval), and the first/last CPU sample time and
 * CPU sample count from which confidence is computed. Mirrors {@code AggregateContainerState} in
 * kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/recommender/model/aggregate_container_state.go}
 * (without checkpoints, merging and per-VPA overrides).
 */
final class AggregateContainerState {
    /** [DEFAULT] base weight of a memory peak, {@code AddSample(..., 1.0, ...)} in aggregate_container_state.go. */
    static final double MEMORY_PEAK_WEIGHT = 1.0;

    final DecayingHistogram cpuUsage;
    final DecayingHistogram memoryPeaks;
    /** Start of the first CPU sample, seconds; NaN until one arrives. */
    double firstSampleStart = Double.NaN;
    /** Start of the last CPU sample, seconds; NaN until one arrives. */
    double lastSampleStart = Double.NaN;
    /** CPU samples aggregated (memory peaks do not count, as upstream). */
    long totalSamplesCount;

    AggregateContainerState(RecommenderSettings settings) {
        cpuUsage = new DecayingHistogram(ExponentialBuckets.CPU_CORES, settings.cpuHistogramDecayHalfLifeSeconds());
        memoryPeaks = new DecayingHistogram(ExponentialBuckets.MEMORY_BYTES,
                settings.memoryHistogramDecayHalfLifeSeconds());
    }

    void addCpuSample(double timeSeconds, long cpuMillicores) {
        cpuUsage.addSample(cpuMillicores / 1000.0, ExponentialBuckets.MIN_SAMPLE_WEIGHT, timeSeconds);
        if (!(timeSeconds <= lastSampleStart)) {
            lastSampleStart = timeSeconds;
        }
        if (!(timeSeconds >= firstSampleStart)) {
            firstSampleStart = timeSeconds;
        }
        totalSamplesCount++;
    }

    void addMemoryPeak(double windowEndSeconds, long memoryBytes) {
        memoryPeaks.addSample(memoryBytes, MEMORY_PEAK_WEIGHT, windowEndSeconds);
    }

    void subtractMemoryPeak(double windowEndSeconds, long memoryBytes) {
        memoryPeaks.subtractSample(memoryBytes, MEMORY_PEAK_WEIGHT, windowEndSeconds);
    }

    /**
     * Upstream's {@code getConfidence}: {@code min(lifespan / interval, samples / minutes-in-interval)}, the
     * number of "days" of history when samples come once a minute; 0 without samples.
     */
    double confidence(double confidenceIntervalSeconds) {
        if (totalSamplesCount == 0) {
            return 0.0;
        }
        double lifespan = (lastSampleStart - firstSampleStart) / confidenceIntervalSeconds;
        double samplesAmount = totalSamplesCount / (confidenceIntervalSeconds / 60.0);
        return Math.min(lifespan, samplesAmount);
    }

    /**
     * Upstream's {@code isExpired}: no CPU sample for a whole memory aggregation window (or, never sampled,
     * the window has passed since creation).
     */
    boolean isExpired(double nowSeconds, double createdAtSeconds, double windowSeconds) {
        double since = totalSamplesCount == 0 ? createdAtSeconds : lastSampleStart;
        return nowSeconds - since >= windowSeconds;
    }
}
