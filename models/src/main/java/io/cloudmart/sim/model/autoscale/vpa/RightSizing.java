package io.cloudmart.sim.model.autoscale.vpa;

import java.util.Locale;

/**
 * One row of a right-sizing report: what a service's container requests, what it used (median and 95th
 * percentile), what the VPA recommends, and how many cores and GiB applying the target would free
 * (negative: the service is under-provisioned and would need more). Money is the caller's: multiply by its
 * CPU and RAM prices (e.g. OpenCost's split of the node price).
 *
 * <p>Usage percentiles are read from the recommender's histograms, so they are bucket upper ends (within 5 %
 * above the true value); memory figures are percentiles of per-interval peaks, not of every sample.
 *
 * @param service           the service (its container name)
 * @param replicas          pods the savings are multiplied by
 * @param request           the container's current requests
 * @param p50CpuCores       median CPU usage, cores
 * @param p95CpuCores       95th-percentile CPU usage, cores
 * @param p50MemoryGiB      median memory peak, GiB
 * @param p95MemoryGiB      95th-percentile memory peak, GiB
 * @param recommendedTarget the VPA target
 */
public record RightSizing(String service, int replicas, ResourceAmounts request, double p50CpuCores,
                          double p95CpuCores, double p50MemoryGiB, double p95MemoryGiB,
                          ResourceAmounts recommendedTarget) {
    private static final double MIB_PER_GIB = 1024.0;

    public RightSizing {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("right-sizing service must not be blank");
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("right-sizing replicas must be >= 0, got " + replicas);
        }
        if (request == null || recommendedTarget == null) {
            throw new IllegalArgumentException("right-sizing needs the request and the recommended target");
        }
    }

    /** The row for {@code recommender}'s container as of {@code nowSeconds}. */
    public static RightSizing of(String service, int replicas, ResourceAmounts request, Recommender recommender,
                                 double nowSeconds) {
        return new RightSizing(service, replicas, request,
                recommender.cpuUsagePercentileCores(0.5), recommender.cpuUsagePercentileCores(0.95),
                recommender.memoryPeakPercentileMiB(0.5) / MIB_PER_GIB,
                recommender.memoryPeakPercentileMiB(0.95) / MIB_PER_GIB,
                recommender.recommend(nowSeconds).target());
    }

    /** Requested − recommended CPU of one pod, cores. */
    public double cpuSavingsCoresPerPod() {
        return request.cpuCores() - recommendedTarget.cpuCores();
    }

    /** Requested − recommended memory of one pod, GiB. */
    public double memorySavingsGiBPerPod() {
        return request.memoryGiB() - recommendedTarget.memoryGiB();
    }

    /** CPU savings over all replicas, cores. */
    public double cpuSavingsCores() {
        return cpuSavingsCoresPerPod() * replicas;
    }

    /** Memory savings over all replicas, GiB. */
    public double memorySavingsGiB() {
        return memorySavingsGiBPerPod() * replicas;
    }

    /** For reports: {@code checkout ×3: request 1000m/1024.0Mi, target 476m/250.0Mi, saves 1.572 cores, 2.268 GiB}. */
    public String describe() {
        return String.format(Locale.US, "%s ×%d: request %s, target %s, saves %.3f cores, %.3f GiB", service, replicas,
                request.describe(), recommendedTarget.describe(), cpuSavingsCores(), memorySavingsGiB());
    }
}
