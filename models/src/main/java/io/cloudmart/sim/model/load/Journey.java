package io.cloudmart.sim.model.load;

/**
 * A kind of client visit, chosen for each arrival with probability weight / total weight.
 *
 * @param name     journey name (browse, checkout, …)
 * @param weight   relative share of arrivals, > 0
 * @param service  the service whose endpoint the journey enters through
 * @param endpoint that endpoint
 */
public record Journey(String name, double weight, String service, String endpoint) {
    public Journey {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("journey " + name + " needs weight > 0");
        }
    }
}
