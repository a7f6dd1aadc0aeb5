package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.ConnectionPoolSpec;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.MeshServiceSpec;
import io.cloudmart.sim.scenario.spec.MeshSpec;
import io.cloudmart.sim.scenario.spec.OutlierSpec;
import io.cloudmart.sim.scenario.spec.RetriesSpec;
import io.cloudmart.sim.scenario.spec.RouteSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code mesh}: the sidecar, mTLS, and per destination service the VirtualService (timeout,
 * retries, routes) and DestinationRule (load balancer, connection pool, outlier detection) fields
 * with Istio's names and defaults. Route destinations are version names of the service, checked in
 * {@link References}.
 */
final class MeshBinder {
    private static final List<String> MTLS = List.of("STRICT", "PERMISSIVE", "DISABLE", "UNSET");
    private static final List<String> LOAD_BALANCERS = List.of("ROUND_ROBIN", "LEAST_REQUEST", "RANDOM");
    /** Envoy/Istio {@code retryOn} conditions the simulator knows; 3-digit status codes are allowed too. */
    static final List<String> RETRY_ON = List.of("5xx", "gateway-error", "reset", "connect-failure", "refused-stream",
            "retriable-4xx", "retriable-status-codes", "unavailable", "cancelled");

    private final Binding b;

    MeshBinder(Binding b) {
        this.b = b;
    }

    MeshSpec mesh(Fields f) {
        Fields sidecar = b.section(f, "sidecar");
        DistributionSpec latency = b.distribution(sidecar, "latency", MeshSpec.DEFAULT_SIDECAR_LATENCY);
        Double idle = sidecar.duration("idleTimeout", MeshSpec.DEFAULT_IDLE_TIMEOUT_SECONDS, false);
        String mtls = f.oneOf("mtls", MeshSpec.DEFAULT_MTLS, MTLS);
        Map<String, MeshServiceSpec> services = b.named(f, "services", false, "service", Binding.NAME, (sf, name) -> {
            b.refs.meshService(sf.path(), name);
            return service(sf, name);
        });
        return new MeshSpec(latency, idle == null ? Double.NaN : idle, mtls == null || "UNSET".equals(mtls) ? MeshSpec.DEFAULT_MTLS : mtls, services);
    }

    private MeshServiceSpec service(Fields f, String service) {
        Double timeout = f.has("timeout") ? f.duration("timeout", null, false) : null;
        RetriesSpec retries = f.has("retries") ? retries(b.section(f, "retries")) : RetriesSpec.DEFAULT;
        String lb = f.oneOf("loadBalancer", MeshServiceSpec.DEFAULT_LOAD_BALANCER, LOAD_BALANCERS);
        ConnectionPoolSpec pool = f.has("connectionPool") ? pool(b.section(f, "connectionPool")) : ConnectionPoolSpec.DEFAULT;
        OutlierSpec outlier = f.has("outlierDetection") ? outlier(b.section(f, "outlierDetection")) : null;
        List<RouteSpec> routes = new ArrayList<>();
        List<JsonNode> elements = f.elements("route");
        if (elements.isEmpty() && f.get("route") != null && f.get("route").isArray()) {
            f.wrong("route", "must list at least one route, e.g. '- destinations: { stable: 90, canary: 10 }'");
        }
        for (int i = 0; i < elements.size(); i++) {
            routes.add(route(b.fields(elements.get(i), f.pathOf("route") + "." + i), service));
        }
        return new MeshServiceSpec(timeout, retries, lb == null ? MeshServiceSpec.DEFAULT_LOAD_BALANCER : lb, pool,
                outlier, routes);
    }

    private RetriesSpec retries(Fields f) {
        Long attempts = f.wholeNumber("attempts", (long) RetriesSpec.DEFAULT_ATTEMPTS, 0, 1_000);
        Double perTry = f.has("perTryTimeout") ? f.duration("perTryTimeout", null, false) : null;
        String retryOn = f.text("retryOn", RetriesSpec.DEFAULT_RETRY_ON);
        if (retryOn != null) {
            checkRetryOn(f, retryOn);
        }
        Double backoff = f.duration("backoff", RetriesSpec.DEFAULT_BACKOFF_SECONDS, false);
        return new RetriesSpec(attempts == null ? RetriesSpec.DEFAULT_ATTEMPTS : attempts.intValue(), perTry,
                retryOn == null ? RetriesSpec.DEFAULT_RETRY_ON : retryOn,
                backoff == null ? RetriesSpec.DEFAULT_BACKOFF_SECONDS : backoff);
    }

