package io.cloudmart.sim.scenario.output;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.AutoWarmup;
import io.cloudmart.sim.core.run.SequentialReplications;
import io.cloudmart.sim.core.stats.Mser5;

/**
 * How a run chose its warm-up ({@code warmup: auto}) and its number of replications ({@code precision}), for
 * results.json ({@code warmup}, {@code precision}, and a {@code warnings} entry when the cap was reached) and the
 * report's header. Empty for a run with a fixed warm-up and a fixed count.
 *
 * @param warmup    the MSER-5 choice, when {@code warmup: auto}
 * @param precision how replicating until the target went, when {@code precision} was set
 */
public record RunStatistics(Optional<AutoWarmup.Choice> warmup, Optional<SequentialReplications.Outcome> precision,
                            double target) {
    public static final RunStatistics NONE = new RunStatistics(Optional.empty(), Optional.empty(), Double.NaN);

    /** Adds {@code warmup} after {@code warmupSeconds}, {@code precision} after {@code replications}, and the cap warning. */
    public ObjectNode addTo(ObjectNode results) {
        ObjectNode out = ResultsJson.mapper().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = results.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.set(field.getKey(), field.getValue());
            if (field.getKey().equals("replications") && precision.isPresent()) {
                out.set("precision", precisionJson(precision.get()));
            }
            if (field.getKey().equals("warmupSeconds") && warmup.isPresent()) {
                out.set("warmup", warmupJson(warmup.get()));
            }
        }
        if (precision.isPresent() && !precision.get().met()) {
            ArrayNode warnings = out.has("warnings") ? (ArrayNode) out.get("warnings") : ResultsJson.mapper().createArrayNode();
            ObjectNode w = warnings.addObject();
            w.put("kind", "precisionNotMet");
            w.put("message", precisionSentence());
            if (!out.has("warnings")) {
                ObjectNode reordered = ResultsJson.mapper().createObjectNode();
                out.fields().forEachRemaining(e -> {
                    if (e.getKey().equals("replicationValues")) {
                        reordered.set("warnings", warnings);
                    }
                    reordered.set(e.getKey(), e.getValue());
                });
                return reordered;
            }
        }
        return out;
    }

    private ObjectNode precisionJson(SequentialReplications.Outcome outcome) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("target", target);
        n.put("met", outcome.met());
        n.put("replications", outcome.replications());
        n.put("replicationsRun", outcome.replicationsRun());
        ArrayNode figures = n.putArray("figures");
        for (SequentialReplications.FigureCheck check : outcome.figures()) {
            ObjectNode f = figures.addObject();
            f.put("figure", check.name());
            ResultsJson.put(f, "mean", check.estimate().mean());
            ResultsJson.put(f, "halfWidth95", check.estimate().halfWidth95());
            ResultsJson.put(f, "allowedHalfWidth95", check.tolerance());
            f.put("met", check.met());
        }
        return n;
    }

    private static ObjectNode warmupJson(AutoWarmup.Choice choice) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("chosen", "auto");
        n.put("method", "MSER-5");
        ResultsJson.put(n, "cutSeconds", choice.cutSeconds());
        n.put("series", choice.series());
        ResultsJson.put(n, "observationSeconds", choice.observationSeconds());
        n.put("observations", choice.observations());
        n.put("batchSize", Mser5.BATCH);
        n.put("batchesCut", choice.cut().batches());
        n.put("pilotReplications", choice.pilotReplications());
        n.put("judged", choice.cut().judged());
        n.put("atSearchEnd", choice.cut().atSearchEnd());
        return n;
    }

    /** "12 replications to reach ±5% on every headline figure" or what the cap left unmet; empty without precision. */
    public String precisionSentence() {
        if (precision.isEmpty()) {
            return "";
        }
        SequentialReplications.Outcome o = precision.get();
        String target = percent(this.target);
        if (o.met()) {
            return o.replications() + " replications to reach ±" + target + " on every headline figure";
        }
        String unmet = String.join(", ", o.figures().stream().filter(f -> !f.met())
                .map(f -> f.name() + " ±" + percent(f.estimate().halfWidth95() / Math.abs(f.estimate().mean())))
                .toList());
        return "the cap of " + o.replications() + " replications was reached before ±" + target
                + " on every headline figure (still wider: " + unmet + ")";
    }

    /** "42 s, chosen by MSER-5 (auto)", or "0 s (auto: MSER-5 cut nothing)"; empty without auto. */
    public String warmupSentence() {
        if (warmup.isEmpty()) {
            return "";
        }
        AutoWarmup.Choice c = warmup.get();
        if (!c.cut().judged()) {
            return "none: the run is too short for MSER-5 to judge (auto)";
        }
        String cut = SignificantDigits.format(c.cutSeconds(), 4) + " s";
        return c.cutSeconds() == 0 ? "none: MSER-5 found no transient to cut (auto)"
                : cut + ", chosen by MSER-5 (auto)" + (c.cut().atSearchEnd()
                        ? "; at the end of its search, so the transient may last longer than half the run" : "");
    }

    private static String percent(double share) {
        String text = String.format(Locale.US, "%.2f", 100 * share).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text + "%";
    }
}
