package io.cloudmart.sim.model.mesh;

import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Picks the destination subset of a request the way a VirtualService does: routes are tried in order and
 * the first whose match holds is used (virtual_service.proto, "the first rule matching an incoming request
 * is used"); its destinations are then chosen by weight, as Envoy's {@code weighted_clusters} does: draw
 * an integer uniformly in [0, Σ weights) and take the first destination whose running sum exceeds it.
 *
 * <p>Cohort routes (header or consumer-share matches) are therefore placed before the weighted catch-all.
 * When no route matches the caller answers 404 with flag {@code NR}.
 */
public final class SubsetRouter {
    private final List<HttpRoute> routes;
    private final RandomStream stream;

    /**
     * @param routes the routes in evaluation order
     * @param stream draws for the weighted choice (by convention {@code <service>.route})
     */
    public SubsetRouter(List<HttpRoute> routes, RandomStream stream) {
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("a router needs at least one route");
        }
        this.routes = List.copyOf(routes);
        this.stream = stream;
    }

    /** The subset for a request, or {@code null} if no route matches (404 {@code NR}). */
    public String pick(String consumerId, Map<String, String> headers) {
        for (HttpRoute route : routes) {
            if (route.match().matches(consumerId, headers)) {
                return pickWeighted(route);
            }
        }
        return null;
    }

    /** The subset for a request without headers. */
    public String pick(String consumerId) {
        return pick(consumerId, Map.of());
    }

    private String pickWeighted(HttpRoute route) {
        List<WeightedDestination> destinations = route.destinations();
        if (destinations.size() == 1) {
            return destinations.get(0).subset();
        }
        int draw = stream.nextInt(route.totalWeight());
        int runningSum = 0;
        for (WeightedDestination destination : destinations) {
            runningSum += destination.weight();
            if (draw < runningSum) {
                return destination.subset();
            }
        }
        throw new IllegalStateException("weighted pick fell off the end of " + destinations);
    }
}
