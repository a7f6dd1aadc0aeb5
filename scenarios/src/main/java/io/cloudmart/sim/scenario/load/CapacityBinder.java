package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.autoscale.hpa.Behavior;
import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.autoscale.hpa.MetricSpec;
import io.cloudmart.sim.model.autoscale.hpa.MetricTarget;
import io.cloudmart.sim.model.autoscale.hpa.PodsMetricSource;
import io.cloudmart.sim.model.autoscale.hpa.Policy;
import io.cloudmart.sim.model.autoscale.hpa.ResourceMetricSource;
import io.cloudmart.sim.model.autoscale.hpa.ResourceName;
import io.cloudmart.sim.model.autoscale.hpa.ScalingRules;
import io.cloudmart.sim.model.autoscale.hpa.SelectPolicy;
import io.cloudmart.sim.model.autoscale.vpa.RecommenderSettings;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;
import io.cloudmart.sim.model.control.VpaConfig;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.scenario.spec.CapacitySpec;
import io.cloudmart.sim.scenario.spec.ServiceCapacitySpec;

/**
 * Binds what {@link CapacitySchema} declares: a service's start-up, grace period, HPA, VPA and labels, and
 * {@code controlPlane}; the {@code cluster} and {@code finops} sections go to {@link ClusterBinder}.
 */
final class CapacityBinder {
    private static final java.util.regex.Pattern LABEL_VALUE =
            java.util.regex.Pattern.compile(((Kind.Text) ServiceSchema.LABEL.kind()).pattern());

    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    private final Binding b;

    CapacityBinder(Binding b) {
        this.b = b;
    }

    /** The capacity of the service in {@code f} (its mapping under {@code services}). */
    ServiceCapacitySpec service(Fields f) {
        double grace = f.has("pod") ? b.readOrDefault(b.section(f, "pod"), CapacitySchema.GRACE)
                : CapacitySchema.GRACE.defaultValue();
        StartupSpec startup = f.has("startup") ? startup(b.section(f, "startup")) : StartupSpec.defaults();
        HpaSpec hpa = f.has("hpa") ? hpa(b.section(f, "hpa"), memoryModelled(f)) : null;
        VpaConfig vpa = f.has("vpa") ? vpa(b.section(f, "vpa")) : null;
        if (hpa != null && vpa != null && vpa.mode().appliesAtCreation() && scalesOnCpu(hpa)) {
            Fields policy = b.section(b.section(f, "vpa"), "updatePolicy");
            String mode = policy.has("updateMode") ? b.readOrDefault(policy, CapacitySchema.UPDATE_MODE)
                    : vpa.mode().fieldValue() + ", the default";
            String message = "a VPA that sets the CPU requests (updateMode " + mode + ") must not"
                    + " run beside an HPA that scales on CPU: the VPA's known limitations say it \"should not be used"
                    + " with the Horizontal Pod Autoscaler (HPA) on the same resource metric (CPU or memory)\""
                    + " (kubernetes/autoscaler vertical-pod-autoscaler/docs/known-limitations.md), since each moves"
                    + " what the other measures. Allowed with this HPA: updateMode Off (recommendations only); or keep"
                    + " the VPA and scale the HPA on a Pods metric (" + CapacitySchema.REQUESTS_PER_SECOND + ")";
            if (policy.has("updateMode")) {
                policy.wrong("updateMode", message);
            } else {
                f.wrong("vpa", message);
            }
            vpa = null;
        }
        Map<String, String> labels = b.texts(f, "labels", "label");
        Fields lf = b.section(f, "labels");
        labels.forEach((key, value) -> {
            if (!LABEL_VALUE.matcher(value).matches()) {
                lf.wrong(key, "'" + SafeText.shown(value) + "' is not a valid label value; " + ServiceSchema.LABEL.doc());
            }
        });
        return new ServiceCapacitySpec(grace, startup, hpa, vpa, labels);
    }

    /**
     * Where a memory metric would read the service's working set from: null when the service models it
     * ({@code pod.memoryUsage}), else the field to add, for the refusal's message.
     */
    private String memoryModelled(Fields f) {
        return f.has("pod") && b.section(f, "pod").has("memoryUsage") ? null : f.pathOf("pod") + ".memoryUsage";
    }

