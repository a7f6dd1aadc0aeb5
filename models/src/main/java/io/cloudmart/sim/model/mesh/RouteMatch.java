package io.cloudmart.sim.model.mesh;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A condition on a request that selects a VirtualService HTTP route ({@code http[].match}).
 *
 * <p>Besides Istio's exact header match, {@link #consumerShare} selects a fixed cohort of consumers, a
 * share of them decided by a hash of the consumer id, so that the same consumer always lands in the same
 * cohort (the "sticky canary" that Argo Rollouts and Flagger achieve with header or cookie matches). This
 * is the simulator's own device, not an Istio field.
 */
@FunctionalInterface
public interface RouteMatch {
    /** True if a request from {@code consumerId} with {@code headers} matches. */
    boolean matches(String consumerId, Map<String, String> headers);

    /** Matches every request (a route without {@code match}). */
    RouteMatch ANY = (consumerId, headers) -> true;

    /** Istio {@code headers: {name: {exact: value}}}; header names are compared lower-case, as HTTP/2 sends them. */
    static RouteMatch header(String name, String exactValue) {
        String key = name.toLowerCase(Locale.ROOT);
        return (consumerId, headers) -> exactValue.equals(headers.get(key));
    }

    /**
     * Matches a deterministic share of consumers: those whose id hashes (with {@code salt}) below
     * {@code share}. The same salt with a larger share keeps every consumer already in the cohort, so a
     * progressive rollout only adds consumers.
     *
     * @param share fraction of consumers in [0, 1]
     * @param salt  separates independent cohorts (for example the rollout name)
     */
    static RouteMatch consumerShare(double share, String salt) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("consumer share must be in [0, 1], got " + share);
        }
        return (consumerId, headers) -> consumerId != null && unitHash(salt, consumerId) < share;
    }

    /**
     * A uniform-looking number in [0, 1) fixed by (salt, id): FNV-1a 64 over the UTF-8 bytes of
     * {@code salt + '\u0000' + id}, mixed by the SplitMix64 finaliser, top 53 bits.
     */
    static double unitHash(String salt, String id) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (salt + '\u0000' + id).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 30;
        hash *= 0xbf58476d1ce4e5b9L;
        hash ^= hash >>> 27;
        hash *= 0x94d049bb133111ebL;
        hash ^= hash >>> 31;
        return (hash >>> 11) * 0x1.0p-53;
    }
}
