package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Each variant against the baseline (the first run), figure by figure, pairing replication {@code i} of both
 * ({@link PairedDifference}). Pairs are matched by their {@code replication} index; runs with different seeds drew
 * different random numbers, so for them the unpaired (Welch) interval decides and the sentence says so.
 */
record Comparison(ResultRow baseline, ResultRow variant, boolean paired, List<Figure> figures) {

    /** One figure of one variant: its values, the difference and the sentence that reads it. */
    record Figure(HeadlineFigure figure, PairedDifference difference, String sentence) {
        /** The headers of {@link #cells()}, as the console's table and compare.html's both show them. */
        static final List<String> CELL_HEADERS = List.of("baseline", "variant", "difference", "paired ±", "unpaired ±");

        /** Baseline, variant, signed difference and both half-widths, each written to the figure's decimals. */
        List<String> cells() {
            HeadlineFigure h = figure;
            PairedDifference d = difference;
            return List.of(number(d.baseline(), h), number(d.variant(), h), signed(d.difference(), h),
                    number(d.pairedHalfWidth95(), h), number(d.unpairedHalfWidth95(), h));
        }
    }

    static List<Comparison> against(List<ResultRow> rows) {
        List<Comparison> all = new ArrayList<>();
        for (ResultRow variant : rows.subList(1, rows.size())) {
            all.add(of(rows.get(0), variant));
        }
        return all;
    }

    static Comparison of(ResultRow baseline, ResultRow variant) {
        JsonNode a = baseline.results().path("replicationValues");
        JsonNode b = variant.results().path("replicationValues");
        boolean paired = baseline.results().path("seed").equals(variant.results().path("seed"));
        // match by index, not position, so a folder with other replications still pairs the ones both have
        Map<Integer, JsonNode> byIndex = new HashMap<>();
        b.forEach(entry -> byIndex.put(entry.path("replication").asInt(), entry));
        ArrayNode left = JsonNodeFactory.instance.arrayNode();
        ArrayNode right = JsonNodeFactory.instance.arrayNode();
        a.forEach(entry -> {
            JsonNode other = byIndex.get(entry.path("replication").asInt());
            if (other != null) {
                left.add(entry);
                right.add(other);
            }
        });
        String currency = baseline.results().path("cost").path("currency").asText("");
        List<Figure> figures = new ArrayList<>();
        for (HeadlineFigure figure : HeadlineFigure.values()) {
            PairedDifference d = PairedDifference.of(figure.values(left), figure.values(right));
            if (d.pairs() > 0) {
                figures.add(new Figure(figure, d, sentence(figure, d, paired, currency)));
            }
        }
        return new Comparison(baseline, variant, paired, figures);
    }

    /** "p99 is 41.0 ms lower (± 6.0 ms): significant", or why nothing can be said. */
    static String sentence(HeadlineFigure figure, PairedDifference d, boolean paired, String currency) {
        String unit = unit(figure, currency);
        if (d.pairs() < 2) {
            String change = d.difference() == 0 ? "the same" : (signed(d.difference(), figure) + " " + unit).strip();
            return figure.words() + ": " + change + " with one replication; no interval can be given"
                    + " (run with --replications 5 or more)";
        }
        double halfWidth = paired ? d.pairedHalfWidth95() : d.unpairedHalfWidth95();
        boolean significant = Math.abs(d.difference()) > halfWidth;
        String how = paired ? "" : " (different seeds, so unpaired)";
        if (!significant) {
            return String.format(Locale.US, "%s: no significant difference (%s ± %s %s)%s", figure.words(),
                    signed(d.difference(), figure), number(halfWidth, figure), unit, how).replace(" )", ")");
        }
        return String.format(Locale.US, "%s is %s %s %s (± %s %s): significant%s", figure.words(),
                number(Math.abs(d.difference()), figure), unit, d.difference() < 0 ? "lower" : "higher",
                number(halfWidth, figure), unit, how).replace("  ", " ").replace(" )", ")");
    }

    private static String unit(HeadlineFigure figure, String currency) {
        return switch (figure.unit()) {
            case "%" -> "percentage points";
            case "" -> currency;
            default -> figure.unit();
        };
    }

    /** "+0.02", "−64.7", or "0.00" without a sign when the difference rounds to nothing at the figure's decimals. */
    static String signed(double value, HeadlineFigure figure) {
        String magnitude = number(Math.abs(value), figure);
        if (magnitude.equals(number(0, figure))) {
            return magnitude;
        }
        return (value > 0 ? "+" : value < 0 ? "−" : "") + magnitude;
    }

    /** With the figure's own decimals ({@link HeadlineFigure#decimals()}), thousands grouped. */
    static String number(double value, HeadlineFigure figure) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.US, "%,." + figure.decimals() + "f", value);
    }
}
