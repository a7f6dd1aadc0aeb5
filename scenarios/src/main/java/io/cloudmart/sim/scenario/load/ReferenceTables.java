package io.cloudmart.sim.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field tables of {@code docs/scenario-reference.md}, written from the declarations: one table
 * per mapping, between the markers {@code <!-- fields: ID -->} and {@code <!-- /fields -->}. The
 * prose around them is written by hand; the rows are not, so the reference cannot drift from what
 * the loader does. A test keeps the file equal to {@link #update}.
 */
public final class ReferenceTables {
    /** One table: the label of its first column and the mapping it lists. */
    private record Table(String label, Schema.Obj obj) {
    }

    private static final Pattern BLOCK = Pattern.compile("<!-- fields: ([A-Za-z.-]+) -->\\n.*?<!-- /fields -->", Pattern.DOTALL);
    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        table("scenario", "Field", TopSchema.SCENARIO);
        table("load", "Field", LoadSchema.LOAD);
        table("load.stages", "Stage field", LoadSchema.STAGE);
        table("load.journeys", "Journey field", LoadSchema.JOURNEY);
        table("load.shape", "Shape field", LoadSchema.SHAPE);
        table("load.shape.schedule", "Segment field", LoadSchema.SEGMENT);
        table("load.shape.spike", "`spike` field", LoadSchema.SPIKE);
        table("load.shape.daily", "`daily` field", LoadSchema.DAILY);
        table("load.shape.trace", "`trace` field", LoadSchema.TRACE);
        table("load.shape.replay", "`replay` field", LoadSchema.REPLAY);
        table("load.clients", "`clients` field", LoadSchema.CLIENTS);
        table("load.clients.bots", "`bots` field", LoadSchema.BOTS);
        table("service", "Field", ServiceSchema.SERVICE);
        table("service.outages", "Outage field", ServiceSchema.OUTAGE);
        table("service.versions", "Version field", ServiceSchema.VERSION);
        table("service.pod", "`pod` field", ServiceSchema.POD);
        table("endpoint", "Endpoint field", ServiceSchema.ENDPOINT);
        table("step", "Step", ServiceSchema.STEP);
        table("step.call", "`call` field", ServiceSchema.CALL.obj());
        table("step.query", "`query` field", fieldsOf(ServiceSchema.STEP, "query"));
        table("step.cache", "`cache` field", fieldsOf(ServiceSchema.STEP, "cache"));
        table("step.publish", "`publish` field", fieldsOf(ServiceSchema.STEP, "publish"));
        table("gateway", "Field", EdgeSchema.GATEWAY);
        table("gateway.pod", "`pod` field", EdgeSchema.GATEWAY_POD);
        table("gateway.plugins", "`plugins` field", EdgeSchema.PLUGINS);
        table("gateway.jwt", "`jwt` field", EdgeSchema.JWT);
        table("gateway.rate-limiting", "`rate-limiting` field", EdgeSchema.RATE_LIMITING);
        table("gateway.rate-limiting-advanced", "`rate-limiting-advanced` field", EdgeSchema.RATE_LIMITING_ADVANCED);
        table("mesh", "Field", EdgeSchema.MESH);
        table("mesh.sidecar", "`sidecar` field", EdgeSchema.SIDECAR);
        table("mesh.services", "Per-service field", EdgeSchema.MESH_SERVICE);
        table("mesh.retries", "`retries` field", EdgeSchema.RETRIES);
        table("mesh.connectionPool", "`connectionPool` field", EdgeSchema.CONNECTION_POOL);
        table("mesh.outlierDetection", "`outlierDetection` field", EdgeSchema.OUTLIER_DETECTION);
        table("mesh.route", "Route field", EdgeSchema.ROUTE);
        table("mesh.route.match", "`match` field", EdgeSchema.MATCH);
        table("datastore", "Field", BackendSchema.DATASTORE);
        table("cache", "Field", BackendSchema.CACHE);
        table("kafka", "Field", BackendSchema.KAFKA);
        table("kafka.topic", "Topic field", BackendSchema.TOPIC);
        table("kafka.group", "Consumer group field", BackendSchema.GROUP);
        table("kafka.projection", "Projection field", BackendSchema.PROJECTION);
        table("saga", "Field", BackendSchema.SAGA);
        table("saga.step", "Saga step field", BackendSchema.SAGA_STEP);
        table("saga.retries", "`retries` field", BackendSchema.RETRIES.obj());
        table("saga.compensationRetries", "`compensationRetries` field", BackendSchema.COMPENSATION_RETRIES.obj());
        table("service.startup", "`startup` field", CapacitySchema.STARTUP);
        table("service.hpa", "`hpa` field", CapacitySchema.HPA);
        table("hpa.metric", "Metric field", CapacitySchema.METRIC);
        table("hpa.target", "`target` field", CapacitySchema.TARGET);
        table("hpa.rules", "`scaleUp` / `scaleDown` field", CapacitySchema.RULES);
        table("hpa.policy", "Policy field", CapacitySchema.POLICY);
        table("controlPlane", "Field", CapacitySchema.CONTROL_PLANE);
        table("controlPlane.hpa", "`hpa` field", CapacitySchema.CONTROL_PLANE_HPA);
        table("service.pod.requests", "`requests` field", ServiceSchema.REQUESTS);
        table("service.pod.memoryUsage", "`memoryUsage` field", ServiceSchema.MEMORY_USAGE);
        table("service.versions.memoryLeak", "`memoryLeak` field", ServiceSchema.MEMORY_LEAK);
        table("mesh.proxy.requests", "`proxy.resources.requests` field", EdgeSchema.PROXY_REQUESTS);
        table("security", "Field", SecuritySchema.SECURITY);
        table("service.vpa", "`vpa` field", CapacitySchema.VPA);
        table("vpa.updatePolicy", "`updatePolicy` field", CapacitySchema.UPDATE_POLICY);
        table("vpa.recommender", "`recommender` field", CapacitySchema.RECOMMENDER);
        table("vpa.updater", "`updater` field", CapacitySchema.UPDATER);
        table("cluster", "Field", ClusterSchema.CLUSTER);
        table("cluster.nodePools", "Node pool field", ClusterSchema.NODE_POOL);
        table("cluster.nodePools.custom", "`custom` field", ClusterSchema.CUSTOM);
        table("cluster.daemonSetOverhead", "`daemonSetOverhead` field", ClusterSchema.OVERHEAD);
        table("cluster.scheduler", "`scheduler` field", ClusterSchema.SCHEDULER);
        table("cluster.autoscaler", "`autoscaler` field", ClusterSchema.AUTOSCALER);
        table("cluster.autoscaler.nodePool", "`nodePool` field", ClusterSchema.NODEPOOL);
        table("cluster.autoscaler.nodePool.disruption", "`disruption` field", ClusterSchema.DISRUPTION);
        table("cluster.autoscaler.nodePool.budget", "Budget field", ClusterSchema.BUDGET);
        table("cluster.spot.interruptions", "`interruptions` field", ClusterSchema.INTERRUPTIONS);
        table("finops", "Field", ClusterSchema.FINOPS);
        table("finops.budget", "`budget` field", ClusterSchema.FINOPS_BUDGET);
        table("rollout", "Field", RolloutSchema.ROLLOUT);
        table("rollout.step", "Step", RolloutSchema.STEP);
        table("rollout.step.pause", "`pause` field", RolloutSchema.PAUSE);
        table("rollout.step.analysis", "`analysis` field", RolloutSchema.STEP_ANALYSIS);
        table("rollout.step.analysis.template", "Template reference field", RolloutSchema.TEMPLATE_REF);
        table("rollout.step.setCanaryScale", "`setCanaryScale` field", RolloutSchema.CANARY_SCALE);
        table("rollout.analysis", "Background `analysis` field", RolloutSchema.BACKGROUND_ANALYSIS);
        table("rollout.blueGreen", "`blueGreen` field", RolloutSchema.BLUE_GREEN);
        table("rollout.blueGreen.previewTest", "`previewTest` field", RolloutSchema.PREVIEW_TEST);
        table("analysisTemplate", "Field", RolloutSchema.TEMPLATE);
        table("analysisTemplate.metric", "Metric field", RolloutSchema.METRIC);
        table("analysisTemplate.metric.provider", "`provider` field", RolloutSchema.PROVIDER);
        table("analysisTemplate.dryRun", "`dryRun` field", RolloutSchema.DRY_RUN);
        table("canary", "Field", FlaggerSchema.CANARY);
        table("canary.analysis", "`analysis` field", FlaggerSchema.ANALYSIS);
        table("canary.analysis.metric", "Metric field", FlaggerSchema.METRIC);
        table("canary.analysis.metric.thresholdRange", "`thresholdRange` field", FlaggerSchema.THRESHOLD_RANGE);
        table("gitops", "Field", GitOpsSchema.GITOPS);
        table("gitops.automated", "`automated` field", GitOpsSchema.AUTOMATED);
        table("gitops.timeout", "`timeout` field", GitOpsSchema.TIMEOUT);
        table("gitops.controller", "`controller` field", GitOpsSchema.CONTROLLER_FLAGS);
        table("gitops.commit", "Commit field", GitOpsSchema.COMMIT);
        table("gitops.manualChange", "Manual change field", GitOpsSchema.MANUAL_CHANGE);
        table("vault", "Field", VaultSchema.VAULT);
        table("vault.service", "Service field", VaultSchema.SERVICE);
    }

    private ReferenceTables() {
    }

    private static void table(String id, String label, Schema.Obj obj) {
        TABLES.put(id, new Table(label, obj));
    }

    private static Schema.Obj fieldsOf(Schema.Obj obj, String member) {
        return (Schema.Obj) obj.fields().get(member);
    }

    /** The ids of every table, in the order they are declared. */
    public static Iterable<String> ids() {
        return TABLES.keySet();
    }

    /** The marked block of table {@code id}, markers included. */
    public static String block(String id) {
        Table table = TABLES.get(id);
        if (table == null) {
            throw new IllegalArgumentException("no field table '" + id + "'");
        }
        StringBuilder out = new StringBuilder("<!-- fields: ").append(id).append(" -->\n");
        out.append("| ").append(table.label()).append(" | Type | Default | Allowed |\n|---|---|---|---|\n");
        for (Schema.Member member : table.obj().members()) {
            out.append("| `").append(member.name()).append("` | ").append(member.type()).append(" | ")
                    .append(member.defaultText()).append(" | ").append(member.allowedText()).append(" |\n");
        }
        return out.append("<!-- /fields -->").toString();
    }

    /** {@code doc} with every marked table written anew from the declarations. */
    public static String update(String doc) {
        Matcher m = BLOCK.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(block(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The ids of the tables {@code doc} marks. */
    public static java.util.List<String> marked(String doc) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
