package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Priority;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.gitops.Commit;
import io.cloudmart.sim.model.gitops.DesiredState;
import io.cloudmart.sim.model.gitops.GitChange;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.GitOpsReport;
import io.cloudmart.sim.model.gitops.HealedBy;
import io.cloudmart.sim.model.gitops.LiveCluster;
import io.cloudmart.sim.model.gitops.ManagedField;
import io.cloudmart.sim.model.gitops.ManualChange;

/**
 * Argo CD's application controller for one Application over the shop, timed as argo-cd
 * {@code controller/appcontroller.go} does it:
 * <ul>
 * <li>Every {@code timeout.reconciliation} its Application informer resyncs; each resync asks for a refresh after a
 * jitter drawn uniformly from {@code [0, jitter)}. The refresh reads Git only when the last comparison with Git is
 * the timeout old ({@code comparisonExpiry}); otherwise nothing happens until the next resync. So a commit is seen
 * between 0 and {@code 2 × timeout + jitter} after its push (about 100 s on average with the defaults; the
 * comparisons come every {@code timeout · e/(e−1)} on average, see docs/model.md).</li>
 * <li>With {@code webhook}, each push also refreshes the app {@code webhookDelay} later.</li>
 * <li>A comparison finds the app OutOfSync when a managed live field differs from Git. With {@code automated} a new
 * revision is synced at once, every manifest applied (which also sets drifted fields back); the revision already
 * synced is synced again only with {@code selfHeal}, after {@link io.cloudmart.sim.model.gitops.SelfHealTiming}'s
 * wait. Without {@code automated} only a person's click syncs, to Git's newest revision at the click.</li>
 * <li>A manual change to a live field is seen through the controller's watch {@link #WATCH_DELAY_SECONDS} later,
 * compared with the revision last compared (no Git read).</li>
 * <li>After every sync the controller compares again ({@code ReconciledAt} = the sync's time), which restarts the
 * expiry clock of the polling.</li>
 * </ul>
 * Every commit, manual change, comparison, drift and sync goes to the control journal as {@value #NAME}. It costs per
 * resync and per change, never per request.
 */
public final class GitOpsLoop implements ControlLoop {
    /** The journal name. */
    public static final String NAME = "argocd/application";
    /** The stream of the informer's phase and the resync jitters. */
    public static final String STREAM = "gitops.refresh";
    /**
     * [ESTIMATE] Seconds from a change to a live object to the controller's comparison it triggers: its cluster cache
     * watches the objects and requests a refresh on each event ({@code handleObjectUpdated}); the watch and the
     * work queue take well under a second on a quiet controller, one second stands for that.
     */
    public static final double WATCH_DELAY_SECONDS = 1;

    /** Times this close are a tie (sums of periods in floating point drift by far less). */
    private static final double TIE_SECONDS = 1e-6;

    /** What started a sync operation. */
    private enum SyncKind {
        AUTOMATED("automated", HealedBy.AUTOMATED_SYNC),
        SELF_HEAL("selfHeal", HealedBy.SELF_HEAL),
        MANUAL("manual", HealedBy.MANUAL_SYNC);

        private final String fieldValue;
        private final HealedBy heals;

        SyncKind(String fieldValue, HealedBy heals) {
            this.fieldValue = fieldValue;
            this.heals = heals;
        }
    }

    /** A manual change that made a field differ from Git, until a sync sets it back. */
    private static final class Drift {
        final ManualChange change;
        final ManagedField field;
        double seenAt = Double.NaN;
        double healedAt = Double.NaN;
        HealedBy healedBy = HealedBy.NOTHING;

        Drift(ManualChange change) {
            this.change = change;
            this.field = ManagedField.of(change.edit());
        }
    }

    private final GitOpsConfig config;
    private final LiveCluster cluster;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final RandomStream random;
    /** Git at revision r (after r commits); revision 0 is the state at the start. */
    private final List<DesiredState> revisions = new ArrayList<>();
    private final double[] seenAt;
    private final double[] syncedAt;
    private final boolean[] pruned;
    private final List<Drift> drifts = new ArrayList<>();

