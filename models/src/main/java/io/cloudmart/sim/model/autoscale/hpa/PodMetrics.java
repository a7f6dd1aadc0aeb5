package io.cloudmart.sim.model.autoscale.hpa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the HPA controller knows about one pod of its target at a sync: the pod's status from the pod lister and its
 * latest metric samples. All times are simulation seconds.
 *
 * @param name                         the pod's name (its identity; unique within one reconcile)
 * @param phase                        {@code status.phase}
 * @param deleting                     {@code metadata.deletionTimestamp} is set (the pod is terminating)
 * @param ready                        status of the {@code Ready} condition; {@code null} = the pod has no Ready
 *                                     condition yet
 * @param startTime                    {@code status.startTime}, seconds; {@code null} = not started
 * @param lastReadinessTransitionTime  {@code lastTransitionTime} of the Ready condition, seconds; required when
 *                                     {@code ready} is set
 * @param hasSample                    metrics-server has a resource sample (CPU and memory) for the pod
 * @param sampleTimestamp              the sample's {@code timestamp} (end of its window), seconds
 * @param sampleWindowSeconds          the sample's {@code window}, seconds
 * @param cpuUsageCores                CPU usage of the sample, cores (sum over containers)
 * @param memoryUsageMiB               memory (working set) of the sample, MiB
 * @param podsMetrics                  per-pod custom metric values by metric name ({@code Pods} metrics); a name
 *                                     absent here means no sample for that metric
 * @param cpuRequestCores              CPU request summed over all containers (sidecars and restartable init
 *                                     containers included), cores; {@code null} = some container has no CPU
 *                                     request, which makes a CPU {@code Utilization} metric invalid
 * @param memoryRequestMiB             memory request summed likewise, MiB; {@code null} = some container has none
 */
