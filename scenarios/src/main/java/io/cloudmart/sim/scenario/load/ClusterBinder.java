package io.cloudmart.sim.scenario.load;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.cluster.Allocatable;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.ConsolidationPolicy;
import io.cloudmart.sim.model.cluster.Expander;
import io.cloudmart.sim.model.cluster.InstanceType;
import io.cloudmart.sim.model.cluster.InstanceTypes;
import io.cloudmart.sim.model.cluster.KarpenterSettings;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.Offering;
import io.cloudmart.sim.model.cluster.ScoringStrategy;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.control.FinopsConfig;
import io.cloudmart.sim.model.control.KarpenterPool;
import io.cloudmart.sim.model.control.NodeProvisioner;
import io.cloudmart.sim.model.control.SpotInterruptions;
import io.cloudmart.sim.model.finops.Budget;
import io.cloudmart.sim.model.finops.BudgetBasis;
import io.cloudmart.sim.model.finops.BudgetPeriod;
import io.cloudmart.sim.model.finops.PriceBook;
import io.cloudmart.sim.model.finops.PurchaseOption;

/**
 * Binds what {@link ClusterSchema} declares: the {@code cluster} section into a {@link ClusterConfig} (node pools
 * priced through {@link PurchaseOption}, the scheduler's scoring, the Cluster Autoscaler's flags or a Karpenter
 * NodePool with its offerings, spot interruptions) and {@code finops} into a {@link FinopsConfig} (teams are added
 * by the assembler from the services' labels). Relations are checked here: pool bounds, DaemonSet overhead within
 * the allocatable, flags only with their autoscaler, spot interruptions only with spot capacity, a currency other
 * than the table's USD only where every price is given.
 */
final class ClusterBinder {
    private static final Pattern POOL_NAME = Pattern.compile(ClusterSchema.POOL_NAME_PATTERN);
    private static final String POOL_NAME_RULE = "use at most 63 lower-case letters, digits and '-', starting and"
            + " ending with a letter or digit (a DNS label)";

    private final Binding b;
    /** Where a price comes from the built-in USD table (a pool without its own price, the Karpenter NodePool). */
    private final List<String> listPriced = new ArrayList<>();

    ClusterBinder(Binding b) {
        this.b = b;
    }

    /**
     * The cluster of the top-level mapping {@code top}, or null without a {@code cluster} section; spot
     * interruptions must fall within {@code durationSeconds} (the resolved duration; null: already reported).
     */
    ClusterConfig cluster(Fields top, Double durationSeconds) {
        if (!top.has("cluster")) {
            return null;
        }
        Fields f = b.section(top, "cluster");
        Set<String> names = new HashSet<>();
        List<NodePoolSpec> pools = new ArrayList<>();
        List<JsonNode> elements = f.elements("nodePools");
        for (int i = 0; i < elements.size(); i++) {
            NodePoolSpec pool = pool(b.fields(elements.get(i), f.pathOf("nodePools") + "." + i), names);
            if (pool != null) {
                pools.add(pool);
            }
        }
        String scoring = b.readOrDefault(b.section(f, "scheduler"), ClusterSchema.SCORING);
        double nodeStartup = b.readOrDefault(f, ClusterSchema.NODE_STARTUP);
        Fields a = b.section(f, "autoscaler");
        String written = b.read(a, ClusterSchema.AUTOSCALER_TYPE);
        String type = written == null ? ClusterSchema.NONE : written;
        if (written != null) { // a wrong type is reported; its flags are then not judged
            Schema.Variants byType = ClusterSchema.AUTOSCALER.variants();
            onlyWith(a, type, ClusterSchema.CLUSTER_AUTOSCALER, byType.membersOf(ClusterSchema.CLUSTER_AUTOSCALER),
                    "Cluster Autoscaler flag");
            onlyWith(a, type, ClusterSchema.KARPENTER, byType.membersOf(ClusterSchema.KARPENTER), "Karpenter setting");
        }
        ClusterAutoscalerSettings ca = clusterAutoscaler(a);
        KarpenterPool karpenter = null;
        if (type.equals(ClusterSchema.KARPENTER)) {
            karpenter = a.has("nodePool") ? karpenter(a, names) : a.missing("nodePool");
        }
        if (elements.isEmpty() && !type.equals(ClusterSchema.KARPENTER)) {
            if (f.has("nodePools")) {
                f.wrong("nodePools", "must list at least one node pool, e.g. '- { name: general, instanceType: m5.large,"
                        + " initialNodes: 3 }'");
            } else {
                f.missingAlternative("missing required field 'nodePools': a cluster needs at least one node pool"
                        + " (only a Karpenter cluster may start without one)", List.of("nodePools"));
            }
        }
        boolean complete = (elements.isEmpty() ? type.equals(ClusterSchema.KARPENTER) : pools.size() == elements.size())
                && (karpenter != null || !type.equals(ClusterSchema.KARPENTER));
        SpotInterruptions spot = spot(b.section(f, "spot"), pools, karpenter, complete, durationSeconds);
        if (b.problems.hasIssues() || (pools.isEmpty() && karpenter == null)) {
            return null; // reported; the spec is not used
        }
        NodeProvisioner provisioner = switch (type) {
            case ClusterSchema.CLUSTER_AUTOSCALER -> NodeProvisioner.CLUSTER_AUTOSCALER;
            case ClusterSchema.KARPENTER -> NodeProvisioner.KARPENTER;
            default -> NodeProvisioner.NONE;
        };
        return new ClusterConfig(pools, scoring.equals(ClusterSchema.MOST_ALLOCATED) ? ScoringStrategy.MOST_ALLOCATED
                : ScoringStrategy.LEAST_ALLOCATED, provisioner, ca, karpenter, nodeStartup, spot);
    }

