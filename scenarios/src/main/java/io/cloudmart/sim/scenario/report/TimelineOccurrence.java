package io.cloudmart.sim.scenario.report;

/**
 * One event as the timeline reads it, before grouping.
 *
 * @param timeSeconds when, simulated seconds
 * @param kind        what it is about
 * @param subject     who it happened to, as the entry's text begins: "HPA scaled order", "pool workers"; events
 *                    group only with the same kind and subject
 * @param phrase      what happened, short: "+1 workers", "weight 0→20 %"
 * @param chainFrom   for a count that changed (an HPA decision) the count before, else null; the group then reads
 *                    as a chain "4→6→9"
 * @param chainTo     the count after, or null
 */
record TimelineOccurrence(double timeSeconds, TimelineKind kind, String subject, String phrase, String chainFrom,
                          String chainTo) {
    /** An occurrence that is not a change of a count. */
    TimelineOccurrence(double timeSeconds, TimelineKind kind, String subject, String phrase) {
        this(timeSeconds, kind, subject, phrase, null, null);
    }

    boolean chained() {
        return chainFrom != null;
    }
}
