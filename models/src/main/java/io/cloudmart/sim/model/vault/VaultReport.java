package io.cloudmart.sim.model.vault;

/**
 * What Vault did in one replication, for results.json's {@code vault} block.
 *
 * @param requests            requests sent to Vault (logins, secret reads, renewals)
 * @param failures            of those, the ones that failed (sent during an outage)
 * @param podsInitialized     pods whose {@code vault-agent-init} finished, so their app containers started
 * @param podsDelayed         of those, the ones whose init failed at least once and waited for a retry
 * @param podsWaitingAtEnd    pods still in their init container when the run ended
 * @param initWaitSecondsTotal seconds from init start to init done, summed over the initialized pods
 * @param initWaitSecondsMax  the longest of those
 * @param renewals            lease renewals (or re-reads) that succeeded
 * @param renewalFailures     renewal attempts that failed
 * @param leasesExpired       times a pod's lease ran out before it was renewed
 * @param expiredPodSeconds   seconds pods spent with expired secrets (failing their requests), summed
 */
public record VaultReport(long requests, long failures, long podsInitialized, long podsDelayed, long podsWaitingAtEnd,
                          double initWaitSecondsTotal, double initWaitSecondsMax, long renewals, long renewalFailures,
                          long leasesExpired, double expiredPodSeconds) {
}
