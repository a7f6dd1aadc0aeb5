package io.cloudmart.sim.scenario.output;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TallySummary;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.model.finops.PriceSplit;
import io.cloudmart.sim.model.gateway.JwtAlgorithm;
import io.cloudmart.sim.model.gateway.JwtVerificationCost;
import io.cloudmart.sim.model.mesh.MtlsMode;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.mesh.SidecarSettings;
import io.cloudmart.sim.model.security.LayerOverhead;
import io.cloudmart.sim.model.security.OpaDecisionCost;
import io.cloudmart.sim.model.security.SecurityLayer;
import io.cloudmart.sim.model.security.SecurityMetrics;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * What each zero-trust layer cost in a run, for results.json's {@code security} block and the report's "Security
 * overhead" table: per replication, the layer's calls after warm-up (counted by the model: JWT verifications at the
 * gateway, mTLS handshakes per destination, OPA decisions with their drawn latency), turned into latency and CPU by
 * the model's own per-call costs, then into cores and money at a CPU core-hour price; each figure is the mean over
 * replications.
 *
 * <p>The price is the cluster's: what one allocated CPU core-hour cost on average over all services (their CPU cost
 * over their allocated core-hours, OpenCost's allocation). Without a cluster there is no bill, and OpenCost's default
 * CPU price stands in ({@link PriceSplit#OPENCOST_DEFAULT}, $0.031611 per vCPU-hour), named as such.
 */
public final class SecurityOverhead {
    /** The price source when the run has a cluster. */
    public static final String CLUSTER_PRICE = "cluster";
    /** The price source without one. */
    public static final String DEFAULT_PRICE = "opencost-default";
    private static final double MS = 1000.0;

    /** One figure of a layer, with its results.json name; additive figures also have a total over the layers. */
    public enum Figure {
        CALLS("calls", false, (r, o) -> o.calls()),
        CALLS_PER_REQUEST("callsPerRequest", false, (r, o) -> o.callsPerRequest(r.requests)),
        LATENCY_MS_PER_CALL("latencyMsPerCall", false, (r, o) -> o.latencyPerCallSeconds() * MS),
        LATENCY_MS_PER_REQUEST("latencyMsPerRequest", true, (r, o) -> o.latencyPerRequestSeconds(r.requests) * MS),
        LATENCY_SHARE("latencyShare", true, (r, o) -> o.latencyPerRequestSeconds(r.requests) / r.meanLatencySeconds),
        CPU_MS_PER_CALL("cpuMsPerCall", false, (r, o) -> o.cpuPerCallSeconds() * MS),
        CPU_MS_PER_REQUEST("cpuMsPerRequest", true, (r, o) -> o.cpuPerRequestSeconds(r.requests) * MS),
        CPU_CORES("cpuCores", true, (r, o) -> o.cores(r.measuredSeconds)),
        COST_PER_MILLION_REQUESTS("costPerMillionRequests", true,
                (r, o) -> o.costPerMillionRequests(r.requests, r.pricePerCoreHour)),
        COST_PER_MONTH("costPerMonth", true, (r, o) -> o.costPerMonth(r.measuredSeconds, r.pricePerCoreHour));

        private final String jsonName;
        private final boolean additive;
        private final java.util.function.ToDoubleBiFunction<Run, LayerOverhead> of;

        Figure(String jsonName, boolean additive, java.util.function.ToDoubleBiFunction<Run, LayerOverhead> of) {
            this.jsonName = jsonName;
            this.additive = additive;
            this.of = of;
        }

        public String jsonName() {
            return jsonName;
        }

        public boolean additive() {
            return additive;
        }

        /** Amounts of money, rounded as money in results.json. */
        public boolean money() {
            return this == COST_PER_MILLION_REQUESTS || this == COST_PER_MONTH;
        }
    }

    /**
     * One replication's layers.
     *
     * @param requests           requests answered after warm-up
     * @param measuredSeconds    the measured time, seconds
     * @param meanLatencySeconds their mean end-to-end latency, seconds
     * @param pricePerCoreHour   the CPU core-hour price, currency
     */
    record Run(double requests, double measuredSeconds, double meanLatencySeconds, double pricePerCoreHour,
               Map<SecurityLayer, LayerOverhead> layers) {
    }

    private final List<Run> runs;
    private final Map<SecurityLayer, String> details;
    private final String currency;
    private final String priceSource;

    SecurityOverhead(List<Run> runs, Map<SecurityLayer, String> details, String currency, String priceSource) {
        this.runs = List.copyOf(runs);
        this.details = details;
        this.currency = currency;
        this.priceSource = priceSource;
    }

    /** The layers of a run, or empty when the scenario has no place for any (no gateway, no mesh, no authorize). */
    public static Optional<SecurityOverhead> of(ScenarioSpec spec, ExperimentResult result) {
        if (spec.gateway() == null && spec.mesh() == null && authorizing(spec).isEmpty()) {
            return Optional.empty();
        }
        Optional<List<CostSummary>> bills = new Figures(result).attachments(CostSummary.class);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < result.replications().size(); i++) {
            ReplicationResult r = result.replications().get(i);
            double price = bills.isPresent() ? clusterPrice(bills.get().get(i)) : Double.NaN;
            runs.add(run(spec, r.metrics(), Double.isNaN(price) ? defaultPrice() : price));
        }
        boolean priced = bills.isPresent() && bills.get().stream().allMatch(b -> !Double.isNaN(clusterPrice(b)));
        String currency = priced ? bills.get().get(0).currency().getCurrencyCode() : "USD";
        return Optional.of(new SecurityOverhead(runs, details(spec), currency, priced ? CLUSTER_PRICE : DEFAULT_PRICE));
    }

    /** OpenCost's default CPU price, USD per vCPU-hour. */
    static double defaultPrice() {
        return PriceSplit.OPENCOST_DEFAULT.defaultCpuPerCoreHour();
    }

    /** Σ services' CPU cost / Σ their allocated core-hours; NaN when none was allocated. */
    static double clusterPrice(CostSummary bill) {
        List<CostLine> lines = bill.allocation().services();
        double hours = lines.stream().mapToDouble(CostLine::cpuCoreHours).sum();
        return hours > 0 ? lines.stream().mapToDouble(CostLine::cpuCost).sum() / hours : Double.NaN;
    }

    static Run run(ScenarioSpec spec, MetricsSnapshot m, double price) {
        Map<SecurityLayer, LayerOverhead> layers = new EnumMap<>(SecurityLayer.class);
        layers.put(SecurityLayer.JWT, jwt(spec, m));
        layers.put(SecurityLayer.MTLS, mtls(spec, m));
        layers.put(SecurityLayer.OPA, opa(spec, m));
        TallySummary latency = m.tallies().get("client.latency");
        double mean = latency == null ? Double.NaN : latency.mean();
        return new Run(m.counters().getOrDefault("client.requests", 0L), m.measuredSeconds(), mean, price, layers);
    }

    /** Every verification costs the algorithm's CPU on a gateway core, which is also the latency it adds. */
    private static LayerOverhead jwt(ScenarioSpec spec, MetricsSnapshot m) {
        if (spec.gateway() == null || spec.gateway().jwt() == null) {
            return LayerOverhead.absent(SecurityLayer.JWT);
        }
        double cpu = JwtVerificationCost.defaults().cpuSeconds(JwtAlgorithm.byJwaName(spec.gateway().jwt().algorithm()));
        return LayerOverhead.ofCalls(SecurityLayer.JWT, m.counter(SecurityMetrics.JWT_VERIFICATIONS), cpu, cpu);
    }

    /** A handshake adds a round trip and its crypto to the call that opens the connection; the crypto is its CPU. */
    private static LayerOverhead mtls(ScenarioSpec spec, MetricsSnapshot m) {
        if (spec.mesh() == null || !MtlsMode.fromIstio(spec.mesh().mtls()).encrypts()) {
            return LayerOverhead.absent(SecurityLayer.MTLS);
        }
        SidecarSettings settings = SidecarSettings.defaults();
        long handshakes = spec.services().keySet().stream()
                .mapToLong(s -> m.counters().getOrDefault(ServiceMesh.metricKey(s, "handshakes"), 0L)).sum();
        return LayerOverhead.ofCalls(SecurityLayer.MTLS, handshakes, settings.handshakeSeconds(),
                settings.handshakeCpuSeconds());
    }

    /** Each decision waits its drawn latency, and costs the estimated CPU on the OPA sidecar. */
    private static LayerOverhead opa(ScenarioSpec spec, MetricsSnapshot m) {
        List<String> keys = authorizing(spec);
        if (keys.isEmpty()) {
            return LayerOverhead.absent(SecurityLayer.OPA);
        }
        double decisions = 0;
        double latency = 0;
        for (String key : keys) {
            TallySummary t = m.tallies().get(key);
            if (t != null && t.count() > 0) {
                decisions += t.count();
                latency += t.count() * t.mean();
            }
        }
        return new LayerOverhead(SecurityLayer.OPA, true, decisions, latency, decisions * OpaDecisionCost.DEFAULT_CPU_SECONDS);
    }

    /** The OPA tally of every endpoint with {@code authorize}, in file order. */
    private static List<String> authorizing(ScenarioSpec spec) {
        List<String> keys = new ArrayList<>();
        spec.services().forEach((service, s) -> s.endpoints().forEach((endpoint, e) -> {
            if (e.authorize() != null) {
                keys.add(SecurityMetrics.opaDecisions(service, endpoint));
            }
        }));
        return keys;
    }

    private static Map<SecurityLayer, String> details(ScenarioSpec spec) {
        Map<SecurityLayer, String> d = new EnumMap<>(SecurityLayer.class);
        d.put(SecurityLayer.JWT, spec.gateway() == null ? "no gateway" : spec.gateway().jwt() == null
                ? "plugin off" : spec.gateway().jwt().algorithm());
        d.put(SecurityLayer.MTLS, spec.mesh() == null ? "no mesh" : MtlsMode.fromIstio(spec.mesh().mtls()).name());
        int endpoints = authorizing(spec).size();
        d.put(SecurityLayer.OPA, endpoints == 0 ? "no authorize" : endpoints + (endpoints == 1 ? " endpoint" : " endpoints"));
        return d;
    }

    /** Whether the scenario, as run, has {@code layer}. */
    public boolean enabled(SecurityLayer layer) {
        return runs.get(0).layers().get(layer).enabled();
    }

    /**
     * What the scenario has of {@code layer}: the JWT algorithm ("RS256"), the effective mTLS mode ("STRICT",
     * "DISABLE"), the endpoints with {@code authorize} ("3 endpoints"), or why the layer is missing ("no gateway").
     */
    public String detail(SecurityLayer layer) {
        return details.get(layer);
    }

    /** {@code figure} of {@code layer}, the mean over replications (NaN when undefined, e.g. per call without calls). */
    public double figure(SecurityLayer layer, Figure figure) {
        return mean(r -> figure.of.applyAsDouble(r, r.layers().get(layer)));
    }

    /** The sum of an additive {@code figure} over the layers, mean over replications; NaN for the others. */
    public double total(Figure figure) {
        if (!figure.additive) {
            return Double.NaN;
        }
        return mean(r -> r.layers().values().stream().mapToDouble(o -> figure.of.applyAsDouble(r, o)).sum());
    }

    /** The CPU core-hour price the costs use, mean over replications, {@link #currency()} per core-hour. */
    public double pricePerCoreHour() {
        return mean(Run::pricePerCoreHour);
    }

    public String currency() {
        return currency;
    }

    /** {@link #CLUSTER_PRICE} or {@link #DEFAULT_PRICE}. */
    public String priceSource() {
        return priceSource;
    }

    private double mean(ToDoubleFunction<Run> of) {
        return runs.stream().mapToDouble(of).average().orElse(Double.NaN);
    }
}
