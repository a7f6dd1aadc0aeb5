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
 * @param tookSeconds for a tallied kind ({@link TimelineKind#tallied()}: a pod Ready) how long it took, seconds
 *                    (creation to Ready), which the group reads as a range; else NaN
 */
record TimelineOccurrence(double timeSeconds, TimelineKind kind, String subject, String phrase, String chainFrom,
                          String chainTo, double tookSeconds) {
    /** An occurrence that is not a change of a count. */
    TimelineOccurrence(double timeSeconds, TimelineKind kind, String subject, String phrase) {
        this(timeSeconds, kind, subject, phrase, null, null, Double.NaN);
    }

    /** A change of a count (an HPA decision) from {@code chainFrom} to {@code chainTo}. */
    TimelineOccurrence(double timeSeconds, TimelineKind kind, String subject, String phrase, String chainFrom,
                       String chainTo) {
        this(timeSeconds, kind, subject, phrase, chainFrom, chainTo, Double.NaN);
    }

    /** One of a tallied kind: {@code phrase} names it (a pod), {@code tookSeconds} how long it took. */
    static TimelineOccurrence tallied(double timeSeconds, TimelineKind kind, String subject, String phrase,
                                      double tookSeconds) {
        return new TimelineOccurrence(timeSeconds, kind, subject, phrase, null, null, tookSeconds);
    }

    boolean chained() {
        return chainFrom != null;
    }
}
