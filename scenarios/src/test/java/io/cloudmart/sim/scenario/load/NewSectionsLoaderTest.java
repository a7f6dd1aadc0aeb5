package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.CLOUDMART;
import static io.cloudmart.sim.scenario.load.TestScenarios.MINIMAL;
import static io.cloudmart.sim.scenario.load.TestScenarios.explained;
import static io.cloudmart.sim.scenario.load.TestScenarios.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudmart.sim.scenario.spec.CacheSpec;
import io.cloudmart.sim.scenario.spec.ClientsSpec;
import io.cloudmart.sim.scenario.spec.ConnectionPoolSpec;
import io.cloudmart.sim.scenario.spec.DatastoreSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.GatewaySpec;
import io.cloudmart.sim.scenario.spec.GroupSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.JwtSpec;
import io.cloudmart.sim.scenario.spec.MeshServiceSpec;
import io.cloudmart.sim.scenario.spec.MeshSpec;
import io.cloudmart.sim.scenario.spec.OutlierSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ProjectionSpec;
import io.cloudmart.sim.scenario.spec.RateLimitSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;
import io.cloudmart.sim.scenario.spec.RetriesSpec;
import io.cloudmart.sim.scenario.spec.RetrySpec;
import io.cloudmart.sim.scenario.spec.RouteSpec;
import io.cloudmart.sim.scenario.spec.SagaSpec;
import io.cloudmart.sim.scenario.spec.SagaStepSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StepSpec.CacheStep;
import io.cloudmart.sim.scenario.spec.StepSpec.CallStep;
import io.cloudmart.sim.scenario.spec.StepSpec.ParallelStep;
import io.cloudmart.sim.scenario.spec.StepSpec.PublishStep;
import io.cloudmart.sim.scenario.spec.StepSpec.QueryStep;
import io.cloudmart.sim.scenario.spec.StepSpec.SagaStep;
import io.cloudmart.sim.scenario.spec.StepSpec.WorkStep;
import io.cloudmart.sim.scenario.spec.TopicSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue-3 sections: a scenario using all of them, the defaults, the shapes and the round trip. */
class NewSectionsLoaderTest {
    private static final double EPS = 1e-12;

