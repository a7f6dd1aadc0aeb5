package io.cloudmart.sim.scenario.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded. Carries every issue found, not just the first, so a learner can
 * fix them all in one go; {@link #getMessage()} lists them one per line.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Issue> issues;

    /**
     * @param issues the problems found, in the order to report them; at least one
     */
    public ScenarioException(List<Issue> issues) {
        super(issues.stream().map(Issue::format).collect(Collectors.joining("\n")));
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one issue");
        }
        this.issues = List.copyOf(issues);
    }

    /** The problems found, in report order (by source, then line and column). */
    public List<Issue> issues() {
        return issues;
    }
}