    /** The {@code finops} section; {@code hasCluster} says whether there is a bill for it to keep. */
    FinopsConfig finops(Fields top, boolean hasCluster) {
        if (!top.has("finops")) {
            return FinopsConfig.DEFAULT;
        }
        if (!hasCluster) {
            top.wrong("finops", "finops needs a cluster to bill: add a 'cluster' section with node pools (without one the"
                    + " pods have room without limit and no price)");
            return FinopsConfig.DEFAULT;
        }
        Fields f = b.section(top, "finops");
        Currency currency = currency(f);
        Budget budget = null;
        BudgetBasis basis = BudgetBasis.FORECASTED;
        if (f.has("budget")) {
            Fields bf = b.section(f, "budget");
            Double amount = b.read(bf, ClusterSchema.BUDGET_AMOUNT);
            String period = b.read(bf, ClusterSchema.BUDGET_PERIOD);
            List<Double> thresholds = bf.has("thresholds") ? thresholds(bf) : Budget.DEFAULT_THRESHOLDS_PERCENT;
            basis = BudgetBasis.valueOf(b.readOrDefault(bf, ClusterSchema.BUDGET_BASIS).toUpperCase(Locale.ROOT));
            if (amount != null && period != null && thresholds != null) {
                budget = new Budget(amount, BudgetPeriod.valueOf(period.toUpperCase(Locale.ROOT)), thresholds);
            }
        }
        return new FinopsConfig(currency == null ? PriceBook.USD : currency, Map.of(), budget, basis);
    }

    // ---------------------------------------------------------------- node pools

    private NodePoolSpec pool(Fields p, Set<String> names) {
        String name = poolName(p, ClusterSchema.POOL_NAME, names);
        InstanceType type = instanceType(p);
        String capacity = b.read(p, ClusterSchema.CAPACITY_TYPE);
        Double price = type == null || capacity == null ? null : price(p, type, capacity);
        int[] bounds = bounds(p);
        double[] overhead = overhead(p, "daemonSetOverhead", type == null ? List.of() : List.of(type));
        if (name == null || type == null || price == null || bounds == null || overhead == null) {
            return null;
        }
        if (!p.has("price") && !p.has("custom")) {
            listPriced.add(p.path());
        }
        return new NodePoolSpec(name, type, capacityType(capacity), bounds[0], bounds[1], bounds[2], overhead[0],
                overhead[1], b.texts(p, "labels", "label"), price);
    }

    /** A pool's or the NodePool's name: a DNS label, unique in the cluster. */
    private String poolName(Fields p, Field<String> field, Set<String> names) {
        String name = b.read(p, field);
        if (name == null) {
            return null;
        }
        if (!POOL_NAME.matcher(name).matches()) {
            return p.wrong("name", "'" + SafeText.shown(name) + "' is not a valid node pool name; " + POOL_NAME_RULE);
        }
        if (!names.add(name)) {
            return p.wrong("name", "node pool name '" + name + "' is used twice; each pool (and the Karpenter NodePool)"
                    + " needs its own, since nodes are named after it");
        }
        return name;
    }

