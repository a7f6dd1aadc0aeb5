package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.InstanceType;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.control.ClusterRuntime;
import io.cloudmart.sim.model.control.ClusterSummary;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.KarpenterPool;
import io.cloudmart.sim.model.control.SpotInterruptions;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.scenario.output.EarlyStops;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The cluster's nodes ({@code cluster-autoscaler}, {@code karpenter}, {@code spot}): what the pools are, how many
 * nodes each had over time with the pods waiting for a node, the node events marked, and a caption on how to read
 * it. Shown when the run has a cluster ({@link ClusterSummary} attached), whether or not an HPA moves pods.
 */
final class ClusterView implements ControllerView {
    static final String CHART_TITLE = "Nodes per pool";
    static final String PENDING_LINE = "pods waiting for a node";
    static final String Y_LABEL = "nodes (and waiting pods)";

    private final ScenarioSpec spec;
    private final List<Marker> context;

    /** @param context the report's own markers (warm-up, load changes), drawn on the chart too */
    ClusterView(ScenarioSpec spec, List<Marker> context) {
        this.spec = spec;
        this.context = List.copyOf(context);
    }

    @Override
    public boolean explains(String name) {
        return NodeDecision.Controllers.any(name);
    }

    @Override
    public boolean applies(CapacityRun run) {
        return summary(run).isPresent();
    }

    private static Optional<ClusterSummary> summary(CapacityRun run) {
        return run.replication().attachments().get(ClusterSummary.class);
    }

