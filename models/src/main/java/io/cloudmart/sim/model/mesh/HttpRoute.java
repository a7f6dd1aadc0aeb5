package io.cloudmart.sim.model.mesh;

import java.util.List;

/**
 * One VirtualService HTTP route: requests that satisfy {@code match} are split over {@code destinations}
 * by weight.
 *
 * @param match        which requests take this route ({@link RouteMatch#ANY} for all)
 * @param destinations weighted subsets; at least one with a positive weight
 */
public record HttpRoute(RouteMatch match, List<WeightedDestination> destinations) {
    public HttpRoute {
        if (match == null) {
            throw new IllegalArgumentException("a route needs a match (RouteMatch.ANY for all requests)");
        }
        destinations = List.copyOf(destinations);
        long total = 0;
        for (WeightedDestination destination : destinations) {
            total += destination.weight();
        }
        if (total <= 0) {
            throw new IllegalArgumentException("a route needs a destination with weight > 0, got " + destinations);
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("route weights sum to " + total + ", more than " + Integer.MAX_VALUE);
        }
    }

    /** All matching requests go to {@code subset}. */
    public static HttpRoute to(RouteMatch match, String subset) {
        return new HttpRoute(match, List.of(new WeightedDestination(subset, 1)));
    }

    /** Every request is split over {@code destinations} by weight. */
    public static HttpRoute split(List<WeightedDestination> destinations) {
        return new HttpRoute(RouteMatch.ANY, destinations);
    }

    /** Σ weights. */
    public int totalWeight() {
        int total = 0;
        for (WeightedDestination destination : destinations) {
            total += destination.weight();
        }
        return total;
    }
}
