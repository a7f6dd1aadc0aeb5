package io.cloudmart.sim.scenario.spec;

/**
 * The {@code warmup} field as written: a duration, or {@code auto} (chosen by MSER-5 when the run starts).
 *
 * @param auto    true for {@code auto}
 * @param seconds the duration, seconds (0 for {@code auto})
 */
public record WarmupSpec(boolean auto, double seconds) {
    public static final WarmupSpec AUTO = new WarmupSpec(true, 0);
    /** What {@code warmup: auto} is written as. */
    public static final String AUTO_WORD = "auto";

    public static WarmupSpec fixed(double seconds) {
        return new WarmupSpec(false, seconds);
    }
}
