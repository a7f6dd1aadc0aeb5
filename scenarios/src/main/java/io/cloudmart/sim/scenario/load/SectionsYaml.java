package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.ScenarioYaml.distribution;
import static io.cloudmart.sim.scenario.load.ScenarioYaml.flowDistribution;
import static io.cloudmart.sim.scenario.load.ScenarioYaml.key;
import static io.cloudmart.sim.scenario.load.ScenarioYaml.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.ConnectionPoolSpec;
import io.cloudmart.sim.scenario.spec.DatastoreSpec;
import io.cloudmart.sim.scenario.spec.GatewaySpec;
import io.cloudmart.sim.scenario.spec.GroupSpec;
import io.cloudmart.sim.scenario.spec.KafkaSpec;
import io.cloudmart.sim.scenario.spec.MeshServiceSpec;
import io.cloudmart.sim.scenario.spec.MeshSpec;
import io.cloudmart.sim.scenario.spec.OutlierSpec;
import io.cloudmart.sim.scenario.spec.RateLimitAdvancedSpec;
import io.cloudmart.sim.scenario.spec.RateLimitSpec;
import io.cloudmart.sim.scenario.spec.RetriesSpec;
import io.cloudmart.sim.scenario.spec.RetrySpec;
import io.cloudmart.sim.scenario.spec.RouteSpec;
import io.cloudmart.sim.scenario.spec.SagaSpec;
import io.cloudmart.sim.scenario.spec.SagaStepSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.TopicSpec;
import java.util.Map;

/**
 * Writes the sections around the services for {@link ScenarioYaml}: {@code gateway},
 * {@code mesh}, {@code datastores}, {@code caches}, {@code kafka} and {@code sagas}, each with
 * every default filled in, in the order of the scenario reference.
 */
final class SectionsYaml {
    /** The mesh's members written here by hand; {@link DeclaredYaml} writes the others (the proxy's requests). */
    static final java.util.Set<String> MESH_BY_HAND = java.util.Set.of("sidecar", "mtls", "services");
    private SectionsYaml() {
    }

    static void gateway(StringBuilder out, GatewaySpec g) {
        out.append("gateway:\n");
        out.append("  nodes: ").append(g.nodes()).append('\n');
        out.append("  pod: ").append(ScenarioYaml.pod(g.pod())).append('\n');
        out.append("  proxyCpu: ").append(distribution(g.proxyCpu().text())).append('\n');
        if (g.jwt() != null || g.rateLimiting() != null || g.rateLimitingAdvanced() != null) {
            out.append("  plugins:\n");
            if (g.jwt() != null) {
                out.append("    jwt: { algorithm: ").append(scalar(g.jwt().algorithm())).append(" }\n");
            }
            if (g.rateLimiting() != null) {
                RateLimitSpec r = g.rateLimiting();
                out.append("    rate-limiting: { ");
                r.limits().forEach((period, limit) -> out.append(period).append(": ").append(limit).append(", "));
                out.append("limit_by: ").append(scalar(r.limitBy())).append(", policy: ").append(scalar(r.policy()))
                        .append(", fault_tolerant: ").append(r.faultTolerant()).append(", error_code: ")
                        .append(r.errorCode()).append(" }\n");
            }
            if (g.rateLimitingAdvanced() != null) {
                RateLimitAdvancedSpec a = g.rateLimitingAdvanced();
                out.append("    rate-limiting-advanced: { limit: ").append(a.limit()).append(", window_size: ")
                        .append(a.windowSizeSeconds()).append(", window_type: ").append(a.windowType())
                        .append(", identifier: ").append(a.identifier()).append(", strategy: ").append(a.strategy())
                        .append(", disable_penalty: ").append(a.disablePenalty()).append(", error_code: ")
                        .append(a.errorCode()).append(" }\n");
            }
        }
        out.append("  sharedStoreRoundTrip: ").append(distribution(g.sharedStoreRoundTrip().text())).append('\n');
    }

    /** The mesh; {@code written} is its mapping in the file, for the members without a hand-written form here. */
    static void mesh(StringBuilder out, MeshSpec m, JsonNode written) {
        out.append("mesh:\n");
        out.append("  sidecar: { latency: ").append(flowDistribution(m.sidecarLatency().text())).append(", idleTimeout: ")
                .append(Units.formatDuration(m.idleTimeoutSeconds())).append(" }\n");
        DeclaredYaml.rest(out, EdgeSchema.MESH, MESH_BY_HAND, written, "mesh", "  "); // the proxy's requests
        out.append("  mtls: ").append(scalar(m.mtls())).append('\n');
        if (m.services().isEmpty()) {
            return;
        }
        out.append("  services:\n");
        m.services().forEach((name, s) -> meshService(out, name, s));
    }

    private static void meshService(StringBuilder out, String name, MeshServiceSpec s) {
        out.append("    ").append(key(name)).append(":\n");
        if (s.timeoutSeconds() != null) {
            out.append("      timeout: ").append(Units.formatDuration(s.timeoutSeconds())).append('\n');
        }
        RetriesSpec r = s.retries();
        out.append("      retries: { attempts: ").append(r.attempts());
        if (r.perTryTimeoutSeconds() != null) {
            out.append(", perTryTimeout: ").append(Units.formatDuration(r.perTryTimeoutSeconds()));
        }
        out.append(", retryOn: ").append(scalar(r.retryOn())).append(", backoff: ")
                .append(Units.formatDuration(r.backoffSeconds())).append(" }\n");
        out.append("      loadBalancer: ").append(scalar(s.loadBalancer())).append('\n');
        ConnectionPoolSpec p = s.pool();
        out.append("      connectionPool: { maxConnections: ").append(p.maxConnections())
                .append(", http1MaxPendingRequests: ").append(p.http1MaxPendingRequests())
                .append(", http2MaxRequests: ").append(p.http2MaxRequests())
                .append(", maxRetries: ").append(p.maxRetries()).append(" }\n");
        if (s.outlier() != null) {
            OutlierSpec o = s.outlier();
            out.append("      outlierDetection: { consecutive5xxErrors: ").append(o.consecutive5xxErrors())
                    .append(", interval: ").append(Units.formatDuration(o.intervalSeconds()))
                    .append(", baseEjectionTime: ").append(Units.formatDuration(o.baseEjectionTimeSeconds()))
                    .append(", maxEjectionPercent: ").append(Units.plain(o.maxEjectionPercent())).append(" }\n");
        }
        if (!s.routes().isEmpty()) {
            out.append("      route:\n");
            s.routes().forEach(route -> route(out, route));
        }
    }