    private int pushed;
    private int seenRevision;
    private int syncedRevision;
    private double reconciledAt;
    private double lastOperationAt = Double.NEGATIVE_INFINITY;
    private int selfHealAttempts;
    private boolean selfHealPending;
    private int refreshes;
    private int syncs;

    /**
     * Reads the managed fields' values as Git's revision 0 and schedules the run's commits, manual changes, clicks and
     * the informer's resyncs. The controller ran before the run: the phase of its resyncs is drawn uniformly from
     * {@code [0, timeout)} and its last comparison took place one resync earlier, after a jitter of its own.
     */
    public GitOpsLoop(GitOpsConfig config, LiveCluster cluster, Simulation simulation) {
        this.config = config;
        this.cluster = cluster;
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.random = simulation.stream(STREAM);
        Set<ManagedField> managed = new LinkedHashSet<>();
        config.commits().forEach(c -> managed.add(ManagedField.of(c.change())));
        config.manualChanges().forEach(m -> managed.add(ManagedField.of(m.edit())));
        DesiredState state = DesiredState.of(managed, cluster);
        revisions.add(state);
        for (Commit commit : config.commits()) {
            state = state.after(commit.change());
            revisions.add(state);
        }
        int n = config.commits().size();
        seenAt = new double[n];
        syncedAt = new double[n];
        pruned = new boolean[n];
        Arrays.fill(seenAt, Double.NaN);
        Arrays.fill(syncedAt, Double.NaN);
        double now = simulation.now();
        double timeout = config.polling().timeoutSeconds();
        double phase = random.nextDouble() * timeout;
        reconciledAt = now + phase - timeout + jitter();
        for (int i = 0; i < n; i++) {
            int revision = i + 1;
            simulation.after(config.commits().get(i).atSeconds() - now, NAME, () -> push(revision));
        }
        for (ManualChange change : config.manualChanges()) {
            simulation.after(change.atSeconds() - now, NAME, () -> manualChange(change));
        }
        for (double click : config.syncAt()) {
            simulation.after(click - now, Priority.LAST, NAME, this::manualSync);
        }
        simulation.after(phase, Priority.LAST, NAME, () -> {
            reconcile();
            simulation.every(timeout, Priority.LAST, NAME, this::reconcile);
        });
    }

