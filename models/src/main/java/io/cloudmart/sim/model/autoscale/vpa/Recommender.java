package io.cloudmart.sim.model.autoscale.vpa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The VPA recommender for one container name of one workload (the service's container): it aggregates the
 * usage samples of that container in every pod, and computes a {@link Recommendation} on demand. Follows
 * kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/recommender}: {@code model/container.go} (per-pod
 * sample filtering and memory peaks), {@code model/aggregate_container_state.go} (the histograms, CPU samples
 * of weight 0.1, memory peaks of weight 1), {@code logic/recommender.go} and {@code logic/estimator.go}
 * (percentile → margin → confidence → minimum).
 *
 * <p>Driving it: every {@code recommenderIntervalSeconds} (60 s) give each running pod's CPU usage (cores,
 * averaged over the interval) and memory working set (MiB), then call {@link #recommend(double)}. As
 * upstream, every pod's sample counts, so confidence grows faster with more pods (upstream normalises
 * the sample count to one sample a minute, whatever the pod count). The {@code (now, value)} overloads
 * treat all samples as one container instance named after the container; do not mix them with the
 * per-pod overloads.
 *
 * <p>Not modelled: checkpoints, container policies (min/max allowed, controlled resources), LimitRange
 * capping, the post-processors, rounding flags ({@code --round-cpu-millicores} etc., default 1 = none).
 * Not thread-safe; times are simulated seconds.
 */
public final class Recommender {
    private final String containerName;
    private final RecommenderSettings settings;
    private final int containersInPod;
    private final double createdAtSeconds;
    private final AggregateContainerState aggregate;
    private final Map<String, ContainerState> instances = new LinkedHashMap<>();

    /** A recommender for the only recommended container of its pods, created at time 0. */
    public Recommender(String containerName, RecommenderSettings settings) {
        this(containerName, settings, 1, 0.0);
    }

    /**
     * @param containerName    the container's name (the aggregation key)
     * @param settings         the recommender flags
     * @param containersInPod  how many containers of the pod the VPA recommends for; the pod minimums
     *                         (25 m, 250 MiB) are split evenly over them, as upstream
     * @param createdAtSeconds when this aggregation was created (for {@link #isExpired(double)}), seconds
     */
    public Recommender(String containerName, RecommenderSettings settings, int containersInPod,
                       double createdAtSeconds) {
        if (containerName == null || containerName.isBlank()) {
            throw new IllegalArgumentException("recommender containerName must not be blank");
        }
        if (settings == null) {
            throw new IllegalArgumentException("recommender settings must not be null");
        }
        if (containersInPod < 1) {
            throw new IllegalArgumentException("containersInPod must be >= 1, got " + containersInPod);
        }
        if (!Double.isFinite(createdAtSeconds)) {
            throw new IllegalArgumentException("createdAtSeconds must be finite, got " + createdAtSeconds);
        }
        this.containerName = containerName;
        this.settings = settings;
        this.containersInPod = containersInPod;
        this.createdAtSeconds = createdAtSeconds;
        this.aggregate = new AggregateContainerState(settings);
    }

    public String containerName() {
        return containerName;
    }

    public RecommenderSettings settings() {
        return settings;
    }

    /** CPU usage of the single container instance at {@code nowSeconds}, cores; see {@link #addCpuSample(String, double, double)}. */
    public boolean addCpuSample(double nowSeconds, double cpuCores) {
        return addCpuSample(containerName, nowSeconds, cpuCores);
    }

    /**
     * CPU usage (cores, truncated to whole millicores) of the container in {@code pod}, measured over the
     * interval starting at {@code nowSeconds}. Returns false (and ignores it) when negative, NaN or infinite, or
     * not later than that pod's previous CPU sample.
     */
    public boolean addCpuSample(String pod, double nowSeconds, double cpuCores) {
        requireTime(nowSeconds);
        ContainerState instance = instance(pod);
        return validUsage(cpuCores) && instance.addCpuSample(nowSeconds, ResourceAmounts.fromFloat(cpuCores * 1000.0));
    }

    /** Memory working set of the single container instance, MiB; see {@link #addMemorySample(String, double, double)}. */
    public boolean addMemorySample(double nowSeconds, double memoryMiB) {
        return addMemorySample(containerName, nowSeconds, memoryMiB);
    }

    /**
     * Memory working set (MiB, truncated to whole bytes) of the container in {@code pod} at {@code nowSeconds}.
     * Only the peak of each {@code memoryAggregationIntervalSeconds} interval enters the histogram. Returns false
     * when negative or older than that pod's previous memory sample.
     */
    public boolean addMemorySample(String pod, double nowSeconds, double memoryMiB) {
        requireTime(nowSeconds);
        ContainerState instance = instance(pod);
        return validUsage(memoryMiB)
                && instance.addMemorySample(nowSeconds, ResourceAmounts.fromFloat(memoryMiB * ResourceAmounts.MIB));
    }

