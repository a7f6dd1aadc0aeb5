package io.cloudmart.sim.core;

/**
 * Order of actions due at the same simulated time; within one priority they run first-scheduled,
 * first-run. Hides DSOL's convention that a higher number runs first.
 */
public enum Priority {
    /** Runs before other actions due at the same time (for example a warm-up reset). */
    FIRST((short) 9),
    /** The default. */
    NORMAL((short) 5),
    /** Runs after other actions due at the same time (for example a periodic sampler). */
    LAST((short) 1);

    private final short dsolPriority;

    Priority(short dsolPriority) {
        this.dsolPriority = dsolPriority;
    }

    /** DSOL's priority number: 1..10, higher runs first. */
    public short dsolPriority() {
        return dsolPriority;
    }
}
