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
        long nodes = b.readOrDefault(f, EdgeSchema.NODES);
        PodSpec pod = f.has("pod") ? ScenarioBinder.pod(b, b.section(f, "pod"), EdgeSchema.GATEWAY_POD_FIELDS)
                : GatewaySpec.DEFAULT_POD;
        DistributionSpec proxyCpu = b.read(f, EdgeSchema.PROXY_CPU);
        Fields plugins = b.section(f, "plugins");
        JwtSpec jwt = plugins.has("jwt") ? jwt(b.section(plugins, "jwt")) : null;
        RateLimitSpec rateLimiting = plugins.has("rate-limiting") ? rateLimiting(b.section(plugins, "rate-limiting")) : null;
        RateLimitAdvancedSpec advanced = plugins.has("rate-limiting-advanced")
                ? advanced(b.section(plugins, "rate-limiting-advanced")) : null;
        DistributionSpec shared = b.read(f, EdgeSchema.SHARED_STORE_ROUND_TRIP);
        return new GatewaySpec((int) nodes, pod, proxyCpu, jwt, rateLimiting, advanced, shared);
    }

    private RateLimitAdvancedSpec advanced(Fields f) {
        return new RateLimitAdvancedSpec(b.read(f, EdgeSchema.LIMIT, 1L), b.read(f, EdgeSchema.WINDOW_SIZE, 1L),
                b.readOrDefault(f, EdgeSchema.WINDOW_TYPE), b.readOrDefault(f, EdgeSchema.IDENTIFIER),
                b.readOrDefault(f, EdgeSchema.STRATEGY), b.readOrDefault(f, EdgeSchema.DISABLE_PENALTY),
                b.readOrDefault(f, EdgeSchema.ADVANCED_ERROR_CODE).intValue());
    }

    private JwtSpec jwt(Fields f) {
        return new JwtSpec(b.readOrDefault(f, EdgeSchema.ALGORITHM));
    }

    private RateLimitSpec rateLimiting(Fields f) {
        Map<String, Long> limits = new LinkedHashMap<>();
        String shorter = null;
        for (Field<Long> field : EdgeSchema.PERIOD_LIMITS) {
            String period = field.name();
            Long limit = b.read(f, field);
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
        return new RateLimitSpec(limits, b.readOrDefault(f, EdgeSchema.LIMIT_BY), b.readOrDefault(f, EdgeSchema.POLICY),
                b.readOrDefault(f, EdgeSchema.FAULT_TOLERANT), b.readOrDefault(f, EdgeSchema.ERROR_CODE).intValue());
    }
}
