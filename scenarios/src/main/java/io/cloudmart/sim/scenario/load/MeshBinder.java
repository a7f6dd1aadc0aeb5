package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.ConnectionPoolSpec;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.MeshServiceSpec;
import io.cloudmart.sim.model.service.Requests;
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
    /** Envoy/Istio {@code retryOn} conditions the simulator knows; 3-digit status codes are allowed too. */
    static final List<String> RETRY_ON = List.of("5xx", "gateway-error", "reset", "connect-failure", "refused-stream",
            "retriable-4xx", "retriable-status-codes", "unavailable", "cancelled");

    private final Binding b;

    MeshBinder(Binding b) {
        this.b = b;
    }

    MeshSpec mesh(Fields f) {
        Fields sidecar = b.section(f, "sidecar");
        DistributionSpec latency = b.read(sidecar, EdgeSchema.SIDECAR_LATENCY);
        double idle = b.read(sidecar, EdgeSchema.IDLE_TIMEOUT, Double.NaN);
        String mtls = b.readOrDefault(f, EdgeSchema.MTLS);
        Map<String, MeshServiceSpec> services = b.named(f, "services", false, "service", Binding.NAME, (sf, name) -> {
            b.refs.meshService(sf.path(), name);
            return service(sf, name);
        });
        return new MeshSpec(latency, idle, "UNSET".equals(mtls) ? MeshSpec.DEFAULT_MTLS : mtls, services, proxyRequests(f));
    }

    private MeshServiceSpec service(Fields f, String service) {
        Double timeout = b.read(f, EdgeSchema.TIMEOUT);
        RetriesSpec retries = f.has("retries") ? retries(b.section(f, "retries")) : RetriesSpec.DEFAULT;
        String lb = b.readOrDefault(f, EdgeSchema.LOAD_BALANCER);
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
        return new MeshServiceSpec(timeout, retries, lb, pool,
                outlier, routes);
    }

    private RetriesSpec retries(Fields f) {
        long attempts = b.readOrDefault(f, EdgeSchema.ATTEMPTS);
        Double perTry = b.read(f, EdgeSchema.PER_TRY_TIMEOUT);
        String retryOn = b.read(f, EdgeSchema.RETRY_ON);
        if (retryOn != null) {
            checkRetryOn(f, retryOn);
        }
        double backoff = b.readOrDefault(f, EdgeSchema.BACKOFF);
        return new RetriesSpec((int) attempts, perTry, retryOn == null ? EdgeSchema.RETRY_ON.defaultValue() : retryOn,
                backoff);
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
        return new ConnectionPoolSpec(b.readOrDefault(f, EdgeSchema.MAX_CONNECTIONS),
                b.readOrDefault(f, EdgeSchema.HTTP1_MAX_PENDING), b.readOrDefault(f, EdgeSchema.HTTP2_MAX_REQUESTS),
                b.readOrDefault(f, EdgeSchema.MAX_RETRIES));
    }

    private OutlierSpec outlier(Fields f) {
        long errors = b.readOrDefault(f, EdgeSchema.CONSECUTIVE_5XX);
        Double interval = b.read(f, EdgeSchema.OUTLIER_INTERVAL);
        if (interval != null && interval < Maxima.TIMER_INTERVAL_SECONDS) {
            interval = f.wrong("interval", "must be at least 1ms: every interval, outlier detection visits every host"
                    + " (got " + f.shown("interval", f.get("interval")) + ")");
        }
        return new OutlierSpec((int) errors, interval == null ? Double.NaN : interval,
                b.read(f, EdgeSchema.BASE_EJECTION_TIME, Double.NaN), b.read(f, EdgeSchema.MAX_EJECTION_PERCENT, Double.NaN));
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
                share = b.read(match, EdgeSchema.CONSUMER_SHARE);
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
            destination = b.read(f, EdgeSchema.DESTINATION);
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
            Double weight = b.readEntry(values, version, EdgeSchema.WEIGHT);
            weights.put(version, weight == null ? Double.NaN : weight);
        });
        // a weight that could not be read is reported already; "none is > 0" would be a second message for it
        boolean allRead = weights.values().stream().noneMatch(w -> Double.isNaN(w));
        if (allRead && !weights.isEmpty() && weights.values().stream().noneMatch(w -> w > 0)) {
            f.wrong("destinations", "at least one weight must be > 0, or the route sends its requests nowhere");
        }
        return weights;
    }

    /** {@code proxy.resources.requests}: what the injected {@code istio-proxy} requests; Istio's defaults when absent. */
    private Requests proxyRequests(Fields f) {
        if (!f.has("proxy")) {
            return Requests.ISTIO_PROXY;
        }
        Fields resources = b.section(b.section(f, "proxy"), "resources");
        Fields requests = b.section(resources, "requests");
        return new Requests(b.readOrDefault(requests, EdgeSchema.PROXY_REQUEST_CPU),
                b.readOrDefault(requests, EdgeSchema.PROXY_REQUEST_MEMORY));
    }
}
