package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The vault-outage-during-spike story: Vault is down from 9 to 21 min while a spike makes the HPA ask for pods. The
 * new pods stay Pending in vault-agent-init, retrying with auto-auth's back-off, and become Ready only after Vault is
 * back (plus the back-off's last delay); the pods running before the outage keep serving. Without the outage a new
 * pod is slower to start by its login and two reads only; with 10-minute leases the running pods' secrets expire and
 * they answer 500.
 */
class VaultOutageDuringSpikeTest {
    private static final String SCENARIO = "vault-outage-during-spike";
    private static final double OUTAGE_START = 540;
    private static final double OUTAGE_END = 1260;
    /** Auto-auth's defaults (Vault command/agentproxyshared/auth): 1 s, at most 5 min. */
    private static final double MIN_BACKOFF = 1;
    private static final double MAX_BACKOFF = 300;
    /** Container start to Ready: app up after 10 s, probes at 5, 10, 15 s … */
    private static final double READY_AFTER_INIT = 10;
    private static StoryRun outage;
    private static StoryRun noOutage;
    private static StoryRun shortLeases;

    @BeforeAll
    static void run(@TempDir Path dir) {
        outage = StoryRun.of(dir.resolve("outage"), SCENARIO);
        noOutage = StoryRun.of(dir.resolve("none"), SCENARIO, "vault.outages=null");
        shortLeases = StoryRun.of(dir.resolve("short"), SCENARIO, "vault.leaseTtl=10m");
    }

    @Test
    void theHpaAsksForPodsThatStayPendingUntilVaultIsBack() {
        int desired = outage.header().indexOf("svc.checkout.desired");
        int ready = outage.header().indexOf("svc.checkout.replicas");
        int pending = outage.header().indexOf("svc.checkout.pending");
        int waiting = outage.header().indexOf("vault.initWaiting");
        boolean asked = false;
        String[] lastInOutage = null;
        for (String[] row : outage.rows()) {
            double from = Double.parseDouble(row[0]);
            double to = Double.parseDouble(row[1]);
            if (from >= OUTAGE_START && to <= OUTAGE_END) {
                assertThat(Double.parseDouble(row[ready])).as("Ready pods at " + from).isEqualTo(3);
                assertThat(Double.parseDouble(row[pending])).as("Pending pods at " + from)
                        .isEqualTo(Double.parseDouble(row[desired]) - 3, within(1e-9));
                assertThat(Double.parseDouble(row[waiting])).isLessThanOrEqualTo(Double.parseDouble(row[pending]));
                asked |= Double.parseDouble(row[desired]) > 3;
                lastInOutage = row;
            }
        }
        assertThat(asked).as("the HPA's desired replicas rose during the outage").isTrue();
        // by the outage's end every pod the HPA added is in its init container, waiting for Vault
        assertThat(Double.parseDouble(lastInOutage[waiting])).isEqualTo(Double.parseDouble(lastInOutage[desired]) - 3);
        assertThat(outage.figure("/vault/podsDelayed")).isEqualTo(Double.parseDouble(lastInOutage[desired]) - 3);
    }

    @Test
    void everyRetryFallsInTheOutageAndFollowsAutoAuthsBackoff() {
        List<JsonNode> retries = outage.events("vault", "initRetry");
        assertThat(retries).isNotEmpty().allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble())
                .isBetween(OUTAGE_START, OUTAGE_END));
        Map<String, Double> previous = new HashMap<>();
        for (JsonNode e : retries) {
            String pod = e.at("/inputs/pod").asText();
            double delay = e.at("/inputs/retryInSeconds").asDouble();
            Double before = previous.put(pod, delay);
            // Vault sdk/helper/backoff: the jittered minimum, then the jittered (up to 25 % less) capped double
            double ceiling = before == null ? MIN_BACKOFF : Math.min(2 * before, MAX_BACKOFF);
            assertThat(delay).as(pod).isBetween(0.75 * ceiling, ceiling);
        }
    }

    @Test
    void aDelayedPodIsReadyAtItsFirstRetryAfterTheOutagePlusItsStartUp() {
        List<JsonNode> done = outage.events("vault", "initDone").stream()
                .filter(e -> e.at("/inputs/attempts").asInt() > 1).toList();
        assertThat(done).isNotEmpty();
        for (JsonNode d : done) {
            String pod = d.at("/inputs/pod").asText();
            JsonNode last = outage.events("vault", "initRetry").stream()
                    .filter(e -> e.at("/inputs/pod").asText().equals(pod)).reduce((a, b) -> b).orElseThrow();
            double retryAt = last.get("timeSeconds").asDouble() + last.at("/inputs/retryInSeconds").asDouble();
            assertThat(retryAt).isGreaterThanOrEqualTo(OUTAGE_END);
            // the login and two reads take Vault's latency (median 5 ms, p99 50 ms) once it is up
            assertThat(d.get("timeSeconds").asDouble() - retryAt).isBetween(0.0, 0.5);
            assertThat(d.get("timeSeconds").asDouble()).isLessThan(OUTAGE_END + MAX_BACKOFF + 0.5);
        }
        assertThat(outage.figure("/vault/initWaitSecondsMax")).isGreaterThan(OUTAGE_END - 720);
    }

    @Test
    void podsRunningBeforeTheOutageKeepServing() {
        assertThat(outage.figure("/requests/errors")).isZero();
        assertThat(outage.figure("/vault/leasesExpired")).isZero();
        assertThat(outage.figure("/vault/renewals")).isEqualTo(3); // the 3 first pods at ~70 % of 1 h
        assertThat(outage.figure("/vault/renewalFailures")).isZero();
    }

    @Test
    void withoutTheOutageVaultCostsAPodOnlyItsThreeRequests() {
        assertThat(noOutage.figure("/vault/failures")).isZero();
        assertThat(noOutage.figure("/vault/podsDelayed")).isZero();
        assertThat(noOutage.figure("/vault/initWaitSecondsMax")).isLessThan(0.5);
        long inits = (long) noOutage.figure("/vault/podsInitialized");
        // each init: a login and two reads; each renewal of the 3 first pods: the token and two leases
        assertThat(noOutage.figure("/vault/requests")).isEqualTo(3 * inits + 3 * noOutage.figure("/vault/renewals"));
        // the blocked scale-up is what made the clients wait
        assertThat(outage.figure("/latencyMs/p99")).isGreaterThan(20 * noOutage.figure("/latencyMs/p99"));
    }

    @Test
    void leasesShorterThanTheOutageExpireAndThePodsAnswer500() {
        assertThat(shortLeases.figure("/vault/leasesExpired")).isEqualTo(3);
        assertThat(shortLeases.figure("/requests/byOutcome/500")).isPositive();
        List<JsonNode> expired = shortLeases.events("vault", "leaseExpired");
        List<JsonNode> restored = shortLeases.events("vault", "leaseRestored");
        assertThat(expired).hasSize(3).allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble())
                .isBetween(OUTAGE_START, OUTAGE_END));
        assertThat(restored).hasSize(3).allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble())
                .isBetween(OUTAGE_END, OUTAGE_END + MAX_BACKOFF));
        double expiredSeconds = 0;
        for (int i = 0; i < 3; i++) {
            String pod = expired.get(i).at("/inputs/pod").asText();
            JsonNode back = restored.stream().filter(e -> e.at("/inputs/pod").asText().equals(pod)).findFirst().orElseThrow();
            expiredSeconds += back.get("timeSeconds").asDouble() - expired.get(i).get("timeSeconds").asDouble();
        }
        assertThat(shortLeases.figure("/vault/expiredPodSeconds")).isCloseTo(expiredSeconds,
                within(1e-6));
    }
}