    private static void route(StringBuilder out, RouteSpec route) {
        String lead = "        - ";
        if (route.headers() != null) {
            out.append(lead).append("match: { headers: ").append(ScenarioYaml.textMap(route.headers())).append(" }\n");
            lead = "          ";
        } else if (route.consumerShare() != null) {
            out.append(lead).append("match: { consumerShare: ").append(Units.plain(route.consumerShare())).append(" }\n");
            lead = "          ";
        }
        if (route.destination() != null) {
            out.append(lead).append("destination: ").append(scalar(route.destination())).append('\n');
        } else {
            StringBuilder weights = new StringBuilder("{ ");
            route.destinations().forEach((v, w) -> weights.append(weights.length() > 2 ? ", " : "").append(key(v))
                    .append(": ").append(Units.plain(w)));
            out.append(lead).append("destinations: ").append(weights).append(" }\n");
        }
    }

    /** {@code datastores}, {@code caches}, {@code kafka} and {@code sagas}, those the scenario has. */
    static void backends(StringBuilder out, ScenarioSpec spec) {
        if (!spec.datastores().isEmpty()) {
            out.append("datastores:\n");
            spec.datastores().forEach((name, d) -> datastore(out, name, d));
        }
        if (!spec.caches().isEmpty()) {
            out.append("caches:\n");
            spec.caches().forEach((name, c) -> out.append("  ").append(key(name)).append(": { roundTrip: ")
                    .append(flowDistribution(c.roundTrip().text())).append(", commandTime: ")
                    .append(flowDistribution(c.commandTime().text()))
                    .append(c.outages().isEmpty() ? "" : ", outages: " + OutagesBinder.yaml(c.outages())).append(" }\n"));
        }
        if (spec.kafka() != null) {
            kafka(out, spec.kafka());
        }
        if (!spec.sagas().isEmpty()) {
            out.append("sagas:\n");
            spec.sagas().forEach((name, s) -> saga(out, name, s));
        }
    }

    private static void datastore(StringBuilder out, String name, DatastoreSpec d) {
        out.append("  ").append(key(name)).append(":\n");
        out.append("    kind: ").append(scalar(d.kind())).append('\n');
        out.append("    maxConnections: ").append(d.maxConnections()).append('\n');
        out.append("    connectionTimeout: ").append(Units.formatDuration(d.connectionTimeoutSeconds())).append('\n');
        out.append("    operations:\n");
        d.operations().forEach((op, latency) -> out.append("      ").append(key(op)).append(": ")
                .append(distribution(latency.text())).append('\n'));
    }

    private static void kafka(StringBuilder out, KafkaSpec k) {
        out.append("kafka:\n");
        out.append("  topics:\n");
        for (Map.Entry<String, TopicSpec> e : k.topics().entrySet()) {
            TopicSpec t = e.getValue();
            out.append("    ").append(key(e.getKey())).append(":\n");
            out.append("      partitions: ").append(t.partitions()).append('\n');
            out.append("      produceLatency: ").append(distribution(t.produceLatency().text())).append('\n');
            if (!t.consumers().isEmpty()) {
                out.append("      consumers:\n");
                for (Map.Entry<String, GroupSpec> g : t.consumers().entrySet()) {
                    GroupSpec group = g.getValue();
                    out.append("        ").append(key(g.getKey())).append(": { consumers: ").append(group.consumers())
                            .append(", processing: ").append(flowDistribution(group.processing().text()))
                            .append(", fetchMaxWait: ").append(Units.formatDuration(group.fetchMaxWaitSeconds()))
                            .append(" }\n");
                }
            }
        }
        if (!k.projections().isEmpty()) {
            out.append("  projections:\n");
            k.projections().forEach((name, p) -> out.append("    ").append(key(name)).append(": { topic: ")
                    .append(scalar(p.topic())).append(", group: ").append(scalar(p.group())).append(" }\n"));
        }
    }

    private static void saga(StringBuilder out, String name, SagaSpec s) {
        out.append("  ").append(key(name)).append(":\n");
        out.append("    steps:\n");
        for (SagaStepSpec step : s.steps()) {
            out.append("      - { name: ").append(scalar(step.name())).append(", call: ").append(scalar(step.call()));
            if (step.compensation() != null) {
                out.append(", compensation: ").append(scalar(step.compensation()));
            }
            out.append(", type: ").append(scalar(step.type())).append(" }\n");
        }
        out.append("    stepTimeout: ").append(Units.formatDuration(s.stepTimeoutSeconds())).append('\n');
        out.append("    retries: ").append(retry(s.retries())).append('\n');
        out.append("    compensationRetries: ").append(retry(s.compensationRetries())).append('\n');
    }

    private static String retry(RetrySpec r) {
        return "{ attempts: " + r.attempts() + ", backoff: " + Units.formatDuration(r.backoffSeconds()) + " }";
    }
}
