package io.cloudmart.sim.scenario.load;

import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.GatewaySpec;
import io.cloudmart.sim.scenario.spec.JwtSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.RateLimitAdvancedSpec;
import io.cloudmart.sim.scenario.spec.RateLimitSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds {@code gateway}: Kong nodes, proxy CPU, and the {@code jwt} and {@code rate-limiting}
 * plugins with Kong's own field names and rules (at least one period; a longer period's limit is
 * not lower than a shorter one's, as Kong's {@code schema.lua} checks).
 */
final class GatewayBinder {
    private final Binding b;

    GatewayBinder(Binding b) {
        this.b = b;
    }

    GatewaySpec gateway(Fields f) {
        Long nodes = f.wholeNumber("nodes", (long) GatewaySpec.DEFAULT_NODES, 1, 10_000);
        PodSpec pod = f.has("pod") ? ScenarioBinder.pod(b.section(f, "pod"), GatewaySpec.DEFAULT_CONCURRENCY)
                : GatewaySpec.DEFAULT_POD;
        DistributionSpec proxyCpu = b.distribution(f, "proxyCpu", GatewaySpec.DEFAULT_PROXY_CPU);
        Fields plugins = b.section(f, "plugins");
        JwtSpec jwt = plugins.has("jwt") ? jwt(b.section(plugins, "jwt")) : null;
        RateLimitSpec rateLimiting = plugins.has("rate-limiting") ? rateLimiting(b.section(plugins, "rate-limiting")) : null;
        RateLimitAdvancedSpec advanced = plugins.has("rate-limiting-advanced")
                ? advanced(b.section(plugins, "rate-limiting-advanced")) : null;
        DistributionSpec shared = b.distribution(f, "sharedStoreRoundTrip", GatewaySpec.DEFAULT_SHARED_STORE_ROUND_TRIP);
        return new GatewaySpec(nodes == null ? GatewaySpec.DEFAULT_NODES : nodes.intValue(), pod, proxyCpu, jwt,
                rateLimiting, advanced, shared);
    }

    private RateLimitAdvancedSpec advanced(Fields f) {
        Long limit = f.wholeNumber("limit", null, 1, Long.MAX_VALUE);
        Long window = f.wholeNumber("window_size", null, 1, 31_536_000);
        String type = f.oneOf("window_type", RateLimitAdvancedSpec.DEFAULT_WINDOW_TYPE, RateLimitAdvancedSpec.WINDOW_TYPES);
        String identifier = f.oneOf("identifier", RateLimitAdvancedSpec.DEFAULT_IDENTIFIER,
                RateLimitAdvancedSpec.IDENTIFIERS);
        String strategy = f.oneOf("strategy", RateLimitAdvancedSpec.DEFAULT_STRATEGY, RateLimitAdvancedSpec.STRATEGIES);
        Boolean penalty = f.bool("disable_penalty", RateLimitAdvancedSpec.DEFAULT_DISABLE_PENALTY);
        Long errorCode = f.wholeNumber("error_code", (long) RateLimitAdvancedSpec.DEFAULT_ERROR_CODE, 100, 599);
        return new RateLimitAdvancedSpec(limit == null ? 1 : limit, window == null ? 1 : window,
                type == null ? RateLimitAdvancedSpec.DEFAULT_WINDOW_TYPE : type,
                identifier == null ? RateLimitAdvancedSpec.DEFAULT_IDENTIFIER : identifier,
                strategy == null ? RateLimitAdvancedSpec.DEFAULT_STRATEGY : strategy,
                penalty == null ? RateLimitAdvancedSpec.DEFAULT_DISABLE_PENALTY : penalty,
                errorCode == null ? RateLimitAdvancedSpec.DEFAULT_ERROR_CODE : errorCode.intValue());
    }

    private JwtSpec jwt(Fields f) {
        String algorithm = f.oneOf("algorithm", JwtSpec.DEFAULT_ALGORITHM, JwtSpec.ALGORITHMS);
        return new JwtSpec(algorithm == null ? JwtSpec.DEFAULT_ALGORITHM : algorithm);
    }

    private RateLimitSpec rateLimiting(Fields f) {
        Map<String, Long> limits = new LinkedHashMap<>();
        String shorter = null;
        for (String period : RateLimitSpec.PERIODS) {
            if (!f.has(period)) {
                continue;
            }
            Long limit = f.wholeNumber(period, null, 1, Long.MAX_VALUE);
            if (limit == null) {
                continue;
            }
            if (shorter != null && limit < limits.get(shorter)) {
                f.wrong(period, "the limit for " + period + " (" + limit + ") cannot be lower than the limit for "
                        + shorter + " (" + limits.get(shorter) + ")");
            }
            limits.put(period, limit);
            shorter = period;
        }
        if (RateLimitSpec.PERIODS.stream().noneMatch(f::has)) {
            f.missingAlternative("rate-limiting needs at least one limit: " + String.join(", ", RateLimitSpec.PERIODS)
                    + " (requests allowed per period)", RateLimitSpec.PERIODS);
        }
        String limitBy = f.oneOf("limit_by", RateLimitSpec.DEFAULT_LIMIT_BY, RateLimitSpec.LIMIT_BY);
        String policy = f.oneOf("policy", RateLimitSpec.DEFAULT_POLICY, RateLimitSpec.POLICIES);
        Boolean faultTolerant = f.bool("fault_tolerant", RateLimitSpec.DEFAULT_FAULT_TOLERANT);
        Long errorCode = f.wholeNumber("error_code", (long) RateLimitSpec.DEFAULT_ERROR_CODE, 100, 599);
        return new RateLimitSpec(limits,
                limitBy == null ? RateLimitSpec.DEFAULT_LIMIT_BY : limitBy,
                policy == null ? RateLimitSpec.DEFAULT_POLICY : policy,
                faultTolerant == null ? RateLimitSpec.DEFAULT_FAULT_TOLERANT : faultTolerant,
                errorCode == null ? RateLimitSpec.DEFAULT_ERROR_CODE : errorCode.intValue());
    }
}