    /** Whether {@code hpa} scales on CPU: a {@code Resource} cpu metric, or none listed (the API's default, CPU). */
    static boolean scalesOnCpu(HpaSpec hpa) {
        return hpa.metrics().stream().anyMatch(m -> m instanceof ResourceMetricSource r && r.name() == ResourceName.CPU);
    }

    /** A VerticalPodAutoscaler: its update mode ({@code Auto} read as {@code Recreate}) and the CPU flags. */
    private VpaConfig vpa(Fields f) {
        String mode = b.readOrDefault(b.section(f, "updatePolicy"), CapacitySchema.UPDATE_MODE);
        UpdateMode updateMode = mode.equals(CapacitySchema.AUTO) ? UpdateMode.RECREATE : UpdateMode.fromFieldValue(mode);
        Fields r = b.section(f, "recommender");
        RecommenderSettings d = RecommenderSettings.defaults();
        RecommenderSettings recommender = new RecommenderSettings(b.readOrDefault(r, CapacitySchema.RECOMMENDER_INTERVAL),
                b.readOrDefault(r, CapacitySchema.TARGET_CPU_PERCENTILE), b.readOrDefault(r, CapacitySchema.LOWER_CPU_PERCENTILE),
                b.readOrDefault(r, CapacitySchema.UPPER_CPU_PERCENTILE), d.targetMemoryPercentile(),
                d.lowerBoundMemoryPercentile(), d.upperBoundMemoryPercentile(), b.readOrDefault(r, CapacitySchema.SAFETY_MARGIN),
                b.readOrDefault(r, CapacitySchema.POD_MIN_CPU), d.podMinMemoryMb(),
                b.readOrDefault(r, CapacitySchema.CONFIDENCE_INTERVAL_CPU), d.confidenceIntervalMemorySeconds(),
                b.readOrDefault(r, CapacitySchema.CPU_HALF_LIFE), d.memoryHistogramDecayHalfLifeSeconds(),
                d.memoryAggregationIntervalSeconds(), d.memoryAggregationIntervalCount(), d.oomBumpUpRatio(),
                d.oomMinBumpUpBytes());
        if (recommender.lowerBoundCpuPercentile() > recommender.targetCpuPercentile()
                || recommender.targetCpuPercentile() > recommender.upperBoundCpuPercentile()) {
            r.wrong(r.has("targetCpuPercentile") ? "targetCpuPercentile" : r.has("lowerBoundCpuPercentile")
                    ? "lowerBoundCpuPercentile" : "upperBoundCpuPercentile", "the percentiles must be ordered"
                    + " lowerBoundCpuPercentile <= targetCpuPercentile <= upperBoundCpuPercentile (got "
                    + Units.plain(recommender.lowerBoundCpuPercentile()) + ", " + Units.plain(recommender.targetCpuPercentile())
                    + ", " + Units.plain(recommender.upperBoundCpuPercentile()) + ")");
        }
        Fields u = b.section(f, "updater");
        UpdaterSettings updater = new UpdaterSettings(b.readOrDefault(u, CapacitySchema.UPDATER_INTERVAL),
                b.readOrDefault(u, CapacitySchema.VPA_MIN_REPLICAS).intValue(),
                b.readOrDefault(u, CapacitySchema.EVICTION_TOLERANCE), b.readOrDefault(u, CapacitySchema.POD_UPDATE_THRESHOLD),
                b.readOrDefault(u, CapacitySchema.POD_LIFETIME_THRESHOLD), UpdaterSettings.DEFAULT_EVICT_AFTER_OOM_THRESHOLD_SECONDS);
        return new VpaConfig(updateMode, recommender, updater);
    }

    private StartupSpec startup(Fields f) {
        return startup(f, StartupSpec.defaults());
    }

