package io.cloudmart.sim.model.rollout.analysis;

/** A condition as written (kept for messages) and as parsed. */
public record ConditionExpression(String source, Condition condition) {

    /** Parses {@code source}; see {@link ConditionParser} for the accepted subset. */
    public static ConditionExpression parse(String source) {
        return new ConditionExpression(source, ConditionParser.parse(source));
    }

    @Override
    public String toString() {
        return source;
    }
}
