package io.cloudmart.sim.model.service;

/**
 * Whether a version's readiness probe ever passes. A {@link #FAILING} probe (a release whose health endpoint
 * answers 503, or a probe pointing at a port the new code no longer opens) keeps its pods Running and not Ready:
 * they hold their node's resources and are billed, but are never in the Service's endpoints, so they get no traffic.
 */
public enum Readiness {
    /** The probe passes at its first run after the app is up ({@link StartupSpec#readyAfterContainerStart()}). */
    PASSING("passing"),
    /** The probe never passes. */
    FAILING("failing");

    private final String fieldValue;

    Readiness(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** How the scenario file spells it. */
    public String fieldValue() {
        return fieldValue;
    }

    /** The value spelled {@code value} in a scenario file. */
    public static Readiness fromFieldValue(String value) {
        for (Readiness r : values()) {
            if (r.fieldValue.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("readiness must be passing or failing, got " + value);
    }
}
