package io.cloudmart.sim.model.gitops;

/** What a person can change by hand on a live object Argo CD manages ({@code kubectl scale}, {@code kubectl edit hpa}). */
public sealed interface LiveEdit permits GitChange.ScaleDeployment, GitChange.ApplyHpa {
    /** The service whose object is edited. */
    String service();

    /** The field edited, as results.json names it. */
    String kind();
}
