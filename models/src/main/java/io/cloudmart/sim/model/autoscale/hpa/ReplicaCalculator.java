package io.cloudmart.sim.model.autoscale.hpa;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replica proposal of one metric, as kubernetes {@code pkg/controller/podautoscaler/replica_calculator.go}
 * computes it ({@code GetResourceReplicas} for {@code Utilization} targets, {@code calcPlainMetricReplicas} for
 * {@code AverageValue} and {@code Pods} metrics) with {@code metrics/utilization.go} for the ratios.
 *
 * <p>In outline: the pods are grouped ({@link PodGroups}); the ratio current/target is formed over the counted pods,
 * for utilization as an integer percent truncated from Σusage / Σrequest; within the tolerance nothing changes;
 * with no missing pods and no scale-up over set-aside pods the proposal is {@code ceil(ratio × ready pods)};
 * otherwise missing pods are filled in (at 0 on a scale-up; on a scale-down at {@code max(100 %, target)} of their
 * request, or at the target for plain metrics), set-aside pods at 0 on a scale-up, the ratio is formed again and
 * the proposal is {@code ceil(newRatio × pods in the calculation)}, unless the new ratio is within the tolerance or
 * the fill-in turned the direction around. Values are handled as Kubernetes does, in integer milli-units (a usage is
 * rounded up to the next milli-unit, as {@code Quantity.MilliValue()} does).
 */
public final class ReplicaCalculator {
    /** Milli-units per unit of a {@code Pods} metric. */
    private static final double PODS_METRIC_MILLI_PER_UNIT = 1_000.0;
    /** Input doubles this close to a whole milli-unit are taken as that milli-unit (0.159 cores → 159 m, not 160 m). */
    private static final double MILLI_SNAP = 1e-6;

    private final HpaControllerSettings settings;

