package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.report.Marker;

/**
 * Chart markers for a controller's scale decisions: "↑ 2→4" at a scale-up, "↓ 8→6" at a scale-down.
 *
 * <p>A controller scales in bursts (the HPA may step every 15 s while pods start), and labels 15 s apart
 * would print over each other. So decisions in the same direction less than {@link #BURST_SHARE} of the run
 * apart form one burst, marked once at its first decision with the whole chain ("↑ 2→4→8"); the desired
 * line shows its later steps (a dashed line each would cut through the label). Only the first
 * {@link #MAX_LABELLED} bursts are labelled, later ones get a bare line, and the caption says how many were
 * not; the decisions table lists each decision.
 */
final class ScaleMarkers {
    /** Bursts closer than this share of the time axis merge: about 50 px of a 900 px chart, one label's width. */
    static final double BURST_SHARE = 0.06;
    /** Labelled bursts per chart; beyond it the chart would be a wall of text. */
    static final int MAX_LABELLED = 12;
    /** Steps of a burst written out in full; longer chains are shortened to "2→…→10 (5 steps)". */
    static final int MAX_CHAIN = 3;

    /**
     * The markers and how many bursts there were.
     *
     * @param markers  one per burst, at its first decision, in time order; unlabelled after the first
     *                 {@link #MAX_LABELLED}
     * @param bursts   bursts found
     * @param labelled bursts that got a label
     */
    record Result(List<Marker> markers, int bursts, int labelled) {
        Result {
            markers = List.copyOf(markers);
        }
    }

    private ScaleMarkers() {
    }

    /**
     * Markers for the decisions of {@code events} that changed a count from input {@code fromKey} to input
     * {@code toKey} (for the HPA {@code currentReplicas} and {@code desiredReplicas}); held decisions are left out.
     */
    static Result of(List<ControlEvent> events, String fromKey, String toKey, TimeAxis axis, double durationSeconds) {
        double burstGap = durationSeconds * BURST_SHARE;
        List<List<ControlEvent>> bursts = new ArrayList<>();
        ControlEvent previous = null;
        for (ControlEvent event : events) {
            int direction = direction(event, fromKey, toKey);
            if (direction == 0) {
                continue;
            }
            boolean joins = previous != null && direction(previous, fromKey, toKey) == direction
                    && event.time() - previous.time() < burstGap;
            if (!joins) {
                bursts.add(new ArrayList<>());
            }
            bursts.get(bursts.size() - 1).add(event);
            previous = event;
        }
        List<Marker> markers = new ArrayList<>();
        int labelled = 0;
        for (List<ControlEvent> burst : bursts) {
            boolean label = labelled < MAX_LABELLED;
            if (label) {
                labelled++;
            }
            markers.add(new Marker(axis.convert(burst.get(0).time()), label ? label(burst, fromKey, toKey) : ""));
        }
        return new Result(markers, bursts.size(), labelled);
    }

    /** +1 for a rise, −1 for a fall, 0 for no change or inputs that are not counts. */
    static int direction(ControlEvent event, String fromKey, String toKey) {
        if (!(event.inputs().get(fromKey) instanceof Number from) || !(event.inputs().get(toKey) instanceof Number to)) {
            return 0;
        }
        return Double.compare(to.doubleValue(), from.doubleValue());
    }

    private static String label(List<ControlEvent> burst, String fromKey, String toKey) {
        String arrow = direction(burst.get(0), fromKey, toKey) > 0 ? "↑ " : "↓ ";
        StringBuilder chain = new StringBuilder(count(burst.get(0), fromKey));
        if (burst.size() <= MAX_CHAIN) {
            for (ControlEvent event : burst) {
                chain.append('→').append(count(event, toKey));
            }
        } else {
            chain.append("→…→").append(count(burst.get(burst.size() - 1), toKey))
                    .append(" (").append(burst.size()).append(" steps)");
        }
        return arrow + chain;
    }

    private static String count(ControlEvent event, String key) {
        return Format.compact(((Number) event.inputs().get(key)).doubleValue());
    }
}
