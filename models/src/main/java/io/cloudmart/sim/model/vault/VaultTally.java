package io.cloudmart.sim.model.vault;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * The init containers' and renewers' counts over one replication, their journal lines ({@code vault} in
 * {@code events.jsonl}) and the level {@code vault.initWaiting} (pods in their init container now).
 */
final class VaultTally {
    /** The controller name of Vault's lines in the control journal. */
    static final String JOURNAL = "vault";
    /** Pods in their {@code vault-agent-init} container now, a level with series. */
    static final String WAITING_METRIC = "vault.initWaiting";

    private final Simulation simulation;
    private final ControlJournal journal;
    private final TimeWeighted waiting;
    private int inInit;
    private long initialized;
    private long delayed;
    private double waitTotal;
    private double waitMax;
    private long renewals;
    private long renewalFailures;
    private long expired;
    private double expiredSeconds;
    /** Pods whose secrets are expired now, and since when in all: for the seconds still running at the end. */
    private int expiredNow;
    private double expiredSince;

    VaultTally(Simulation simulation) {
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.waiting = simulation.metrics().level(WAITING_METRIC, 0, true);
    }

    ControlJournal journal() {
        return journal;
    }

    void initStarted() {
        waiting.set(++inInit);
    }

    void initLeft() {
        waiting.set(--inInit);
    }

    void initDone(double waitedSeconds, boolean hadFailures) {
        initialized++;
        if (hadFailures) {
            delayed++;
        }
        waitTotal += waitedSeconds;
        waitMax = Math.max(waitMax, waitedSeconds);
    }

    void renewed() {
        renewals++;
    }

    void renewalFailed() {
        renewalFailures++;
    }

    void leaseExpired() {
        expired++;
        accrueExpired();
        expiredNow++;
    }

    void expiryEnded() {
        accrueExpired();
        expiredNow--;
    }

    private void accrueExpired() {
        double now = simulation.now();
        expiredSeconds += expiredNow * (now - expiredSince);
        expiredSince = now;
    }

    VaultReport report(VaultServer server) {
        accrueExpired();
        return new VaultReport(server.requests(), server.failures(), initialized, delayed, inInit, waitTotal, waitMax,
                renewals, renewalFailures, expired, expiredSeconds);
    }
}
