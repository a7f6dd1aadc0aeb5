package io.cloudmart.sim.model.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code rate-limiting} plugin instance across the nodes of a gateway, wired to counter stores as
 * its {@code policy} says: {@code local} gives every node its own store (so N nodes behind a
 * non-sticky load balancer let up to N × limit through), {@code cluster} and {@code redis} give all
 * nodes one shared store (Kong's database or Redis), whose {@link CounterStore#setAvailable(boolean)}
 * models an outage of that store.
 */
public final class RateLimitingNodes {
    private final List<RateLimitingPlugin> nodes;
    private final List<CounterStore> stores;

    private RateLimitingNodes(List<RateLimitingPlugin> nodes, List<CounterStore> stores) {
        this.nodes = List.copyOf(nodes);
        this.stores = List.copyOf(stores);
    }

    /**
     * The plugin {@code config} on {@code nodeCount} gateway nodes.
     *
     * @param scope stands for the route/service the plugin is attached to (part of every counter key)
     */
    public static RateLimitingNodes create(RateLimitingConfig config, String scope, int nodeCount, UtcClock clock) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("a gateway needs at least one node, got " + nodeCount);
        }
        List<RateLimitingPlugin> nodes = new ArrayList<>(nodeCount);
        List<CounterStore> stores = new ArrayList<>();
        CounterStore shared = config.policy().isShared() ? new CounterStore(config.policy().kongName()) : null;
        if (shared != null) {
            stores.add(shared);
        }
        for (int i = 0; i < nodeCount; i++) {
            CounterStore store = shared;
            if (store == null) {
                store = new CounterStore("node-" + i + ".shm");
                stores.add(store);
            }
            nodes.add(new RateLimitingPlugin(config, store, clock, scope));
        }
        return new RateLimitingNodes(nodes, stores);
    }

    /** The plugin on node {@code index} (from 0). */
    public RateLimitingPlugin node(int index) {
        return nodes.get(index);
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** Every distinct store: one per node for {@code local}, one in all for the shared policies. */
    public List<CounterStore> stores() {
        return stores;
    }

    /** The store all nodes share ({@code cluster}, {@code redis}); empty for {@code local}. */
    public Optional<CounterStore> sharedStore() {
        return nodes.get(0).config().policy().isShared() ? Optional.of(stores.get(0)) : Optional.empty();
    }

    /** Counters held over all stores (for memory checks). */
    public int liveCounters() {
        return stores.stream().mapToInt(CounterStore::liveCounters).sum();
    }
}