    /** {@code instanceType} from the table or {@code custom}, exactly one. */
    private InstanceType instanceType(Fields p) {
        boolean table = p.has("instanceType");
        boolean custom = p.has("custom");
        if (table == custom) {
            if (table) {
                return p.wrong("custom", "give either 'instanceType' (a type of the built-in table) or 'custom', not both");
            }
            p.missingAlternative("missing required field 'instanceType' or 'custom': name a type of the built-in"
                    + " table (m5.large …) or give one by hand as custom: { vcpu, memory, pricePerHour }",
                    List.of("instanceType", "custom"));
            return null;
        }
        if (table) {
            String name = b.read(p, ClusterSchema.INSTANCE_TYPE);
            return name == null ? null : InstanceTypes.byName(name);
        }
        Fields c = b.section(p, "custom");
        Long vcpu = b.read(c, ClusterSchema.CUSTOM_VCPU);
        Double memory = b.read(c, ClusterSchema.CUSTOM_MEMORY);
        Double price = b.read(c, ClusterSchema.CUSTOM_PRICE);
        long maxPods = b.readOrDefault(c, ClusterSchema.CUSTOM_MAX_PODS);
        if (vcpu == null || memory == null || price == null) {
            return null;
        }
        InstanceType type = new InstanceType("custom", vcpu.intValue(), memory / 1024.0, price, (int) maxPods);
        double reserved = Allocatable.eksKubeReservedMemoryMiB(type.maxPods()) + Allocatable.EKS_EVICTION_HARD_MEMORY_MIB;
        if (memory <= reserved) {
            return c.wrong("memory", "leaves no allocatable memory: the EKS AMI reserves 11 MiB × maxPods + 255 MiB for"
                    + " the kubelet and 100 MiB for eviction, " + Units.formatMemoryMiB(reserved) + " with maxPods "
                    + maxPods + "; give more memory or fewer maxPods");
        }
        return type;
    }

    /** What one node of the pool costs per hour: its own {@code price}, or the on-demand price less the discount. */
    private Double price(Fields p, InstanceType type, String capacity) {
        Double price = b.read(p, ClusterSchema.PRICE);
        Double spot = b.read(p, ClusterSchema.SPOT_DISCOUNT);
        Double reserved = b.read(p, ClusterSchema.RESERVED_DISCOUNT);
        if (spot != null && !capacity.equals(ClusterSchema.SPOT)) {
            return p.wrong("spotDiscount", "applies to spot nodes only; this pool is " + capacity);
        }
        if (reserved != null && !capacity.equals(ClusterSchema.RESERVED)) {
            return p.wrong("reservedDiscount", "applies to reserved nodes only; this pool is " + capacity);
        }
        Double discount = spot != null ? spot : reserved;
        String discountField = spot != null ? "spotDiscount" : "reservedDiscount";
        if (price != null) {
            return discount == null ? price : p.wrong(discountField, "give either 'price' or '" + discountField
                    + "', not both");
        }
        if (discount != null && discount >= 1) {
            return p.wrong(discountField, "must be below 1: a discount of 1 would make the nodes free");
        }
        double onDemand = type.onDemandPricePerHour();
        if (discount == null && !capacity.equals(ClusterSchema.ON_DEMAND)) {
            String field = capacity.equals(ClusterSchema.SPOT) ? "spotDiscount" : "reservedDiscount";
            p.missingAlternative("missing required field '" + field + "' or 'price': a " + capacity + " pool needs its"
                    + " discount off on-demand (AWS publishes only upper bounds, such as \"up to 90 %\" for spot) or its"
                    + " price per hour", List.of(field, "price"));
            return null;
        }
        return switch (capacity) {
            case ClusterSchema.SPOT -> PurchaseOption.spotAtDiscount(discount).hourlyRate(onDemand);
            case ClusterSchema.RESERVED -> PurchaseOption.reserved(discount).hourlyRate(onDemand);
            default -> PurchaseOption.onDemand().hourlyRate(onDemand);
        };
    }

