package io.cloudmart.sim.core;

import java.util.Locale;

/** An action failed inside a replication: carries the simulated time and the action's label. */
public final class SimulationFailure extends RuntimeException {
    private final double simTime;
    private final String eventLabel;

    public SimulationFailure(double simTime, String eventLabel, Throwable cause) {
        super(String.format(Locale.US, "event '%s' failed at t=%.6f s: %s", eventLabel, simTime, describe(cause)), cause);
        this.simTime = simTime;
        this.eventLabel = eventLabel;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Simulated time of the failure, in seconds. */
    public double simTime() {
        return simTime;
    }

    /** The label the failing action was scheduled with. */
    public String eventLabel() {
        return eventLabel;
    }
}
