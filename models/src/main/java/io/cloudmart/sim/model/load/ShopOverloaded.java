package io.cloudmart.sim.model.load;

import java.util.Locale;

/** The load exceeds what the shop can serve for so long that requests in flight pile up without end. */
public final class ShopOverloaded extends IllegalStateException {
    public ShopOverloaded(int inFlight) {
        super(String.format(Locale.US, "more than %,d requests are in flight: the shop is overloaded and its queues"
                + " grow without end; lower the load or add capacity (replicas, cpu, concurrency)", inFlight));
    }
}