    /** {@code [min, max, initial]}, with min and max defaulting to initial; null after a problem. */
    private int[] bounds(Fields p) {
        Long initial = b.read(p, ClusterSchema.INITIAL_NODES);
        Long min = b.read(p, ClusterSchema.MIN_NODES);
        Long max = b.read(p, ClusterSchema.MAX_NODES_FIELD);
        if (initial == null || (p.has("minNodes") && min == null) || (p.has("maxNodes") && max == null)) {
            return null;
        }
        long lo = min == null ? initial : min;
        long hi = max == null ? Math.max(initial, lo) : max;
        if (hi < lo) {
            return p.wrong("maxNodes", "maxNodes (" + hi + ") must be at least minNodes (" + lo + ")");
        }
        if (hi == 0) {
            return p.wrong("initialNodes", "a pool with no initial node needs maxNodes (at least 1), or it never has"
                    + " a node");
        }
        if (initial < lo || initial > hi) {
            return p.wrong("initialNodes", "initialNodes (" + initial + ") must be within minNodes (" + lo + ") and"
                    + " maxNodes (" + hi + ")");
        }
        return new int[] {(int) lo, (int) hi, initial.intValue()};
    }

    /** {@code [cpu, memory]} of the DaemonSets on every node, which must fit each of {@code types}' allocatable. */
    private double[] overhead(Fields p, String field, List<InstanceType> types) {
        Fields o = b.section(p, field);
        Double cpu = b.read(o, ClusterSchema.OVERHEAD_CPU);
        Double memory = b.read(o, ClusterSchema.OVERHEAD_MEMORY);
        if (cpu == null || memory == null) {
            return null;
        }
        for (InstanceType type : types) {
            Allocatable allocatable = Allocatable.eksAmi(type);
            if (cpu > allocatable.cpu()) {
                return o.wrong("cpu", "the DaemonSets' " + Units.formatCpuCores(cpu) + " cores do not fit " + type.name()
                        + "'s allocatable " + Units.plain(allocatable.cpu()) + " cores");
            }
            if (memory > allocatable.memoryMiB()) {
                return o.wrong("memory", "the DaemonSets' " + Units.formatMemoryMiB(memory) + " do not fit " + type.name()
                        + "'s allocatable " + Units.formatMemoryMiB(allocatable.memoryMiB()));
            }
        }
        return new double[] {cpu, memory};
    }

