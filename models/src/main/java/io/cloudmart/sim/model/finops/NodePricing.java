package io.cloudmart.sim.model.finops;

/**
 * Where a node's CPU and RAM prices come from. OpenCost either splits the node's price ({@link PriceSplit}, the
 * case of cloud providers that give only a node price, as AWS does) or takes per-resource prices as given (custom
 * pricing, {@link #fixed(NodePrices)}). Either way the prices must add up to the node's hourly rate, so that
 * allocated plus idle cost equals what the node is billed.
 */
@FunctionalInterface
public interface NodePricing {

    /** The CPU and RAM prices of {@code node}. */
    NodePrices pricesOf(Node node);

    /** The same per-resource prices for every node (OpenCost custom pricing, no split). */
    static NodePricing fixed(NodePrices prices) {
        if (prices == null) {
            throw new IllegalArgumentException("prices must not be null");
        }
        return node -> prices;
    }
}
