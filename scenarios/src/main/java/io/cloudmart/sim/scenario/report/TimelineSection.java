package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.LogEntry;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.report.Band;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Timeline;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The report's timeline: what the control loops and the scenario did, in time order, repeated events grouped
 * ({@link TimelineGroups}), each entry a button that highlights its moment on every time chart; and the bands the
 * time charts draw for the run's windows ({@link TimelineWindow}).
 *
 * <p>Events come from the first replication (control decisions and log lines, read by {@link TimelineRules}); with
 * several, the section says so, as the charts are means and the others' events differ. Times are in the charts'
 * unit ({@link TimeAxis}).
 */
final class TimelineSection {
    static final String HEADING = "Timeline";
    /** Entries listed; a run with more (a long one with a flapping HPA) says how many were cut. */
    static final int MAX_ENTRIES = 300;

    private final ScenarioSpec spec;
    private final ExperimentResult result;
    private final TimeAxis axis;
    private final List<TimelineWindow> windows;

    TimelineSection(ScenarioSpec spec, ExperimentResult result) {
        this.spec = spec;
        this.result = result;
        this.axis = TimeAxis.forDuration(spec.durationSeconds());
        this.windows = TimelineWindow.of(spec, result);
    }

    /** The section, or empty when nothing happened that the timeline shows. */
    Optional<Section> build() {
        ReplicationResult first = result.replications().get(0);
        List<TimelineOccurrence> occurrences = new ArrayList<>();
        Map<String, Integer> omitted = new LinkedHashMap<>();
        for (ControlEvent event : first.controlEvents()) {
            Optional<TimelineOccurrence> read = TimelineRules.read(event);
            if (read.isPresent()) {
                occurrences.add(read.get());
            } else {
                omitted.merge(TimelineRules.rule(event).orElseThrow().omittedBecause(), 1, Integer::sum);
            }
        }
        for (LogEntry entry : first.log()) {
            occurrences.add(TimelineRules.read(entry));
        }
        // control decisions and log lines are each in time order; a stable sort merges them
        occurrences.sort(Comparator.comparingDouble(TimelineOccurrence::timeSeconds));
        List<Timeline.Entry> entries = new ArrayList<>();
        for (TimelineGroups.Group group : TimelineGroups.of(occurrences, window())) {
            entries.add(entry(group.kind(), group.fromSeconds(), group.toSeconds(), group.text()));
        }
        for (TimelineWindow window : windows) {
            if (window.entry() != null) {
                entries.add(entry(TimelineKind.OUTAGE, window.fromSeconds(), window.toSeconds(), window.entry()));
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        entries.sort(Comparator.comparingDouble(Timeline.Entry::from));
        String note = note(omitted, entries.size());
        List<Timeline.Entry> shown = entries.subList(0, Math.min(entries.size(), MAX_ENTRIES));
        Timeline timeline = new Timeline("What happened when (" + axis.unit() + ")", axis.label(), shown, note);
        return Optional.of(new Section(HEADING, intro(), List.<Block>of(timeline)));
    }

    /** The bands of the run's windows in the charts' unit. */
    List<Band> bands() {
        return windows.stream().map(w -> new Band(axis.convert(w.fromSeconds()), axis.convert(w.toSeconds()),
                w.label())).toList();
    }

    /** {@code sections} with {@code bands} on every chart whose x axis is the time axis {@code xLabel}. */
    static List<Section> withBands(List<Section> sections, List<Band> bands, String xLabel) {
        if (bands.isEmpty()) {
            return sections;
        }
        return sections.stream().map(section -> new Section(section.heading(), section.intro(),
                section.blocks().stream().map(block -> block instanceof Chart chart && chart.xLabel().equals(xLabel)
                        ? (Block) chart.withBands(bands) : block).toList())).toList();
    }

    /** The longest gap within a group, seconds: the charts' burst gap, so an entry spans one marker's label. */
    double window() {
        return spec.durationSeconds() * ScaleMarkers.BURST_SHARE;
    }

    private Timeline.Entry entry(TimelineKind kind, double from, double to, String text) {
        String when = to > from ? axis.format(from) + "–" + axis.withUnit(to) : axis.withUnit(from);
        return new Timeline.Entry(kind.tag(), axis.convert(from), axis.convert(to), when, text);
    }

    private String intro() {
        int n = result.replications().size();
        String source = n == 1 ? "" : " These are the events of replication 1 of " + n
                + "; the charts show means over all of them, so a moment here need not match a change there.";
        return "What the control loops and the scenario did, in time order. Events of one kind and subject less than "
                + Format.duration(window()) + " apart form one entry. Press an entry to highlight its moment on every"
                + " time chart of the report; press it again to clear."
                + (windows.isEmpty() ? "" : " Shaded bands on the time charts mark the run's windows: outages"
                + (n == 1 ? ", spot notices and rollouts." : "."))
                + source;
    }

    /** What was left out, with this run's counts, and where the list was cut. */
    private String note(Map<String, Integer> omitted, int entries) {
        List<String> parts = new ArrayList<>();
        omitted.forEach((why, count) -> parts.add(why + ": " + count));
        String text = parts.isEmpty() ? "" : "Not listed: " + String.join("; ", parts) + ".";
        if (entries > MAX_ENTRIES) {
            text += (text.isEmpty() ? "" : " ") + "Only the first " + MAX_ENTRIES + " of " + entries
                    + " entries are listed.";
        }
        return text;
    }
}
