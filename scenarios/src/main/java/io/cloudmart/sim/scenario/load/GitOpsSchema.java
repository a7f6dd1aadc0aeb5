package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import java.util.List;

import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.Polling;
import io.cloudmart.sim.model.gitops.SelfHealTiming;

/**
 * {@code gitops}: one Argo CD Application over the shop, each field under Argo CD's name (the Application's
 * {@code spec.syncPolicy}, {@code argocd-cm}'s {@code timeout.*}, the application controller's flags), with the
 * commits pushed and the manual changes made during the run.
 */
final class GitOpsSchema {
    /** [CHOICE] A bound that keeps a journal readable: more commits than a classroom run has. */
    static final long MAX_ENTRIES = 1_000;
    private static final String CONTROLLER = "[DEFAULT] argo-cd cmd/argocd-application-controller";
    private static final String ARGOCD_CM = "[DEFAULT] argo-cd cmd/argocd-application-controller (argocd-cm)";

    static final Field<Boolean> SELF_HEAL = Field.of("selfHeal", Kind.BOOL, false, "a live field changed by hand is"
            + " synced back to Git's value (see `controller`)").note("[DEFAULT] argo-cd docs/user-guide/auto_sync.md")
            .mirrors("spec.syncPolicy.automated.selfHeal");
    static final Field<Boolean> PRUNE = Field.of("prune", Kind.BOOL, false, "an HPA removed from Git (`removeHpa`) is"
            + " deleted at the sync; without, it stays live and the app stays OutOfSync")
            .note("[DEFAULT] argo-cd docs/user-guide/auto_sync.md").mirrors("spec.syncPolicy.automated.prune");
    static final Schema.Obj AUTOMATED = obj(SELF_HEAL, PRUNE);

    static final Field<Double> RECONCILIATION = Field.of("reconciliation", Kind.DURATION, Polling.DEFAULT_TIMEOUT_SECONDS,
            "the controller's Application informer resyncs this often; a resync's refresh reads Git when the last"
                    + " comparison with Git is at least this old").note(ARGOCD_CM).mirrors("argocd-cm timeout.reconciliation");
    static final Field<Double> RECONCILIATION_JITTER = Field.of("reconciliationJitter", Kind.DURATION_OR_ZERO,
            Polling.DEFAULT_JITTER_SECONDS, "each resync's refresh waits a time drawn uniformly below this (stream `"
                    + "gitops.refresh`)").note(ARGOCD_CM).mirrors("argocd-cm timeout.reconciliation.jitter");
    static final Schema.Obj TIMEOUT = obj(RECONCILIATION, RECONCILIATION_JITTER);

    static final Field<Boolean> WEBHOOK = Field.of("webhook", Kind.BOOL, false, "the Git host sends a push event to"
            + " the API server, which refreshes the app `webhookDelay` after each commit; polling goes on too");
    static final Field<Double> WEBHOOK_DELAY = Field.of("webhookDelay", Kind.DURATION_OR_ZERO,
            GitOpsConfig.DEFAULT_WEBHOOK_DELAY_SECONDS, "from the push to the refresh it triggers").note("[ESTIMATE]"
            + " delivery about 1 s, the handler's refresh at once (no jitter for one app), the informer within 1 s");

    static final Field<Long> SELF_HEAL_TIMEOUT = Field.of("selfHealTimeoutSeconds", Kind.whole(0, 86_400),
            (long) SelfHealTiming.DEFAULT_TIMEOUT_SECONDS, "without back-off: a self-heal runs this long after the"
                    + " previous sync at the earliest (5 before Argo CD 2.14)").note(CONTROLLER)
            .mirrors("--self-heal-timeout-seconds");
    static final Field<Long> SELF_HEAL_BACKOFF = Field.of("selfHealBackoffTimeoutSeconds", Kind.whole(0, 86_400),
            (long) SelfHealTiming.DEFAULT_BACKOFF_SECONDS, "self-heal attempt n at the same revision waits this ×"
                    + " factor^(n−1) after the previous sync, the first none; `0`: no back-off").note(CONTROLLER)
            .mirrors("--self-heal-backoff-timeout-seconds");
    static final Field<Long> SELF_HEAL_FACTOR = Field.of("selfHealBackoffFactor", Kind.whole(0, 1_000),
            (long) SelfHealTiming.DEFAULT_FACTOR, "").note(CONTROLLER).mirrors("--self-heal-backoff-factor");
    static final Field<Long> SELF_HEAL_CAP = Field.of("selfHealBackoffCapSeconds", Kind.whole(0, 86_400),
            (long) SelfHealTiming.DEFAULT_CAP_SECONDS, "the longest back-off").note(CONTROLLER)
            .mirrors("--self-heal-backoff-cap-seconds");
    static final Schema.Obj CONTROLLER_FLAGS = obj(SELF_HEAL_TIMEOUT, SELF_HEAL_BACKOFF, SELF_HEAL_FACTOR, SELF_HEAL_CAP);

