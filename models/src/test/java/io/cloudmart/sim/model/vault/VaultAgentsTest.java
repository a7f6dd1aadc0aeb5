package io.cloudmart.sim.model.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.Outage;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.Unwired;
import io.cloudmart.sim.model.service.VersionConfig;

/** Vault Agent's init container holds a new pod back until Vault answered; its sidecar renews the lease. */
class VaultAgentsTest {
    /** Cached image: containers 2 s after placement, the app up 10 s later, probed at once: Ready 12 s after creation. */
    private static final StartupSpec STARTUP = new StartupSpec(20, 2, 10, 0, 10, 1, 0);
    private static final double LATENCY = 0.05;

    private final Simulation sim = new Simulation(new RunSettings("vault", 1, 0, 2000, 0, 10));
    private final List<String> heard = new ArrayList<>();

    private Deployment deployment(VaultConfig vault) {
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 256, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(VersionConfig.stable(1)), List.of(), 30);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        service.watch((pod, previous) -> heard.add(sim.now() + " " + pod.name() + " " + pod.state()));
        heard.clear();
        Deployment deployment = new Deployment(service, config.versions().get(0), STARTUP, PodPlacer.UNLIMITED, sim);
        if (vault != null) {
            deployment.holdStartsWith(new VaultAgents(vault, Map.of("api", service), sim).initGate("api"));
        }
        return deployment;
    }

    private static VaultConfig vault(List<Outage> outages, double ttl, int secrets) {
        return new VaultConfig(new Constant(LATENCY), outages, ttl, VaultConfig.DEFAULT_AUTH_MIN_BACKOFF_SECONDS,
                VaultConfig.DEFAULT_AUTH_MAX_BACKOFF_SECONDS, Map.of("api", secrets));
    }

    private double timeOf(String line) {
        return heard.stream().filter(l -> l.endsWith(line)).mapToDouble(l -> Double.parseDouble(l.split(" ")[0]))
                .findFirst().orElseThrow(() -> new AssertionError("never heard " + line + " in " + heard));
    }

    private static List<ControlEvent> journal(ReplicationResult result, String decision) {
        return result.controlEvents().stream().filter(e -> e.controller().equals(VaultTally.JOURNAL)
                && e.decision().equals(decision)).toList();
    }

    @Test
    void withoutAnOutageStartUpGrowsByTheLoginAndEachSecretReadExactly() {
        Deployment d = deployment(vault(List.of(), VaultConfig.DEFAULT_LEASE_TTL_SECONDS, 2));
        sim.at(100, "scale", () -> d.scaleTo(2));
        ReplicationResult result = sim.run();
        // without Vault: STARTING at 102, READY at 112 (DeploymentTest); the init adds login + 2 reads
        assertThat(timeOf("api-stable-1 STARTING")).isCloseTo(102 + 3 * LATENCY, within(1e-9));
        assertThat(timeOf("api-stable-1 READY")).isCloseTo(112 + 3 * LATENCY, within(1e-9));
        VaultReport report = result.attachments().get(VaultReport.class).orElseThrow();
        assertThat(report.requests()).isEqualTo(3);
        assertThat(report.failures()).isZero();
        assertThat(report.podsInitialized()).isEqualTo(1);
        assertThat(report.podsDelayed()).isZero();
        assertThat(report.initWaitSecondsMax()).isCloseTo(3 * LATENCY, within(1e-9));
    }

    @Test
    void withoutVaultTheSamePodStartsAsBefore() {
        Deployment d = deployment(null);
        sim.at(100, "scale", () -> d.scaleTo(2));
        sim.run();
        assertThat(heard).containsExactly("102.0 api-stable-1 STARTING", "112.0 api-stable-1 READY");
    }

    @Test
    void anOutageKeepsANewPodPendingUntilItEndsPlusTheAgentsBackoff() {
        Deployment d = deployment(vault(List.of(new Outage(50, 150)), VaultConfig.DEFAULT_LEASE_TTL_SECONDS, 1));
        Pod[] created = new Pod[1];
        sim.at(100, "scale", () -> {
            d.scaleTo(2);
            created[0] = d.service().pods().get(1);
        });
        List<PodState> during = new ArrayList<>();
        for (double t = 110; t < 200; t += 10) {
            sim.at(t, "look", () -> during.add(created[0].state()));
        }
        ReplicationResult result = sim.run();
        assertThat(during).containsOnly(PodState.PENDING);
        List<ControlEvent> retries = journal(result, "initRetry");
        // auto-auth: the jittered minimum (1 s × (1 − 0.25 U)), then each the jittered double of the previous
        double first = (double) retries.get(0).inputs().get("retryInSeconds");
        assertThat(first).isBetween(0.75, 1.0);
        for (int i = 1; i < retries.size(); i++) {
            double previous = (double) retries.get(i - 1).inputs().get("retryInSeconds");
            double delay = (double) retries.get(i).inputs().get("retryInSeconds");
            assertThat(delay / Math.min(2 * previous, 300)).isBetween(0.75, 1.0);
            assertThat(retries.get(i).time()).isCloseTo(retries.get(i - 1).time() + previous, within(1e-9));
        }
        ControlEvent last = retries.get(retries.size() - 1);
        assertThat(last.time()).isLessThan(200);
        double retryAt = last.time() + (double) last.inputs().get("retryInSeconds");
        assertThat(retryAt).isGreaterThanOrEqualTo(200);
        // the first attempt after the outage logs in and reads the secret; then the containers start
        assertThat(timeOf("api-stable-1 STARTING")).isCloseTo(retryAt + 2 * LATENCY, within(1e-9));
        assertThat(timeOf("api-stable-1 READY")).isCloseTo(retryAt + 2 * LATENCY + 10, within(1e-9));
        VaultReport report = result.attachments().get(VaultReport.class).orElseThrow();
        assertThat(report.podsDelayed()).isEqualTo(1);
        assertThat(report.failures()).isEqualTo(retries.size());
        assertThat(report.requests()).isEqualTo(retries.size() + 2);
        assertThat(report.initWaitSecondsMax()).isCloseTo(retryAt + 2 * LATENCY - 102, within(1e-9));
    }

    @Test
    void aPodDeletedWhileItWaitsForVaultLeavesItsInitAndNeverStarts() {
        Deployment d = deployment(vault(List.of(new Outage(50, 150)), VaultConfig.DEFAULT_LEASE_TTL_SECONDS, 1));
        sim.at(100, "up", () -> d.scaleTo(2));
        sim.at(150, "down", () -> d.scaleTo(1)); // the HPA scales down before Vault is back
        ReplicationResult result = sim.run();
        assertThat(heard).containsExactly("150.0 api-stable-1 TERMINATING", "150.0 api-stable-1 GONE");
        VaultReport report = result.attachments().get(VaultReport.class).orElseThrow();
        assertThat(report.podsWaitingAtEnd()).isZero();
        assertThat(report.podsInitialized()).isZero();
        // in its init container from 102 s (containers created) until its deletion at 150 s, of a 2000 s run
        assertThat(result.metrics().level(VaultTally.WAITING_METRIC).mean()).isCloseTo(48.0 / 2000, within(1e-12));
        assertThat(journal(result, "initRetry")).allSatisfy(e -> assertThat(e.time()).isLessThanOrEqualTo(150));
    }

    @Test
    void podsStartedBeforeTheOutageKeepServingWhileTheirLeaseLasts() {
        // lease 600 s: first renewal at 2/3 × 600 + grace / 3 >= 420 s, after the outage (100–300 s) has ended
        Deployment d = deployment(vault(List.of(new Outage(100, 200)), 600, 1));
        List<String> seen = new ArrayList<>();
        sim.at(250, "look", () -> {
            Pod pod = d.service().pods().get(0);
            seen.add(pod.state() + " " + pod.secretsExpired());
        });
        ReplicationResult result = sim.run();
        assertThat(seen).containsExactly("READY false");
        List<ControlEvent> renewed = journal(result, "leaseRenewed");
        assertThat(renewed).isNotEmpty();
        // LifetimeWatcher: 2/3 of the lease plus a third of a 10–20 % grace
        assertThat(renewed.get(0).time()).isBetween(600 * (2.0 / 3 + 0.1 / 3), 600 * (2.0 / 3 + 0.2 / 3));
        for (int i = 1; i < renewed.size(); i++) {
            assertThat(renewed.get(i).time() - renewed.get(i - 1).time())
                    .isCloseTo(renewed.get(0).time(), within(1e-6)); // one grace per watcher
        }
        assertThat(journal(result, "leaseExpired")).isEmpty();
    }

    @Test
    void aLeaseThatCannotBeRenewedExpiresAndThePodFailsUntilTheAgentGetsANewOne() {
        // lease 60 s from time 0; Vault down from 30 s to 400 s: the renewal at ~42–44 s fails, the lease ends at 60 s
        Deployment d = deployment(vault(List.of(new Outage(30, 370)), 60, 1));
        List<Boolean> expired = new ArrayList<>();
        for (double t : new double[] {59, 61, 399}) {
            sim.at(t, "look", () -> expired.add(d.service().pods().get(0).secretsExpired()));
        }
        ReplicationResult result = sim.run();
        assertThat(expired).containsExactly(false, true, true);
        assertThat(journal(result, "leaseExpired")).singleElement().satisfies(e -> assertThat(e.time()).isEqualTo(60.0));
        ControlEvent restored = journal(result, "leaseRestored").get(0);
        assertThat(restored.time()).isGreaterThanOrEqualTo(400);
        List<ControlEvent> rereads = journal(result, "rereadFailed");
        ControlEvent last = rereads.get(rereads.size() - 1);
        assertThat(restored.time()).isCloseTo(last.time() + (double) last.inputs().get("retryInSeconds"), within(1e-9));
        VaultReport report = result.attachments().get(VaultReport.class).orElseThrow();
        assertThat(report.leasesExpired()).isEqualTo(1);
        assertThat(report.expiredPodSeconds()).isCloseTo(restored.time() - 60, within(1e-9));
    }

    @Test
    void aPodWhoseSecretsExpiredAnswersEveryRequestWithA500() {
        Deployment d = deployment(vault(List.of(new Outage(30, 370)), 60, 1));
        List<io.cloudmart.sim.model.call.Outcome> outcomes = new ArrayList<>();
        for (double t : new double[] {50, 100}) {
            sim.at(t, "call", () -> d.service().target("op").call(new io.cloudmart.sim.model.call.Request(sim.now(), 0, null), outcomes::add));
        }
        sim.run();
        assertThat(outcomes).extracting(Object::toString).containsExactly("OK", "SERVER_ERROR");
    }
}
