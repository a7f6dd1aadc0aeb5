package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.Shop;
import io.cloudmart.sim.model.control.ClusterSummary;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The check of the start agrees with the run's own t = 0 placement, seed by seed and replication by replication,
 * where random tie-breaks decide whether the start fits: a scenario the check accepts never has a pod of the start
 * Pending, and one it refuses would not have started.
 */
class InitialPlacementTest {
    /**
     * Under LeastAllocated the small pod scores 96 on an empty c5.xlarge (4 cores, 8 GiB; allocatable 3.92 cores,
     * 6.8 GiB) and on an empty r5.large (2 cores, 16 GiB; allocatable 1.93 cores, 15 GiB), so kube-scheduler picks
     * one at random. The big pod then fits only on an empty r5.large (its 7.5 GiB exceed the c5.xlarge's memory):
     * the start fits exactly when the small pod went to the c5.xlarge.
     */
    private static final String TIE = """
            name: tie-break
            seed: 1
            duration: 1m
            load:
              rate: 1
              journeys:
                browse: { weight: 1, call: small.get }
            services:
              small:
                replicas: 1
                pod: { cpu: 1, memory: 512Mi, concurrency: 4, requests: { cpu: 100m, memory: 256Mi } }
                endpoints:
                  get: { work: exponential(mean=5ms) }
              big:
                replicas: 1
                pod: { cpu: 2, memory: 8Gi, concurrency: 4, requests: { cpu: 1900m, memory: 7680Mi } }
                endpoints:
                  get: { work: exponential(mean=5ms) }
            cluster:
              nodePools:
                - { name: compute, instanceType: c5.xlarge, initialNodes: 1 }
                - { name: memory, instanceType: r5.large, initialNodes: 1 }
            """;

    @Test
    void theCheckAcceptsExactlyTheSeedsWhoseRunPlacesTheStart() throws Exception {
        Map<Long, ScenarioSpec> accepted = new LinkedHashMap<>();
        Map<Long, Issue> refused = new LinkedHashMap<>();
        for (long seed = 1; seed <= 24; seed++) {
            try {
                accepted.put(seed, TestScenarios.load(TIE, "seed=" + seed));
            } catch (ScenarioException e) {
                assertThat(e.issues()).hasSize(1);
                refused.put(seed, e.issues().get(0));
            }
        }
        // the tie-break decides: both verdicts occur (the first-node rule of the old check accepted every seed)
        assertThat(accepted).isNotEmpty();
        assertThat(refused).isNotEmpty();

        ScenarioSpec spec = accepted.values().iterator().next();
        Shop shop = ShopAssembler.shop(spec); // the same shop for every seed: only the streams differ
        for (long seed : accepted.keySet()) {
            ReplicationResult run = run(shop, settings(spec, seed, 0));
            ClusterSummary cluster = run.attachments().get(ClusterSummary.class).orElseThrow();
            assertThat(cluster.maxPendingPods()).as("pods Pending with seed " + seed).isZero();
            assertThat(cluster.pendingPodSeconds()).isZero();
        }
        for (var refusal : refused.entrySet()) {
            IllegalStateException start = catchThrowableOfType(IllegalStateException.class,
                    () -> shop.assemble(new Simulation(settings(spec, refusal.getKey(), 0))));
            assertThat(start).as("the run's start with seed " + refusal.getKey()).isNotNull()
                    .hasMessageContaining("pod big-stable-0 fits on no initial node");
            assertThat(refusal.getValue().path()).isEqualTo("cluster.nodePools");
            assertThat(refusal.getValue().message()).contains("the pods of the start do not fit the initial nodes",
                    "pod big-stable-0", "after 1 pod(s) were placed", "kube-scheduler picks at random among equally scored"
                            + " nodes", "seed " + refusal.getKey(), "0/2 nodes are available: 1 Insufficient cpu, 1"
                            + " Insufficient memory.");
        }
    }

