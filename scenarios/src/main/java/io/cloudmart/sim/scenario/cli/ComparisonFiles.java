package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.scenario.output.ResultsJson;

/** Renders comparisons as console tables, compare.json and compare.csv (fields in docs/results.md). */
final class ComparisonFiles {
    static final List<String> CSV_HEADERS = List.of("variant", "figure", "unit", "baseline", "variantValue", "difference",
            "pairedHalfWidth95", "unpairedHalfWidth95", "pairs", "paired", "significant");
    private static final List<String> TABLE_HEADERS = concat(List.of("figure"), Comparison.Figure.CELL_HEADERS);

    private ComparisonFiles() {
    }

    static void print(List<Comparison> comparisons, PrintWriter out) {
        for (Comparison c : comparisons) {
            out.println();
            out.printf(Locale.US, "%s against %s (%d replication%s, %s):%n", c.variant().label(), c.baseline().label(),
                    pairs(c), pairs(c) == 1 ? "" : "s", c.paired() ? "paired: same seed, common random numbers"
                            : "unpaired: the seeds differ");
            List<List<String>> lines = new ArrayList<>();
            for (Comparison.Figure f : c.figures()) {
                HeadlineFigure h = f.figure();
                lines.add(concat(List.of(h.words() + (h.unit().isEmpty() ? "" : " " + h.unit())), f.cells()));
            }
            ResultTable.print(TABLE_HEADERS, lines, out);
            c.figures().forEach(f -> out.println("  " + f.sentence()));
        }
        out.flush();
    }

    /** The parts one after the other, as one unmodifiable list (a table's header or row from its pieces). */
    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    private static int pairs(Comparison c) {
        return c.figures().isEmpty() ? 0 : c.figures().get(0).difference().pairs();
    }

    static String json(List<Comparison> comparisons, List<ResultRow> rows) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("baseline", rows.get(0).label());
        ArrayNode runs = root.putArray("runs");
        for (ResultRow row : rows) {
            ObjectNode run = runs.addObject();
            run.put("label", row.label());
            run.set("scenario", row.results().path("scenario"));
            run.set("seed", row.results().path("seed"));
            run.set("replications", row.results().path("replications"));
            run.set("overrides", row.results().path("overrides"));
        }
        ArrayNode all = root.putArray("comparisons");
        for (Comparison c : comparisons) {
            ObjectNode one = all.addObject();
            one.put("variant", c.variant().label());
            one.put("paired", c.paired());
            ArrayNode figures = one.putArray("figures");
            for (Comparison.Figure f : c.figures()) {
                PairedDifference d = f.difference();
                ObjectNode n = figures.addObject();
                n.put("figure", f.figure().field());
                n.put("unit", f.figure().unit());
                number(n, "baseline", d.baseline());
                number(n, "variant", d.variant());
                number(n, "difference", d.difference());
                number(n, "pairedHalfWidth95", d.pairedHalfWidth95());
                number(n, "unpairedHalfWidth95", d.unpairedHalfWidth95());
                n.put("pairs", d.pairs());
                if (d.pairs() < 2) {
                    n.putNull("significant");
                } else {
                    n.put("significant", Math.abs(d.difference())
                            > (c.paired() ? d.pairedHalfWidth95() : d.unpairedHalfWidth95()));
                }
                n.put("sentence", f.sentence());
            }
        }
        return ResultsJson.toJson(root);
    }

    static String csv(List<Comparison> comparisons) {
        StringBuilder text = new StringBuilder(String.join(",", CSV_HEADERS)).append('\n');
        for (Comparison c : comparisons) {
            for (Comparison.Figure f : c.figures()) {
                PairedDifference d = f.difference();
                boolean decided = d.pairs() >= 2;
                double halfWidth = c.paired() ? d.pairedHalfWidth95() : d.unpairedHalfWidth95();
                text.append(String.join(",", List.of(quote(c.variant().label()), f.figure().field(), f.figure().unit(),
                        csvNumber(d.baseline()), csvNumber(d.variant()), csvNumber(d.difference()),
                        csvNumber(d.pairedHalfWidth95()), csvNumber(d.unpairedHalfWidth95()),
                        Integer.toString(d.pairs()), Boolean.toString(c.paired()),
                        decided ? Boolean.toString(Math.abs(d.difference()) > halfWidth) : ""))).append('\n');
            }
        }
        return text.toString();
    }

    private static void number(ObjectNode n, String field, double value) {
        if (Double.isNaN(value)) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private static String csvNumber(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** A label is a path or name; quoted (RFC 4180) only when it holds a comma or a quote. */
    private static String quote(String label) {
        return label.contains(",") || label.contains("\"") ? "\"" + label.replace("\"", "\"\"") + "\"" : label;
    }
}
