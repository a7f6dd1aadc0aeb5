package io.cloudmart.sim.model.gitops;

import java.util.Objects;

/**
 * A person's change to a live object, outside Git: the live state drifts from the synced revision.
 *
 * @param atSeconds when it is made
 * @param edit      what it changes
 */
public record ManualChange(double atSeconds, LiveEdit edit) {
    public ManualChange {
        if (!(atSeconds >= 0) || !Double.isFinite(atSeconds)) {
            throw new IllegalArgumentException("a manual change's time must be finite and >= 0, got " + atSeconds);
        }
        Objects.requireNonNull(edit, "edit");
    }
}
