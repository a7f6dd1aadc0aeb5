package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Capacity" part of the report: how the control loops moved capacity during the run, one view per kind
 * of controller ({@link ControllerView}), then the table of their decisions. Left out of a scenario without
 * autoscalers, whose report stays as it was.
 *
 * <p>It follows the summary directly: in a scenario with autoscaling, the number of pods over time is what
 * explains the latency and errors the summary reports, and one section can hold decisions of controllers
 * that belong to no single service (a cluster autoscaler, a budget).
 */
final class CapacitySection {
    static final String HEADING = "Capacity";

    private final CapacityRun run;
    private final List<ControllerView> views;

    /** @param markers the report's own markers (warm-up, load changes), also drawn on the capacity charts */
    CapacitySection(ScenarioSpec spec, io.cloudmart.sim.core.run.ExperimentResult result, List<Marker> markers) {
        this(CapacityRun.first(result, TimeAxis.forDuration(spec.durationSeconds())),
                List.of(new HpaView(spec, markers)));
    }

    CapacitySection(CapacityRun run, List<ControllerView> views) {
        this.run = run;
        this.views = List.copyOf(views);
    }

    /** The section, or empty when no controller view applies to this scenario. */
    Optional<Section> build() {
        List<ControllerView> applying = views.stream().filter(ControllerView::applies).toList();
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
            blocks.add(new ScaleDecisionTable(run, applying).build());
        }
        String intro = "How the autoscalers moved capacity during the run, warm-up included."
                + (run.replications() > 1 ? " Charts and table show " + run.which() + ", one run's story: a mean"
                + " over replications would smear each step into a ramp." : "");
        return Optional.of(new Section(HEADING, intro, blocks));
    }
}