    private static CapacityType capacityType(String written) {
        return CapacityType.valueOf(written.replace('-', '_').toUpperCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- autoscalers

    /** Reports, once at the first, the {@code fields} written while the autoscaler is not {@code needed}. */
    private static void onlyWith(Fields a, String type, String needed, List<String> fields, String what) {
        if (type.equals(needed)) {
            return;
        }
        List<String> written = fields.stream().filter(a::written).toList();
        if (!written.isEmpty()) {
            a.wrong(written.get(0), "'" + String.join("', '", written) + "' " + (written.size() == 1 ? "is a " + what
                    : "are " + what + "s") + "; " + (written.size() == 1 ? "it needs" : "they need") + " 'type: " + needed
                    + "' (the autoscaler is " + type + ")");
        }
    }

    private ClusterAutoscalerSettings clusterAutoscaler(Fields a) {
        return new ClusterAutoscalerSettings(b.readOrDefault(a, ClusterSchema.SCAN_INTERVAL),
                b.readOrDefault(a, ClusterSchema.UNNEEDED_TIME), b.readOrDefault(a, ClusterSchema.UTILIZATION_THRESHOLD),
                b.readOrDefault(a, ClusterSchema.DELAY_AFTER_ADD), b.readOrDefault(a, ClusterSchema.DELAY_AFTER_DELETE),
                b.readOrDefault(a, ClusterSchema.MAX_PROVISION_TIME),
                Expander.fromFlag(b.readOrDefault(a, ClusterSchema.EXPANDER)),
                b.readOrDefault(a, ClusterSchema.MAX_EMPTY_BULK_DELETE).intValue(),
                b.readOrDefault(a, ClusterSchema.NEW_POD_DELAY));
    }

    private KarpenterPool karpenter(Fields a, Set<String> names) {
        double idle = b.readOrDefault(a, ClusterSchema.BATCH_IDLE);
        double max = b.readOrDefault(a, ClusterSchema.BATCH_MAX);
        if (max < idle) {
            a.wrong("batchMaxDuration", "batchMaxDuration (" + Units.formatDuration(max) + ") must be at least"
                    + " batchIdleDuration (" + Units.formatDuration(idle) + ")");
            max = idle;
        }
        Fields n = b.section(a, "nodePool");
        String name = poolName(n, ClusterSchema.NODEPOOL_NAME, names);
        List<InstanceType> types = b.list(n, "instanceTypes", ClusterSchema.OFFERED_TYPE).stream()
                .map(InstanceTypes::byName).toList();
        if (!n.has("instanceTypes")) {
            n.missing("instanceTypes");
        } else if (n.elements("instanceTypes").isEmpty()) {
            n.wrong("instanceTypes", "must list at least one instance type of the built-in table");
        }
        List<String> capacities = n.has("capacityTypes") ? b.list(n, "capacityTypes", ClusterSchema.OFFERED_CAPACITY)
                : List.of(ClusterSchema.ON_DEMAND);
        if (n.has("capacityTypes") && n.elements("capacityTypes").isEmpty()) {
            n.wrong("capacityTypes", "must list on-demand, spot or both");
        }
        Double discount = b.read(n, ClusterSchema.NODEPOOL_SPOT_DISCOUNT);
        boolean spot = capacities.contains(ClusterSchema.SPOT);
        if (spot && discount == null && !n.has("spotDiscount")) {
            n.missing("spotDiscount");
        } else if (!spot && discount != null) {
            n.wrong("spotDiscount", "applies to spot offerings only; add spot to capacityTypes");
        } else if (discount != null && discount >= 1) {
            n.wrong("spotDiscount", "must be below 1: a discount of 1 would make the nodes free");
        }
        Long maxNodes = b.read(n, ClusterSchema.NODEPOOL_MAX_NODES);
        double[] overhead = overhead(n, "daemonSetOverhead", types);
        KarpenterSettings settings = disruption(b.section(n, "disruption"), idle, max);
        listPriced.add(n.path());
        if (name == null || types.isEmpty() || maxNodes == null || overhead == null || settings == null
                || (spot && (discount == null || discount >= 1))) {
            return null;
        }
        List<Offering> offerings = new ArrayList<>();
        for (InstanceType type : types) {
            for (String capacity : new java.util.LinkedHashSet<>(capacities)) {
                double price = capacity.equals(ClusterSchema.SPOT)
                        ? PurchaseOption.spotAtDiscount(discount).hourlyRate(type.onDemandPricePerHour())
                        : PurchaseOption.onDemand().hourlyRate(type.onDemandPricePerHour());
                offerings.add(new Offering(type, capacityType(capacity), price));
            }
        }
        return new KarpenterPool(name, offerings, overhead[0], overhead[1], maxNodes.intValue(), settings);
    }

    private KarpenterSettings disruption(Fields d, double batchIdle, double batchMax) {
        String policy = b.readOrDefault(d, ClusterSchema.CONSOLIDATION_POLICY);
        double after = b.readOrDefault(d, ClusterSchema.CONSOLIDATE_AFTER);
        String nodes = KarpenterSettings.DEFAULT_BUDGET_NODES;
        List<JsonNode> budgets = d.elements("budgets");
        if (d.has("budgets") && budgets.size() != 1) {
            d.wrong("budgets", "give exactly one budget, e.g. '[ { nodes: \"10%\" } ]'; several budgets (with schedules"
                    + " and reasons) are not modelled");
            return null;
        }
        if (budgets.size() == 1) {
            Fields budget = b.fields(budgets.get(0), d.pathOf("budgets") + ".0");
            nodes = b.readOrDefault(budget, ClusterSchema.BUDGET_NODES).strip();
            if (!nodes.matches("\\d{1,9}%?") || (nodes.endsWith("%")
                    && Integer.parseInt(nodes.substring(0, nodes.length() - 1)) > 100)) {
                budget.wrong("nodes", "expected a node count like \"3\" or a percentage of the pool up to \"100%\" like"
                        + " \"10%\", got '" + SafeText.shown(nodes) + "'");
                return null;
            }
        }
        return new KarpenterSettings(batchIdle, batchMax, policy.equals("WhenEmpty") ? ConsolidationPolicy.WHEN_EMPTY
                : ConsolidationPolicy.WHEN_EMPTY_OR_UNDERUTILIZED, after, nodes);
    }

    // ---------------------------------------------------------------- spot

    /**
     * {@code complete}: every pool was bound, so "no spot capacity" is not a consequence of another problem;
     * {@code durationSeconds}: the run's resolved length, which the times in {@code at} must fall within.
     */
    private SpotInterruptions spot(Fields s, List<NodePoolSpec> pools, KarpenterPool karpenter, boolean complete,
                                   Double durationSeconds) {
        if (!s.has("interruptions")) {
            return SpotInterruptions.NONE;
        }
        Fields i = b.section(s, "interruptions");
        List<Double> at = b.list(i, "at", ClusterSchema.INTERRUPT_AT);
        if (at.size() != i.elements("at").size()) {
            return SpotInterruptions.NONE; // a wrong time is reported; the others are not judged
        }
        for (int k = 0; k < at.size() && durationSeconds != null; k++) {
            if (at.get(k) >= durationSeconds) {
                b.problems.at(i.pathOf("at") + "." + k, "an interruption must come while the run lasts: allowed from 0s"
                        + " up to, not including, the run's duration (" + Units.formatDuration(durationSeconds) + "), but "
                        + Units.formatDuration(at.get(k)) + " is not before the run ends; lengthen 'duration' or remove"
                        + " this time");
                return SpotInterruptions.NONE;
            }
        }
        for (int k = 1; k < at.size(); k++) {
            if (at.get(k) < at.get(k - 1)) {
                b.problems.at(i.pathOf("at") + "." + k, "the interruption times must be in ascending order ("
                        + Units.formatDuration(at.get(k)) + " comes after " + Units.formatDuration(at.get(k - 1)) + ")");
                return SpotInterruptions.NONE;
            }
        }
        double rate = b.readOrDefault(i, ClusterSchema.PER_NODE_HOUR);
        double notice = b.readOrDefault(i, ClusterSchema.NOTICE);
        SpotInterruptions spot = new SpotInterruptions(at, rate, notice);
        boolean spotCapacity = pools.stream().anyMatch(p -> p.capacityType() == CapacityType.SPOT)
                || karpenter != null && karpenter.offerings().stream().anyMatch(o -> o.capacityType() == CapacityType.SPOT);
        if (spot.any() && !spotCapacity && complete) {
            s.wrong("interruptions", "spot interruptions need spot nodes: a node pool with 'capacityType: spot' or a"
                    + " Karpenter nodePool with spot in its capacityTypes");
        }
        return spot;
    }

    // ---------------------------------------------------------------- finops

    private Currency currency(Fields f) {
        String code = b.readOrDefault(f, ClusterSchema.CURRENCY).strip();
        Currency currency;
        try {
            currency = code.matches("[A-Z]{3}") ? Currency.getInstance(code) : null;
        } catch (IllegalArgumentException e) {
            currency = null;
        }
        if (currency == null) {
            return f.wrong("currency", "'" + SafeText.shown(code) + "' is not an ISO 4217 currency code such as USD or"
                    + " EUR");
        }
        if (!currency.equals(PriceBook.USD) && !listPriced.isEmpty()) {
            return f.wrong("currency", "the built-in prices are USD; with " + code + " every node pool needs its own"
                    + " 'price' (or 'custom.pricePerHour') and Karpenter cannot be used, but " + listPriced.get(0)
                    + " takes its price from the table");
        }
        return currency;
    }

    private List<Double> thresholds(Fields bf) {
        List<Double> thresholds = b.list(bf, "thresholds", ClusterSchema.THRESHOLD);
        if (bf.elements("thresholds").isEmpty()) {
            return bf.wrong("thresholds", "must list at least one percentage, e.g. [50, 80, 100]");
        }
        if (thresholds.size() != bf.elements("thresholds").size()) {
            return null; // a wrong element is reported
        }
        for (int k = 1; k < thresholds.size(); k++) {
            if (!(thresholds.get(k) > thresholds.get(k - 1))) {
                b.problems.at(bf.pathOf("thresholds") + "." + k, "the thresholds must be strictly ascending ("
                        + Units.plain(thresholds.get(k)) + " comes after " + Units.plain(thresholds.get(k - 1)) + ")");
                return null;
            }
        }
        return thresholds;
    }
}
