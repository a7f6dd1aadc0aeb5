package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.cluster.Cluster;
import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.InstanceType;
import io.cloudmart.sim.model.cluster.InstanceTypes;
import io.cloudmart.sim.model.cluster.KarpenterSettings;
import io.cloudmart.sim.model.control.SpotInterruptions;
import io.cloudmart.sim.model.finops.PriceBook;

/**
 * The nodes the pods run on and the bill they make: {@code cluster} (node pools, the scheduler's
 * scoring, the Cluster Autoscaler's flags or a Karpenter NodePool, spot interruptions) and
 * {@code finops} (currency and budget), each field under the real tool's name.
 */
final class ClusterSchema {
    /** Kubernetes' documented scale limit: at most 5,000 nodes in a cluster ("Considerations for large clusters"). */
    static final long MAX_NODES = 5_000;
    /** A node pool's or a NodePool's name: a lower-case DNS label (RFC 1123), as EKS and Karpenter require. */
    static final String POOL_NAME_PATTERN = "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$";

    static final String ON_DEMAND = "on-demand";
    static final String SPOT = "spot";
    static final String RESERVED = "reserved";

    // ---------------------------------------------------------------- node pools

    static final Field<String> POOL_NAME = Field.required("name", Kind.text("DNS label", POOL_NAME_PATTERN),
            "unique among the pools and the Karpenter NodePool; nodes are `<name>-<n>`")
            .mirrors("EKS managed node group nodegroupName");
    static final Field<String> INSTANCE_TYPE = Field.optional("instanceType", Kind.choice(InstanceTypes.names()),
            "give `instanceType` or `custom`", "a type of the built-in table: vCPU, memory and its us-east-1 on-demand"
                    + " Linux price [PUBLISHED] " + InstanceTypes.PRICE_SOURCE).mirrors("EKS managed node group instanceTypes");

    static final Field<Long> CUSTOM_VCPU = Field.required("vcpu", Kind.whole(1, 1_024), "the node's CPU capacity, cores");
    static final Field<Double> CUSTOM_MEMORY = Field.required("memory", Kind.MEMORY, "the node's memory capacity");
    static final Field<Double> CUSTOM_PRICE = Field.required("pricePerHour", Kind.NON_NEGATIVE,
            "its on-demand price per node-hour, in `finops.currency`");
    static final Field<Long> CUSTOM_MAX_PODS = Field.of("maxPods", Kind.whole(1, 1_000),
            (long) InstanceType.KUBELET_DEFAULT_MAX_PODS, "pods the kubelet admits; the allocatable memory is"
                    + " capacity − (11 MiB × maxPods + 255 MiB) − 100 MiB, the EKS AMI's rule")
            .note("[DEFAULT] KubeletConfiguration maxPods").mirrors("KubeletConfiguration maxPods");
    static final Schema.Obj CUSTOM = obj(CUSTOM_VCPU, CUSTOM_MEMORY, CUSTOM_PRICE, CUSTOM_MAX_PODS);

