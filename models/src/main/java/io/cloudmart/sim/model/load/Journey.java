package io.cloudmart.sim.model.load;

/**
 * A kind of client visit, chosen for each arrival with probability weight / total weight.
 *
 * @param name     journey name (browse, checkout, …)
 * @param weight   relative share of arrivals, > 0
 * @param service  the service whose endpoint the journey enters through
 * @param endpoint that endpoint
 * @param headers  request headers the journey's requests carry (for mesh match rules)
 */
public record Journey(String name, double weight, String service, String endpoint, java.util.Map<String, String> headers) {
    /** A journey without headers. */
    public Journey(String name, double weight, String service, String endpoint) {
        this(name, weight, service, endpoint, java.util.Map.of());
    }

    public Journey {
        headers = java.util.Map.copyOf(headers);
        if (!(weight > 0)) {
            throw new IllegalArgumentException("journey " + name + " needs weight > 0");
        }
    }
}
