package io.cloudmart.sim.model.finops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cluster's nodes cost: EC2 per-second billing with a 60-second minimum for Linux instances. Each run of a
 * node (start to stop) is billed {@code max(60, uptime)} seconds at the node's hourly rate, so
 * {@code cost = billedSeconds / 3600 × hourlyRate}; a node still running is billed up to {@code now}, minimum
 * included. A node may be stopped and started again under the same name; each run has its own minimum, as each
 * EC2 start does. Billing is continuous in time (no rounding to whole seconds).
 *
 * <p>[PUBLISHED] per-second billing with a 60 s minimum, AWS EC2 pricing (domain facts 9.4, secondary source).
 */
public final class NodeBilling {
    /** [PUBLISHED] AWS: per-second billing has a 60-second minimum for each Linux instance run. */
    public static final double MINIMUM_BILLED_SECONDS = 60.0;

    /** Tolerance on times, seconds, when checking that an interval lies inside a run. */
    static final double TIME_EPS = 1e-9;

    private final Map<String, Runs> nodes = new LinkedHashMap<>();

    /** A node's runs: start and stop times, the last stop NaN while it runs. */
    private static final class Runs {
        final Node node;
        final List<double[]> spans = new ArrayList<>();

        Runs(Node node) {
            this.node = node;
        }

        boolean running() {
            return !spans.isEmpty() && Double.isNaN(spans.get(spans.size() - 1)[1]);
        }
    }

    /** The node starts (is billed from) {@code timeSeconds}. A known name must come back with the same node. */
    public void start(Node node, double timeSeconds) {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        requireTime(timeSeconds);
        Runs runs = nodes.computeIfAbsent(node.name(), name -> new Runs(node));
        if (!runs.node.equals(node)) {
            throw new IllegalArgumentException("node " + node.name() + " was started before as " + runs.node
                    + ", now as " + node);
        }
        if (runs.running()) {
            throw new IllegalArgumentException("node " + node.name() + " is already running");
        }
        if (!runs.spans.isEmpty() && timeSeconds < runs.spans.get(runs.spans.size() - 1)[1]) {
            throw new IllegalArgumentException("node " + node.name() + " restarted at " + timeSeconds
                    + " s, before its last stop");
        }
        runs.spans.add(new double[] {timeSeconds, Double.NaN});
    }

    /** The running node {@code nodeName} stops (billing ends) at {@code timeSeconds}. */
    public void stop(String nodeName, double timeSeconds) {
        requireTime(timeSeconds);
        Runs runs = runs(nodeName);
        if (!runs.running()) {
            throw new IllegalArgumentException("node " + nodeName + " is not running");
        }
        double[] span = runs.spans.get(runs.spans.size() - 1);
        if (timeSeconds < span[0]) {
            throw new IllegalArgumentException("node " + nodeName + " stopped at " + timeSeconds
                    + " s, before its start at " + span[0] + " s");
        }
        span[1] = timeSeconds;
    }

    /** The nodes ever started, in the order they first started. */
    public List<Node> nodes() {
        return nodes.values().stream().map(r -> r.node).toList();
    }

    /** The node called {@code nodeName}; IllegalArgumentException if it never started. */
    public Node node(String nodeName) {
        return runs(nodeName).node;
    }

    public boolean isRunning(String nodeName) {
        return runs(nodeName).running();
    }

    /** Seconds billed for {@code nodeName} up to {@code now}: Σ over its runs started by then of max(60, uptime). */
    public double billedSeconds(String nodeName, double now) {
        requireTime(now);
        double billed = 0;
        for (double[] span : runs(nodeName).spans) {
            if (span[0] <= now) {
                double end = Double.isNaN(span[1]) ? now : Math.min(span[1], now);
                billed += Math.max(MINIMUM_BILLED_SECONDS, end - span[0]);
            }
        }
        return billed;
    }

    /** Cost of {@code nodeName} up to {@code now}, currency: billed seconds / 3600 × hourly rate. */
    public double cost(String nodeName, double now) {
        return billedSeconds(nodeName, now) / 3600.0 * runs(nodeName).node.hourlyRate();
    }

    /** Cost of all nodes up to {@code now}, currency. */
    public double totalCost(double now) {
        double total = 0;
        for (String name : nodes.keySet()) {
            total += cost(name, now);
        }
        return total;
    }

    /** The current burn rate, currency per hour: Σ hourly rates of the nodes running at {@code now}. */
    public double burnRatePerHour(double now) {
        requireTime(now);
        double rate = 0;
        for (Runs runs : nodes.values()) {
            for (double[] span : runs.spans) {
                if (span[0] <= now && (Double.isNaN(span[1]) || now < span[1])) {
                    rate += runs.node.hourlyRate();
                }
            }
        }
        return rate;
    }

    /** True when [t0, t1] lies inside one run of {@code nodeName} (an open run has no end yet). */
    boolean covers(String nodeName, double t0, double t1) {
        for (double[] span : runs(nodeName).spans) {
            boolean afterStart = t0 >= span[0] - TIME_EPS;
            boolean beforeStop = Double.isNaN(span[1]) || t1 <= span[1] + TIME_EPS;
            if (afterStart && beforeStop) {
                return true;
            }
        }
        return false;
    }

    private Runs runs(String nodeName) {
        Runs runs = nodes.get(nodeName);
        if (runs == null) {
            throw new IllegalArgumentException("unknown node " + nodeName + "; start it first");
        }
        return runs;
    }

    private static void requireTime(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time must be finite and >= 0 s, got " + seconds);
        }
    }
}