    static final Field<String> CAPACITY_TYPE = Field.of("capacityType", Kind.choice(List.of(ON_DEMAND, SPOT, RESERVED)),
            ON_DEMAND, "how the instances are bought; `spot` nodes can be interrupted (see `spot`)")
            .mirrors("karpenter.sh/capacity-type");
    static final Field<Long> MIN_NODES = Field.optional("minNodes", Kind.whole(0, MAX_NODES), "`initialNodes`",
            "the Cluster Autoscaler never goes below").mirrors("EKS managed node group scalingConfig.minSize");
    static final Field<Long> MAX_NODES_FIELD = Field.optional("maxNodes", Kind.whole(1, MAX_NODES), "`initialNodes`",
            "the Cluster Autoscaler never goes above; at least `minNodes`")
            .mirrors("EKS managed node group scalingConfig.maxSize");
    static final Field<Long> INITIAL_NODES = Field.required("initialNodes", Kind.whole(0, MAX_NODES),
            "nodes Ready at the start, in [`minNodes`, `maxNodes`]; the pods that exist at the start must fit on them")
            .mirrors("EKS managed node group scalingConfig.desiredSize");
    static final Field<Double> SPOT_DISCOUNT = Field.optional("spotDiscount", Kind.FRACTION,
            "with `spot`: `spotDiscount` or `price` **required**", "below 1; the node costs on-demand × (1 − this)."
                    + " AWS publishes only \"up to 90 %\", so there is no default");
    static final Field<Double> RESERVED_DISCOUNT = Field.optional("reservedDiscount", Kind.FRACTION,
            "with `reserved`: `reservedDiscount` or `price` **required**", "below 1; a reserved instance or savings"
                    + " plan as an effective rate on the hours a node runs (the unused commitment is not billed)");
    static final Field<Double> PRICE = Field.optional("price", Kind.NON_NEGATIVE, "the list price, less the discount",
            "what one node costs per hour, in `finops.currency`; instead of a discount");
    static final Field<Double> OVERHEAD_CPU = Field.of("cpu", new Kind.Cpu(Maxima.CPU_CORES, true), 0.0,
            "CPU the DaemonSets (kube-proxy, the CNI, agents) request on every node").note("[CHOICE] none");
    static final Field<Double> OVERHEAD_MEMORY = Field.of("memory", Kind.MEMORY_OR_ZERO, 0.0,
            "memory they request on every node").note("[CHOICE] none");
    static final Schema.Obj OVERHEAD = obj(OVERHEAD_CPU, OVERHEAD_MEMORY);
    static final Field<String> NODE_LABEL = Field.required("label", Kind.TEXT, "");

    static final Schema.Obj NODE_POOL = obj(POOL_NAME, INSTANCE_TYPE,
            section("custom", CUSTOM, "`{vcpu, memory, pricePerHour, maxPods}`", "give `instanceType` or `custom`",
                    "an instance type given by hand"),
            CAPACITY_TYPE, MIN_NODES, MAX_NODES_FIELD, INITIAL_NODES, SPOT_DISCOUNT, RESERVED_DISCOUNT, PRICE,
            section("daemonSetOverhead", OVERHEAD, "`{cpu, memory}`", "none", "requests every node carries before any"
                    + " pod; must fit the type's allocatable"),
            section("labels", mapOf(NODE_LABEL), "map name → text", "none", "node labels, kept for reports"));

    // ---------------------------------------------------------------- scheduler, start-up

    static final String LEAST_ALLOCATED = "LeastAllocated";
    static final String MOST_ALLOCATED = "MostAllocated";
    static final Field<String> SCORING = Field.of("scoringStrategy", Kind.choice(List.of(LEAST_ALLOCATED, MOST_ALLOCATED)),
            LEAST_ALLOCATED, "`LeastAllocated` spreads pods over the emptiest nodes; `MostAllocated` bin-packs them")
            .note("[DEFAULT] kube-scheduler").mirrors("NodeResourcesFitArgs scoringStrategy.type");
    static final Schema.Obj SCHEDULER = obj(SCORING);
    static final Field<Double> NODE_STARTUP = Field.of("nodeStartup", Kind.DURATION_OR_ZERO,
            Cluster.DEFAULT_NODE_STARTUP_SECONDS, "from asking for an instance to the node being Ready")
            .note("[ESTIMATE] 60–120 s on EC2 (domain-facts 3.2)");

    // ---------------------------------------------------------------- autoscaler

    static final String NONE = "none";
    static final String CLUSTER_AUTOSCALER = "cluster-autoscaler";
    static final String KARPENTER = "karpenter";
    private static final String CA_SOURCE = "[DEFAULT] cluster-autoscaler FAQ";

