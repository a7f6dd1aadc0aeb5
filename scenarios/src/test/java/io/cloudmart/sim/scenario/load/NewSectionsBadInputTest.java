package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.TestScenarios.CLOUDMART;
import static io.cloudmart.sim.scenario.load.TestScenarios.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One mistake per new field of issue 3 (wrong type, out of range, unknown value, bad reference),
 * each made in the CloudMart-like scenario: exactly one issue, with its path, its line and a key
 * phrase. The line is where the edit is unless the case gives it (mapping-level problems point at
 * the mapping's key).
 */
class NewSectionsBadInputTest {

    @ParameterizedTest(name = "{3}: {4}")
    @MethodSource("cases")
    void oneIssueWithPathLineAndPhrase(String from, String to, int line, String path, String phrase) {
        String yaml = TestScenarios.edit(CLOUDMART, from, to);
        int expectedLine = line > 0 ? line : lineOf(yaml, CLOUDMART.indexOf(from));

        List<Issue> issues = TestScenarios.issues(yaml);

        assertThat(issues).as("issues for " + to).hasSize(1);
        Issue issue = issues.get(0);
        assertThat(issue.source()).isEqualTo(SOURCE);
        assertThat(issue.path()).as("path of " + issue).isEqualTo(path);
        assertThat(issue.line()).as("line of " + issue).isEqualTo(expectedLine);
        assertThat(issue.column()).as("column of " + issue).isPositive();
        assertThat(issue.message()).as("message of " + issue).contains(phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // top level
                bad("startTime: 2026-11-27T12:00:00Z", "startTime: 27/11/2026", "startTime",
                        "expected an ISO-8601 UTC instant such as 2026-11-27T12:00:00Z"),
                bad("startTime: 2026-11-27T12:00:00Z", "startTime: 2026-11-27T12:00:00", "startTime", "got '2026-11-27T12:00:00'"),
                bad("startTime: 2026-11-27T12:00:00Z", "startTime: [1]", "startTime", "expected text, got a list"),

                // load: forms, shape, scale, clients, headers
                bad("  shape:\n", "  rate: 5\n  shape:\n", 11, "load.shape", "give either 'rate' or 'shape', not both"),
                bad("  shape:\n", "  stages: [{ duration: 1m, rate: 2 }]\n  shape:\n", 11, "load.shape",
                        "either 'stages' or 'shape'"),
                bad("rampDown: 5m }", "rampDown: 5m }\n    daily: { mean: 5, amplitude: 1, peakAt: 1h }", 11,
                        "load.shape.daily", "give one shape: either 'spike' or 'daily', not both"),
                bad("    spike:", "    startRate: 5\n    spike:", "load.shape.startRate",
                        "startRate is the level before the first segment of a 'schedule'"),
                bad("    spike: { base: 50, peak: 400, at: 20m, rampUp: 2m, hold: 10m, rampDown: 5m }", "    {}", 9,
                        "load.shape", "a shape needs one of: schedule, spike, daily, trace, replay"),
                bad("    spike:", "    spiek:", "load.shape.spiek", "did you mean 'spike'?"),
                bad("base: 50", "base: -1", "load.shape.spike.base", "must be >= 0 (got -1)"),
                bad("peak: 400", "peak: lots", "load.shape.spike.peak", "expected a number, got 'lots'"),
                bad("at: 20m", "at: 20", "load.shape.spike.at", "write 20s, not 20"),
                bad("rampUp: 2m", "rampUp: -2m", "load.shape.spike.rampUp", "must be >= 0 (got '-2m')"),
                bad("hold: 10m, ", "", 10, "load.shape.spike", "missing required field 'hold'"),
                bad("rampDown: 5m", "rampDown: 5x", "load.shape.spike.rampDown", "unknown unit 'x' in '5x'"),
                bad("rampUp: 2m, hold: 10m, rampDown: 5m", "rampUp: 0s, hold: 0s, rampDown: 0s", "load.shape.spike.hold",
                        "the spike lasts no time"),
                bad("scale: 1.5", "scale: 0", "load.scale", "must be > 0 (got 0)"),
                bad("scale: 1.5", "scale: double", "load.scale", "expected a number, got 'double'"),
                bad("consumers: 5000", "consumers: -3", "load.clients.consumers", "must be at least 0 (got -3)"),
                bad("consumers: 5000", "consumers: 0", "load.clients.consumers",
                        "must be at least 1 while bots send less than all requests"),
                bad("share: 0.1", "share: 1.5", "load.clients.bots.share", "must be in [0, 1] (got 1.5)"),
                bad("ips: 4", "ips: 0", "load.clients.bots.ips", "must be at least 1 (got 0)"),
                bad("bots: {", "bot: {", "load.clients.bot", "did you mean 'bots'?"),
                bad("headers: { x-cohort: beta }", "headers: { x-cohort: [beta] }", "load.journeys.checkout.headers.x-cohort",
                        "expected text, got a list"),
                bad("headers: { x-cohort: beta }", "headers: { 'x.cohort': beta }", "load.journeys.checkout.headers.x.cohort",
                        "'x.cohort' is not a valid header name"),
                bad("headers: { x-cohort: beta }", "headers: [x-cohort]", "load.journeys.checkout.headers", "expected a mapping"),

                // services: versions
                bad("stable: { replicas: 3 }", "stable: { replicas: 0 }", "services.order.versions.stable.replicas",
                        "must be at least 1 (got 0)"),
                bad("errorRate: 0.05", "errorRate: 5%", "services.order.versions.canary.errorRate", "expected a number, got '5%'"),
                bad("errorRate: 0.05", "errorRate: 1.05", "services.order.versions.canary.errorRate", "must be in [0, 1] (got 1.05)"),
                bad("latencyFactor: 1.3", "latencyFactor: 0", "services.order.versions.canary.latencyFactor", "must be > 0 (got 0)"),
                bad("latencyFactor: 1.3", "latencyfactor: 1.3", "services.order.versions.canary.latencyfactor",
                        "did you mean 'latencyFactor'?"),
                bad("    versions:\n", "    replicas: 5\n    versions:\n", "services.order.replicas",
                        "replicas (5) must equal the sum of the versions' replicas (4)"),
                bad("    endpoints:\n      place:", "      b.2: { replicas: 1 }\n    endpoints:\n      place:",
                        "services.order.versions.b.2", "'b.2' is not a valid version name"),

                // endpoints: forms, errorRate, authorize
                bad("confirm: { work: constant(value=1ms) }", "confirm: { work: constant(value=1ms), steps: [{ work: constant(value=1ms) }] }",
                        "services.order.endpoints.confirm.steps", "give either 'work' (the CPU time, short form) or 'steps'"),
                bad("confirm: { work: constant(value=1ms) }", "confirm: { errorRate: 0.1 }", "services.order.endpoints.confirm",
                        "missing required field 'work' (the CPU time one request needs) or 'steps'"),
                bad("confirm: { work: constant(value=1ms) }", "confirm: { steps: [] }", "services.order.endpoints.confirm.steps",
                        "must list at least one step"),
                bad("errorRate: 0.01", "errorRate: -0.01", "services.pricing.endpoints.quote.errorRate", "must be in [0, 1] (got -0.01)"),
                bad("authorize: lognormal(median=1ms, p99=5ms)", "authorize: opa", "services.order.endpoints.place.authorize",
                        "expected a distribution such as exponential(mean=100ms)"),

                // steps
                bad("          - saga: place-order", "          - saga: place-order\n            work: constant(value=1ms)", 61,
                        "services.order.endpoints.place.steps.2", "a step does one thing: write one of work, call, parallel"),
                bad("- saga: place-order", "- sag: place-order", "services.order.endpoints.place.steps.2.sag",
                        "unknown field 'sag' at services.order.endpoints.place.steps.2; did you mean 'saga'? Allowed: work, call,"
                                + " parallel, query, cache, publish, saga"),
                bad("- saga: place-order", "- saga: place-ordr", "services.order.endpoints.place.steps.2.saga",
                        "unknown saga 'place-ordr'; did you mean 'place-order'? Sagas: place-order"),
                bad("{ to: fraud.score, optional: true }", "fraud", "services.payment.endpoints.charge.steps.1.call",
                        "expected 'service.endpoint', e.g. api.get, got 'fraud'"),
                bad("{ to: fraud.score, optional: true }", "fraud.scor", "services.payment.endpoints.charge.steps.1.call",
                        "service 'fraud' has no endpoint 'scor'; did you mean 'score'? Endpoints: score"),
                bad("{ to: fraud.score, optional: true }", "{ to: frad.score, optional: true }",
                        "services.payment.endpoints.charge.steps.1.call.to", "unknown service 'frad'; did you mean 'fraud'?"),
                bad("{ to: fraud.score, optional: true }", "{ to: fraud.score, optional: maybe }",
                        "services.payment.endpoints.charge.steps.1.call.optional", "expected true or false, got 'maybe'"),
                bad("{ to: fraud.score, optional: true }", "{ optional: true }", "services.payment.endpoints.charge.steps.1.call",
                        "missing required field 'to'"),
                bad("{ to: fraud.score, optional: true }", "[fraud.score]", "services.payment.endpoints.charge.steps.1.call",
                        "expected a single value or a mapping, got a list"),
                bad("[inventory.check, { to: pricing.quote, optional: true }]", "[]",
                        "services.order.endpoints.place.steps.1.parallel", "must list at least one call"),
                bad("[inventory.check, { to: pricing.quote, optional: true }]", "[inventory.chek, pricing.quote]",
                        "services.order.endpoints.place.steps.1.parallel.0", "service 'inventory' has no endpoint 'chek'; did you mean 'check'?"),
                bad("{ store: orders-db, op: update }", "{ store: order-db, op: update }",
                        "services.inventory.endpoints.reserve.steps.0.query.store",
                        "unknown datastore 'order-db'; did you mean 'orders-db'? Datastores: orders-db, catalog-db"),
                bad("{ store: orders-db, op: update }", "{ store: orders-db, op: updat }",
                        "services.inventory.endpoints.reserve.steps.0.query.op",
                        "datastore 'orders-db' has no operation 'updat'; did you mean 'update'? Operations: update"),
                bad("{ store: orders-db, op: update }", "{ store: orders-db }", "services.inventory.endpoints.reserve.steps.0.query",
                        "missing required field 'op'"),
                bad("name: catalog-cache", "name: catalog-cash", "services.catalog.endpoints.list.steps.1.cache.name",
                        "unknown cache 'catalog-cash'; did you mean 'catalog-cache'? Caches: catalog-cache"),
                bad("hitRatio: 0.9", "hitRatio: 90", "services.catalog.endpoints.list.steps.1.cache.hitRatio",
                        "must be in [0, 1] (got 90)"),
                bad("              hitRatio: 0.9\n", "", 45, "services.catalog.endpoints.list.steps.1.cache",
                        "missing required field 'hitRatio'"),
                bad("- query: { store: catalog-db, op: find }", "- query: { store: catalog-db, op: fnd }",
                        "services.catalog.endpoints.list.steps.1.cache.miss.0.query.op", "did you mean 'find'?"),
                bad("{ topic: order-events, key: consumer }", "{ topic: order-event, key: consumer }",
                        "services.order.endpoints.place.steps.3.publish.topic", "unknown topic 'order-event'; did you mean 'order-events'?"),
                bad("{ topic: order-events, key: consumer }", "{ topic: order-events, key: user }",
                        "services.order.endpoints.place.steps.3.publish.key", "unknown value 'user' for key. Allowed: consumer, none"),
                bad("check: { work: exponential(mean=1ms) }", "check: { steps: [{ call: order.place }] }",
                        "services.inventory.endpoints.check.steps.0.call",
                        "call cycle order.place → inventory.check → order.place: a request would never end"),

                // gateway
                bad("nodes: 3", "nodes: 0", "gateway.nodes", "must be at least 1 (got 0)"),
                bad("nodes: 3", "nodes: three", "gateway.nodes", "expected a whole number, got 'three'"),
                bad("pod: { cpu: 2, memory: 1Gi }", "pod: { cpu: 2 cores, memory: 1Gi }", "gateway.pod.cpu", "expected CPU cores"),
                bad("  nodes: 3", "  nodes: 3\n  proxyCpu: exp(mean=1ms)", 18, "gateway.proxyCpu", "unknown distribution 'exp'"),
                bad("  nodes: 3", "  nodes: 3\n  sharedStoreRoundTrip: 500us", 18, "gateway.sharedStoreRoundTrip",
                        "expected a distribution such as exponential(mean=100ms) or constant(value=100ms), got '500us'"),
                bad("    jwt:", "    jwd:", "gateway.plugins.jwd", "did you mean 'jwt'?"),
                bad("algorithm: RS256", "algorithm: RS257", "gateway.plugins.jwt.algorithm",
                        "unknown value 'RS257' for algorithm; did you mean 'RS256'? Allowed: HS256, HS384, HS512, RS256, ES256, EdDSA"),
                bad("second: 20", "second: 0", "gateway.plugins.rate-limiting.second", "must be at least 1 (got 0)"),
                bad("second: 20", "second: 2.5", "gateway.plugins.rate-limiting.second", "expected a whole number, got 2.5"),
                bad("minute: 600", "minute: 10", "gateway.plugins.rate-limiting.minute",
                        "the limit for minute (10) cannot be lower than the limit for second (20)"),
                bad("second: 20, minute: 600, ", "hours: 5, ", "gateway.plugins.rate-limiting.hours", "did you mean 'hour'?"),
                bad("second: 20, minute: 600, ", "", 21, "gateway.plugins.rate-limiting",
                        "rate-limiting needs at least one limit: second, minute, hour, day, month, year"),
                bad("limit_by: ip", "limit_by: ipp", "gateway.plugins.rate-limiting.limit_by", "did you mean 'ip'? Allowed: consumer, ip, service"),
                bad("limit_by: ip", "limitBy: ip", "gateway.plugins.rate-limiting.limitBy", "did you mean 'limit_by'?"),
                bad("policy: redis", "policy: clustr", "gateway.plugins.rate-limiting.policy", "did you mean 'cluster'?"),
                bad("fault_tolerant: false", "fault_tolerant: maybe", "gateway.plugins.rate-limiting.fault_tolerant",
                        "expected true or false, got 'maybe'"),
                bad("fault_tolerant: false", "error_code: 99", "gateway.plugins.rate-limiting.error_code", "must be at least 100 (got 99)"),

                // mesh
                bad("  mtls: STRICT", "  sidecar: { latency: fast }", "mesh.sidecar.latency", "expected a distribution"),
                bad("  mtls: STRICT", "  sidecar: { latency: \"lognormal(median=2ms, p99=1ms)\" }", "mesh.sidecar.latency",
                        "lognormal p99 (1ms) must be greater than median (2ms)"),
                bad("mtls: STRICT", "mtls: strict", "mesh.mtls", "did you mean 'STRICT'? Allowed: STRICT, PERMISSIVE, DISABLE, UNSET"),
                bad("    payment:\n      timeout", "    paymnt:\n      timeout", "mesh.services.paymnt",
                        "unknown service 'paymnt'; did you mean 'payment'?"),
                bad("timeout: 2s", "timeout: 0s", "mesh.services.payment.timeout", "must be > 0 (got '0s')"),
                bad("attempts: 3, perTryTimeout", "attempts: -1, perTryTimeout", "mesh.services.payment.retries.attempts",
                        "must be at least 0 (got -1)"),
                bad("perTryTimeout: 500ms", "perTryTimeout: 500", "mesh.services.payment.retries.perTryTimeout", "write 500s, not 500"),
                bad("\"5xx,reset,503\"", "\"5xx,rest,503\"", "mesh.services.payment.retries.retryOn",
                        "unknown retryOn condition 'rest'; did you mean 'reset'?"),
                bad("\"5xx,reset,503\"", "\"5xx,999\"", "mesh.services.payment.retries.retryOn", "status code '999' must be in [100, 599]"),
                bad("\"5xx,reset,503\"", "\" , \"", "mesh.services.payment.retries.retryOn", "is empty; leave it out for Istio's default"),
                bad("\"5xx,reset,503\" }", "\"5xx\", backoff: 0s }", "mesh.services.payment.retries.backoff", "must be > 0 (got '0s')"),
                bad("loadBalancer: ROUND_ROBIN", "loadBalancer: ROUND_ROBBIN", "mesh.services.order.loadBalancer",
                        "did you mean 'ROUND_ROBIN'? Allowed: ROUND_ROBIN, LEAST_REQUEST, RANDOM"),
                bad("maxConnections: 100", "maxConnections: 0", "mesh.services.payment.connectionPool.maxConnections",
                        "must be at least 1 (got 0)"),
                bad("http1MaxPendingRequests: 10", "http1MaxPendingRequests: -1",
                        "mesh.services.payment.connectionPool.http1MaxPendingRequests", "must be at least 0 (got -1)"),
                bad("http1MaxPendingRequests: 10", "http2MaxRequests: 0", "mesh.services.payment.connectionPool.http2MaxRequests",
                        "must be at least 1 (got 0)"),
                bad("http1MaxPendingRequests: 10", "maxRetries: 4294967296", "mesh.services.payment.connectionPool.maxRetries",
                        "must be at most 4294967295"),
                bad("consecutive5xxErrors: 3", "consecutive5xxErrors: -1", "mesh.services.payment.outlierDetection.consecutive5xxErrors",
                        "must be at least 0"),
                bad("consecutive5xxErrors: 3", "interval: 0s", "mesh.services.payment.outlierDetection.interval", "must be > 0"),
                bad("consecutive5xxErrors: 3", "baseEjectionTime: 30", "mesh.services.payment.outlierDetection.baseEjectionTime",
                        "write 30s, not 30"),
                bad("consecutive5xxErrors: 3", "maxEjectionPercent: 150", "mesh.services.payment.outlierDetection.maxEjectionPercent",
                        "must be in [0, 100] (got 150)"),
                bad("          destination: canary\n        - match: { consumerShare",
                        "          destination: canry\n        - match: { consumerShare", "mesh.services.order.route.0.destination",
                        "service 'order' has no version 'canry'; did you mean 'canary'? Versions: stable, canary"),
                bad("{ stable: 90, canary: 10 }", "{ stable: 90, canaryy: 10 }", "mesh.services.order.route.2.destinations.canaryy",
                        "service 'order' has no version 'canaryy'; did you mean 'canary'?"),
                bad("{ stable: 90, canary: 10 }", "{ stable: 0, canary: 0 }", "mesh.services.order.route.2.destinations",
                        "at least one weight must be > 0"),
                bad("{ stable: 90, canary: 10 }", "{ stable: 90, canary: -10 }", "mesh.services.order.route.2.destinations.canary",
                        "must be >= 0 (got -10)"),
                bad("consumerShare: 0.05", "consumerShare: 5", "mesh.services.order.route.1.match.consumerShare",
                        "must be in [0, 1] (got 5)"),
                bad("consumerShare: 0.05", "consumerShare: 0.05, headers: { a: b }", "mesh.services.order.route.1.match.consumerShare",
                        "match on either 'headers' or 'consumerShare', not both"),
                bad("- match: { consumerShare: 0.05 }\n          destination: canary", "- match: { consumerShare: 0.05 }", 35,
                        "mesh.services.order.route.1", "a route needs 'destination' (a version name) or 'destinations'"),
                bad("        - destinations: { stable: 90, canary: 10 }",
                        "        - destinations: { stable: 90, canary: 10 }\n          destination: stable", 37,
                        "mesh.services.order.route.2.destinations", "give either 'destination' (one version) or 'destinations'"),
                bad("      route:\n", "      routes:\n", "mesh.services.order.routes", "did you mean 'route'?"),

                // datastores
                bad("kind: postgresql", "kind: postgres", "datastores.orders-db.kind",
                        "unknown value 'postgres' for kind; did you mean 'postgresql'? Allowed: postgresql, mongodb"),
                bad("    kind: postgresql\n", "", 85, "datastores.orders-db", "missing required field 'kind'"),
                bad("maxConnections: 50", "maxConnections: 0", "datastores.catalog-db.maxConnections", "must be at least 1 (got 0)"),
                bad("connectionTimeout: 2s", "connectionTimeout: 2", "datastores.catalog-db.connectionTimeout", "write 2s, not 2"),
                bad("      update: lognormal(median=2ms, p99=8ms)", "      update: 2ms", "datastores.orders-db.operations.update",
                        "expected a distribution"),
                bad("    operations:\n      update: lognormal(median=2ms, p99=8ms)\n", "    operations: {}\n",
                        "datastores.orders-db.operations", "must name at least one operation"),

                // caches
                bad("catalog-cache: {}", "catalog-cache: { roundTrip: 200us }", "caches.catalog-cache.roundTrip",
                        "expected a distribution such as"),
                bad("catalog-cache: {}", "catalog-cache: { commandTime: 5 }", "caches.catalog-cache.commandTime",
                        "expected a distribution such as exponential(mean=100ms) or constant(value=100ms), got 5"),
                bad("catalog-cache: {}", "catalog-cache: { hitRatio: 0.9 }", "caches.catalog-cache.hitRatio",
                        "unknown field 'hitRatio' at caches.catalog-cache. Allowed: roundTrip, commandTime"),

                // kafka
                bad("partitions: 12", "partitions: 0", "kafka.topics.order-events.partitions", "must be at least 1 (got 0)"),
                bad("partitions: 12", "produceLatency: 5ms", "kafka.topics.order-events.produceLatency", "expected a distribution"),
                bad("{ consumers: 3, processing", "{ consumers: 0, processing", "kafka.topics.order-events.consumers.projector.consumers",
                        "must be at least 1 (got 0)"),
                bad("{ processing: constant(value=20ms), fetchMaxWait: 100ms }", "{ fetchMaxWait: 100ms }", 103,
                        "kafka.topics.order-events.consumers.mailer", "missing required field 'processing'"),
                bad("fetchMaxWait: 100ms", "fetchMaxWait: -1ms", "kafka.topics.order-events.consumers.mailer.fetchMaxWait",
                        "must be >= 0 (got '-1ms')"),
                bad("{ topic: order-events, group: projector }", "{ topic: orders, group: projector }",
                        "kafka.projections.order-history.topic", "unknown topic 'orders'"),
                bad("{ topic: order-events, group: projector }", "{ topic: order-events, group: projectr }",
                        "kafka.projections.order-history.group",
                        "topic 'order-events' has no consumer group 'projectr'; did you mean 'projector'? Groups: projector, mailer"),
                bad("  topics:\n", "  topic:\n", "kafka.topic", "did you mean 'topics'?"),

                // sagas
                bad("type: compensatable }", "type: compensable }", "sagas.place-order.steps.0.type",
                        "unknown value 'compensable' for type; did you mean 'compensatable'?"),
                bad("call: order.confirm, type: retriable", "call: order.confirm, type: compensatable",
                        "sagas.place-order.steps.2.type", "a compensatable step must come before the pivot ('charge')"),
                bad("compensation: inventory.release, type: compensatable", "type: retriable",
                        "sagas.place-order.steps.0.type", "a retriable step must come after the pivot"),
                bad("call: order.confirm, type: retriable", "call: order.confirm, type: pivot", "sagas.place-order.steps.2.type",
                        "a saga has exactly one pivot, and step 'charge' is already it"),
                bad("{ name: charge, call: payment.charge, type: pivot }",
                        "{ name: charge, call: payment.charge, type: compensatable }\n      - { name: charge2, call: payment.charge,"
                                + " type: compensatable }", 109, "sagas.place-order.steps",
                        "a saga needs exactly one pivot step"),
                bad("call: payment.charge, type: pivot", "call: payment.charge, compensation: inventory.release, type: pivot",
                        "sagas.place-order.steps.1.compensation", "a pivot step is never compensated"),
                bad("name: confirm", "name: charge", "sagas.place-order.steps.2.name", "step name 'charge' is already used by step 1"),
                bad("call: inventory.reserve,", "call: inventory.reserv,", "sagas.place-order.steps.0.call",
                        "service 'inventory' has no endpoint 'reserv'; did you mean 'reserve'?"),
                bad("compensation: inventory.release", "compensation: inventory", "sagas.place-order.steps.0.compensation",
                        "expected 'service.endpoint'"),
                bad("{ name: confirm, call: order.confirm, type: retriable }", "{ name: confirm, type: retriable }", 111,
                        "sagas.place-order.steps.2", "missing required field 'call'"),
                bad("stepTimeout: 3s", "stepTimeout: 0s", "sagas.place-order.stepTimeout", "must be > 0 (got '0s')"),
                bad("attempts: 2, backoff: 50ms", "attempts: -2, backoff: 50ms", "sagas.place-order.retries.attempts",
                        "must be at least 0 (got -2)"),
                bad("attempts: 2, backoff: 50ms", "attempts: 2, backoff: -50ms", "sagas.place-order.retries.backoff",
                        "must be >= 0 (got '-50ms')"),
                bad("    stepTimeout: 3s", "    stepTimeout: 3s\n    compensationRetries: { attempt: 9 }", 113,
                        "sagas.place-order.compensationRetries.attempt", "did you mean 'attempts'?"),
                bad("          - saga: place-order", "          - call: order.place", "services.order.endpoints.place.steps.2.call",
                        "call cycle order.place → order.place"),
                bad("{ name: confirm, call: order.confirm, type: retriable }", "{ name: confirm, call: order.place, type: retriable }",
                        "sagas.place-order.steps.2.call", "call cycle order.place → saga place-order → order.place"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, 0, path, phrase);
    }

    private static Arguments bad(String from, String to, int line, String path, String phrase) {
        return Arguments.of(from, to, line, path, phrase);
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
