package io.cloudmart.sim.scenario.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.bench.RoundFigures;

/** {@code cmsim bench --json}: the bench's figures for tracking over time; fields in docs/results.md ("bench.json"). */
final class BenchJson {
    /** Raised when the layout changes in a way a tracking script must know about. */
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchJson() {
    }

    static String write(BenchResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("cmsim", Version.text());
        ObjectNode machine = root.putObject("machine");
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("jvmVendor", System.getProperty("java.vm.vendor"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));

        ObjectNode engine = root.putObject("engine");
        engine.put("customers", result.customers());
        engine.put("warmupRounds", result.warmupRounds());
        engine.put("rounds", result.perEventRatio().rounds());
        ArrayNode benchmarks = engine.putArray("benchmarks");
        for (BenchResult.Engine e : result.engine()) {
            ObjectNode node = benchmarks.addObject();
            node.put("name", e.model().id());
            node.put("eventsPerCustomer", e.model().eventsPerCustomer());
            node.put("events", e.events());
            figures(node.putObject("nsPerEvent"), e.nanosPerEvent());
            figures(node.putObject("nsPerCustomer"), e.nanosPerCustomer());
        }
        ObjectNode ratios = engine.putObject("engineOverHandHeap");
        figures(ratios.putObject("perEvent"), result.perEventRatio());
        figures(ratios.putObject("perCustomer"), result.perCustomerRatio());
        figures(engine.putObject("twoEventOverHandHeapPerCustomer"), result.twoEventPerCustomerRatio());

        ObjectNode pieces = root.putObject("pieces");
        pieces.put("operations", result.pieces().operations());
        pieces.put("pending", result.pieces().pending());
        pieces.put("rounds", result.pieces().eventListRatio().rounds());
        ArrayNode pieceList = pieces.putArray("benchmarks");
        result.pieces().figures().forEach((piece, figures) -> {
            ObjectNode node = pieceList.addObject();
            node.put("name", piece);
            figures(node.putObject("nsPerOperation"), figures);
        });
        figures(pieces.putObject("eventListEngineOverHandHeap"), result.pieces().eventListRatio());

        ArrayNode models = root.putArray("models");
        for (BenchResult.Model m : result.models()) {
            ObjectNode node = models.addObject();
            node.put("scenario", m.scenario());
            node.put("settings", m.settings());
            node.put("window", "after warm-up");
            node.put("warmupRounds", result.modelWarmupRounds());
            node.put("rounds", m.nanosPerEvent().rounds());
            node.put("requests", m.requests());
            node.put("events", m.events());
            node.put("warmupEvents", m.warmupEvents());
            node.put("eventsPerRequest", m.eventsPerRequest());
            figures(node.putObject("nsPerEvent"), m.nanosPerEvent());
            figures(node.putObject("nsPerRequest"), m.nanosPerRequest());
            figures(node.putObject("simulatedRequestsPerSecond"), m.simulatedRequestsPerSecond());
            figuresOrNull(node, "bytesPerRequest", m.bytesPerRequest());
        }
        BenchResult.Scaling scaling = result.scaling();
        if (scaling == null) {
            root.putNull("replications");
        } else {
            ObjectNode node = root.putObject("replications");
            node.put("scenario", scaling.scenario());
            node.put("settings", scaling.settings());
            node.put("cores", scaling.cores());
            ArrayNode points = node.putArray("points");
            for (BenchResult.ScalingPoint p : scaling.points()) {
                ObjectNode point = points.addObject();
                point.put("replications", p.replications());
                figures(point.putObject("wallSeconds"), p.wallSeconds());
                figuresOrNull(point, "cpuSeconds", p.cpuSeconds());
                number(point, "wallOverOne", p.wallOverOne());
                point.put("idealWallOverOne", p.idealWallOverOne());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bench's JSON", e); // only numbers and strings: cannot happen
        }
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** The figures as {@code field}, or null where this JVM could not measure them (they are NaN). */
    private static void figuresOrNull(ObjectNode parent, String field, RoundFigures figures) {
        if (Double.isNaN(figures.median())) {
            parent.putNull(field);
        } else {
            figures(parent.putObject(field), figures);
        }
    }

    private static void figures(ObjectNode node, RoundFigures figures) {
        node.put("median", figures.median());
        node.put("min", figures.min());
        node.put("max", figures.max());
    }
}
