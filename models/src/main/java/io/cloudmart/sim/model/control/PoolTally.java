package io.cloudmart.sim.model.control;

/**
 * The number of nodes of one pool over the whole run (warm-up included, as the bill is): fewest, most,
 * time-weighted mean, node-hours, and how many were added and removed.
 */
final class PoolTally {
    private int nodes;
    private int min;
    private int max;
    private double since;
    private double nodeSeconds;
    private int added;
    private int removed;

    PoolTally(int initial) {
        nodes = initial;
        min = initial;
        max = initial;
    }

    void change(int delta, double now) {
        nodeSeconds += nodes * (now - since);
        since = now;
        nodes += delta;
        min = Math.min(min, nodes);
        max = Math.max(max, nodes);
        if (delta > 0) {
            added += delta;
        } else {
            removed -= delta;
        }
    }

    int nodes() {
        return nodes;
    }

    ClusterSummary.Pool summary(String name, double end) {
        double seconds = nodeSeconds + nodes * (end - since);
        return new ClusterSummary.Pool(name, min, max, end > 0 ? seconds / end : nodes, seconds / 3600, added, removed);
    }
}
