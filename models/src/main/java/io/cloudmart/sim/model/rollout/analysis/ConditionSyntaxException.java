package io.cloudmart.sim.model.rollout.analysis;

/**
 * A success or failure condition outside the subset of Argo's expr language that the simulator understands. The
 * column (1-based) points at the offending character so the scenario loader can report it next to the field.
 */
public final class ConditionSyntaxException extends IllegalArgumentException {
    private final int column;
    private final String problem;

    ConditionSyntaxException(String condition, int column, String problem) {
        super("condition \"" + condition + "\", column " + column + ": " + problem + ". " + ConditionParser.ALLOWED);
        this.column = column;
        this.problem = problem;
    }

    /** 1-based column of the character where parsing stopped. */
    public int column() {
        return column;
    }

    /** What was wrong, without the condition text and the list of what is allowed. */
    public String problem() {
        return problem;
    }
}
