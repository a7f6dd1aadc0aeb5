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
    /** The routes in evaluation order; the catch-all's weights may be rewritten while the run goes on. */
    private final HttpRoute[] routes;
    private final RandomStream stream;

    /**
     * @param routes the routes in evaluation order
     * @param stream draws for the weighted choice (by convention {@code mesh.<service>.routes})
     */
    public SubsetRouter(List<HttpRoute> routes, RandomStream stream) {
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("a router needs at least one route");
        }
        this.routes = routes.toArray(new HttpRoute[0]);
        this.stream = stream;
    }

    /** The routes in evaluation order, as they stand now. */
    public List<HttpRoute> routes() {
        return List.of(routes);
    }

    /**
     * Rewrites the weights of the catch-all route (the last route, without a match), as Argo Rollouts rewrites a
     * VirtualService's weights at each canary step; routes with a match keep their precedence. Requests routed
     * before keep their subset; every later one follows the new weights.
     *
     * @param weights version → relative weight, ≥ 0, at least one &gt; 0; the whole new {@code route[]} list
     * @throws IllegalStateException when the last route has a match (there is no catch-all to rewrite)
     */
    public void setWeights(Map<String, Integer> weights) {
        int last = routes.length - 1;
        if (routes[last].match() != RouteMatch.ANY) {
            throw new IllegalStateException("the last route has a match; weights are set on a catch-all route");
        }
        List<WeightedDestination> destinations = new java.util.ArrayList<>();
        weights.forEach((subset, weight) -> destinations.add(new WeightedDestination(subset, weight)));
        routes[last] = HttpRoute.split(destinations);
    }

    /**
     * The subset for a request, or {@code null} if no route matches (404 {@code NR}). One uniform is drawn for
     * every request, whichever route it takes and however many destinations that has, so that changing a
     * weight (or a match) changes which subset a request gets and nothing else any stream draws.
     */
    public String pick(String consumerId, Map<String, String> headers) {
        double draw = stream.nextDouble();
        for (HttpRoute route : routes) {
            if (route.match().matches(consumerId, headers)) {
                return pickWeighted(route, draw);
            }
        }
        return null;
    }

    /** The subset for a request without headers. */
    public String pick(String consumerId) {
        return pick(consumerId, Map.of());
    }

    /**
     * Envoy's {@code weighted_clusters} choice with an integer {@code floor(u × Σ weights)} uniform in
     * [0, Σ weights): the first destination whose running sum exceeds it (weight-0 destinations are never taken).
     */
    private static String pickWeighted(HttpRoute route, double uniform) {
        List<WeightedDestination> destinations = route.destinations();
        int total = route.totalWeight();
        int draw = Math.min((int) (uniform * total), total - 1);
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
