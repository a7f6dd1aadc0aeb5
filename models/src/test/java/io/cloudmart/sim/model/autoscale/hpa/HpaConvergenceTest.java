package io.cloudmart.sim.model.autoscale.hpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Closed loop: an HPA drives a target whose pods share a steady load, and must settle at
 * {@code ceil(load × work / (target × request))} replicas, the count that brings utilization to the target.
 */
class HpaConvergenceTest {
    private static final double SYNC = HpaControllerSettings.DEFAULT_SYNC_PERIOD_SECONDS;
    /** CPU-seconds of work per request. */
    private static final double WORK = 0.02;
    /** CPU request per pod, cores. */
    private static final double REQUEST = 0.25;
    private static final int TARGET_PERCENT = 50;

    /**
     * A Deployment's pods: each has a name and a start time; new pods are Ready at their start and their first
     * sample covers a full window one sync later. Every pod uses load × work / replicas cores.
     */
    private static final class Target {
        private final List<Double> startTimes = new ArrayList<>();
        private int created;

        Target(int replicas) {
            resize(replicas, -10_000);
        }

        int replicas() {
            return startTimes.size();
        }

        void resize(int replicas, double now) {
            while (startTimes.size() < replicas) {
                startTimes.add(now);
                created++;
            }
            while (startTimes.size() > replicas) {
                startTimes.remove(startTimes.size() - 1);
            }
        }

        List<PodMetrics> pods(double now, double load) {
            List<PodMetrics> pods = new ArrayList<>();
            double perPod = load * WORK / replicas();
            int first = created - startTimes.size();
            for (int i = 0; i < startTimes.size(); i++) {
                pods.add(PodMetrics.running("web-" + (first + i), startTimes.get(i), now, perPod, REQUEST));
            }
            return pods;
        }
    }

    private static int expected(double load) {
        return (int) Math.ceil(load * WORK / (TARGET_PERCENT / 100.0 * REQUEST));
    }

    /** Runs {@code seconds} of syncs from {@code start}; returns the time after the last one. */
    private static double run(Hpa hpa, Target target, double start, double seconds, double load) {
        double t = start;
        for (; t < start + seconds; t += SYNC) {
            HpaDecision decision = hpa.reconcile(t, target.replicas(), target.pods(t, load));
            target.resize(decision.desiredReplicas(), t);
        }
        return t;
    }

    private static Hpa hpa(Behavior behavior) {
        return new Hpa(new HpaSpec(1, 100, List.of(MetricSpec.cpuUtilization(TARGET_PERCENT)), behavior));
    }

    /**
     * With a scale-up rate that does not bind, the first sync from 1 replica lands on
     * ceil(load × work / (target × request)) (the truncated utilization loses less than one pod here) and the count
     * then stays: at that count the ratio is within the tolerance.
     */
    @ParameterizedTest(name = "{0} req/s")
    @CsvSource({"47, 8", "100, 16", "130, 21", "333, 54"})
    void unlimitedScaleUpLandsOnTheNeededCount(double load, int needed) {
        assertThat(expected(load)).isEqualTo(needed);
        Behavior unlimited = new Behavior(new ScalingRules(null, null, List.of(Policy.percent(10_000, 15))), null);
        Hpa hpa = hpa(unlimited);
        Target target = new Target(1);
        run(hpa, target, 0, SYNC, load);
        assertThat(target.replicas()).isEqualTo(needed);
        run(hpa, target, SYNC, 600, load);
        assertThat(target.replicas()).isEqualTo(needed);
    }

    /**
     * With the default rate limits the count climbs in steps and settles as soon as the utilization is within the
     * tolerance of the target, which can be one short of the needed count. Default behavior (max(+4, ×2) per 15 s)
     * goes 1, 5, 10, 20 for 130 req/s: 20 pods give 52 % (ratio 1.04), so it stays one short of ceil(20.8) = 21;
     * the legacy cap max(2 × current, 4) goes 1, 4, 8, 16 and from 16 (65 %) reaches 21.
     */
    @ParameterizedTest(name = "{0} req/s, behavior = {2}")
    @CsvSource({"47, 8, true", "100, 16, true", "130, 20, true", "333, 53, true",
                "47, 8, false", "100, 16, false", "130, 21, false", "333, 54, false"})
    void defaultRateLimitsSettleInsideTheToleranceBand(double load, int settledAt, boolean withBehavior) {
        Hpa hpa = hpa(withBehavior ? Behavior.defaults() : null);
        Target target = new Target(1);
        run(hpa, target, 0, 600, load);
        assertThat(target.replicas()).isEqualTo(settledAt);
        assertThat(settledAt).isBetween(expected(load) - 1, expected(load));
        HpaDecision settled = hpa.reconcile(600, target.replicas(), target.pods(600, load));
        assertThat(settled.scales()).isFalse();
        assertThat(settled.limit()).isEqualTo(ScalingLimit.TOLERANCE);
        assertThat(settled.metrics().get(0).currentValue() / TARGET_PERCENT).isBetween(0.9, 1.1);
    }

    /** Down a step: 100 req/s (16 replicas) then 47 req/s settles at 8 once the 300 s window has passed, not before. */
    @ParameterizedTest(name = "behavior = {0}")
    @CsvSource({"true", "false"})
    void stepDownWaitsForTheStabilizationWindow(boolean withBehavior) {
        Hpa hpa = hpa(withBehavior ? Behavior.defaults() : null);
        Target target = new Target(1);
        double t = run(hpa, target, 0, 900, 100);
        assertThat(target.replicas()).isEqualTo(expected(100));
        t = run(hpa, target, t, 285, 47);
        assertThat(target.replicas()).as("still within the 300 s window").isEqualTo(expected(100));
        run(hpa, target, t, 300, 47);
        assertThat(target.replicas()).isEqualTo(expected(47));
    }
}
