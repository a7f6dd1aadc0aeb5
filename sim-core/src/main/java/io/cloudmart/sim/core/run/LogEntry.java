package io.cloudmart.sim.core.run;

/**
 * A notable decision during a run (a pod ejected, a rate-limit window full, a saga stuck), kept so
 * reports can annotate charts and learners can replay the story.
 *
 * @param time   simulated time, seconds
 * @param source the component that decided, e.g. {@code mesh.payment}
 * @param text   what happened, in words
 */
public record LogEntry(double time, String source, String text) {
}