    static final Field<String> AUTOSCALER_TYPE = Field.of("type", Kind.choice(List.of(NONE, CLUSTER_AUTOSCALER, KARPENTER)),
            NONE, "`none`: the pools keep their nodes; `cluster-autoscaler` resizes the pools; `karpenter` launches"
                    + " nodes of its `nodePool` beside them");
    static final Field<Double> SCAN_INTERVAL = Field.of("scanInterval", Kind.DURATION,
            ClusterAutoscalerSettings.DEFAULT_SCAN_INTERVAL_SECONDS, "how often it looks for pending pods and unneeded"
                    + " nodes").note(CA_SOURCE).mirrors("--scan-interval");
    static final Field<Double> UNNEEDED_TIME = Field.of("scaleDownUnneededTime", Kind.DURATION_OR_ZERO,
            ClusterAutoscalerSettings.DEFAULT_SCALE_DOWN_UNNEEDED_TIME_SECONDS, "a node must be unneeded this long"
                    + " before it is removed").note(CA_SOURCE).mirrors("--scale-down-unneeded-time");
    static final Field<Double> UTILIZATION_THRESHOLD = Field.of("scaleDownUtilizationThreshold", Kind.FRACTION,
            ClusterAutoscalerSettings.DEFAULT_SCALE_DOWN_UTILIZATION_THRESHOLD, "a node is unneeded below this share"
                    + " of its allocatable requested (the larger of CPU and memory)").note(CA_SOURCE)
            .mirrors("--scale-down-utilization-threshold");
    static final Field<Double> DELAY_AFTER_ADD = Field.of("scaleDownDelayAfterAdd", Kind.DURATION_OR_ZERO,
            ClusterAutoscalerSettings.DEFAULT_SCALE_DOWN_DELAY_AFTER_ADD_SECONDS, "no removal this long after a"
                    + " scale-up").note(CA_SOURCE).mirrors("--scale-down-delay-after-add");
    static final Field<Double> DELAY_AFTER_DELETE = Field.of("scaleDownDelayAfterDelete", Kind.DURATION_OR_ZERO,
            ClusterAutoscalerSettings.DEFAULT_SCALE_DOWN_DELAY_AFTER_DELETE_SECONDS, "no removal this long after a"
                    + " removal").note(CA_SOURCE).mirrors("--scale-down-delay-after-delete");
    static final Field<Double> MAX_PROVISION_TIME = Field.of("maxNodeProvisionTime", Kind.DURATION,
            ClusterAutoscalerSettings.DEFAULT_MAX_NODE_PROVISION_TIME_SECONDS, "a node not Ready this long after its"
                    + " launch is given up").note(CA_SOURCE).mirrors("--max-node-provision-time");
    static final Field<String> EXPANDER = Field.of("expander", Kind.choice(List.of("random", "least-waste", "price")),
            ClusterAutoscalerSettings.DEFAULT_EXPANDER.flagValue(), "which pool grows when several could take the"
                    + " pending pods").note(CA_SOURCE).mirrors("--expander");
    static final Field<Long> MAX_EMPTY_BULK_DELETE = Field.of("maxEmptyBulkDelete", Kind.whole(1, MAX_NODES),
            (long) ClusterAutoscalerSettings.DEFAULT_MAX_EMPTY_BULK_DELETE, "empty nodes removed per scan at most")
            .note(CA_SOURCE).mirrors("--max-empty-bulk-delete");
    static final Field<Double> NEW_POD_DELAY = Field.of("newPodScaleUpDelay", Kind.DURATION_OR_ZERO,
            ClusterAutoscalerSettings.DEFAULT_NEW_POD_SCALE_UP_DELAY_SECONDS, "pods pending for less than this do not"
                    + " trigger a scale-up").note(CA_SOURCE).mirrors("--new-pod-scale-up-delay");
    /** The Cluster Autoscaler's flags, in the order of the reference. */
    static final List<Field<?>> CA_FLAGS = List.of(SCAN_INTERVAL, UNNEEDED_TIME, UTILIZATION_THRESHOLD, DELAY_AFTER_ADD,
            DELAY_AFTER_DELETE, MAX_PROVISION_TIME, EXPANDER, MAX_EMPTY_BULK_DELETE, NEW_POD_DELAY);

    private static final String KARPENTER_SOURCE = "[DEFAULT] karpenter.sh settings";
    private static final String NODEPOOL_SOURCE = "[DEFAULT] karpenter `pkg/apis/v1/nodepool.go`";
    static final Field<Double> BATCH_IDLE = Field.of("batchIdleDuration", Kind.DURATION,
            KarpenterSettings.DEFAULT_BATCH_IDLE_DURATION_SECONDS, "a batch of pending pods closes when no new one came"
                    + " for this long").note(KARPENTER_SOURCE).mirrors("Karpenter BATCH_IDLE_DURATION");
    static final Field<Double> BATCH_MAX = Field.of("batchMaxDuration", Kind.DURATION,
            KarpenterSettings.DEFAULT_BATCH_MAX_DURATION_SECONDS, "and at the latest this long after it opened;"
                    + " at least `batchIdleDuration`").note(KARPENTER_SOURCE).mirrors("Karpenter BATCH_MAX_DURATION");