    @Test
    void cloudmartScenarioLoadsWithTheExpectedValues() throws Exception {
        ScenarioSpec spec = load(CLOUDMART);

        assertThat(spec.startTime()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(spec.load().shape()).isEqualTo(new RateShapeSpec.SpikeShape(50, 400, 1200, 120, 600, 300));
        assertThat(spec.load().stages()).isEmpty();
        assertThat(spec.load().scale()).isEqualTo(1.5);
        assertThat(spec.load().rateAt(1260)).isCloseTo(1.5 * 225, within(1e-9));
        assertThat(spec.load().clients()).isEqualTo(new ClientsSpec(5000, 0.1, 4));
        assertThat(spec.load().journeys().get("checkout"))
                .isEqualTo(new JourneySpec(1, "order", "place", Map.of("x-cohort", "beta")));

        assertThat(spec.gateway()).isEqualTo(new GatewaySpec(3, new PodSpec(2, 1024, 10_000), dist("constant(value=200us)"),
                new JwtSpec("RS256"), new RateLimitSpec(Map.of("second", 20L, "minute", 600L), "ip", "redis", false, 429),
                dist("constant(value=500us)")));
        assertThat(spec.gateway().rateLimiting().limits().keySet()).containsExactly("second", "minute");

        MeshSpec mesh = spec.mesh();
        assertThat(mesh.sidecarLatency()).isEqualTo(dist("lognormal(median=0.452ms, p99=1.78ms)"));
        assertThat(mesh.mtls()).isEqualTo("STRICT");
        assertThat(mesh.services().keySet()).containsExactly("payment", "order");
        assertThat(mesh.services().get("payment")).isEqualTo(new MeshServiceSpec(2.0,
                new RetriesSpec(3, 0.5, "5xx,reset,503", 0.025), "LEAST_REQUEST",
                new ConnectionPoolSpec(100, 10, ConnectionPoolSpec.UNLIMITED, ConnectionPoolSpec.UNLIMITED),
                new OutlierSpec(3, 10, 30, 10), List.of()));
        MeshServiceSpec order = mesh.services().get("order");
        assertThat(order.timeoutSeconds()).isNull();
        assertThat(order.retries()).isEqualTo(RetriesSpec.DEFAULT);
        assertThat(order.loadBalancer()).isEqualTo("ROUND_ROBIN");
        assertThat(order.pool()).isEqualTo(ConnectionPoolSpec.DEFAULT);
        assertThat(order.outlier()).isNull();
        assertThat(order.routes()).containsExactly(
                new RouteSpec(Map.of("x-cohort", "beta"), null, "canary", null),
                new RouteSpec(null, 0.05, "canary", null),
                new RouteSpec(null, null, null, Map.of("stable", 90.0, "canary", 10.0)));

        ServiceSpec orderService = spec.services().get("order");
        assertThat(orderService.replicas()).isEqualTo(4);
        assertThat(orderService.versions()).containsExactly(
                Map.entry("stable", new VersionSpec(3, 0, 1)), Map.entry("canary", new VersionSpec(1, 0.05, 1.3)));
        assertThat(spec.services().get("catalog").versions()).containsExactly(Map.entry("stable", VersionSpec.healthy(2)));
        EndpointSpec place = orderService.endpoints().get("place");
        assertThat(place.authorize()).isEqualTo(dist("lognormal(median=1ms, p99=5ms)"));
        assertThat(place.errorRate()).isZero();
        assertThat(place.steps()).containsExactly(
                new WorkStep(dist("exponential(mean=5ms)")),
                new ParallelStep(List.of(new CallStep("inventory", "check", false), new CallStep("pricing", "quote", true))),
                new SagaStep("place-order"),
                new PublishStep("order-events", "consumer"));
        assertThat(spec.services().get("catalog").endpoints().get("list").steps().get(1)).isEqualTo(
                new CacheStep("catalog-cache", 0.9, List.of(new QueryStep("catalog-db", "find"))));
        assertThat(spec.services().get("payment").endpoints().get("charge").steps().get(1))
                .isEqualTo(new CallStep("fraud", "score", true));
        assertThat(spec.services().get("pricing").endpoints().get("quote"))
                .isEqualTo(new EndpointSpec(List.of(new WorkStep(dist("exponential(mean=3ms)"))), 0.01, null));

        assertThat(spec.datastores()).containsExactly(
                Map.entry("orders-db", new DatastoreSpec("postgresql", 10, 30, Map.of("update", dist("lognormal(median=2ms, p99=8ms)")))),
                Map.entry("catalog-db", new DatastoreSpec("mongodb", 50, 2, Map.of("find", dist("lognormal(median=1ms, p99=4ms)")))));
        assertThat(spec.caches()).containsExactly(Map.entry("catalog-cache",
                new CacheSpec(dist("constant(value=200us)"), dist("constant(value=5us)"))));
        TopicSpec topic = spec.kafka().topics().get("order-events");
        assertThat(topic.partitions()).isEqualTo(12);
        assertThat(topic.produceLatency()).isEqualTo(dist("constant(value=5ms)"));
        assertThat(topic.consumers()).containsExactly(
                Map.entry("projector", new GroupSpec(3, dist("exponential(mean=3ms)"), 0.5)),
                Map.entry("mailer", new GroupSpec(1, dist("constant(value=20ms)"), 0.1)));
        assertThat(spec.kafka().projections()).containsExactly(Map.entry("order-history", new ProjectionSpec("order-events", "projector")));
        assertThat(spec.sagas().get("place-order")).isEqualTo(new SagaSpec(List.of(
                new SagaStepSpec("reserve", "inventory", "reserve", "inventory", "release", "compensatable"),
                new SagaStepSpec("charge", "payment", "charge", null, null, "pivot"),
                new SagaStepSpec("confirm", "order", "confirm", null, null, "retriable")),
                3.0, new RetrySpec(2, 0.05), new RetrySpec(5, 1.0)));
    }

    @Test
    void cloudmartScenarioRoundTripsThroughExplain() throws Exception {
        ScenarioSpec spec = load(CLOUDMART);

        String yaml = explained(CLOUDMART);

        assertThat(load(yaml)).isEqualTo(spec);
        assertThat(yaml).contains("startTime: \"2026-11-27T12:00:00Z\"\n",
                "    spike: { base: 50, peak: 400, at: 20m, rampUp: 2m, hold: 10m, rampDown: 5m }\n",
                "  scale: 1.5\n", "  clients: { consumers: 5000, bots: { share: 0.1, ips: 4 } }\n",
                "checkout: { weight: 1, call: order.place, headers: { x-cohort: beta } }",
                "    rate-limiting: { second: 20, minute: 600, limit_by: ip, policy: redis, fault_tolerant: false, error_code: 429 }\n",
                "  sidecar: { latency: \"lognormal(median=0.452ms, p99=1.78ms)\", idleTimeout: 1h }\n",
                "      retries: { attempts: 2, retryOn: \"connect-failure,refused-stream,unavailable,cancelled\", backoff: 25ms }\n",
                "        - match: { headers: { x-cohort: beta } }\n          destination: canary\n",
                "          - parallel: [inventory.check, { to: pricing.quote, optional: true }]\n",
                "      confirm:\n        work: constant(value=1ms)\n",
                "      canary: { replicas: 1, errorRate: 0.05, latencyFactor: 1.3 }\n",
                "    maxConnections: 10\n    connectionTimeout: 30s\n",
                "  catalog-cache: { roundTrip: constant(value=200us), commandTime: constant(value=5us) }\n",
                "        mailer: { consumers: 1, processing: constant(value=20ms), fetchMaxWait: 100ms }\n",
                "    compensationRetries: { attempts: 5, backoff: 1s }\n");
    }

    @Test
    void minimalScenarioGetsTheDefaultsOfEveryNewField() throws Exception {
        ScenarioSpec spec = load(MINIMAL);

        assertThat(spec.startTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(spec.load().shape()).isNull();
        assertThat(spec.load().scale()).isEqualTo(1.0);
        assertThat(spec.load().clients()).isEqualTo(new ClientsSpec(1000, 0.0, 1));
        assertThat(spec.load().journeys().get("browse").headers()).isEmpty();
        assertThat(spec.services().get("api").versions()).containsExactly(Map.entry("stable", new VersionSpec(1, 0, 1)));
        EndpointSpec get = spec.services().get("api").endpoints().get("get");
        assertThat(get.steps()).containsExactly(new WorkStep(dist("exponential(mean=100ms)")));
        assertThat(get.errorRate()).isZero();
        assertThat(get.authorize()).isNull();
        assertThat(spec.gateway()).isNull();
        assertThat(spec.mesh()).isNull();
        assertThat(spec.datastores()).isEmpty();
        assertThat(spec.caches()).isEmpty();
        assertThat(spec.kafka()).isNull();
        assertThat(spec.sagas()).isEmpty();
    }

    @Test
    void sectionsWrittenEmptyGetTheirDocumentedDefaults() throws Exception {
        String text = (MINIMAL + """
                gateway: { plugins: { jwt: {}, rate-limiting: { minute: 100 } } }
                mesh: { services: { api: {} } }
                datastores:
                  pg: { kind: postgresql, operations: { q: constant(value=1ms) } }
                  mongo: { kind: mongodb, operations: { q: constant(value=1ms) } }
                caches: { c: {} }
                kafka: { topics: { t: { consumers: { g: { processing: constant(value=1ms) } } } } }
                sagas:
                  s: { steps: [{ name: only, call: api.get, type: pivot }] }
                """).replace("        work: exponential(mean=100ms)\n", "        steps: [{ cache: { name: c, hitRatio: 0.5 } }, { publish: { topic: t } }]\n");
        ScenarioSpec spec = load(text);

        assertThat(spec.gateway()).isEqualTo(new GatewaySpec(2, new PodSpec(1, 512, 10_000), dist("constant(value=200us)"),
                new JwtSpec("HS256"), new RateLimitSpec(Map.of("minute", 100L), "consumer", "local", true, 429),
                dist("constant(value=500us)")));
        assertThat(spec.mesh()).isEqualTo(new MeshSpec(dist("lognormal(median=0.452ms, p99=1.78ms)"), MeshSpec.DEFAULT_IDLE_TIMEOUT_SECONDS, "PERMISSIVE",
                Map.of("api", new MeshServiceSpec(null, new RetriesSpec(2, null, "connect-failure,refused-stream,unavailable,cancelled",
                        0.025), "LEAST_REQUEST", new ConnectionPoolSpec(4_294_967_295L, 4_294_967_295L, 4_294_967_295L,
                        4_294_967_295L), null, List.of()))));
        assertThat(spec.datastores().get("pg").maxConnections()).isEqualTo(10);
        assertThat(spec.datastores().get("mongo").maxConnections()).isEqualTo(100);
        assertThat(spec.datastores().get("pg").connectionTimeoutSeconds()).isEqualTo(30.0);
        assertThat(spec.caches().get("c")).isEqualTo(new CacheSpec(dist("constant(value=200us)"), dist("constant(value=5us)")));
        assertThat(spec.kafka().topics().get("t")).isEqualTo(new TopicSpec(6, dist("constant(value=5ms)"),
                Map.of("g", new GroupSpec(1, dist("constant(value=1ms)"), 0.5))));
        assertThat(spec.kafka().projections()).isEmpty();
        assertThat(spec.sagas().get("s")).isEqualTo(new SagaSpec(
                List.of(new SagaStepSpec("only", "api", "get", null, null, "pivot")), 5.0, new RetrySpec(3, 0.1),
                new RetrySpec(5, 1.0)));
        assertThat(spec.services().get("api").endpoints().get("get").steps()).containsExactly(
                new CacheStep("c", 0.5, List.of()), new PublishStep("t", "none"));
        assertThat(load(explained(text))).isEqualTo(spec);
    }

    @Test
    void outlierDetectionWrittenEmptyGetsIstioDefaults() throws Exception {
        ScenarioSpec spec = load(MINIMAL + "mesh: { mtls: UNSET, services: { api: { outlierDetection: {} } } }\n");

        assertThat(spec.mesh().mtls()).isEqualTo("PERMISSIVE");
        assertThat(spec.mesh().services().get("api").outlier()).isEqualTo(new OutlierSpec(5, 10, 30, 10));
    }

    @Test
    void scheduleAndDailyShapes() throws Exception {
        String schedule = MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n", """
                  shape:
                    startRate: 10
                    schedule:
                      - { duration: 10m, rampTo: 100 }
                      - { duration: 1h, rate: 100 }
                      - { duration: 5m, rampTo: 0 }
                """);
        ScenarioSpec spec = load(schedule);

        assertThat(spec.load().shape()).isEqualTo(new RateShapeSpec.ScheduleShape(10, List.of(
                new RateShapeSpec.SegmentSpec(600, null, 100.0), new RateShapeSpec.SegmentSpec(3600, 100.0, null),
                new RateShapeSpec.SegmentSpec(300, null, 0.0))));
        assertThat(spec.load().rateAt(300)).isCloseTo(55, within(EPS));
        assertThat(spec.load().rateAt(4350)).isCloseTo(50, within(EPS));
        assertThat(spec.load().rateAt(1e6)).isZero();
        assertThat(spec.load().constantRate()).isFalse();
        assertThat(load(explained(schedule))).isEqualTo(spec);

        String dailyText = schedule.replace("""
                    startRate: 10
                    schedule:
                      - { duration: 10m, rampTo: 100 }
                      - { duration: 1h, rate: 100 }
                      - { duration: 5m, rampTo: 0 }
                """, "    daily: { mean: 50, amplitude: 20, peakAt: 20h }\n");
        ScenarioSpec daily = load(dailyText);
        assertThat(daily.load().shape()).isEqualTo(new RateShapeSpec.DailyShape(50, 20, 86_400, 72_000));
        assertThat(daily.load().rateAt(72_000)).isCloseTo(70, within(EPS));
        assertThat(daily.load().rateAt(72_000 - 43_200)).isCloseTo(30, within(EPS));
        assertThat(load(explained(dailyText))).isEqualTo(daily);
    }

    @Test
    void traceAndReplayShapesReadTheirCsvNextToTheScenario(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rates.csv"), TestScenarios.resource("/load/rates.csv"));
        Files.writeString(dir.resolve("arrivals.csv"), TestScenarios.resource("/load/arrivals.csv"));
        String traced = MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n",
                "  shape: { trace: { file: rates.csv, interval: 1m } }\n");

        ScenarioSpec trace = load(traced, dir);
        String replayed = traced.replace("trace: { file: rates.csv, interval: 1m }", "replay: { file: arrivals.csv }");
        ScenarioSpec replay = load(replayed, dir);

        RateShapeSpec.TraceShape shape = (RateShapeSpec.TraceShape) trace.load().shape();
        assertThat(shape.file()).isEqualTo("rates.csv");
        assertThat(shape.intervalSeconds()).isEqualTo(60.0);
        assertThat(shape.rates()).containsExactly(10, 20.5, 0);
        assertThat(trace.load().rateAt(90)).isEqualTo(20.5);
        assertThat(((RateShapeSpec.ReplayShape) replay.load().shape()).times()).containsExactly(0.5, 0.5, 1.25, 3);
        assertThat(load(explained(traced, dir), dir)).isEqualTo(trace);
        assertThat(load(explained(replayed, dir), dir)).isEqualTo(replay);
    }

    @Test
    void traceFileProblemsNameTheFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gap.csv"), "time,rps\n0,1\n60,2\n180,3\n");
        Files.writeString(dir.resolve("unsorted.csv"), "3\n1\n");
        String traced = MINIMAL.replace("  rate: 30            # requests per second, Poisson arrivals\n",
                "  shape: { trace: { file: gap.csv, interval: 1m } }\n");

        Issue gap = onlyIssue(traced, dir);
        Issue missing = onlyIssue(traced.replace("gap.csv", "nope.csv"), dir);
        Issue unsorted = onlyIssue(traced.replace("trace: { file: gap.csv, interval: 1m }", "replay: { file: unsorted.csv }"), dir);
        Issue noFolder = TestScenarios.onlyIssue(traced);

        BadInputTest.assertIssue(gap, "mmc.yaml", 7, 27, "load.shape.trace.file",
                "gap.csv line 4: time 180 should be 120 (rows must be 60 s apart, with no gaps)");
        BadInputTest.assertIssue(missing, "mmc.yaml", 7, 27, "load.shape.trace.file", "no such file 'nope.csv'");
        BadInputTest.assertIssue(unsorted, "mmc.yaml", 7, 28, "load.shape.replay.file", "unsorted.csv line 2: timestamp 1.0 is before the previous one, 3.0");
        BadInputTest.assertIssue(noFolder, "mmc.yaml", 7, 27, "load.shape.trace.file", "'mmc.yaml' is not a file on disk");
    }

    private static Issue onlyIssue(String yaml, Path dir) {
        ScenarioException e = org.assertj.core.api.Assertions.catchThrowableOfType(ScenarioException.class,
                () -> load(yaml, dir));
        assertThat(e).isNotNull();
        assertThat(e.issues()).hasSize(1);
        return e.issues().get(0);
    }

    private static io.cloudmart.sim.scenario.spec.DistributionSpec dist(String text) {
        return new Distributions(new EmpiricalSamples(null, "test")).parse(text);
    }
}