    private static void checkRetryOn(Fields f, String retryOn) {
        List<String> tokens = new ArrayList<>();
        for (String raw : retryOn.split(",", -1)) {
            tokens.add(raw.strip());
        }
        if (tokens.stream().allMatch(String::isEmpty)) {
            f.wrong("retryOn", "is empty; leave it out for Istio's default '" + RetriesSpec.DEFAULT_RETRY_ON + "'");
            return;
        }
        for (String token : tokens) {
            if (token.matches("\\d{3}")) {
                int code = Integer.parseInt(token);
                if (code < 100 || code > 599) {
                    f.wrong("retryOn", "status code '" + token + "' must be in [100, 599]");
                    return;
                }
            } else if (!RETRY_ON.contains(token)) {
                String suggestion = Suggest.didYouMean(token, RETRY_ON);
                f.wrong("retryOn", "unknown retryOn condition '" + SafeText.shown(token) + "'" + Binding.orPeriod(suggestion)
                        + " Allowed: " + String.join(", ", RETRY_ON) + ", or 3-digit HTTP status codes such as 503"
                        + " (separate them with commas)");
                return;
            }
        }
    }

    private ConnectionPoolSpec pool(Fields f) {
        long max = ConnectionPoolSpec.UNLIMITED;
        Long connections = f.wholeNumber("maxConnections", max, 1, max);
        Long pending = f.wholeNumber("http1MaxPendingRequests", max, 0, max);
        Long requests = f.wholeNumber("http2MaxRequests", max, 1, max);
        Long retries = f.wholeNumber("maxRetries", max, 0, max);
        return new ConnectionPoolSpec(connections == null ? max : connections, pending == null ? max : pending,
                requests == null ? max : requests, retries == null ? max : retries);
    }

    private OutlierSpec outlier(Fields f) {
        OutlierSpec d = OutlierSpec.DEFAULT;
        Long errors = f.wholeNumber("consecutive5xxErrors", (long) d.consecutive5xxErrors(), 0, Integer.MAX_VALUE);
        Double interval = f.duration("interval", d.intervalSeconds(), false);
        if (interval != null && interval < Maxima.TIMER_INTERVAL_SECONDS) {
            interval = f.wrong("interval", "must be at least 1ms: every interval, outlier detection visits every host"
                    + " (got " + f.shown("interval", f.get("interval")) + ")");
        }
        Double ejection = f.duration("baseEjectionTime", d.baseEjectionTimeSeconds(), false);
        Double percent = f.number("maxEjectionPercent", d.maxEjectionPercent(), 0.0, false, 100.0);
        return new OutlierSpec(errors == null ? d.consecutive5xxErrors() : errors.intValue(),
                interval == null ? Double.NaN : interval, ejection == null ? Double.NaN : ejection,
                percent == null ? Double.NaN : percent);
    }

    private RouteSpec route(Fields f, String service) {
        Map<String, String> headers = null;
        Double share = null;
        if (f.has("match")) {
            Fields match = b.section(f, "match");
            if (match.has("headers") && match.has("consumerShare")) {
                match.wrong("consumerShare", "match on either 'headers' or 'consumerShare', not both");
            } else if (match.has("headers")) {
                headers = b.texts(match, "headers", "header");
            } else if (match.has("consumerShare")) {
                share = match.fraction("consumerShare", null);
            } else {
                match.missingAlternative("a match needs 'headers' (e.g. { x-cohort: beta }) or 'consumerShare' (e.g. 0.1)",
                        List.of("headers", "consumerShare"));
            }
        }
        String destination = null;
        Map<String, Double> destinations = null;
        if (f.has("destination") && f.has("destinations")) {
            f.wrong("destinations", "give either 'destination' (one version) or 'destinations' (weights), not both");
        } else if (f.has("destination")) {
            destination = f.text("destination", null);
            if (destination != null) {
                b.refs.version(f.pathOf("destination"), service, destination);
            }
        } else if (f.has("destinations")) {
            destinations = weights(f, service);
        } else {
            f.missingAlternative("a route needs 'destination' (a version name) or 'destinations' (version: weight)",
                    List.of("destination", "destinations"));
        }
        return new RouteSpec(headers, share, destination, destinations);
    }

    private Map<String, Double> weights(Fields f, String service) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Fields values = b.section(f, "destinations");
        f.entries("destinations", false, "version").forEach((version, node) -> {
            b.refs.version(values.pathOf(version), service, version);
            Double weight = values.nonNegativeNumber(version, null);
            weights.put(version, weight == null ? Double.NaN : weight);
        });
        // a weight that could not be read is reported already; "none is > 0" would be a second message for it
        boolean allRead = weights.values().stream().noneMatch(w -> Double.isNaN(w));
        if (allRead && !weights.isEmpty() && weights.values().stream().noneMatch(w -> w > 0)) {
            f.wrong("destinations", "at least one weight must be > 0, or the route sends its requests nowhere");
        }
        return weights;
    }
}
