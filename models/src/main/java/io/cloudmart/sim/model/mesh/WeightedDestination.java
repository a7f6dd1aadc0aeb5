package io.cloudmart.sim.model.mesh;

/**
 * One entry of a VirtualService route's {@code route[]} list: a destination subset and its relative
 * weight. The subset gets {@code weight / Σ weights} of the route's traffic; weight 0 means none
 * (virtual_service.proto; sums need not be 100 since Istio 1.13).
 *
 * @param subset the DestinationRule subset name (for example {@code v1}, {@code canary})
 * @param weight relative weight, &ge; 0
 */
public record WeightedDestination(String subset, int weight) {
    public WeightedDestination {
        if (subset == null || subset.isBlank()) {
            throw new IllegalArgumentException("a route destination needs a subset name");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight of subset '" + subset + "' must be >= 0, got " + weight);
        }
    }
}
