package io.cloudmart.sim.scenario.report;

import java.util.Optional;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.control.NodeProvisioner;

/**
 * What the node controllers journal, as the report reads it: the Cluster Autoscaler ({@code cluster-autoscaler}),
 * a Karpenter NodePool ({@code karpenter}) and the spot market ({@code spot}), each decision with its marker label
 * for the charts (empty for decisions that change no node) and its inputs in a sentence for the decisions table.
 *
 * <p>The controller and decision names are the ones the models journal (ClusterAutoscalerLoop, KarpenterLoop,
 * SpotMarket); the spot market's name is package-private there, so it is written again here, and the report tests
 * run the shop to check every decision of a cluster run is recognised.
 */
enum NodeDecision {
    /** The Cluster Autoscaler grew a node group for pending pods. */
    CA_SCALE_UP(Controllers.CLUSTER_AUTOSCALER, "scaleUp") {
        @Override
        String meaning() {
            return "nodes the Cluster Autoscaler added to that pool";
        }

        @Override
        String marker(Inputs in) {
            return "+" + in.figure("nodes") + " " + in.text("pool");
        }

        @Override
        String details(Inputs in, Wording words) {
            return "+" + in.count("nodes", "node") + " in " + in.text("pool") + " for " + in.count("pendingPods", "pending pod")
                    + "; expander " + in.text("reason");
        }
    },
    /** It removed a node that stayed unneeded long enough. */
    CA_SCALE_DOWN(Controllers.CLUSTER_AUTOSCALER, "scaleDown") {
        @Override
        String meaning() {
            return "a node it removed from that pool";
        }

        @Override
        String marker(Inputs in) {
            return "−1 " + in.text("pool");
        }

        @Override
        String details(Inputs in, Wording words) {
            String why = in.flag("empty") ? " (empty)"
                    : " (" + in.count("podsEvicted", "pod") + " evicted): its pods' requests were "
                            + Format.percentOf(in.number("utilization")) + " of the node";
            return "removed " + in.text("node") + " of " + in.text("pool") + why + ", unneeded since "
                    + words.time(in.number("unneededSince"));
        }
    },
    /** It gave up on a node that did not become Ready in time. */
    CA_GAVE_UP(Controllers.CLUSTER_AUTOSCALER, "gaveUp") {
        @Override
        String meaning() {
            return "a node it gave up on because it did not become Ready";
        }

        @Override
        String marker(Inputs in) {
            return "−1 " + in.text("pool") + " (gave up)";
        }

        @Override
        String details(Inputs in, Wording words) {
            return in.text("node") + " of " + in.text("pool") + " was not Ready within --max-node-provision-time: removed";
        }
    },
    /** Karpenter launched the cheapest offering that fits pending pods. */
    KARPENTER_PROVISION(Controllers.KARPENTER, "provision") {
        @Override
        String meaning() {
            return "a node of that instance type Karpenter launched";
        }

        @Override
        String marker(Inputs in) {
            return "+" + in.text("instanceType") + (in.text("capacityType").equals(CapacityType.SPOT.name()) ? " (spot)" : "");
        }

        @Override
        String details(Inputs in, Wording words) {
            return launch(in, words) + " for " + in.count("pods", "pending pod");
        }
    },
    /** Karpenter launched a cheaper node to replace an underused one, removed once the new one is Ready. */
    KARPENTER_REPLACE(Controllers.KARPENTER, "consolidateReplace") {
        @Override
        String meaning() {
            return "a cheaper node Karpenter launched to replace one";
        }

        @Override
        String marker(Inputs in) {
            return "⇄ " + in.text("instanceType");
        }

        @Override
        String details(Inputs in, Wording words) {
            return "consolidation: " + launch(in, words) + " to take the " + in.count("pods", "pod") + " of "
                    + in.text("replaces") + " (" + in.text("replacesInstanceType") + ", " + in.figure("replacesPricePerHour")
                    + " " + words.currency() + "/h), which goes once the new node is Ready";
        }
    },
    /** Karpenter deleted a node whose pods fit elsewhere (or that was empty). */
    KARPENTER_DELETE(Controllers.KARPENTER, "consolidateDelete") {
        @Override
        String meaning() {
            return "a node Karpenter's consolidation deleted";
        }

        @Override
        String marker(Inputs in) {
            return "−" + in.text("node");
        }

        @Override
        String details(Inputs in, Wording words) {
            return "consolidation deleted " + in.text("node") + " (" + in.text("reason") + "): " + in.text("explanation");
        }
    },
    /** Karpenter wanted a node but the NodePool was at its limit. */
    KARPENTER_LIMIT(Controllers.KARPENTER, "limitReached") {
        @Override
        String details(Inputs in, Wording words) {
            return "NodePool " + in.text("nodePool") + " is at its limit of " + in.count("maxNodes", "node")
                    + ": no launch";
        }
    },
    /** The spot market took a spot node back, with a notice. */
    SPOT_INTERRUPTION(Controllers.SPOT, "interruption") {
        @Override
        String meaning() {
            return "a spot interruption: the node is drained at once and stops when its pods are gone or its notice ends, whichever is first";
        }

        @Override
        String marker(Inputs in) {
            return "spot notice " + in.text("node");
        }

        @Override
        String details(Inputs in, Wording words) {
            String cause = in.text("cause").equals("rate") ? "drawn at the interruption rate" : "scheduled in the scenario";
            return in.text("node") + " of " + in.text("pool") + " (" + in.count("pods", "pod") + ") gets a "
                    + Format.duration(in.number("noticeSeconds")) + " notice (" + cause
                    + "): drained now, it stops once its pods are gone or the notice ends";
        }
    },
    /** An interruption was due but no spot node ran. */
    SPOT_NONE(Controllers.SPOT, "noSpotNode") {
        @Override
        String details(Inputs in, Wording words) {
            return "an interruption was due but no spot node was running";
        }
    };