    @Override
    public List<Block> blocks(CapacityRun run) {
        ClusterSummary summary = summary(run).orElseThrow();
        ScaleMarkers.Result nodeMarkers = NodeMarkers.of(run.events(), run.axis(), spec.durationSeconds());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(story(summary, run)));
        blocks.add(chart(summary, nodeMarkers, run));
        blocks.add(new Paragraph(reading(nodeMarkers, run)));
        return blocks;
    }

    /** The markers of the node events, with the report's own, for this chart and the cost chart. */
    List<Marker> markers(CapacityRun run) {
        List<Marker> all = new ArrayList<>(context);
        all.addAll(NodeMarkers.of(run.events(), run.axis(), spec.durationSeconds()).markers());
        return all;
    }

    private Chart chart(ClusterSummary summary, ScaleMarkers.Result nodeMarkers, CapacityRun run) {
        List<Line> lines = new ArrayList<>();
        for (ClusterSummary.Pool pool : summary.pools()) {
            TimeSeries nodes = run.replication().metrics().series().get(ClusterRuntime.nodesMetric(pool.name()));
            if (nodes != null) {
                lines.add(StepLine.of(poolLabel(pool), nodes, "mean", 1, run.axis()));
            }
        }
        TimeSeries pending = run.replication().metrics().series().get(ClusterRuntime.PENDING_METRIC);
        if (pending != null) {
            lines.add(StepLine.of(PENDING_LINE, pending, "mean", 1, run.axis()));
        }
        List<Marker> markers = new ArrayList<>(context);
        markers.addAll(nodeMarkers.markers());
        return new Chart(CHART_TITLE, run.axis().label(), Y_LABEL, lines, markers);
    }

    /**
     * "cheap (spot)": the pool's name, with how its nodes are bought unless on demand, and "no node" for a pool that
     * never had one, whose line lies hidden on the x axis.
     */
    private String poolLabel(ClusterSummary.Pool pool) {
        List<String> notes = new ArrayList<>();
        for (NodePoolSpec p : spec.capacity().cluster().pools()) {
            if (p.name().equals(pool.name()) && p.capacityType() != CapacityType.ON_DEMAND) {
                notes.add(capacity(p.capacityType()));
            }
        }
        if (pool.max() == 0) {
            notes.add("no node");
        }
        return notes.isEmpty() ? pool.name() : pool.name() + " (" + String.join(", ", notes) + ")";
    }

    /** What the pools are, what moves them, and what happened to them in the run. */
    private String story(ClusterSummary summary, CapacityRun run) {
        ClusterConfig cluster = spec.capacity().cluster();
        String currency = currency(run);
        StringBuilder text = new StringBuilder("Nodes: the pods run on ");
        List<String> pools = new ArrayList<>();
        for (NodePoolSpec pool : cluster.pools()) {
            pools.add(pool.name() + " (" + type(pool.type()) + ", " + capacity(pool.capacityType()) + ", "
                    + pool.minNodes() + "–" + pool.maxNodes() + " nodes at " + Format.compact(pool.pricePerHour()) + " "
                    + currency + "/h each)");
        }
        if (!pools.isEmpty()) {
            text.append(pools.size() == 1 ? "one node pool, " : pools.size() + " node pools: ")
                    .append(String.join(", ", pools)).append(". ");
        }
        switch (cluster.provisioner()) {
            case NONE -> text.append(pools.isEmpty() ? "" : "No node autoscaler runs: the pools keep their initial nodes. ");
            case CLUSTER_AUTOSCALER -> {
                ClusterAutoscalerSettings ca = cluster.clusterAutoscaler();
                text.append("The Cluster Autoscaler scans every ").append(Format.duration(ca.scanIntervalSeconds()))
                        .append(": it grows a pool when pods cannot be placed (expander ")
                        .append(ca.expander().flagValue()).append(" picks which), and removes a node whose pods'")
                        .append(" requests stay below ").append(Format.compact(100 * ca.scaleDownUtilizationThreshold()))
                        .append(" % of it for ").append(Format.duration(ca.scaleDownUnneededTimeSeconds()))
                        .append(" when its pods fit elsewhere. ");
            }
            case KARPENTER -> {
                KarpenterPool karpenter = cluster.karpenter();
                text.append(pools.isEmpty() ? "" : "Beside them, ").append(pools.isEmpty() ? "A" : "a")
                        .append(" Karpenter NodePool ").append(karpenter.name()).append(" launches the cheapest of its ")
                        .append(karpenter.offerings().size()).append(" offerings that fits the waiting pods (at most ")
                        .append(karpenter.maxNodes()).append(" nodes) and consolidates nodes it can empty or replace"
                                + " by a cheaper one. ");
            }
        }
        text.append("A new node is Ready ").append(Format.duration(cluster.nodeStartupSeconds()))
                .append(" after it is asked for.");
        SpotInterruptions spot = cluster.spot();
        if (spot.any()) {
            text.append(" Spot nodes are taken back");
            if (!spot.at().isEmpty()) {
                text.append(" at ").append(String.join(", ", spot.at().stream()
                        .map(run.axis()::withUnit).toList()));
            }
            if (spot.perNodeHour() > 0) {
                text.append(spot.at().isEmpty() ? "" : " and").append(" at random, ")
                        .append(Format.compact(spot.perNodeHour())).append(" times per spot node-hour");
            }
            text.append(", each with a ").append(Format.duration(spot.noticeSeconds())).append(" notice.");
        }
        text.append("\n\nIn ").append(run.which()).append(' ').append(happened(summary)).append('.');
        text.append(' ').append(waiting(summary));
        if (summary.interruptions() > 0) {
            text.append(" The spot market interrupted ").append(summary.interruptions())
                    .append(summary.interruptions() == 1 ? " node." : " nodes.");
        }
        return text.toString();
    }

    /** "general kept 2 nodes; cheap had 0 to 1 (2 added, 2 removed); own had none". */
    private static String happened(ClusterSummary summary) {
        List<String> parts = new ArrayList<>();
        for (ClusterSummary.Pool pool : summary.pools()) {
            String moved = pool.added() + pool.removed() == 0 ? ""
                    : " (" + pool.added() + " added, " + pool.removed() + " removed)";
            if (pool.max() == 0) {
                parts.add(pool.name() + " had no node");
            } else if (pool.min() == pool.max()) {
                parts.add(pool.name() + " kept " + pool.max() + (pool.max() == 1 ? " node" : " nodes") + moved);
            } else {
                parts.add(pool.name() + " had " + pool.min() + " to " + pool.max() + " nodes, "
                        + Format.number(pool.mean(), 2) + " on average" + moved);
            }
        }
        return String.join("; ", parts);
    }

    /** How long pods waited for a node, and who still waited at the end. */
    private static String waiting(ClusterSummary summary) {
        if (summary.pendingPodSeconds() == 0) {
            return "No pod waited for a node.";
        }
        StringBuilder text = new StringBuilder("Pods waited for a node " + EarlyStops.clock(summary.pendingPodSeconds())
                + " in all (pod-seconds summed over pods), at most " + summary.maxPendingPods() + " at once.");
        if (!summary.unschedulable().isEmpty()) {
            text.append(" At the end ").append(summary.unschedulable().size() == 1 ? "1 pod was" : summary.unschedulable().size()
                    + (summary.unschedulable().size() == 20 ? " or more pods were" : " pods were"))
                    .append(" still waiting, e.g. ").append(summary.unschedulable().get(0)).append('.');
        }
        return text.toString();
    }

    private String reading(ScaleMarkers.Result markers, CapacityRun run) {
        StringBuilder text = new StringBuilder("Reading the chart: each pool's line counts its nodes, launching ones"
                + " included, because the provider bills a node from the moment it is asked for; the waiting line counts"
                + " the pods the scheduler could place on no node (none had room for their requests), which wait for"
                + " a new node to be Ready. Each step is a " + run.bucket() + " average, so a node that came or went"
                + " inside a step shows as a fraction.");
        Map<NodeDecision, String> examples = new EnumMap<>(NodeDecision.class);
        for (ControlEvent event : run.events()) {
            NodeDecision.of(event).ifPresent(kind -> {
                String label = kind.marker(Inputs.of(event));
                if (!label.isEmpty()) {
                    examples.putIfAbsent(kind, label);
                }
            });
        }
        if (examples.isEmpty()) {
            return text.append(" No node was added or removed in ").append(run.which()).append('.').toString();
        }
        List<String> legend = new ArrayList<>();
        examples.forEach((kind, label) -> legend.add("\"" + label + "\" " + kind.meaning()));
        text.append(" Dashed lines mark the node events: ").append(String.join("; ", legend)).append(". Events less than ")
                .append(EarlyStops.clock(Math.round(spec.durationSeconds() * ScaleMarkers.BURST_SHARE)))
                .append(" apart share one marker.");
        if (markers.bursts() > markers.labelled()) {
            text.append(" Only the first ").append(markers.labelled()).append(" of ").append(markers.bursts())
                    .append(" are labelled; the table below lists every decision.");
        }
        return text.toString();
    }

    private static String type(InstanceType type) {
        String size = type.vcpu() + " vCPU, " + Format.compact(type.memoryGiB()) + " GiB";
        return type.name().equals("custom") ? "custom, " + size : type.name() + ": " + size;
    }

    private static String capacity(CapacityType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String outcome(ControlEvent event, CapacityRun run) {
        return Format.NONE;
    }

    @Override
    public String details(ControlEvent event, CapacityRun run) {
        NodeDecision.Wording wording = new NodeDecision.Wording(currency(run), run.axis());
        return NodeDecision.of(event).map(kind -> kind.details(Inputs.of(event), wording)).orElse("");
    }

    /** The bill's currency code; the cluster's prices are in it. */
    static String currency(CapacityRun run) {
        return run.replication().attachments().get(CostSummary.class).map(c -> c.currency().getCurrencyCode())
                .orElse(io.cloudmart.sim.model.control.FinopsConfig.DEFAULT.currency().getCurrencyCode());
    }

    @Override
    public String journalNote(CapacityRun run) {
        return "The node controllers journal each node they add or remove, with the figures they decided on (for a"
                + " scale-up, each pool the expander weighed, the nodes it would add and its score, lowest wins:"
                + " least-waste scores the share of the new nodes' CPU plus the share of their memory the pending pods"
                + " would leave unused, price the " + currency(run) + " per hour per pod placed), and the spot market"
                + " each interruption notice.";
    }
}
