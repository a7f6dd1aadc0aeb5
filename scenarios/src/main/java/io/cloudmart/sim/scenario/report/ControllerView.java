package io.cloudmart.sim.scenario.report;

import java.util.List;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.report.Block;

/**
 * What the capacity part of the report shows of one kind of control loop, chosen by the prefix of the
 * controller's name in the journal ({@code hpa/} for the HorizontalPodAutoscalers; a cluster autoscaler or a
 * FinOps budget gets its own view later). Decisions of a controller without a view still appear in the
 * decisions table, with its generic columns.
 */
interface ControllerView {
    /** Names of the controllers this view explains start with this, e.g. {@code hpa/}. */
    String prefix();

    /** True when this view has something to show for the run: the section is left out when no view has. */
    boolean applies();

    /** Charts and their captions for these controllers. */
    List<Block> blocks(CapacityRun run);

    /** What came of {@code event}, for the table (e.g. when the new pods were Ready); "–" when nothing. */
    String outcome(ControlEvent event, CapacityRun run);

    /** The limit that applied, in words a learner can look up; the raw value by default. */
    default String limit(Object raw) {
        return raw == null ? Format.NONE : raw.toString();
    }

    /** True when this view explains controller {@code name}. */
    default boolean explains(String name) {
        return name.startsWith(prefix());
    }
}