    /**
     * An OOM kill of the container in {@code pod} whose memory request was {@code requestedMemoryMiB}: records a
     * memory peak of {@code max(used + 100 MiB, used × 1.2)}, used = max(request, current peak). Returns false
     * when too old (before the pod's last memory sample minus one aggregation interval).
     */
    public boolean recordOom(String pod, double nowSeconds, double requestedMemoryMiB) {
        requireTime(nowSeconds);
        return instance(pod).recordOom(nowSeconds, ResourceAmounts.fromFloat(requestedMemoryMiB * ResourceAmounts.MIB));
    }

    /** Forgets a deleted pod's per-instance state; its samples stay in the aggregate histograms, as upstream. */
    public void removePod(String pod) {
        instances.remove(pod);
    }

    /**
     * The recommendation from the history so far. Upstream's estimate does not depend on the clock (confidence
     * comes from the first and last sample times); {@code nowSeconds} only stamps the result.
     */
    public Recommendation recommend(double nowSeconds) {
        requireTime(nowSeconds);
        double fraction = 1.0 / containersInPod;
        long minCpu = ResourceAmounts.scale(
                ResourceAmounts.fromFloat(settings.podMinCpuMillicores() * 0.001 * 1000.0), fraction);
        long minMemory = ResourceAmounts.scale(
                ResourceAmounts.fromFloat(settings.podMinMemoryMb() * ResourceAmounts.MIB), fraction);
        double cpuConfidence = aggregate.confidence(settings.confidenceIntervalCpuSeconds());
        double memoryConfidence = aggregate.confidence(settings.confidenceIntervalMemorySeconds());
        return new Recommendation(containerName, nowSeconds,
                estimate(Estimate.TARGET, cpuConfidence, memoryConfidence, minCpu, minMemory),
                estimate(Estimate.LOWER_BOUND, cpuConfidence, memoryConfidence, minCpu, minMemory),
                estimate(Estimate.UPPER_BOUND, cpuConfidence, memoryConfidence, minCpu, minMemory),
                cpuConfidence, memoryConfidence);
    }

    /** A raw CPU usage percentile (no margin, no floor), cores: the upper end of the percentile's bucket. */
    public double cpuUsagePercentileCores(double percentile) {
        return aggregate.cpuUsage.percentile(requirePercentile(percentile));
    }

    /** A raw percentile of the memory peaks (no margin, no floor), MiB: the upper end of the percentile's bucket. */
    public double memoryPeakPercentileMiB(double percentile) {
        return aggregate.memoryPeaks.percentile(requirePercentile(percentile)) / ResourceAmounts.MIB;
    }

    /** CPU samples aggregated so far (over all pods). */
    public long totalSamplesCount() {
        return aggregate.totalSamplesCount;
    }

    /**
     * Upstream's garbage-collection test: no CPU sample for a whole memory aggregation window (8 days), or
     * none ever and the window has passed since creation. An expired aggregate would be dropped upstream.
     */
    public boolean isExpired(double nowSeconds) {
        return aggregate.isExpired(nowSeconds, createdAtSeconds, settings.memoryAggregationWindowSeconds());
    }

    DecayingHistogram cpuHistogram() {
        return aggregate.cpuUsage;
    }

    DecayingHistogram memoryPeakHistogram() {
        return aggregate.memoryPeaks;
    }

    private ResourceAmounts estimate(Estimate estimate, double cpuConfidence, double memoryConfidence,
                                     long minCpu, long minMemory) {
        double margin = settings.safetyMarginFraction();
        long cpuBase = ResourceAmounts.fromFloat(aggregate.cpuUsage.percentile(estimate.cpuPercentile(settings)) * 1000.0);
        long memoryBase = ResourceAmounts.fromFloat(aggregate.memoryPeaks.percentile(estimate.memoryPercentile(settings)));
        return new ResourceAmounts(estimate.apply(cpuBase, margin, cpuConfidence, minCpu),
                estimate.apply(memoryBase, margin, memoryConfidence, minMemory));
    }

    private ContainerState instance(String pod) {
        if (pod == null || pod.isBlank()) {
            throw new IllegalArgumentException("pod name must not be blank");
        }
        return instances.computeIfAbsent(pod, p -> new ContainerState(aggregate, settings));
    }

    /** Upstream's {@code isValid}: usage must be ≥ 0 (NaN and ∞ are invalid too); invalid samples are dropped. */
    private static boolean validUsage(double usage) {
        return usage >= 0 && !Double.isInfinite(usage);
    }

    private static void requireTime(double seconds) {
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("time must be finite, got " + seconds);
        }
    }

    private static double requirePercentile(double percentile) {
        if (!(percentile >= 0 && percentile <= 1)) {
            throw new IllegalArgumentException("percentile must be in [0, 1], got " + percentile);
        }
        return percentile;
    }
}
