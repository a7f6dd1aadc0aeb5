package io.cloudmart.sim.model.saga;

/**
 * A notable moment in the life of a saga type, for the run's event log and chart annotations.
 *
 * @param timeSeconds simulated time, seconds
 * @param saga        the saga definition's name
 * @param kind        what happened
 * @param sagaId      the saga instance concerned, or −1 for an aggregate event
 * @param step        the step concerned, or null
 * @param detail      one human sentence
 */
public record SagaEvent(double timeSeconds, String saga, Kind kind, long sagaId, String step, String detail) {
    /** Kinds of notable events. */
    public enum Kind {
        /** One saga became STUCK. */
        STUCK,
        /** Compensations started in one window reached the {@link BurstRule} threshold. */
        COMPENSATION_BURST
    }

    /** The event in words, for the run log: e.g. "stuck at step release-inventory (saga 42): …". */
    public String describe() {
        String what = kind == Kind.STUCK ? "stuck" : "compensation burst";
        String where = step == null ? "" : " at step " + step;
        String which = sagaId < 0 ? "" : " (saga " + sagaId + ")";
        return what + where + which + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
}