public record PodMetrics(String name, PodPhase phase, boolean deleting, Boolean ready, Double startTime,
                         Double lastReadinessTransitionTime, boolean hasSample, double sampleTimestamp,
                         double sampleWindowSeconds, double cpuUsageCores, double memoryUsageMiB,
                         Map<String, Double> podsMetrics, Double cpuRequestCores, Double memoryRequestMiB) {
    /**
     * Sample window used by the factories: metrics-server's {@code --metric-resolution} of 15 s in the official
     * manifests. [DEFAULT] kubernetes-sigs/metrics-server {@code manifests/} (binary default 60 s)
     */
    public static final double DEFAULT_SAMPLE_WINDOW_SECONDS = 15.0;

    public PodMetrics {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("pod name must be non-blank");
        }
        if (phase == null) {
            throw new IllegalArgumentException("pod " + name + ": phase must be set");
        }
        if (ready != null && lastReadinessTransitionTime == null) {
            throw new IllegalArgumentException("pod " + name + ": a Ready condition needs its lastTransitionTime");
        }
        requireFinite(name, "startTime", startTime);
        requireFinite(name, "lastReadinessTransitionTime", lastReadinessTransitionTime);
        if (!Double.isFinite(sampleTimestamp)) {
            throw new IllegalArgumentException("pod " + name + ": sample timestamp must be finite, got " + sampleTimestamp);
        }
        requireNonNegative(name, "sample window", sampleWindowSeconds);
        requireNonNegative(name, "cpu usage", cpuUsageCores);
        requireNonNegative(name, "memory usage", memoryUsageMiB);
        if (cpuRequestCores != null) {
            requireNonNegative(name, "cpu request", cpuRequestCores);
        }
        if (memoryRequestMiB != null) {
            requireNonNegative(name, "memory request", memoryRequestMiB);
        }
        podsMetrics = podsMetrics == null || podsMetrics.isEmpty() ? Map.of() : checkedCopy(name, podsMetrics);
    }

    private static Map<String, Double> checkedCopy(String pod, Map<String, Double> values) {
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((metric, value) -> {
            if (metric == null || value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("pod " + pod + ": pods metric " + metric
                        + " must have a finite value, got " + value);
            }
            copy.put(metric, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static void requireFinite(String pod, String what, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("pod " + pod + ": " + what + " must be finite, got " + value);
        }
    }

    private static void requireNonNegative(String pod, String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("pod " + pod + ": " + what + " must be finite and >= 0, got " + value);
        }
    }

    /**
     * A running pod, Ready since its start, with a fresh CPU sample ({@link #DEFAULT_SAMPLE_WINDOW_SECONDS} window)
     * and no memory or custom metrics.
     *
     * @param sampleTimestamp when the sample was taken, seconds (usually the sync time)
     */
    public static PodMetrics running(String name, double startTime, double sampleTimestamp, double cpuUsageCores,
                                     double cpuRequestCores) {
        return new PodMetrics(name, PodPhase.RUNNING, false, Boolean.TRUE, startTime, startTime, true,
                sampleTimestamp, DEFAULT_SAMPLE_WINDOW_SECONDS, cpuUsageCores, 0.0, Map.of(), cpuRequestCores, null);
    }

    /** A pod created but not running yet: Pending, not started, no condition, no sample. */
    public static PodMetrics pending(String name, Double cpuRequestCores) {
        return new PodMetrics(name, PodPhase.PENDING, false, null, null, null, false, 0.0,
                DEFAULT_SAMPLE_WINDOW_SECONDS, 0.0, 0.0, Map.of(), cpuRequestCores, null);
    }

    public PodMetrics withPhase(PodPhase newPhase) {
        return new PodMetrics(name, newPhase, deleting, ready, startTime, lastReadinessTransitionTime, hasSample,
                sampleTimestamp, sampleWindowSeconds, cpuUsageCores, memoryUsageMiB, podsMetrics, cpuRequestCores,
                memoryRequestMiB);
    }

    /** This pod with its deletion timestamp set. */
    public PodMetrics markedForDeletion() {
        return new PodMetrics(name, phase, true, ready, startTime, lastReadinessTransitionTime, hasSample,
                sampleTimestamp, sampleWindowSeconds, cpuUsageCores, memoryUsageMiB, podsMetrics, cpuRequestCores,
                memoryRequestMiB);
    }

    /** This pod with another Ready condition ({@code null} status = no condition) and start time. */
    public PodMetrics withReadiness(Boolean newReady, Double transitionTime, Double newStartTime) {
        return new PodMetrics(name, phase, deleting, newReady, newStartTime, transitionTime, hasSample,
                sampleTimestamp, sampleWindowSeconds, cpuUsageCores, memoryUsageMiB, podsMetrics, cpuRequestCores,
                memoryRequestMiB);
    }

    /** This pod with no resource sample (metrics-server has none for it). */
    public PodMetrics withoutSample() {
        return new PodMetrics(name, phase, deleting, ready, startTime, lastReadinessTransitionTime, false,
                sampleTimestamp, sampleWindowSeconds, cpuUsageCores, memoryUsageMiB, podsMetrics, cpuRequestCores,
                memoryRequestMiB);
    }

    /** This pod with a resource sample taken at {@code timestamp} over {@code windowSeconds}. */
    public PodMetrics withSample(double timestamp, double windowSeconds) {
        return new PodMetrics(name, phase, deleting, ready, startTime, lastReadinessTransitionTime, true, timestamp,
                windowSeconds, cpuUsageCores, memoryUsageMiB, podsMetrics, cpuRequestCores, memoryRequestMiB);
    }

    /** This pod with another CPU usage (cores) and request (cores, {@code null} = missing). */
    public PodMetrics withCpu(double usageCores, Double requestCores) {
        return new PodMetrics(name, phase, deleting, ready, startTime, lastReadinessTransitionTime, hasSample,
                sampleTimestamp, sampleWindowSeconds, usageCores, memoryUsageMiB, podsMetrics, requestCores,
                memoryRequestMiB);
    }

    /** This pod with another memory usage (MiB) and request (MiB, {@code null} = missing). */
    public PodMetrics withMemory(double usageMiB, Double requestMiB) {
        return new PodMetrics(name, phase, deleting, ready, startTime, lastReadinessTransitionTime, hasSample,
                sampleTimestamp, sampleWindowSeconds, cpuUsageCores, usageMiB, podsMetrics, cpuRequestCores,
                requestMiB);
    }

    /** This pod with a value for the {@code Pods} metric {@code metric}. */
    public PodMetrics withPodsMetric(String metric, double value) {
        Map<String, Double> values = new LinkedHashMap<>(podsMetrics);
        values.put(metric, value);
        return new PodMetrics(name, phase, deleting, ready, startTime, lastReadinessTransitionTime, hasSample,
                sampleTimestamp, sampleWindowSeconds, cpuUsageCores, memoryUsageMiB, values, cpuRequestCores,
                memoryRequestMiB);
    }
}
