package io.cloudmart.sim.model.vault;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.service.Pod;

/**
 * The Vault Agent sidecar of one pod keeping its token and its secrets' leases alive, as Vault's
 * {@code api/lifetime_watcher.go} does: one renewal (of the token and each secret lease together: {@code 1 + secrets}
 * requests) at 2/3 of the lease plus a third of a grace period of 10–20 % of it, so about 70–73 % of the TTL; on
 * success the lease runs a full TTL again. One event per pod per renewal period, none per request.
 *
 * <p>A failed renewal is retried with {@link RenewBackoff} (10 s, doubling to 5 min, ±50 %) while the lease has more
 * than the grace period left; then the watcher gives up and the agent fetches the secrets anew (auto-auth: login and
 * reads), retried with {@link AuthBackoff} until Vault answers.
 *
 * <p>[CHOICE] When the lease ends before a renewal succeeded, the app's secrets are expired: its credentials were
 * revoked with the lease (Vault's database secrets engine revokes a lease's database user when it expires; the
 * PostgreSQL role is even created {@code VALID UNTIL} the lease's end), so every request the pod gets fails (500) until
 * the agent has new ones. Its readiness is left alone: a readiness probe that checks the database is not the default
 * (Spring Boot's readiness group leaves out external systems), so the pod keeps receiving traffic and failing it.
 */
final class LeaseRenewer {
    private final Pod pod;
    private final int requestsPerRenewal;
    private final double ttl;
    private final VaultServer server;
    private final VaultTally tally;
    private final Simulation simulation;
    private final RandomStream agentStream;
    private final AuthBackoff rereadBackoff;
    private double grace = Double.NaN;
    private double expiresAt;
    private RenewBackoff retryBackoff;
    private EventHandle next;
    private EventHandle expiry;
    private boolean expired;

    LeaseRenewer(Pod pod, int secrets, VaultConfig config, VaultServer server, VaultTally tally, Simulation simulation,
                 RandomStream agentStream) {
        this.pod = pod;
        this.requestsPerRenewal = 1 + secrets;
        this.ttl = config.leaseTtlSeconds();
        this.server = server;
        this.tally = tally;
        this.simulation = simulation;
        this.agentStream = agentStream;
        this.rereadBackoff = new AuthBackoff(config.authMinBackoffSeconds(), config.authMaxBackoffSeconds(), agentStream);
    }

    /** A lease of a full TTL begins now (the init container's, a renewal's or a re-read's). */
    void obtained() {
        double now = simulation.now();
        expiresAt = now + ttl;
        if (Double.isNaN(grace)) {
            // calculateGrace: 10 % of the lease plus up to another 10 %, so that clients do not renew in step
            grace = ttl * (0.1 + 0.1 * agentStream.nextDouble());
        }
        retryBackoff = null;
        cancel(expiry);
        expiry = null;
        if (expired) {
            expired = false;
            pod.setSecretsExpired(false);
            tally.expiryEnded();
            tally.journal().record(VaultTally.JOURNAL, "leaseRestored", inputs());
        }
        next = simulation.after(ttl * 2 / 3 + grace / 3, "vault lease renewal", this::renew);
    }

    /** The pod is gone: its agent stops. */
    void stop() {
        cancel(next);
        cancel(expiry);
        if (expired) {
            expired = false;
            tally.expiryEnded();
        }
    }

    private void renew() {
        if (server.background(requestsPerRenewal)) {
            succeeded("leaseRenewed");
            return;
        }
        tally.renewalFailed();
        double now = simulation.now();
        double left = expiresAt - now;
        if (retryBackoff == null) {
            retryBackoff = new RenewBackoff(agentStream, now, left);
            watchExpiry();
        }
        double sleep = retryBackoff.next(now);
        if (Double.isNaN(sleep) || left <= grace || left - sleep <= grace) {
            // the lifetime watcher returns within the grace period; the agent fetches the secrets again at once
            rereadBackoff.reset();
            reread();
            return;
        }
        retryLater("renewFailed", sleep, this::renew);
    }

    private void reread() {
        if (server.background(requestsPerRenewal)) {
            succeeded("leaseReread");
            return;
        }
        tally.renewalFailed();
        watchExpiry();
        retryLater("rereadFailed", rereadBackoff.next(), this::reread);
    }

    private void succeeded(String decision) {
        tally.renewed();
        tally.journal().record(VaultTally.JOURNAL, decision, inputs());
        obtained();
    }

    private void retryLater(String decision, double delay, Runnable retry) {
        Map<String, Object> inputs = inputs();
        inputs.put("retryInSeconds", delay);
        tally.journal().record(VaultTally.JOURNAL, decision, inputs);
        next = simulation.after(delay, "vault lease retry", retry);
    }

    /** From the first failure on, the lease's end matters: at it the secrets expire unless renewed before. */
    private void watchExpiry() {
        if (expiry == null && !expired) {
            expiry = simulation.at(Math.max(expiresAt, simulation.now()), "vault lease expires", this::expire);
        }
    }

    private void expire() {
        expiry = null;
        expired = true;
        pod.setSecretsExpired(true);
        tally.leaseExpired();
        tally.journal().record(VaultTally.JOURNAL, "leaseExpired", inputs());
    }

    private Map<String, Object> inputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("pod", pod.name());
        return inputs;
    }

    private static void cancel(EventHandle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }
}
