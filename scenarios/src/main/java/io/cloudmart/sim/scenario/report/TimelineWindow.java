package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.control.RolloutLoop;
import io.cloudmart.sim.scenario.spec.OutageSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * A stretch of a run drawn as a band on the time charts: an outage the scenario declares (a service, a cache,
 * Vault), and, with one replication, a spot node's notice period and a rollout from its first step to its promotion
 * or abort. With several replications the charts are means, and one replication's windows would mark times the
 * others did not share; the scenario's outages are the same in all of them.
 *
 * @param fromSeconds start, simulated seconds, within the run
 * @param toSeconds   end, within the run
 * @param label       the band's legend entry, shared by windows of one kind and subject ("payment outage")
 * @param entry       the timeline entry's text when the window is an entry of its own, or null when the timeline
 *                    has its events already (a spot notice, a rollout's steps)
 */
record TimelineWindow(double fromSeconds, double toSeconds, String label, String entry) {

    /** Decisions that end a rollout's window. */
    private static final List<String> ROLLOUT_ENDS = List.of("Promoted", "Aborted");

    /** The run's windows, outages first, each clamped to the run. */
    static List<TimelineWindow> of(ScenarioSpec spec, ExperimentResult result) {
        double end = spec.durationSeconds();
        List<TimelineWindow> windows = new ArrayList<>();
        spec.services().forEach((name, service) -> outages(service.outages(), name + " outage",
                name + " refuses every connection", end, windows));
        spec.caches().forEach((name, cache) -> outages(cache.outages(), name + " cache outage",
                "cache " + name + " is down", end, windows));
        if (spec.vault() != null) {
            outages(spec.vault().outages(), "Vault outage", "Vault refuses every request", end, windows);
        }
        if (result.replications().size() == 1) {
            List<ControlEvent> events = result.replications().get(0).controlEvents();
            spotNotices(events, end, windows);
            rollouts(events, end, windows);
        }
        return List.copyOf(windows);
    }

    private static void outages(List<OutageSpec> outages, String label, String entry, double end,
                                List<TimelineWindow> into) {
        for (OutageSpec outage : outages) {
            add(outage.atSeconds(), outage.atSeconds() + outage.forSeconds(), label, entry, end, into);
        }
    }

    private static void spotNotices(List<ControlEvent> events, double end, List<TimelineWindow> into) {
        for (ControlEvent event : events) {
            if (event.controller().equals(NodeDecision.Controllers.SPOT) && event.decision().equals("interruption")) {
                double notice = Inputs.of(event).number("noticeSeconds");
                if (Double.isFinite(notice)) {
                    add(event.time(), event.time() + notice, "spot notice", null, end, into);
                }
            }
        }
    }

    /** Each rollout from its first event to its promotion or abort (or the end of the run). */
    private static void rollouts(List<ControlEvent> events, double end, List<TimelineWindow> into) {
        String prefix = RolloutLoop.nameFor("");
        Map<String, Double> started = new LinkedHashMap<>();
        Map<String, Double> ended = new HashMap<>();
        for (ControlEvent event : events) {
            if (!event.controller().startsWith(prefix) || ended.containsKey(event.controller())) {
                continue;
            }
            started.putIfAbsent(event.controller(), event.time());
            if (ROLLOUT_ENDS.contains(event.decision())) {
                ended.put(event.controller(), event.time());
            }
        }
        started.forEach((controller, from) -> add(from, ended.getOrDefault(controller, end),
                "rollout " + controller.substring(prefix.length()), null, end, into));
    }

    private static void add(double from, double to, String label, String entry, double end,
                            List<TimelineWindow> into) {
        double a = Math.max(0, Math.min(from, end));
        double b = Math.max(a, Math.min(to, end));
        into.add(new TimelineWindow(a, b, label, entry));
    }
}