    @Test
    void everyReplicationIsChecked() throws Exception {
        long seed = firstSeedWhere(true);
        // replication 0 of this seed places the start; among 24 replications some do not
        Issue issue = TestScenarios.onlyIssue(TIE, "seed=" + seed, "replications=24");
        assertThat(issue.message()).containsPattern("in replication ([2-9]|1[0-9]|2[0-4]) of 24");
        int replication = Integer.parseInt(issue.message().replaceAll("(?s).*in replication (\\d+) of.*", "$1")) - 1;

        ScenarioSpec spec = TestScenarios.load(TIE, "seed=" + seed);
        Shop shop = ShopAssembler.shop(spec);
        for (int k = 0; k < replication; k++) {
            shop.assemble(new Simulation(settings(spec, seed, k))); // the replications before it start
        }
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> shop.assemble(new Simulation(settings(spec, seed, replication))))).isNotNull();
    }

    /** One pod per m5.large (1.5 of its 1.93 allocatable cores), three nodes; api rolled out with 3 replicas. */
    private static final String ROLLED_OUT = """
            name: rolled-out-start
            seed: 3
            duration: 1m
            load:
              rate: 1
              journeys:
                browse: { weight: 1, call: api.get }
            mesh:
              mtls: DISABLE
              services:
                api:
                  route:
                    - destinations: { v1: 100, v2: 0 }
            services:
              api:
                pod: { cpu: 2, memory: 1Gi, concurrency: 4, requests: { cpu: 1500m, memory: 512Mi } }
                versions:
                  v1: { replicas: 3 }
                  v2: { replicas: 2 }
                endpoints:
                  get: { work: exponential(mean=5ms) }
            rollouts:
              api:
                service: api
                stableVersion: v1
                canaryVersion: v2
                startAt: 30m
                replicas: 3
                steps:
                  - setWeight: 50
            cluster:
              nodePools:
                - { name: general, instanceType: m5.large, initialNodes: 3 }
            """;

    /**
     * With a rollout the start is Argo's: the rollout's {@code replicas} of the stable version and no canary pod. The
     * 3 + 2 pods declared under {@code versions} would not fit three nodes, the rollout's 3 do, and the run starts
     * with none Pending; 4 rollout replicas do not fit, though the 1 + 1 declared would.
     */
    @Test
    void withARolloutTheStartIsTheRolloutsReplicas() throws Exception {
        ScenarioSpec spec = TestScenarios.load(ROLLED_OUT);
        ClusterSummary cluster = run(ShopAssembler.shop(spec), ShopAssembler.settings(spec)).attachments()
                .get(ClusterSummary.class).orElseThrow();
        assertThat(cluster.maxPendingPods()).isZero();

        String tooMany = ROLLED_OUT.replace("v1: { replicas: 3 }", "v1: { replicas: 1 }")
                .replace("v2: { replicas: 2 }", "v2: { replicas: 1 }").replace("    replicas: 3\n", "    replicas: 4\n");
        Issue issue = TestScenarios.onlyIssue(tooMany);
        assertThat(issue.path()).isEqualTo("cluster.nodePools");
        assertThat(issue.message()).contains("pod api-v1-3", "after 3 pod(s) were placed");
    }

    /** The first seed from 1 up whose replication 0 the check accepts ({@code true}) or refuses. */
    private static long firstSeedWhere(boolean accepted) {
        for (long seed = 1; ; seed++) {
            boolean ok;
            try {
                TestScenarios.load(TIE, "seed=" + seed);
                ok = true;
            } catch (ScenarioException e) {
                ok = false;
            }
            if (ok == accepted) {
                return seed;
            }
        }
    }

    private static RunSettings settings(ScenarioSpec spec, long seed, int replication) {
        RunSettings base = ShopAssembler.settings(spec);
        return new RunSettings(base.label(), seed, replication, base.durationSeconds(), base.warmupSeconds(),
                base.bucketSeconds());
    }

    private static ReplicationResult run(Shop shop, RunSettings settings) {
        Simulation simulation = new Simulation(settings);
        shop.assemble(simulation);
        return simulation.run();
    }
}
