package io.cloudmart.sim.model.autoscale.vpa;

/**
 * One container instance (the container of one pod): drops out-of-order CPU samples, and turns its memory
 * samples into one peak per aggregation interval in the shared {@link AggregateContainerState}. Mirrors
 * {@code ContainerState} in kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/recommender/model/container.go}.
 *
 * <p>Memory peaks: the first sample opens an interval ending one interval later; within an interval a larger
 * sample replaces the interval's peak (the old peak is subtracted, the new one added); the first sample at or
 * after the interval's end moves the end forward by whole intervals until it lies past the sample, and starts
 * a new peak. Peaks are stored with the interval's <em>end</em> as their time, as upstream does, which matters
 * for their decayed weight.
 */
final class ContainerState {
    private final AggregateContainerState aggregate;
    private final RecommenderSettings settings;
    private double lastCpuSampleStart = Double.NEGATIVE_INFINITY;
    private double lastMemorySampleStart = Double.NEGATIVE_INFINITY;
    /** End (exclusive) of the current memory aggregation interval, seconds; NaN before the first memory sample. */
    private double windowEnd = Double.NaN;
    private long memoryPeak;
    private long oomPeak;

    ContainerState(AggregateContainerState aggregate, RecommenderSettings settings) {
        this.aggregate = aggregate;
        this.settings = settings;
    }

    /** Adds a CPU sample unless it is not later than the previous one; returns whether it was taken. */
    boolean addCpuSample(double timeSeconds, long cpuMillicores) {
        if (cpuMillicores < 0 || !(timeSeconds > lastCpuSampleStart)) {
            return false;
        }
        aggregate.addCpuSample(timeSeconds, cpuMillicores);
        lastCpuSampleStart = timeSeconds;
        return true;
    }

    /** Adds a memory usage sample (working set) unless it is older than the previous one. */
    boolean addMemorySample(double timeSeconds, long memoryBytes) {
        return addMemorySample(timeSeconds, memoryBytes, false);
    }

    /**
     * Upstream's {@code RecordOOM}: an artificial memory sample of
     * {@code max(used + oomMinBumpUp, used × oomBumpUpRatio)} with {@code used = max(request, current peak)};
     * refused (false) when older than one aggregation interval before the last memory sample.
     */
    boolean recordOom(double timeSeconds, long requestedMemoryBytes) {
        double interval = settings.memoryAggregationIntervalSeconds();
        if (timeSeconds < lastMemorySampleStart - interval) {
            return false;
        }
        long used = Math.max(requestedMemoryBytes, memoryPeak);
        long needed = Math.max(used + ResourceAmounts.fromFloat(settings.oomMinBumpUpBytes()),
                ResourceAmounts.scale(used, settings.oomBumpUpRatio()));
        return addMemorySample(timeSeconds, needed, true);
    }

    /** The peak of the current interval (usage or OOM-derived, whichever is larger), bytes. */
    long maxMemoryPeak() {
        return Math.max(memoryPeak, oomPeak);
    }

    double windowEndSeconds() {
        return windowEnd;
    }

    private boolean addMemorySample(double timeSeconds, long memoryBytes, boolean isOom) {
        if (memoryBytes < 0 || (!isOom && timeSeconds < lastMemorySampleStart)) {
            return false;
        }
        lastMemorySampleStart = timeSeconds;
        if (Double.isNaN(windowEnd)) {
            windowEnd = timeSeconds;
        }
        boolean addNewPeak = false;
        if (timeSeconds < windowEnd) {
            long oldMax = maxMemoryPeak();
            if (oldMax != 0 && memoryBytes > oldMax) {
                aggregate.subtractMemoryPeak(windowEnd, oldMax);
                addNewPeak = true;
            }
        } else {
            double interval = settings.memoryAggregationIntervalSeconds();
            double shift = Math.floor((timeSeconds - windowEnd) / interval) * interval + interval;
            windowEnd += shift;
            memoryPeak = 0;
            oomPeak = 0;
            addNewPeak = true;
        }
        if (addNewPeak) {
            aggregate.addMemoryPeak(windowEnd, memoryBytes);
            if (isOom) {
                oomPeak = memoryBytes;
            } else {
                memoryPeak = memoryBytes;
            }
        }
        return true;
    }
}
