package io.cloudmart.sim.scenario.report;

import java.util.List;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.report.Block;

/**
 * What the capacity part of the report shows of one kind of control loop, chosen by the controller's name in the
 * journal ({@code hpa/<service>} for the HorizontalPodAutoscalers, {@code cluster-autoscaler} for the Cluster
 * Autoscaler...). Decisions of a controller without a view still appear in the decisions table, with its generic
 * columns.
 */
interface ControllerView {
    /** True when this view explains the decisions of controller {@code name} (as the journal names it). */
    boolean explains(String name);

    /** True when this view has something to show for the run: the section is left out when no view has. */
    boolean applies(CapacityRun run);

    /** Charts and their captions for these controllers. */
    List<Block> blocks(CapacityRun run);

    /** What came of {@code event}, for the table (e.g. when the new pods were Ready); "–" when nothing. */
    String outcome(ControlEvent event, CapacityRun run);

    /** The limit that applied, in words a learner can look up; the raw value by default. */
    default String limit(Object raw) {
        return raw == null ? Format.NONE : raw.toString();
    }

    /**
     * True when the decisions table gives these controllers' inputs in words ({@link #details}) rather than in the
     * HPA's columns (replicas, metric, limit, outcome).
     */
    default boolean explainsInWords() {
        return true;
    }

    /** The decision's inputs in a sentence, for the details column ("+1 node in cheap for 1 pending pod"). */
    default String details(ControlEvent event, CapacityRun run) {
        return "";
    }

    /** What these controllers journal and what the table's columns mean for them, for the table's note. */
    String journalNote(CapacityRun run);
}