    /** The services whose Deployment replicas Git sets (commits) or a person scales (manual changes). */
    public static Set<String> scaledServices(GitOpsConfig config) {
        Set<String> services = new LinkedHashSet<>();
        config.commits().forEach(c -> {
            if (c.change() instanceof GitChange.ScaleDeployment s) {
                services.add(s.service());
            }
        });
        config.manualChanges().forEach(m -> {
            if (m.edit() instanceof GitChange.ScaleDeployment s) {
                services.add(s.service());
            }
        });
        return services;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double periodSeconds() {
        return config.polling().timeoutSeconds();
    }

    /** An informer resync: a refresh after a jitter. */
    @Override
    public void reconcile() {
        double delay = jitter();
        if (delay == 0) {
            poll();
        } else {
            simulation.after(delay, Priority.LAST, NAME, this::poll);
        }
    }

    private double jitter() {
        return random.nextDouble() * config.polling().jitterSeconds();
    }

    /**
     * A resync's refresh: Git is read only when the last comparison with it has expired. [CHOICE] A tie counts as
     * expired (the source's test is strict, {@code ReconciledAt + timeout} before now): ties happen only without
     * jitter, where the controller's processing latencies would decide, and so a jitter of 0 polls every timeout.
     */
    private void poll() {
        double now = simulation.now();
        if (now - reconciledAt >= config.polling().timeoutSeconds() - TIE_SECONDS) {
            compareWithGit(now, "poll");
        }
    }

    private void push(int revision) {
        pushed = revision;
        Commit commit = config.commits().get(revision - 1);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("revision", revision);
        inputs.put("change", commit.change().kind());
        inputs.put("field", ManagedField.of(commit.change()).toString());
        inputs.put("value", shown(DesiredState.valueOf(commit.change())));
        journal.record(NAME, "commit", inputs);
        if (config.webhook()) {
            simulation.after(config.webhookDelaySeconds(), Priority.LAST, NAME,
                    () -> compareWithGit(simulation.now(), "webhook"));
        }
    }

    private void manualChange(ManualChange change) {
        ManagedField field = ManagedField.of(change.edit());
        Object value = DesiredState.valueOf((GitChange) change.edit());
        if (change.edit() instanceof GitChange.ScaleDeployment s) {
            cluster.scale(s.service(), s.replicas());
        } else {
            GitChange.ApplyHpa h = (GitChange.ApplyHpa) change.edit();
            cluster.applyHpa(h.service(), h.hpa());
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("field", field.toString());
        inputs.put("value", shown(value));
        journal.record(NAME, "manualChange", inputs);
        if (!revisions.get(seenRevision).matchesLive(field, cluster)) {
            Drift drift = new Drift(change);
            drifts.add(drift);
            simulation.after(WATCH_DELAY_SECONDS, Priority.LAST, NAME, () -> watchSaw(drift));
        }
    }

    /** The watch event of a manual change: the controller compares the live state with the revision last compared. */
    private void watchSaw(Drift drift) {
        double now = simulation.now();
        List<ManagedField> differing = differing(revisions.get(seenRevision));
        if (Double.isNaN(drift.healedAt) && differing.contains(drift.field)) {
            drift.seenAt = now;
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("field", drift.field.toString());
            inputs.put("live", shown(DesiredState.live(drift.field, cluster)));
            inputs.put("git", shown(revisions.get(seenRevision).value(drift.field)));
            inputs.put("revision", seenRevision);
            journal.record(NAME, "drift", inputs);
        }
        autoSync(now, differing);
    }

    /** A refresh that reads Git: the newest revision becomes the one compared. */
    private void compareWithGit(double now, String trigger) {
        refreshes++;
        seenRevision = pushed;
        reconciledAt = now;
        for (int i = 0; i < pushed; i++) {
            if (Double.isNaN(seenAt[i])) {
                seenAt[i] = now;
            }
        }
        List<ManagedField> differing = differing(revisions.get(seenRevision));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("trigger", trigger);
        inputs.put("revision", seenRevision);
        inputs.put("status", differing.isEmpty() ? "Synced" : "OutOfSync");
        journal.record(NAME, "refresh", inputs);
        if (differing.isEmpty()) {
            markSynced(seenRevision, now); // the live state already is what Git holds
        }
        autoSync(now, differing);
    }

    /** What {@code syncPolicy.automated} does after a comparison found {@code differing} fields. */
    private void autoSync(double now, List<ManagedField> differing) {
        if (!config.automatedSync() || differing.isEmpty()) {
            return;
        }
        if (seenRevision != syncedRevision) {
            sync(now, SyncKind.AUTOMATED, seenRevision);
            return;
        }
        if (!config.selfHealing() || healable(differing).isEmpty()) {
            return; // "Skipping auto-sync: most recent sync already to <revision>"
        }
        double wait = config.selfHeal().delayAfterLastOperation(selfHealAttempts) - (now - lastOperationAt);
        if (wait <= 0) {
            sync(now, SyncKind.SELF_HEAL, syncedRevision);
        } else if (!selfHealPending) {
            // the controller requeues the app for the remaining back-off and compares again then
            selfHealPending = true;
            simulation.after(wait, Priority.LAST, NAME, () -> {
                selfHealPending = false;
                autoSync(simulation.now(), differing(revisions.get(seenRevision)));
            });
        }
    }

    /**
     * The differing fields a self-heal can set back. [CHOICE] An HPA removed from Git but kept for want of
     * {@code prune} is left out: the real controller would retry a self-heal that prunes nothing, each retry a no-op
     * after a longer back-off.
     */
    private List<ManagedField> healable(List<ManagedField> differing) {
        DesiredState target = revisions.get(seenRevision);
        return differing.stream().filter(f -> config.pruning() || target.value(f) != DesiredState.ABSENT).toList();
    }

    /** A person's click: the sync resolves the branch's newest revision itself; it does not prune. */
    private void manualSync() {
        double now = simulation.now();
        for (int i = 0; i < pushed; i++) {
            if (Double.isNaN(seenAt[i])) {
                seenAt[i] = now;
            }
        }
        seenRevision = pushed;
        sync(now, SyncKind.MANUAL, pushed);
    }

    private void sync(double now, SyncKind kind, int revision) {
        DesiredState target = revisions.get(revision);
        boolean prune = kind != SyncKind.MANUAL && config.pruning();
        List<String> applied = new ArrayList<>();
        List<String> prunesSkipped = new ArrayList<>();
        for (ManagedField field : differing(target)) {
            Object value = target.value(field);
            switch (field.kind()) {
                case REPLICAS -> cluster.scale(field.name(), (Integer) value);
                case HPA -> {
                    if (value != DesiredState.ABSENT) {
                        cluster.applyHpa(field.name(), (HpaSpec) value);
                    } else if (prune) {
                        cluster.deleteHpa(field.name());
                    } else {
                        prunesSkipped.add(field.toString());
                        continue;
                    }
                }
                case ROLLOUT -> cluster.updateRollout(field.name(), now);
            }
            applied.add(field + "=" + shown(value));
        }
        syncs++;
        syncedRevision = revision;
        lastOperationAt = now;
        selfHealAttempts = kind == SyncKind.SELF_HEAL ? selfHealAttempts + 1 : 0;
        reconciledAt = now; // the controller's comparison right after the operation
        seenRevision = Math.max(seenRevision, revision);
        markSynced(revision, now);
        for (Drift drift : drifts) {
            if (Double.isNaN(drift.healedAt) && target.matchesLive(drift.field, cluster)) {
                drift.healedAt = now;
                drift.healedBy = kind.heals;
            }
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("kind", kind.fieldValue);
        inputs.put("revision", revision);
        inputs.put("applied", String.join(", ", applied));
        if (!prunesSkipped.isEmpty()) {
            inputs.put("pruneSkipped", String.join(", ", prunesSkipped));
        }
        journal.record(NAME, "sync", inputs);
    }

    /** Commits up to {@code revision} are in the cluster now; a removed HPA counts as pruned once it is gone. */
    private void markSynced(int revision, double now) {
        for (int i = 0; i < revision; i++) {
            if (Double.isNaN(syncedAt[i])) {
                syncedAt[i] = now;
            }
            if (config.commits().get(i).change() instanceof GitChange.RemoveHpa r) {
                pruned[i] = pruned[i] || cluster.hpa(r.service()) == null;
            }
        }
    }

    /** The managed fields whose live value differs from {@code target}'s, in the order they were named. */
    private List<ManagedField> differing(DesiredState target) {
        List<ManagedField> differing = new ArrayList<>();
        for (ManagedField field : target.fields()) {
            if (!target.matchesLive(field, cluster)) {
                differing.add(field);
            }
        }
        return differing;
    }

    private static String shown(Object value) {
        if (value instanceof HpaSpec h) {
            return "HPA " + h.minReplicas() + ".." + h.maxReplicas() + " over " + h.metrics().size() + " metric"
                    + (h.metrics().size() == 1 ? "" : "s");
        }
        return String.valueOf(value);
    }

    /** What the controller did up to now. */
    public GitOpsReport report() {
        List<GitOpsReport.CommitOutcome> commits = new ArrayList<>();
        for (int i = 0; i < config.commits().size(); i++) {
            Commit commit = config.commits().get(i);
            boolean wasPruned = !(commit.change() instanceof GitChange.RemoveHpa) || pruned[i];
            commits.add(new GitOpsReport.CommitOutcome(commit, seenAt[i], syncedAt[i], wasPruned));
        }
        List<GitOpsReport.DriftOutcome> outcomes = new ArrayList<>();
        for (Drift drift : drifts) {
            outcomes.add(new GitOpsReport.DriftOutcome(drift.change, drift.seenAt, drift.healedAt, drift.healedBy));
        }
        return new GitOpsReport(commits, outcomes, refreshes, syncs);
    }
}
