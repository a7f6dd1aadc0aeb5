package io.cloudmart.sim.model.gitops;

import java.util.Objects;

/**
 * A commit pushed to the branch the Application tracks.
 *
 * @param atSeconds when it is pushed
 * @param change    what it changes
 */
public record Commit(double atSeconds, GitChange change) {
    public Commit {
        if (!(atSeconds >= 0) || !Double.isFinite(atSeconds)) {
            throw new IllegalArgumentException("a commit's time must be finite and >= 0, got " + atSeconds);
        }
        Objects.requireNonNull(change, "change");
    }
}
