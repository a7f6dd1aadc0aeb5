package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.model.security.SecurityLayer;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.SecurityOverhead;
import io.cloudmart.sim.scenario.output.SecurityOverhead.Figure;

/**
 * The "Security overhead" part of the report: one row per zero-trust layer (JWT at the gateway, mTLS handshakes, OPA
 * decisions) with what it added after warm-up, latency per request and its share of the mean, CPU per request and in
 * cores, and what that CPU costs per million requests and per month; then the sum. The same figures as results.json
 * {@code security} ({@link SecurityOverhead}). Left out of a scenario without a gateway, a mesh or an authorize step.
 */
final class SecuritySection {
    static final String HEADING = "Security overhead";
    static final String TOTAL_ROW = "all layers";
    static final String OFF = "off";

    private SecuritySection() {
    }

    static Optional<Section> of(io.cloudmart.sim.scenario.spec.ScenarioSpec spec,
                                io.cloudmart.sim.core.run.ExperimentResult result) {
        return SecurityOverhead.of(spec, result).map(s -> new Section(HEADING, intro(s), List.of(table(s))));
    }

    private static String intro(SecurityOverhead s) {
        return "What each zero-trust layer added to a request after warm-up (share: of the mean end-to-end latency), and"
                + " what its CPU costs. To see a run"
                + " without a layer, switch it off and compare: --set security.jwt=false, security.mtls=false or"
                + " security.opa=false.";
    }

    /** The table: a row per layer in {@link SecurityLayer} order, then the sum. */
    static Table table(SecurityOverhead s) {
        List<List<String>> rows = new ArrayList<>();
        for (SecurityLayer layer : SecurityLayer.values()) {
            rows.add(row(s, layer));
        }
        rows.add(List.of(TOTAL_ROW, Format.NONE, ms(s.total(Figure.LATENCY_MS_PER_REQUEST)),
                Format.percentOf(s.total(Figure.LATENCY_SHARE)), ms(s.total(Figure.CPU_MS_PER_REQUEST)),
                perMillion(s.total(Figure.COST_PER_MILLION_REQUESTS)), money(s.total(Figure.COST_PER_MONTH))));
        return new Table("Zero-trust layers: calls, latency (ms) and CPU (ms) per request; the CPU's cost in "
                + s.currency() + " per million requests and per month", List.of("layer", "calls", "latency", "share",
                "CPU", "per 1M requests", "per month"), rows, note(s));
    }

    /** "JWT (RS256)": the layer and what the scenario has of it. */
    static String label(SecurityOverhead s, SecurityLayer layer) {
        return layer.title() + " (" + s.detail(layer) + ")";
    }

    private static List<String> row(SecurityOverhead s, SecurityLayer layer) {
        if (!s.enabled(layer)) {
            return List.of(label(s, layer), OFF, Format.NONE, Format.NONE, Format.NONE, Format.NONE, Format.NONE);
        }
        return List.of(label(s, layer), Format.number(s.figure(layer, Figure.CALLS_PER_REQUEST), 3),
                ms(s.figure(layer, Figure.LATENCY_MS_PER_REQUEST)), Format.percentOf(s.figure(layer, Figure.LATENCY_SHARE)),
                ms(s.figure(layer, Figure.CPU_MS_PER_REQUEST)), perMillion(s.figure(layer, Figure.COST_PER_MILLION_REQUESTS)),
                money(s.figure(layer, Figure.COST_PER_MONTH)));
    }

    private static String note(SecurityOverhead s) {
        String price = Format.number(s.pricePerCoreHour(), 4) + " " + s.currency() + " per CPU core-hour, "
                + (SecurityOverhead.CLUSTER_PRICE.equals(s.priceSource()) ? "what this cluster's nodes charged the"
                + " services per allocated core-hour" : "OpenCost's default price (no cluster here prices a core)");
        return "Latency per request sums the layer's calls over the requests answered (a JWT verification's CPU time, an"
                + " mTLS handshake's extra round trip and crypto, an OPA decision's wait); the queueing a layer causes"
                + " for others shows only when you compare with a run without it. CPU is priced at " + price
                + "; a month is 730 h at this run's request rate (results.json security also has the cores and each layer's cost per call). The JWT's CPU runs on the gateway's cores; the"
                + " handshakes' and OPA's are counted, not scheduled (the sidecars' own reserved CPU is the mesh's,"
                + " see the cost allocation). Per-request mTLS encryption (AES-GCM, GB/s per core) is not modelled.";
    }

    /** Milliseconds to three decimals: a JWT check is 0.031 ms. */
    private static String ms(double value) {
        return Format.number(value, 3);
    }

    /** A million requests' CPU costs fractions of a cent: six decimals, the precision of results.json. */
    private static String perMillion(double value) {
        return Format.number(value, 6);
    }

    /** A month's: cents. */
    private static String money(double value) {
        return Format.number(value, 2);
    }
}
