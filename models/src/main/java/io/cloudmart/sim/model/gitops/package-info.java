/**
 * Argo CD's sync of one Application: what Git holds over time ({@link io.cloudmart.sim.model.gitops.Commit}s of typed
 * {@link io.cloudmart.sim.model.gitops.GitChange}s), what people change by hand on the live cluster
 * ({@link io.cloudmart.sim.model.gitops.ManualChange}), how the controller learns of a commit (polling with jitter,
 * or a webhook) and how it syncs and self-heals ({@link io.cloudmart.sim.model.gitops.Automated},
 * {@link io.cloudmart.sim.model.gitops.SelfHealTiming}). The controller that runs it over a shop is
 * {@link io.cloudmart.sim.model.control.GitOpsLoop}; what it did is a {@link io.cloudmart.sim.model.gitops.GitOpsReport}.
 */
package io.cloudmart.sim.model.gitops;
