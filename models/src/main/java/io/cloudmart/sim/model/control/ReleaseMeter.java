package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.rollout.ReleaseFigures;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.canary.RolloutDefaults;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.VersionConfig;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * Keeps a release's {@link ReleaseFigures} from one sample per reconcile of its rollout loop: the requests the new
 * version answered since the last sample (from the per-version counters, less the preview test's), and the pods of
 * both versions held in the time since (pods and their share of their nodes at the last sample, held until this one).
 * Costs per reconcile and per pod of the two versions, never per request. With a cluster it hears where each of
 * those pods is bound, to weigh a pod by its node's allocatable CPU and price.
 */
final class ReleaseMeter implements ClusterWatcher {
    private static final double SECONDS_PER_HOUR = 3600;

    private final Service service;
    private final VersionConfig oldVersion;
    private final VersionConfig newVersion;
    /** {@code spec.replicas}, which an HPA over the Rollout moves. */
    private int replicas;
    private final boolean cluster;
    private final int maxWeight;
    private final Map<Pod, Node> nodes = new LinkedHashMap<>();

    private boolean started;
    private double lastAt;
    private long lastNew;
    private long lastNewErrors;
    private long lastAll;
    private long testRequests;
    private long testErrors;
    private long lastTestRequests;
    private long lastTestErrors;
    private boolean decided;
    private long exposed;
    private long exposedErrors;
    private long usersBeforeDecision;
    private double peakShare;
    private double firstTrafficAt = Double.NaN;
    private double fullTrafficAt = Double.NaN;
    // what the pods held at the last sample, per second until the next
    private double extraPods;
    private double extraNodeShare;
    private double extraCostPerHour;
    private double extraPodSeconds;
    private double extraNodeSeconds;
    private double extraCost;

    /**
     * @param cluster whether the pods run on a cluster's nodes (then this must be watching the cluster)
     */
    ReleaseMeter(Service service, VersionConfig oldVersion, VersionConfig newVersion, int replicas, int maxWeight,
                 boolean cluster) {
        this.service = service;
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.replicas = replicas;
        this.maxWeight = maxWeight;
        this.cluster = cluster;
    }

    /**
     * The meter of {@code config}'s release between Deployments {@code old} and {@code fresh}; with a
     * {@code runtime} (a cluster) it watches where their pods are bound.
     */
    static ReleaseMeter of(RolloutConfig config, Deployment old, Deployment fresh, ClusterRuntime runtime) {
        int maxWeight = config.canary() != null ? config.canary().maxTrafficWeight() : RolloutDefaults.MAX_TRAFFIC_WEIGHT;
        return of(old, fresh, config.replicas(), maxWeight, runtime);
    }

    /**
     * The meter of a release between {@code old} and {@code fresh} of {@code replicas} pods whose weights are out of
     * {@code maxWeight}; with a {@code runtime} (a cluster) it watches where their pods are bound.
     */
    static ReleaseMeter of(Deployment old, Deployment fresh, int replicas, int maxWeight, ClusterRuntime runtime) {
        ReleaseMeter meter = new ReleaseMeter(old.service(), old.version(), fresh.version(), replicas, maxWeight,
                runtime != null);
        if (runtime != null) {
            runtime.watch(meter);
        }
        return meter;
    }

    @Override
    public void podBound(Pod pod, Node node, double now) {
        if (ofRelease(pod)) {
            nodes.put(pod, node);
        }
    }

    @Override
    public void podUnbound(Pod pod, Node node, double now) {
        nodes.remove(pod);
    }

    /** An HPA over the Rollout set {@code spec.replicas}: pods above it are extra from now on. */
    void baseline(int specReplicas) {
        replicas = specReplicas;
    }

    /** A preview test request came back from a pod of the new version ({@code ok}: a 200). */
    void previewTestAnswered(boolean ok) {
        testRequests++;
        if (!ok) {
            testErrors++;
        }
    }

    /**
     * One sample at {@code now}, after the loop acted: {@code newWeight} is the new version's weight the mesh now has,
     * {@code decidedNow} whether the release has been promoted or aborted by now.
     */
    void sample(double now, int newWeight, boolean decidedNow) {
        VersionMetrics metrics = service.versionMetrics();
        long newTotal = metrics.totalRequests(newVersion.name());
        long newErrors = metrics.totalErrors(newVersion.name());
        long all = 0;
        for (String version : metrics.versions()) {
            all += metrics.totalRequests(version);
        }
        if (started) {
            hold(now);
            long users = (newTotal - lastNew) - (testRequests - lastTestRequests);
            long userErrors = (newErrors - lastNewErrors) - (testErrors - lastTestErrors);
            long allUsers = (all - lastAll) - (testRequests - lastTestRequests);
            if (!decided) {
                exposed += users;
                exposedErrors += userErrors;
                usersBeforeDecision += allUsers;
            }
        }
        started = true;
        decided = decidedNow;
        lastAt = now;
        lastNew = newTotal;
        lastNewErrors = newErrors;
        lastAll = all;
        lastTestRequests = testRequests;
        lastTestErrors = testErrors;
        peakShare = Math.max(peakShare, (double) newWeight / maxWeight);
        if (newWeight > 0 && Double.isNaN(firstTrafficAt)) {
            firstTrafficAt = now;
        }
        if (newWeight >= maxWeight && Double.isNaN(fullTrafficAt)) {
            fullTrafficAt = now;
        }
        takeStockOfPods();
    }

    /** The figures up to {@code end} (all zero, or unknown, when the release never started). */
    ReleaseFigures figures(double end) {
        if (!started) {
            double none = cluster ? 0 : Double.NaN;
            return new ReleaseFigures(0, 0, 0, 0, Double.NaN, 0, Double.NaN, Double.NaN, 0, none, none);
        }
        hold(end);
        lastAt = end;
        return new ReleaseFigures(testRequests, testErrors, exposed, exposedErrors,
                usersBeforeDecision > 0 ? (double) exposed / usersBeforeDecision : Double.NaN, peakShare,
                firstTrafficAt, fullTrafficAt, extraPodSeconds / SECONDS_PER_HOUR,
                cluster ? extraNodeSeconds / SECONDS_PER_HOUR : Double.NaN, cluster ? extraCost : Double.NaN);
    }

    /** Adds what the pods held from the last sample to {@code now}. */
    private void hold(double now) {
        double seconds = now - lastAt;
        extraPodSeconds += extraPods * seconds;
        extraNodeSeconds += extraNodeShare * seconds;
        extraCost += extraCostPerHour * seconds / SECONDS_PER_HOUR;
    }

    /**
     * The pods of both versions that hold capacity now (with a cluster: bound to a node; without: containers
     * running, terminating ones included), those above spec.replicas, and, with a cluster, the extra pods' share of
     * their nodes' CPU: every pod's CPU request over its node's allocatable CPU, scaled by extra / all (the two
     * versions' pods ask for the same, so which ones are "extra" does not matter but for their nodes).
     */
    private void takeStockOfPods() {
        int pods = 0;
        double nodeShare = 0;
        double costPerHour = 0;
        if (cluster) {
            for (Map.Entry<Pod, Node> entry : nodes.entrySet()) {
                pods++;
                double share = entry.getKey().requests().cpuCores() / entry.getValue().allocatable().cpu();
                nodeShare += share;
                costPerHour += share * entry.getValue().pricePerHour();
            }
        } else {
            for (Pod pod : service.pods()) {
                if (ofRelease(pod) && pod.state() != PodState.PENDING && pod.state() != PodState.GONE) {
                    pods++;
                }
            }
        }
        int extra = Math.max(0, pods - replicas);
        extraPods = extra;
        extraNodeShare = pods == 0 ? 0 : nodeShare * extra / pods;
        extraCostPerHour = pods == 0 ? 0 : costPerHour * extra / pods;
    }

    private boolean ofRelease(Pod pod) {
        return pod.service().equals(service.name())
                && (pod.version().equals(oldVersion) || pod.version().equals(newVersion));
    }
}