    // ---------------------------------------------------------------- commits and manual changes

    static final Field<Double> AT = Field.required("at", Kind.DURATION_OR_ZERO, "in time order");
    static final Field<String> SERVICE = Field.optional("service", Kind.text("service name", TopSchema.NAME_PATTERN),
            "required with `replicas`, `hpa`, `removeHpa`", "a service of `services`");
    static final Field<Long> REPLICAS = Field.optional("replicas", Kind.whole(0, Maxima.REPLICAS), "one of the kinds",
            "the Deployment's replicas, for a service of one version without `hpa` or rollout").mirrors("Deployment"
            + " spec.replicas");
    static final Schema.Section HPA = section("hpa", CapacitySchema.HPA, "section", "one of the kinds",
            "the service's whole HorizontalPodAutoscaler, as under `services.<s>.hpa` (the service has one); applied at"
            + " the sync, the controller's memory of it kept");
    static final Field<Boolean> REMOVE_HPA = Field.optional("removeHpa", Kind.BOOL, "one of the kinds", "`true`: the"
            + " HPA's manifest deleted from Git; the live HPA goes only with `prune`");
    static final Field<String> ROLLOUT = Field.optional("rollout", Kind.text("rollout name", TopSchema.NAME_PATTERN),
            "one of the kinds", "the new image in this rollout's pod template: its update begins at the sync; a"
                    + " rollout without `startAt`, named by one commit");
    static final Schema.Obj COMMIT = obj(AT, SERVICE, REPLICAS, HPA, REMOVE_HPA, ROLLOUT);
    /** The kinds of commit, in the order the reference names them. */
    static final List<String> COMMIT_KINDS = List.of(REPLICAS.name(), HPA.name(), REMOVE_HPA.name(), ROLLOUT.name());

    static final Field<String> MANUAL_SERVICE = Field.required("service",
            Kind.text("service name", TopSchema.NAME_PATTERN), "a service of `services`");
    static final Schema.Obj MANUAL_CHANGE = obj(AT, MANUAL_SERVICE, REPLICAS, HPA);
    /** The kinds of manual change. */
    static final List<String> MANUAL_KINDS = List.of(REPLICAS.name(), HPA.name());
    static final Field<Double> SYNC_AT = Field.required("at", Kind.DURATION_OR_ZERO, "");

    static final Schema.Obj GITOPS = obj(
            section("automated", AUTOMATED, "`{selfHeal, prune}`", "absent: manual sync", "Argo CD syncs a new"
                    + " revision by itself; absent, commits wait for a time in `sync`"),
            section("timeout", TIMEOUT, "section", "all defaults", "how often the controller compares with Git on its"
                    + " own"),
            WEBHOOK, WEBHOOK_DELAY,
            section("controller", CONTROLLER_FLAGS, "section", "all defaults", "the application controller's"
                    + " self-heal flags"),
            section("commits", listOf(COMMIT), "list of commits", "none", "at most `" + MAX_ENTRIES + "`; each `at`"
                    + " and exactly one of `replicas` (with `service`), `hpa` (with `service`), `removeHpa` (with"
                    + " `service`), `rollout`"),
            section("manualChanges", listOf(MANUAL_CHANGE), "list of changes", "none", "at most `" + MAX_ENTRIES
                    + "`; a person's `kubectl scale` (`replicas`) or `kubectl apply` of an HPA (`hpa`) on a live"
                    + " field a commit manages, at `at`"),
            section("sync", listOf(SYNC_AT), "list of durations", "none", "ascending times a person clicks Sync:"
                    + " the newest revision is applied, without pruning"));

    private GitOpsSchema() {
    }
}
