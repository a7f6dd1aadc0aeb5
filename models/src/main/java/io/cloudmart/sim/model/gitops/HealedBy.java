package io.cloudmart.sim.model.gitops;

/** What brought a drifted field back to Git's value. */
public enum HealedBy {
    /** A self-heal sync of the revision already synced. */
    SELF_HEAL("selfHeal"),
    /** An automated sync of a newer revision, which applies every manifest. */
    AUTOMATED_SYNC("automatedSync"),
    /** A person's sync. */
    MANUAL_SYNC("manualSync"),
    /** Nothing: the field was still drifted at the end. */
    NOTHING("none");

    private final String fieldValue;

    HealedBy(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** The name results.json uses. */
    public String fieldValue() {
        return fieldValue;
    }
}