    static final Field<String> NODEPOOL_NAME = Field.required("name", Kind.text("DNS label", POOL_NAME_PATTERN),
            "unique among the pools; its nodes are `<name>-<n>`").mirrors("NodePool metadata.name");
    static final Field<String> OFFERED_TYPE = Field.required("instanceType", Kind.choice(InstanceTypes.names()), "");
    static final Field<String> OFFERED_CAPACITY = Field.required("capacityType", Kind.choice(List.of(ON_DEMAND, SPOT)), "");
    static final Field<Double> NODEPOOL_SPOT_DISCOUNT = Field.optional("spotDiscount", Kind.FRACTION,
            "with `spot`: **required**", "below 1; a spot node costs on-demand × (1 − this)");
    static final Field<Long> NODEPOOL_MAX_NODES = Field.required("maxNodes", Kind.whole(1, MAX_NODES),
            "the most nodes it runs at once").mirrors("NodePool spec.limits, as a node count");
    static final Field<String> CONSOLIDATION_POLICY = Field.of("consolidationPolicy",
            Kind.choice(List.of("WhenEmptyOrUnderutilized", "WhenEmpty")), "WhenEmptyOrUnderutilized",
            "`WhenEmpty` removes empty nodes only; the default also replaces or removes nodes whose pods fit elsewhere"
                    + " or on one cheaper node").note(NODEPOOL_SOURCE).mirrors("NodePool spec.disruption.consolidationPolicy");
    static final Field<Double> CONSOLIDATE_AFTER = Field.of("consolidateAfter", Kind.DURATION_OR_ZERO,
            KarpenterSettings.DEFAULT_CONSOLIDATE_AFTER_SECONDS, "a node is considered once no pod came or went for"
                    + " this long").note(NODEPOOL_SOURCE).mirrors("NodePool spec.disruption.consolidateAfter");
    static final Field<String> BUDGET_NODES = Field.of("nodes", Kind.text("count or percentage", "^\\d{1,9}%?$"),
            KarpenterSettings.DEFAULT_BUDGET_NODES, "at most this many nodes disrupted at once: a count (`3`) or a"
                    + " share of the pool rounded up (`10%`, at most `100%`)").note(NODEPOOL_SOURCE)
            .mirrors("NodePool spec.disruption.budgets[].nodes");
    static final Schema.Obj BUDGET = obj(BUDGET_NODES);
    static final Schema.Obj DISRUPTION = obj(CONSOLIDATION_POLICY, CONSOLIDATE_AFTER,
            section("budgets", listOf(BUDGET), "list of one budget", "one budget `nodes: 10%`",
                    "one `{nodes}`; schedules and reasons are not modelled"));
    static final Schema.Obj NODEPOOL = obj(NODEPOOL_NAME,
            section("instanceTypes", listOf(OFFERED_TYPE), "list of instance types", "**required**",
                    "names of the built-in table; it launches the cheapest offering that fits the pending pods"),
            section("capacityTypes", listOf(OFFERED_CAPACITY), "list of `on-demand`, `spot`", "`[on-demand]`",
                    "each type is offered with each of these (NodePool requirement `karpenter.sh/capacity-type`)"),
            NODEPOOL_SPOT_DISCOUNT, NODEPOOL_MAX_NODES,
            section("daemonSetOverhead", OVERHEAD, "`{cpu, memory}`", "none", "as for a node pool"),
            section("disruption", DISRUPTION, "section", "all defaults", "see below"));

    static final Schema.Obj AUTOSCALER = autoscaler();

    // ---------------------------------------------------------------- spot

