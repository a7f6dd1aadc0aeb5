package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.explained;
import static io.cloudmart.sim.scenario.load.TestScenarios.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioYamlTest {
    /** A scenario with a cluster (Cluster Autoscaler, spot), finops, a VPA, pod requests and the proxy's requests. */
    private static final String CLUSTER = TestScenarios.resource("/load/cluster.yaml");
    /** Its autoscaler section, to swap for another. */
    private static final String CLUSTER_AUTOSCALER = CLUSTER.substring(CLUSTER.indexOf("  autoscaler:"),
            CLUSTER.indexOf("  spot:"));

    @Test
    void minimalScenarioIsWrittenWithEveryDefaultAndUnits() throws Exception {
        String yaml = explained(MINIMAL);

        assertThat(yaml).isEqualTo("""
                name: mmc-check
                description: "One pod with four workers and no gateway or mesh — an M/M/4 queue."
                seed: 7
                duration: 2h
                warmup: 10m
                replications: 1
                load:
                  rate: 30
                  journeys:
                    browse: { weight: 1, call: api.get }
                services:
                  api:
                    replicas: 1
                    pod: { cpu: 4, memory: 512Mi, concurrency: 4 }
                    endpoints:
                      get:
                        work: exponential(mean=100ms)
                """);
    }

    @Test
    void minimalScenarioRoundTrips() throws Exception {
        ScenarioSpec spec = load(MINIMAL);

        assertThat(load(explained(MINIMAL))).isEqualTo(spec);
    }

    @Test
    void defaultsAppearInTheOutput() throws Exception {
        String bare = """
                name: bare
                duration: 90m
                load:
                  rate: 1
                  journeys: { j: { call: a.b } }
                services:
                  a: { endpoints: { b: { work: constant(value=1ms) } } }
                """;
        ScenarioSpec spec = load(bare);

        String yaml = explained(bare);

        assertThat(yaml).contains("description: \"\"\n", "seed: 1\n", "duration: 1.5h\n", "warmup: 0s\n",
                "replications: 1\n", "j: { weight: 1, call: a.b }", "replicas: 1\n",
                "pod: { cpu: 1, memory: 512Mi, concurrency: 200 }");
        assertThat(load(yaml)).isEqualTo(spec);
    }

    @Test
    void multiLineDescriptionIsALiteralBlock() throws Exception {
        String yaml = explained(MINIMAL.replace(
                "description: One pod with four workers and no gateway or mesh — an M/M/4 queue.",
                "description: |\n  First line.\n\n  Third: \"quoted\" # not a comment\n"));

        assertThat(yaml).contains("description: |\n  First line.\n\n  Third: \"quoted\" # not a comment\nseed: 7\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "one line", "two\nlines", "ends\nwith newline\n", "keeps\n\ntwo\n\n",
        " leading space\nx", "tab\there\nx", "trailing space \nx ", "odd \u2028 separator", "nel \u0085 x\ny",
        "yes", "- dash", "\\ back \"slash\"", "emoji 🙂\nline"})
    void anyDescriptionRoundTrips(String description) throws Exception {
        ScenarioSpec spec = load(MINIMAL);
        ScenarioSpec described = new ScenarioSpec(spec.name(), description, spec.seed(), spec.durationSeconds(),
                spec.warmupSeconds(), spec.replications(), spec.load(), spec.services());

        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"services\": {\"api\": {}}}");
        assertThat(load(ScenarioYaml.toYaml(described, document)).description()).isEqualTo(description);
    }

    @Test
    void richScenarioRoundTrips(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "ms,latency\n1,12ms\n2,0.5\n");
        String rich = """
                name: rich-1
                description: 'Quotes " and \\\\ and: colons # not a comment'
                seed: -42
                duration: 1h30m
                warmup: 1.5s
                replications: 5
                load:
                  stages:
                    - { duration: 250ms, rate: 0.5 }
                    - { duration: 1d, rate: 1e3 }
                  journeys:
                    Browse_All: { weight: 0.25, call: web.home }
                    buy: { call: orders.place_order }
                services:
                  web:
                    replicas: 12
                    pod: { cpu: 250m, memory: 1G, concurrency: 1 }
                    endpoints:
                      home: { work: "lognormal(median=80ms, p99=1.2s)" }
                  orders:
                    pod: { cpu: 0.333, memory: 1536Ki }
                    endpoints:
                      place_order: { work: "erlang(k=3, mean=30ms)" }
                      audit: { work: "gamma(shape=0.5, mean=1m)" }
                      odd: { work: "weibull( shape=1.5 , scale=200us )" }
                      trace: { work: "empirical(file=trace.csv, column=latency)" }
                      flat: { work: "uniform(min=0ms, max=2s)" }
                      fixed: { work: "constant(value=0.000123s)" }
                """;
        ScenarioSpec spec = load(rich, dir);

        String yaml = explained(rich, dir);

        assertThat(load(yaml, dir)).isEqualTo(spec);
        assertThat(yaml).contains("duration: 1.5h\n", "warmup: 1.5s\n", "seed: -42\n",
                "- { duration: 250ms, rate: 0.5 }", "- { duration: 1d, rate: 1000 }",
                "pod: { cpu: 0.25, memory: 1G, concurrency: 1 }", "memory: 1536Ki",
                "work: weibull( shape=1.5 , scale=200us )", "work: empirical(file=trace.csv, column=latency)");
    }

    @Test
    void capacitySectionsAreWrittenFromTheirDeclarationsWithDefaultsFilledIn() throws Exception {
        String flashSale = new io.cloudmart.sim.scenario.catalog.Catalog().text("flash-sale").orElseThrow();

        String yaml = explained(flashSale);

        assertThat(yaml).contains("""
                    startup:
                      imagePull: 10s
                      containerStart: 2s
                      appStart: 15s
                      readinessProbe:
                        initialDelaySeconds: 5
                        periodSeconds: 5
                      warmup:
                        factor: 1.5
                        duration: 30s
                    hpa:
                      minReplicas: 3
                      maxReplicas: 16
                      metrics:
                        - type: Resource
                          resource:
                            name: cpu
                            target:
                              type: Utilization
                              averageUtilization: 60
                      behavior:
                        scaleDown:
                          stabilizationWindowSeconds: 300
                          selectPolicy: Max
                """);
        assertThat(load(yaml)).isEqualTo(load(flashSale));
    }

    @Test
    void clusterFinopsAndVpaAreExplainedWithTheirDefaultsAndLoadBackTheSame() throws Exception {
        String yaml = explained(CLUSTER);

        assertThat(yaml).contains(
                // the VPA: every flag, those not written at their defaults
                """
                    vpa:
                      updatePolicy:
                        updateMode: Auto
                      recommender:
                        recommenderInterval: 1m
                        targetCpuPercentile: 0.9
                        lowerBoundCpuPercentile: 0.5
                        upperBoundCpuPercentile: 0.95
                        safetyMarginFraction: 0.2
                        podMinCpuMillicores: 50
                        confidenceIntervalCpu: 1d
                        cpuHistogramDecayHalfLife: 1d
                      updater:
                        updaterInterval: 1m
                        minReplicas: 1
                        evictionTolerance: 0.25
                        podUpdateThreshold: 0.1
                        podLifetimeUpdateThreshold: 12h
                """,
                // the mesh proxy's requests, which every pod's requests include
                "  proxy:\n    resources:\n      requests:\n        cpu: 0.05\n        memory: 64Mi\n",
                "    pod: { cpu: 1, memory: 1Gi, concurrency: 16, requests: { cpu: 0.25, memory: 512Mi } }\n",
                // a pool's default capacity type, a custom type's maxPods, the scheduler, the flags left unwritten
                "    - name: general\n      instanceType: m5.large\n      capacityType: on-demand\n",
                "        pricePerHour: 0.2\n        maxPods: 110\n",
                "  scheduler:\n    scoringStrategy: MostAllocated\n",
                """
                  autoscaler:
                    type: cluster-autoscaler
                    scanInterval: 20s
                    scaleDownUnneededTime: 5m
                    scaleDownUtilizationThreshold: 0.6
                    scaleDownDelayAfterAdd: 10m
                    scaleDownDelayAfterDelete: 0s
                    maxNodeProvisionTime: 15m
                    expander: price
                    maxEmptyBulkDelete: 3
                    newPodScaleUpDelay: 0s
                  spot:
                """,
                "      perNodeHour: 0.5\n      notice: 1.5m\n",
                "finops:\n  currency: USD\n  budget:\n    amount: 50\n    period: week\n    thresholds:\n      - 25\n"
                        + "      - 75\n    basis: actual\n");
        // Karpenter's settings belong to type: karpenter; beside the Cluster Autoscaler the loader refuses them
        assertThat(yaml).doesNotContain("batchIdleDuration", "batchMaxDuration", "nodePool:");
        assertThat(load(yaml)).isEqualTo(load(CLUSTER));
        assertThat(explained(yaml)).isEqualTo(yaml);
    }

    @Test
    void aKarpenterOrNoAutoscalerIsExplainedWithItsOwnSettingsOnly() throws Exception {
        String karpenter = TestScenarios.edit(CLUSTER, CLUSTER_AUTOSCALER, """
                  autoscaler:
                    type: karpenter
                    nodePool: { name: flex, instanceTypes: [m5.large, c5.xlarge], maxNodes: 4 }
                """);
        String none = TestScenarios.edit(CLUSTER, CLUSTER_AUTOSCALER, "  autoscaler: { type: none }\n");

        String yaml = explained(karpenter);

        assertThat(yaml).contains("""
                  autoscaler:
                    type: karpenter
                    batchIdleDuration: 1s
                    batchMaxDuration: 10s
                    nodePool:
                      name: flex
                      instanceTypes:
                        - m5.large
                        - c5.xlarge
                      maxNodes: 4
                      disruption:
                        consolidationPolicy: WhenEmptyOrUnderutilized
                        consolidateAfter: 0s
                  spot:
                """);
        assertThat(load(yaml)).isEqualTo(load(karpenter));
        assertThat(explained(none)).contains("  autoscaler:\n    type: none\n  spot:\n");
        assertThat(load(explained(none))).isEqualTo(load(none));
    }

    @Test
    void gracePeriodAndControlPlaneAppearWhenSetAndRoundTrip() throws Exception {
        String[] sets = {"services.api.pod.terminationGracePeriodSeconds=45", "controlPlane.metricResolution=30s",
            "services.api.startup.appStart=1m"};

        String yaml = explained(MINIMAL, sets);

        assertThat(yaml).contains("    pod: { cpu: 4, memory: 512Mi, concurrency: 4, terminationGracePeriodSeconds: 45 }\n",
                // startup written: its other fields at their declared defaults, the probe's section ("all defaults") too
                "    startup:\n      imagePull: 10s\n      containerStart: 2s\n      appStart: 1m\n"
                        + "      readinessProbe:\n        initialDelaySeconds: 0\n        periodSeconds: 10\n",
                "controlPlane:\n  metricResolution: 30s\n  hpa:\n    syncPeriod: 15s\n    tolerance: 0.1\n"
                        + "    cpuInitializationPeriod: 5m\n    initialReadinessDelay: 30s\n    downscaleStabilization: 5m\n");
        assertThat(yaml).doesNotContain("warmup:\n        factor"); // "no warm-up" is not "all defaults": left out
        assertThat(load(yaml)).isEqualTo(load(MINIMAL, sets));
    }

    @Test
    void aSectionDeclaredLaterAppearsWithoutWritingItByHand() throws Exception {
        Field<Long> nodes = Field.of("minNodes", Kind.whole(0, 100), 1L, "");
        Field<Double> delay = Field.of("delay", Kind.DURATION, 600.0, "");
        Field<String> type = Field.required("instanceType", Kind.text("text", null), "");
        Schema.Obj pool = Declare.obj(type, nodes, Declare.section("scaleDown", Declare.obj(delay), "section",
                DeclaredYaml.ALL_DEFAULTS, ""));
        Schema.Obj top = Declare.obj(Declare.section("cluster", Declare.obj(Declare.section("nodePools",
                Declare.mapOf(pool), "map", "none", "")), "section", "absent: no cluster", ""));
        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"cluster\": {\"nodePools\": {\"general\": {\"instanceType\": \"m5.large\"}}}}");

        StringBuilder out = new StringBuilder();
        DeclaredYaml.rest(out, top, java.util.Set.of(), document, "", "");

        assertThat(out.toString()).isEqualTo("""
                cluster:
                  nodePools:
                    general:
                      instanceType: m5.large
                      minNodes: 1
                      scaleDown:
                        delay: 10m
                """);
    }

    /**
     * The Cluster Autoscaler's flags and Karpenter's settings exclude each other (a file with the
     * other's is refused), so explain fills in only the chosen autoscaler's defaults: its output loads.
     */
    @ParameterizedTest
    @ValueSource(strings = {"none", "cluster-autoscaler", "karpenter"})
    void explainFillsInOnlyTheChosenAutoscalersDefaults(String type) throws Exception {
        String cluster = "cluster:\n  nodePools:\n    - { name: general, instanceType: m5.large, initialNodes: 1 }\n"
                + "  autoscaler:\n    type: " + type + "\n"
                + (type.equals("karpenter") ? "    nodePool: { name: burst, instanceTypes: [m5.large], maxNodes: 3 }\n" : "");
        String scenario = MINIMAL.replace("cpu: 4,", "cpu: 1,") + cluster;

        String yaml = explained(scenario);

        assertThat(yaml.contains("scanInterval: 10s")).isEqualTo(type.equals("cluster-autoscaler"));
        assertThat(yaml.contains("batchIdleDuration: 1s")).isEqualTo(type.equals("karpenter"));
        assertThat(load(yaml)).isEqualTo(load(scenario));
    }

    @Test
    void theMembersWrittenByHandAreDeclared() {
        assertThat(Schema.SCENARIO.fields().keySet()).containsAll(ScenarioYaml.TOP_BY_HAND);
        assertThat(ServiceSchema.SERVICE.fields().keySet()).containsAll(ScenarioYaml.SERVICE_BY_HAND);
        assertThat(ServiceSchema.POD.fields().keySet()).containsAll(ScenarioYaml.POD_BY_HAND);
        assertThat(EdgeSchema.MESH.fields().keySet()).containsAll(SectionsYaml.MESH_BY_HAND);
    }
}
