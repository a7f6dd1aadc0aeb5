package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.report.Marker;

/**
 * Chart markers for the events that change nodes: "+1 cheap" where the Cluster Autoscaler grew the pool
 * {@code cheap}, "−1 general" where it removed a node, "+c5.large" where Karpenter launched one, "spot notice
 * cheap-1" where a spot node got its interruption notice.
 *
 * <p>Node events come in clusters (an interruption, and the scale-up for the pods it evicted, in the same scan),
 * so events less than {@link ScaleMarkers#BURST_SHARE} of the run apart share one marker at the first of them,
 * labelled with up to {@link #MAX_PARTS} of their labels ("spot notice cheap-1, +1 cheap", a repeated one
 * as "+1 cheap ×2"); as with the HPA's
 * markers, only the first {@link ScaleMarkers#MAX_LABELLED} groups are labelled.
 */
final class NodeMarkers {
    /** Labels of one group written out; more are shortened to "…". */
    static final int MAX_PARTS = 3;

    private NodeMarkers() {
    }

    /** The markers of the node events among {@code events}, in time order, and how many groups there were. */
    static ScaleMarkers.Result of(List<ControlEvent> events, TimeAxis axis, double durationSeconds) {
        double gap = durationSeconds * ScaleMarkers.BURST_SHARE;
        List<Map<String, Integer>> labels = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (ControlEvent event : events) {
            String label = NodeDecision.of(event).map(kind -> kind.marker(Inputs.of(event))).orElse("");
            if (label.isEmpty()) {
                continue;
            }
            if (event.time() - previous >= gap || labels.isEmpty()) {
                labels.add(new LinkedHashMap<>());
                times.add(event.time());
            }
            labels.get(labels.size() - 1).merge(label, 1, Integer::sum);
            previous = event.time();
        }
        List<Marker> markers = new ArrayList<>();
        int labelled = 0;
        for (int i = 0; i < labels.size(); i++) {
            boolean label = labelled < ScaleMarkers.MAX_LABELLED;
            if (label) {
                labelled++;
            }
            markers.add(new Marker(axis.convert(times.get(i)), label ? join(labels.get(i)) : ""));
        }
        return new ScaleMarkers.Result(markers, labels.size(), labelled);
    }

    /** The group's labels in order, a repeated one as "+1 cheap ×2". */
    private static String join(Map<String, Integer> group) {
        List<String> parts = new ArrayList<>();
        group.forEach((label, n) -> parts.add(n == 1 ? label : label + " ×" + n));
        if (parts.size() <= MAX_PARTS) {
            return String.join(", ", parts);
        }
        return String.join(", ", parts.subList(0, MAX_PARTS)) + ", …";
    }
}