    /** The start-up in {@code f}, each field left out taken from {@code base} (a version's over its service's). */
    StartupSpec startup(Fields f, StartupSpec base) {
        Fields probe = b.section(f, "readinessProbe");
        Fields warmup = b.section(f, "warmup");
        return new StartupSpec(orBase(f, CapacitySchema.IMAGE_PULL, base.imagePullSeconds()),
                orBase(f, CapacitySchema.CONTAINER_START, base.containerStartSeconds()),
                orBase(f, CapacitySchema.APP_START, base.appStartSeconds()),
                orBase(probe, CapacitySchema.INITIAL_DELAY, base.initialDelaySeconds()),
                orBase(probe, CapacitySchema.PERIOD, base.periodSeconds()),
                orBase(warmup, CapacitySchema.WARMUP_FACTOR, base.warmupFactor()),
                orBase(warmup, CapacitySchema.WARMUP_DURATION, base.warmupSeconds()));
    }

    private double orBase(Fields f, Field<? extends Number> field, double base) {
        return f.has(field.name()) ? b.readOrDefault(f, field).doubleValue() : base;
    }

    /** {@code missingMemoryUsage}: null when the service models memory usage, else the field it lacks. */
    HpaSpec hpa(Fields f, String missingMemoryUsage) {
        long min = b.readOrDefault(f, CapacitySchema.MIN_REPLICAS);
        Long max = b.read(f, CapacitySchema.MAX_REPLICAS);
        if (max != null && max < min) {
            f.wrong("maxReplicas", "maxReplicas (" + max + ") must be at least minReplicas (" + min + ")");
            max = min;
        }
        List<MetricSpec> metrics = new ArrayList<>();
        if (f.has("metrics")) {
            List<JsonNode> elements = f.elements("metrics");
            for (int i = 0; i < elements.size(); i++) {
                MetricSpec metric = metric(b.fields(elements.get(i), f.pathOf("metrics") + "." + i),
                        missingMemoryUsage);
                if (metric != null) {
                    metrics.add(metric);
                }
            }
        }
        Behavior behavior = null;
        if (f.has("behavior")) {
            Fields bf = b.section(f, "behavior");
            behavior = new Behavior(bf.has("scaleUp") ? rules(b.section(bf, "scaleUp")) : null,
                    bf.has("scaleDown") ? rules(b.section(bf, "scaleDown")) : null).withApiDefaults();
        }
        return new HpaSpec((int) min, max == null ? (int) min : max.intValue(), metrics, behavior);
    }

    private MetricSpec metric(Fields f, String missingMemoryUsage) {
        String type = b.read(f, CapacitySchema.METRIC_TYPE);
        if (type == null) {
            return null;
        }
        String source = type.equals(CapacitySchema.RESOURCE) ? "resource" : "pods";
        if (!f.has(source)) {
            f.missing(source);
            return null;
        }
        Fields sf = b.section(f, source);
        String name = type.equals(CapacitySchema.RESOURCE) ? b.read(sf, CapacitySchema.RESOURCE_NAME)
                : sf.has("metric") ? b.read(b.section(sf, "metric"), CapacitySchema.PODS_METRIC_NAME) : sf.missing("metric");
        ResourceName resource = type.equals(CapacitySchema.RESOURCE) && name != null ? resourceName(name) : null;
        if (resource == ResourceName.MEMORY && missingMemoryUsage != null) {
            sf.wrong("name", "this service models no memory usage, so a memory metric would have no working set to"
                    + " read; add " + missingMemoryUsage + ": { base: …, perRequest: … } (the app's working set with"
                    + " no request in flight and per request in the pod), or scale on cpu or "
                    + CapacitySchema.REQUESTS_PER_SECOND);
            return null;
        }
        MetricTarget target = sf.has("target") ? target(b.section(sf, "target"), type, resource) : sf.missing("target");
        if (name == null || target == null) {
            return null;
        }
        return resource != null ? new ResourceMetricSource(resource, target) : new PodsMetricSource(name, target);
    }

    private static ResourceName resourceName(String apiName) {
        for (ResourceName resource : ResourceName.values()) {
            if (resource.apiName().equals(apiName)) {
                return resource;
            }
        }
        throw new IllegalStateException("the schema allows resource " + apiName + ", which has no ResourceName");
    }

