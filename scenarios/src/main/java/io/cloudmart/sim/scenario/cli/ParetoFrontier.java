package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The points no other point beats on both axes at once (lower cost and lower latency both better): the choices
 * worth considering, each buying latency with money from its neighbour.
 */
final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /**
     * The indices of the non-dominated points, cheapest first (so latency falls strictly along the list). Points
     * with a non-finite coordinate take no part; of points equal on both axes the first is kept.
     */
    static List<Integer> of(double[] cost, double[] latency) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < cost.length; i++) {
            if (Double.isFinite(cost[i]) && Double.isFinite(latency[i])) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.<Integer>comparingDouble(i -> cost[i]).thenComparingDouble(i -> latency[i])
                .thenComparingInt(i -> i));
        List<Integer> frontier = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (int i : candidates) {
            // every point before is at most as expensive: it dominates this one unless this one is faster
            if (latency[i] < best) {
                frontier.add(i);
                best = latency[i];
            }
        }
        return frontier;
    }
}
