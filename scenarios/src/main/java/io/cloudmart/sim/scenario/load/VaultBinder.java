package io.cloudmart.sim.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.VaultSpec;

/**
 * Binds what {@link VaultSchema} declares into a {@link VaultSpec}; checks the relations: every listed service
 * exists, and the back-off's minimum is not above its maximum (Vault refuses that: "min_backoff cannot be greater
 * than max_backoff").
 */
final class VaultBinder {
    private final Binding b;

    VaultBinder(Binding b) {
        this.b = b;
    }

    /** The {@code vault} section {@code f}, or null after a problem (which is then reported). */
    VaultSpec vault(Fields f, Map<String, ServiceSpec> services) {
        var latency = b.read(f, VaultSchema.LATENCY);
        Double ttl = b.read(f, VaultSchema.LEASE_TTL);
        Double min = b.read(f, VaultSchema.AUTH_MIN_BACKOFF);
        Double max = b.read(f, VaultSchema.AUTH_MAX_BACKOFF);
        if (min != null && max != null && min > max) {
            max = f.wrong("authMaxBackoff", "must be at least authMinBackoff (" + Units.formatDuration(min) + "), got "
                    + Units.formatDuration(max) + "; Vault refuses a min_backoff greater than max_backoff");
        }
        var outages = OutagesBinder.outages(b, f);
        Map<String, Integer> secrets = new LinkedHashMap<>();
        b.named(f, "services", true, "service", Binding.NAME, (s, name) -> {
            if (!services.containsKey(name)) {
                b.problems.add(f.pathOf("services") + "." + name, Problems.Anchor.KEY, "no service named '"
                        + SafeText.shown(name) + "'; there are " + services.keySet());
            }
            Long count = b.read(s, VaultSchema.SECRETS);
            if (count != null) {
                secrets.put(name, count.intValue());
            }
            return count;
        });
        if (latency == null || ttl == null || min == null || max == null || b.problems.hasIssues()) {
            return null;
        }
        return new VaultSpec(latency, outages, ttl, min, max, secrets);
    }
}
