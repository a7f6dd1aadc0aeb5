package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups repeated events into one timeline entry: an event joins the latest group of the same kind and subject
 * when it comes less than the window after that group's last event, so "HPA scaled order 4→6→9 (3 decisions)"
 * or "pool workers: +1 workers ×3 (3 events)" stands for a burst that a list of single lines would spread over a
 * screen. Events of other kinds or subjects in between do not break a group. The window is the charts' burst
 * gap ({@link ScaleMarkers#BURST_SHARE} of the run), so an entry spans what one marker label on a chart would.
 */
final class TimelineGroups {
    /** Steps of a chain written out; longer ones read "2→…→10 (7 decisions)". */
    static final int MAX_CHAIN = 5;
    /** Distinct phrases of a group written out; more are shortened to "…". */
    static final int MAX_PARTS = 4;

    /**
     * Events of one kind and subject, in time order.
     *
     * @param kind    what they are about
     * @param subject who they happened to
     * @param members the events, at least one
     */
    record Group(TimelineKind kind, String subject, List<TimelineOccurrence> members) {
        double fromSeconds() {
            return members.get(0).timeSeconds();
        }

        double toSeconds() {
            return members.get(members.size() - 1).timeSeconds();
        }

        /** The entry's text: a chain of counts, a tally with its range, or the distinct phrases with their counts. */
        String text() {
            int n = members.size();
            if (kind.tallied()) {
                return tally();
            }
            if (members.get(0).chained()) {
                StringBuilder chain = new StringBuilder(subject).append(' ').append(members.get(0).chainFrom());
                if (n <= MAX_CHAIN) {
                    members.forEach(m -> chain.append('→').append(m.chainTo()));
                } else {
                    chain.append("→…→").append(members.get(n - 1).chainTo());
                }
                return n == 1 ? chain.toString() : chain + " (" + n + " decisions)";
            }
            Map<String, Integer> phrases = new LinkedHashMap<>();
            members.forEach(m -> phrases.merge(m.phrase(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            phrases.forEach((phrase, count) -> parts.add(count == 1 ? phrase : phrase + " ×" + count));
            String joined = parts.size() <= MAX_PARTS ? String.join(", ", parts)
                    : String.join(", ", parts.subList(0, MAX_PARTS)) + ", …";
            return subject + ": " + joined + (n == 1 ? "" : " (" + n + " events)");
        }

        /** "checkout: 7 pods Ready, 27–41 s after creation"; one alone is named: "checkout-stable-3 Ready, 27 s …". */
        private String tally() {
            int n = members.size();
            DoubleSummaryStatistics took = members.stream().mapToDouble(TimelineOccurrence::tookSeconds)
                    .summaryStatistics();
            String counted = n == 1 ? members.get(0).phrase() + " " + kind.did() : kind.tally(n);
            String from = Format.number(took.getMin(), 0);
            String to = Format.number(took.getMax(), 0);
            return subject + ": " + counted + ", " + (from.equals(to) ? from : from + "–" + to) + " s after creation";
        }
    }

    private TimelineGroups() {
    }

    /**
     * The groups of {@code occurrences} (in time order), ordered by their first event.
     *
     * @param windowSeconds the longest gap within a group, seconds
     */
    static List<Group> of(List<TimelineOccurrence> occurrences, double windowSeconds) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> open = new HashMap<>();
        for (TimelineOccurrence occurrence : occurrences) {
            String key = occurrence.kind() + "\u0000" + occurrence.subject();
            Group group = open.get(key);
            if (group == null || occurrence.timeSeconds() - group.toSeconds() >= windowSeconds) {
                group = new Group(occurrence.kind(), occurrence.subject(), new ArrayList<>());
                groups.add(group);
                open.put(key, group);
            }
            group.members().add(occurrence);
        }
        groups.replaceAll(g -> new Group(g.kind(), g.subject(), List.copyOf(g.members())));
        return groups;
    }
}