    static final Field<Double> INTERRUPT_AT = Field.required("at", Kind.DURATION_OR_ZERO, "");
    static final Field<Double> PER_NODE_HOUR = Field.of("perNodeHour", Kind.NON_NEGATIVE, 0.0,
            "interruptions per spot node-hour, each node a Poisson process; `0`: only at the times in `at`");
    static final Field<Double> NOTICE = Field.of("notice", Kind.DURATION, SpotInterruptions.DEFAULT_NOTICE_SECONDS,
            "the warning: the node is cordoned and drained at once; it stops once its pods are gone, at the latest"
                    + " when the notice ends (what still runs then fails)")
            .note("[PUBLISHED] EC2 spot interruption notice").mirrors("EC2 instance-action notice");
    static final Schema.Obj INTERRUPTIONS = obj(
            section("at", listOf(INTERRUPT_AT), "list of durations", "none", "ascending times before the run's end"
                    + " (`duration` in the file; a `--set duration` that ends the run sooner leaves later times out);"
                    + " each takes the oldest running spot node"),
            PER_NODE_HOUR, NOTICE);
    static final Schema.Obj SPOT_SECTION = obj(section("interruptions", INTERRUPTIONS, "section", "none",
            "needs a `spot` pool or a Karpenter `spot` capacity type"));

    static final Schema.Obj CLUSTER = obj(
            section("nodePools", listOf(NODE_POOL), "list of node pools", "none",
                    "node groups of one instance type each; at least one unless the autoscaler is `karpenter`"),
            section("scheduler", SCHEDULER, "section", "all defaults", "kube-scheduler's NodeResourcesFit scoring"),
            NODE_STARTUP,
            section("autoscaler", AUTOSCALER, "section", "`type: none`", "what adds and removes nodes (see below)"),
            section("spot", SPOT_SECTION, "section", "no interruptions", "`interruptions: {at, perNodeHour, notice}`"));

    // ---------------------------------------------------------------- finops

    static final Field<String> CURRENCY = Field.of("currency", Kind.text("ISO 4217 code", "^[A-Z]{3}$"),
            PriceBook.USD.getCurrencyCode(), "the currency of every price and of the bill; the built-in prices are"
                    + " USD, so another currency needs a `price` (or `custom.pricePerHour`) on every pool and no Karpenter")
            .note("[DEFAULT] AWS list prices");
    static final Field<Double> BUDGET_AMOUNT = Field.required("amount", Kind.POSITIVE, "the budget of one period, in"
            + " `currency`").mirrors("AWS Budgets BudgetLimit.Amount");
    static final Field<String> BUDGET_PERIOD = Field.required("period", Kind.choice(List.of("day", "week", "month")),
            "a month is 730 h (OpenCost's convention)").mirrors("AWS Budgets TimeUnit");
    static final Field<Double> THRESHOLD = Field.required("threshold", Kind.POSITIVE, "");
    static final Field<String> BUDGET_BASIS = Field.of("basis", Kind.choice(List.of("actual", "forecasted")), "forecasted",
            "`actual` compares the spend so far, `forecasted` the spend projected linearly to the period's end (what a"
                    + " run shorter than the period can reach)").mirrors("AWS Budgets Notification.NotificationType");
    static final Schema.Obj FINOPS_BUDGET = obj(BUDGET_AMOUNT, BUDGET_PERIOD,
            section("thresholds", listOf(THRESHOLD), "list of percentages", "`[50, 80, 100]` [CHOICE] (AWS has none;"
                    + " Google Cloud proposes 50, 90, 100)", "percent of `amount`, ascending, each `> 0`; an alert"
                    + " event when the spend crosses one (AWS Budgets `Notification.Threshold`)"),
            BUDGET_BASIS);
    static final Schema.Obj FINOPS = obj(CURRENCY,
            section("budget", FINOPS_BUDGET, "section", "no budget", "`{amount, period, thresholds, basis}`"));

    private ClusterSchema() {
    }

    private static Schema.Obj autoscaler() {
        List<Schema.Member> members = new java.util.ArrayList<>();
        members.add(AUTOSCALER_TYPE);
        members.addAll(CA_FLAGS);
        members.add(BATCH_IDLE);
        members.add(BATCH_MAX);
        Schema.Section nodePool = section("nodePool", NODEPOOL, "section", "with `karpenter`: **required**",
                "the Karpenter NodePool (see below)");
        members.add(nodePool);
        // each autoscaler's own settings, only with its type
        Map<String, List<String>> byType = new LinkedHashMap<>();
        byType.put(CLUSTER_AUTOSCALER, CA_FLAGS.stream().map(Field::name).toList());
        byType.put(KARPENTER, List.of(BATCH_IDLE.name(), BATCH_MAX.name(), nodePool.name()));
        return new Schema.Obj(members, new Schema.Variants(AUTOSCALER_TYPE, byType));
    }
}