    /** The controllers' names as journaled. */
    static final class Controllers {
        static final String CLUSTER_AUTOSCALER = NodeProvisioner.CLUSTER_AUTOSCALER.controller();
        static final String KARPENTER = NodeProvisioner.KARPENTER.controller();
        static final String SPOT = io.cloudmart.sim.model.control.JournalNames.SPOT;

        private Controllers() {
        }

        static boolean any(String name) {
            return name.equals(CLUSTER_AUTOSCALER) || name.equals(KARPENTER) || name.equals(SPOT);
        }
    }

    /** How amounts and times are written: the bill's currency and the report's time axis. */
    record Wording(String currency, TimeAxis axis) {
        String time(double seconds) {
            return Double.isFinite(seconds) ? axis.withUnit(seconds) : Inputs.MISSING;
        }
    }

    private final String controller;
    private final String decision;

    NodeDecision(String controller, String decision) {
        this.controller = controller;
        this.decision = decision;
    }

    /** The controller's name as journaled. */
    String controller() {
        return controller;
    }

    /** The decision as journaled. */
    String decision() {
        return decision;
    }

    /** The kind of {@code event}, if a node controller journaled it. */
    static Optional<NodeDecision> of(ControlEvent event) {
        for (NodeDecision kind : values()) {
            if (kind.controller.equals(event.controller()) && kind.decision.equals(event.decision())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The label of this decision's marker on the node and cost charts; empty when it changes no node. */
    String marker(Inputs in) {
        return "";
    }

    /** What this decision's marker means, for the chart's caption; empty when it has no marker. */
    String meaning() {
        return "";
    }

    /** The decision's inputs in a sentence. */
    abstract String details(Inputs in, Wording words);

    /** "launched c5.large (spot, 0.0384 USD/h), cheapest of 6 fitting offerings". */
    private static String launch(Inputs in, Wording words) {
        return "launched " + in.text("instanceType") + " (" + in.text("capacityType").toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + ", " + in.figure("pricePerHour") + " " + words.currency() + "/h), cheapest of "
                + in.count("fittingOfferings", "fitting offering");
    }
}
