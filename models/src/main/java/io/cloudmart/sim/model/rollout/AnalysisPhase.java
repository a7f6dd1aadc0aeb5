package io.cloudmart.sim.model.rollout;

/**
 * The phase of an analysis measurement, metric or run, as Argo Rollouts names them, declared from best to worst:
 * a run's phase is the worst of its completed metrics' phases ({@code utils/analysis/helpers.go}, the order
 * Successful &lt; Running &lt; Pending &lt; Inconclusive &lt; Error &lt; Failed, domain-facts 6.2).
 */
public enum AnalysisPhase {
    SUCCESSFUL("Successful"),
    RUNNING("Running"),
    PENDING("Pending"),
    INCONCLUSIVE("Inconclusive"),
    ERROR("Error"),
    FAILED("Failed");

    private final String fieldValue;

    AnalysisPhase(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** The phase as Argo writes it in a status ({@code "Successful"}). */
    public String fieldValue() {
        return fieldValue;
    }

    /** Whether the phase is final: Successful, Inconclusive, Error or Failed. */
    public boolean completed() {
        return this != RUNNING && this != PENDING;
    }

    /** The worse of the two, in Argo's order. */
    public static AnalysisPhase worst(AnalysisPhase a, AnalysisPhase b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
