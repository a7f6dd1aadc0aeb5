package io.cloudmart.sim.scenario.report;

/**
 * What a timeline entry is about, shown as its tag. One kind gathers the events a learner reads together (every
 * node change of a pool, every step of a rollout); events group only within one kind and subject (see
 * {@link TimelineGroups}).
 */
enum TimelineKind {
    /** An HPA changed a Deployment's replicas. */
    SCALE("scale"),
    /** A VPA recommended requests or evicted a pod to apply them. */
    RIGHT_SIZING("right-size"),
    /** A node controller added or removed nodes, or could not. */
    NODES("nodes"),
    /** New pods of a service passed their readiness probe: they joined its endpoints. Counted, not listed by name. */
    READY("Ready", "pod", "pods", "Ready"),
    /** A container was killed (OOMKilled) or its restart held back (CrashLoopBackOff). */
    RESTART("restart"),
    /** The spot market took a node back. */
    SPOT("spot"),
    /** A rollout's step, weight, pause, promotion or abort. */
    ROLLOUT("rollout"),
    /** An analysis run finished (the canary's step, blue-green's pre-promotion, a background run). */
    ANALYSIS("analysis"),
    /** The mesh ejected a host from load balancing or returned it. */
    EJECTION("ejection"),
    /** A window of the scenario in which a service, a cache or Vault refuses requests. */
    OUTAGE("outage"),
    /** A saga type's compensation burst or a stuck saga. */
    SAGA("saga"),
    /** Spending crossed a budget threshold. */
    BUDGET("budget"),
    /** Argo CD: a commit, a manual change, drift, a sync. */
    GITOPS("GitOps"),
    /** A Vault agent's init or lease trouble. */
    VAULT("Vault"),
    /** The run itself, e.g. stopped early. */
    RUN("run"),
    /** An event the timeline does not know yet, shown as journaled rather than dropped. */
    OTHER("other");

    private final String tag;
    /** For a tallied kind the noun of one and of several ("pod", "pods") and what they did ("Ready"); else null. */
    private final String one;
    private final String several;
    private final String did;

    TimelineKind(String tag) {
        this(tag, null, null, null);
    }

    TimelineKind(String tag, String one, String several, String did) {
        this.tag = tag;
        this.one = one;
        this.several = several;
        this.did = did;
    }

    /** True for a kind whose group reads as a count and a range of how long each took ("7 pods Ready, 27–41 s …"). */
    boolean tallied() {
        return one != null;
    }

    /** "7 pods Ready", "1 pod Ready" for a tallied kind. */
    String tally(int n) {
        return n + " " + (n == 1 ? one : several) + " " + did;
    }

    /** What one of a tallied kind did: "Ready". */
    String did() {
        return did;
    }

    /** The short tag in front of an entry. */
    String tag() {
        return tag;
    }
}