    public ReplicaCalculator(HpaControllerSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("controller settings must be given");
        }
        this.settings = settings;
    }

    /**
     * The proposal of {@code metric} for a target at {@code currentReplicas} ({@code scale.spec.replicas}) with the
     * cluster tolerance in both directions.
     *
     * @param pods the target's pods (all of them, in a stable order; names unique)
     * @param now  the sync time, seconds (for the CPU initialization rules)
     */
    public MetricEvaluation evaluate(MetricSpec metric, int currentReplicas, List<PodMetrics> pods, double now) {
        return evaluate(metric, currentReplicas, pods, now, Tolerances.symmetric(settings.tolerance()));
    }

    MetricEvaluation evaluate(MetricSpec metric, int currentReplicas, List<PodMetrics> pods, double now,
                              Tolerances tolerances) {
        if (metric == null || pods == null || tolerances == null) {
            throw new IllegalArgumentException("metric, pods and tolerances must be given");
        }
        if (currentReplicas < 0) {
            throw new IllegalArgumentException("current replicas must be >= 0, got " + currentReplicas);
        }
        if (!Double.isFinite(now)) {
            throw new IllegalArgumentException("now must be finite, got " + now);
        }
        String reason = metric instanceof ResourceMetricSource ? "FailedGetResourceMetric" : "FailedGetPodsMetric";
        if (pods.isEmpty()) {
            return new MetricFailure(reason, "no pods returned by selector while calculating replica count");
        }
        ResourceName resource = metric instanceof ResourceMetricSource source ? source.name() : null;
        double milliPerUnit = resource == null ? PODS_METRIC_MILLI_PER_UNIT : resource.milliPerUnit();
        LinkedHashMap<String, Long> samples = samples(metric, pods, milliPerUnit);
        PodGroups groups = PodGroups.of(pods, samples, resource == ResourceName.CPU, now, settings);
        samples.keySet().removeAll(groups.discarded());
        samples.keySet().removeAll(groups.unready());
        if (samples.isEmpty()) {
            return new MetricFailure(reason, "did not receive metrics for targeted pods (pods might be unready)");
        }
        Evaluation evaluation = new Evaluation(currentReplicas, samples, groups, tolerances, milliPerUnit);
        if (metric.target().type() == MetricTargetType.UTILIZATION) {
            Map<String, Long> requests = new LinkedHashMap<>();
            for (PodMetrics pod : pods) {
                Double request = resource == ResourceName.CPU ? pod.cpuRequestCores() : pod.memoryRequestMiB();
                if (request == null) {
                    return new MetricFailure(reason, "missing request for " + resource.apiName() + " in Pod " + pod.name());
                }
                requests.put(pod.name(), toMilli(request, milliPerUnit));
            }
            return evaluation.utilization(metric.target().averageUtilization(), requests, reason);
        }
        return evaluation.plain(toMilli(metric.target().averageValue(), milliPerUnit));
    }

    private static LinkedHashMap<String, Long> samples(MetricSpec metric, List<PodMetrics> pods, double milliPerUnit) {
        LinkedHashMap<String, Long> samples = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (PodMetrics pod : pods) {
            if (!names.add(pod.name())) {
                throw new IllegalArgumentException("pod names must be unique, " + pod.name() + " appears twice");
            }
            Double value = sampleOf(metric, pod);
            if (value != null) {
                samples.put(pod.name(), toMilli(value, milliPerUnit));
            }
        }
        return samples;
    }

    private static Double sampleOf(MetricSpec metric, PodMetrics pod) {
        if (metric instanceof ResourceMetricSource source) {
            if (!pod.hasSample()) {
                return null;
            }
            return source.name() == ResourceName.CPU ? pod.cpuUsageCores() : pod.memoryUsageMiB();
        }
        return pod.podsMetrics().get(metric.metricName());
    }

    /** {@code value} in milli-units, rounded up like {@code Quantity.MilliValue()}, snapping binary noise. */
    static long toMilli(double value, double milliPerUnit) {
        double milli = value * milliPerUnit;
        long nearest = Math.round(milli);
        if (Math.abs(milli - nearest) <= MILLI_SNAP * Math.max(1.0, Math.abs(milli))) {
            return nearest;
        }
        return (long) Math.ceil(milli);
    }

    /** One evaluation's mutable working set: the samples (filled in as the algorithm goes) and the grouping. */
    private static final class Evaluation {
        private final int currentReplicas;
        private final LinkedHashMap<String, Long> metrics;
        private final PodGroups groups;
        private final Tolerances tolerances;
        private final double milliPerUnit;

        Evaluation(int currentReplicas, LinkedHashMap<String, Long> metrics, PodGroups groups, Tolerances tolerances,
                   double milliPerUnit) {
            this.currentReplicas = currentReplicas;
            this.metrics = metrics;
            this.groups = groups;
            this.tolerances = tolerances;
            this.milliPerUnit = milliPerUnit;
        }

        MetricEvaluation utilization(int targetPercent, Map<String, Long> requests, String reason) {
            UtilizationRatio first = UtilizationRatio.of(metrics, requests, targetPercent);
            if (first == null) {
                return new MetricFailure(reason, "no metrics returned matched known pods");
            }
            Integer utilization = first.utilization();
            double average = first.rawAverageMilli() / milliPerUnit;
            double ratio = first.ratio();
            boolean scaleUpWithUnready = !groups.unready().isEmpty() && ratio > 1.0;
            if (!scaleUpWithUnready && groups.missing().isEmpty()) {
                return simple(ratio, utilization, average);
            }
            if (!groups.missing().isEmpty()) {
                long fallbackPercent = Math.max(100, targetPercent);
                for (String pod : groups.missing()) {
                    if (ratio < 1.0) {
                        metrics.put(pod, requests.get(pod) * fallbackPercent / 100);
                    } else if (ratio > 1.0) {
                        metrics.put(pod, 0L);
                    }
                }
            }
            if (scaleUpWithUnready) {
                groups.unready().forEach(pod -> metrics.put(pod, 0L));
            }
            double newRatio = UtilizationRatio.of(metrics, requests, targetPercent).ratio();
            return rebalanced(ratio, newRatio, utilization, average);
        }

        MetricEvaluation plain(long targetMilli) {
            long usage = averageMilli();
            double ratio = (double) usage / (double) targetMilli;
            double average = usage / milliPerUnit;
            boolean scaleUpWithUnready = !groups.unready().isEmpty() && ratio > 1.0;
            if (!scaleUpWithUnready && groups.missing().isEmpty()) {
                return simple(ratio, null, average);
            }
            for (String pod : groups.missing()) {
                if (ratio < 1.0) {
                    metrics.put(pod, targetMilli);
                } else if (ratio > 1.0) {
                    metrics.put(pod, 0L);
                }
            }
            if (scaleUpWithUnready) {
                groups.unready().forEach(pod -> metrics.put(pod, 0L));
            }
            double newRatio = (double) averageMilli() / (double) targetMilli;
            return rebalanced(ratio, newRatio, null, average);
        }

        private long averageMilli() {
            long total = 0;
            for (long value : metrics.values()) {
                total += value;
            }
            return total / metrics.size();
        }

        private ReplicaCalculation simple(double ratio, Integer utilization, double average) {
            if (tolerances.isWithin(ratio)) {
                return result(currentReplicas, utilization, average, ratio, true);
            }
            return result((int) Math.ceil(ratio * groups.readyCount()), utilization, average, ratio, false);
        }

        private ReplicaCalculation rebalanced(double ratio, double newRatio, Integer utilization, double average) {
            boolean within = tolerances.isWithin(newRatio);
            boolean flipped = (ratio < 1.0 && newRatio > 1.0) || (ratio > 1.0 && newRatio < 1.0);
            if (within || flipped) {
                return result(currentReplicas, utilization, average, ratio, within);
            }
            int newReplicas = (int) Math.ceil(newRatio * metrics.size());
            if ((newRatio < 1.0 && newReplicas > currentReplicas) || (newRatio > 1.0 && newReplicas < currentReplicas)) {
                return result(currentReplicas, utilization, average, ratio, false);
            }
            return result(newReplicas, utilization, average, ratio, false);
        }

        private ReplicaCalculation result(int desired, Integer utilization, double average, double ratio,
                                          boolean withinTolerance) {
            return new ReplicaCalculation(desired, utilization, average, ratio, groups.readyCount(),
                    groups.unready().size(), groups.missing().size(), groups.discarded().size(), withinTolerance);
        }
    }

    /** {@code GetResourceUtilizationRatio}: integer percent over the sums, the ratio to the target, the raw average. */
    private record UtilizationRatio(double ratio, int utilization, long rawAverageMilli) {
        /** {@code null} when the requests of the sampled pods sum to 0. */
        static UtilizationRatio of(Map<String, Long> metrics, Map<String, Long> requests, int targetPercent) {
            long metricsTotal = 0;
            long requestsTotal = 0;
            for (Map.Entry<String, Long> entry : metrics.entrySet()) {
                metricsTotal += entry.getValue();
                requestsTotal += requests.get(entry.getKey());
            }
            if (requestsTotal == 0) {
                return null;
            }
            int utilization = (int) (metricsTotal * 100 / requestsTotal);
            return new UtilizationRatio((double) utilization / (double) targetPercent, utilization,
                    metricsTotal / metrics.size());
        }
    }
}
