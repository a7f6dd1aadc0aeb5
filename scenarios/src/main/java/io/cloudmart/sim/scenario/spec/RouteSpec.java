package io.cloudmart.sim.scenario.spec;

import java.util.Map;

/**
 * One HTTP route of a VirtualService: an optional match, and where matching requests go.
 * {@code headers} and {@code consumerShare} are the match (both null: every request); exactly one
 * of {@code destination} and {@code destinations} is set.
 *
 * @param headers       exact header values a request must carry, name to value; null when the
 *                      route does not match on headers
 * @param consumerShare the share of consumers (in [0, 1], a fixed cohort by consumer id hash) the
 *                      route takes; null when it does not match on consumers
 * @param destination   the version all matching requests go to; null when weighted
 * @param destinations  version to relative weight ({@code >= 0}, at least one {@code > 0}); null
 *                      when a single destination is given
 */
public record RouteSpec(Map<String, String> headers, Double consumerShare, String destination,
                        Map<String, Double> destinations) {

    public RouteSpec {
        headers = headers == null ? null : Copies.orderedMap(headers, "headers");
        destinations = destinations == null ? null : Copies.orderedMap(destinations, "destinations");
    }
}
