package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Capacity" part of the report: how the control loops moved capacity during the run, one view per kind
 * of controller ({@link ControllerView}): the HPAs' pods, the cluster's nodes, the bill and the VPAs'
 * right-sizing, then the table of their decisions. Left out of a scenario without autoscalers or a cluster,
 * whose report stays as it was; with a cluster it is "Capacity and cost".
 *
 * <p>It follows the summary directly: in a scenario with autoscaling, the number of pods over time is what
 * explains the latency and errors the summary reports, and one section can hold decisions of controllers
 * that belong to no single service (a cluster autoscaler, a budget).
 */
final class CapacitySection {
    static final String HEADING = "Capacity";
    static final String HEADING_WITH_COST = "Capacity and cost";

    private final CapacityRun run;
    private final List<ControllerView> views;

    /** @param markers the report's own markers (warm-up, load changes), also drawn on the capacity charts */
    CapacitySection(ScenarioSpec spec, ExperimentResult result, List<Marker> markers) {
        this(CapacityRun.first(result, TimeAxis.forDuration(spec.durationSeconds())), views(spec, markers));
    }

    CapacitySection(CapacityRun run, List<ControllerView> views) {
        this.run = run;
        this.views = List.copyOf(views);
    }

    /** Pods, then the nodes they run on, then what the nodes cost, then what right-sizing would save of it. */
    private static List<ControllerView> views(ScenarioSpec spec, List<Marker> markers) {
        ClusterView nodes = new ClusterView(spec, markers);
        return List.of(new HpaView(spec, markers), nodes, new CostView(spec, nodes), new RightSizingView(spec));
    }

    /** The section, or empty when no controller view applies to this scenario. */
    Optional<Section> build() {
        List<ControllerView> applying = views.stream().filter(v -> v.applies(run)).toList();
        if (applying.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        for (ControllerView view : applying) {
            blocks.addAll(view.blocks(run));
        }
        if (run.events().isEmpty()) {
            blocks.add(new Paragraph("No control loop journaled a decision in " + run.which() + "."));
        } else {
            blocks.addAll(new ScaleDecisionTable(run, applying).build());
        }
        boolean cost = applying.stream().anyMatch(CostView.class::isInstance);
        String intro = (cost ? "How the autoscalers and the cluster's nodes moved capacity during the run, and what"
                + " it cost, warm-up included (the provider bills every second a node runs)."
                : "How the autoscalers moved capacity during the run, warm-up included.")
                + (run.replications() > 1 ? " Charts and table show " + run.which() + ", one run's story: a mean"
                + " over replications would smear each step into a ramp." : "");
        return Optional.of(new Section(cost ? HEADING_WITH_COST : HEADING, intro, blocks));
    }
}