    /** {@code resource}: the Resource metric's resource, null for a Pods metric. */
    private MetricTarget target(Fields f, String metricType, ResourceName resource) {
        String type = b.read(f, CapacitySchema.TARGET_TYPE);
        if (type == null) {
            return null;
        }
        if (type.equals(CapacitySchema.UTILIZATION)) {
            if (!metricType.equals(CapacitySchema.RESOURCE)) {
                f.wrong("type", "a Pods metric has no Utilization target; use AverageValue");
                return null;
            }
            Long percent = b.read(f, CapacitySchema.AVERAGE_UTILIZATION);
            if (percent == null) {
                return f.has("averageUtilization") ? null : f.missing("averageUtilization"); // a wrong value is reported
            }
            return MetricTarget.utilization(percent.intValue());
        }
        Double value = b.read(f, CapacitySchema.AVERAGE_VALUE_FIELD);
        if (value == null) {
            return f.has("averageValue") ? null : f.missing("averageValue");
        }
        // the quantity is in bytes for memory; the HPA package counts memory in MiB
        return MetricTarget.averageValue(resource == ResourceName.MEMORY ? value / BYTES_PER_MIB : value);
    }

    private ScalingRules rules(Fields f) {
        Long window = b.read(f, CapacitySchema.STABILIZATION);
        String select = b.readOrDefault(f, CapacitySchema.SELECT_POLICY);
        List<Policy> policies = null;
        if (f.has("policies")) {
            policies = new ArrayList<>();
            List<JsonNode> elements = f.elements("policies");
            for (int i = 0; i < elements.size(); i++) {
                Fields pf = b.fields(elements.get(i), f.pathOf("policies") + "." + i);
                String type = b.read(pf, CapacitySchema.POLICY_TYPE);
                Long value = b.read(pf, CapacitySchema.POLICY_VALUE);
                Long period = b.read(pf, CapacitySchema.POLICY_PERIOD);
                if (type != null && value != null && period != null) {
                    policies.add(type.equals("Pods") ? Policy.pods(value.intValue(), period.intValue())
                            : Policy.percent(value.intValue(), period.intValue()));
                }
            }
            if (elements.isEmpty()) {
                f.wrong("policies", "give at least one policy, or leave 'policies' out for the API defaults");
            }
            if (policies.isEmpty()) {
                policies = null;
            }
        }
        return new ScalingRules(window == null ? null : window.intValue(), SelectPolicy.valueOf(select.toUpperCase(
                java.util.Locale.ROOT)), policies);
    }

    /**
     * The top-level {@code controlPlane} section (or the defaults), and the {@code cluster} and {@code finops} sections;
     * {@code durationSeconds} is the run's length as resolved (after {@code --set}), null when it is wrong or missing.
     */
    CapacitySpec capacity(Fields top, java.util.Map<String, ServiceCapacitySpec> services, Double durationSeconds) {
        ClusterBinder clusters = new ClusterBinder(b);
        io.cloudmart.sim.model.control.ClusterConfig cluster = clusters.cluster(top, durationSeconds);
        io.cloudmart.sim.model.control.FinopsConfig finops = clusters.finops(top, top.has("cluster"));
        if (!top.has("controlPlane")) {
            return new CapacitySpec(services, CapacitySchema.METRIC_RESOLUTION.defaultValue(), HpaControllerSettings.defaults(),
                    cluster, finops);
        }
        Fields cp = b.section(top, "controlPlane");
        double resolution = b.readOrDefault(cp, CapacitySchema.METRIC_RESOLUTION);
        HpaControllerSettings hpa = HpaControllerSettings.defaults();
        if (cp.has("hpa")) {
            Fields h = b.section(cp, "hpa");
            hpa = new HpaControllerSettings(b.readOrDefault(h, CapacitySchema.SYNC_PERIOD),
                    b.readOrDefault(h, CapacitySchema.TOLERANCE), b.readOrDefault(h, CapacitySchema.CPU_INITIALIZATION),
                    b.readOrDefault(h, CapacitySchema.INITIAL_READINESS_DELAY),
                    b.readOrDefault(h, CapacitySchema.DOWNSCALE_STABILIZATION));
        }
        return new CapacitySpec(services, resolution, hpa, cluster, finops);
    }
}
