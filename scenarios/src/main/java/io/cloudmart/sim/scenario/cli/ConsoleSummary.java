package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.scenario.output.EarlyStops;
import io.cloudmart.sim.scenario.output.ErrorOutcomes;
import io.cloudmart.sim.scenario.output.SignificantDigits;

/**
 * The lines {@code cmsim run} prints beside latency, read from the run's results.json figures so
 * console and file say the same: the answers' shares (200, errors, 429), the bill when a cluster
 * prices the nodes, and a warning when the shop was overloaded.
 */
final class ConsoleSummary {
    /**
     * [CHOICE] Share of answers other than 200 from which the console warns. A shop whose SLO is
     * 99.9 % available has burnt its month's error budget 50 times over at 5 %; the catalog's
     * healthy scenarios stay below 2.2 % (saga-payment-outage's golden run), so they stay quiet.
     */
    static final double WARN_NOT_OK_SHARE = 0.05;
    /** Most error outcomes named on the answers line. */
    private static final int OUTCOMES_NAMED = 3;

    private ConsoleSummary() {
    }

    /** The answers line, the cost line (priced runs only) and the warning line (when there is one). */
    static List<String> lines(JsonNode results) {
        List<String> lines = new ArrayList<>();
        lines.add(answers(results.path("requests")));
        if (results.path("cost").path("priced").asBoolean(false)) {
            lines.add(cost(results.path("cost")));
        }
        lines.addAll(statistics(results));
        String warning = warning(results);
        if (!warning.isEmpty()) {
            lines.add(warning);
        }
        results.path("warnings").forEach(w -> lines.add("warning: " + w.path("message").asText()));
        return lines;
    }

    /**
     * "replications: 12 to reach ±5% on every headline figure (checked from 5, cap 50)" with {@code precision};
     * "warm-up: 42 s, chosen by MSER-5 (auto)" with {@code warmup: auto}. A cap reached is a warning instead
     * (from {@code warnings}).
     */
    static List<String> statistics(JsonNode results) {
        List<String> lines = new ArrayList<>();
        JsonNode warmup = results.path("warmup");
        if (warmup.path("chosen").asText("").equals("auto")) {
            double cut = warmup.path("cutSeconds").asDouble();
            lines.add(!warmup.path("judged").asBoolean() ? "warm-up: none (auto): the run is too short for MSER-5"
                    : cut == 0 ? "warm-up: none (auto): MSER-5 found no transient to cut"
                    : "warm-up: " + SignificantDigits.format(cut, 4) + " s, chosen by MSER-5 (auto) on the per-second"
                            + " latency of " + warmup.path("pilotReplications").asInt() + " pilot replication"
                            + (warmup.path("pilotReplications").asInt() == 1 ? "" : "s")
                            + (warmup.path("atSearchEnd").asBoolean() ? "; at the end of its search (half the run):"
                                    + " the transient may be longer, run longer" : ""));
        }
        JsonNode precision = results.path("precision");
        if (precision.path("met").asBoolean(false)) {
            lines.add("replications: " + precision.path("replications").asInt() + " to reach ±"
                    + percent(precision.path("target").asDouble()) + " on every headline figure");
        }
        return lines;
    }

    /** "answers: 97.7% ok, 2.2% errors (503_UO 2.0%, 500 0.2%), 0.1% rate-limited (429)". */
    static String answers(JsonNode requests) {
        double total = requests.path("total").asDouble();
        if (total <= 0) {
            return "answers: none after the warm-up";
        }
        double failed = requests.path("errors").asDouble() + requests.path("timeouts").asDouble();
        StringBuilder line = new StringBuilder("answers: ").append(percent(requests.path("ok").asDouble() / total))
                .append(" ok, ").append(percent(failed / total)).append(" errors");
        List<String> named = errorOutcomes(requests.path("byOutcome"), total);
        if (!named.isEmpty()) {
            line.append(" (").append(String.join(", ", named)).append(')');
        }
        return line.append(", ").append(percent(requests.path("rateLimited").asDouble() / total))
                .append(" rate-limited (429)").toString();
    }

    /** "cost: 0.384 USD for 2 node-hours, 41% of it idle". */
    static String cost(JsonNode cost) {
        double total = cost.path("total").asDouble();
        String line = "cost: " + money(total) + " " + cost.path("currency").asText("") + " for "
                + SignificantDigits.format(cost.path("nodeHours").asDouble(), 3) + " node-hours";
        JsonNode idle = cost.path("idle");
        return total > 0 && idle.isNumber()
                ? line + String.format(Locale.US, ", %.0f%% of it idle", 100 * idle.asDouble() / total) : line;
    }

    /** The overload warning, or the empty string: the run stopped early, or many answers were not 200. */
    static String warning(JsonNode results) {
        JsonNode stoppedAt = results.path("stoppedEarly").path("firstAtSeconds");
        if (stoppedAt.isNumber()) {
            // the reason and the folder follow on stderr (also with --quiet); here: what the figures above mean
            return "warning: overloaded: the run stopped at " + EarlyStops.clock(stoppedAt.asDouble())
                    + ", so the figures above cover only the time before the stop";
        }
        JsonNode requests = results.path("requests");
        double total = requests.path("total").asDouble();
        double notOk = total > 0 ? (total - requests.path("ok").asDouble()) / total : 0;
        if (notOk >= WARN_NOT_OK_SHARE) {
            return "warning: " + percent(notOk) + " of answers were not 200 OK: is the shop overloaded or failing?"
                    + " The report shows where";
        }
        return "";
    }

    /** The largest error outcomes (not 200, not 429), e.g. {@code 503_UO 2.0%}, largest first. */
    private static List<String> errorOutcomes(JsonNode byOutcome, double total) {
        return ErrorOutcomes.largestFirst(byOutcome).stream().filter(e -> e.getValue() > 0)
                .limit(OUTCOMES_NAMED).map(e -> e.getKey() + " " + percent(e.getValue() / total)).toList();
    }

    /** A share as a percentage with at most two decimals, never rounding a non-zero share to 0. */
    static String percent(double share) {
        double p = 100 * share;
        if (p > 0 && p < 0.005) {
            return "<0.01%";
        }
        String text = String.format(Locale.US, "%.2f", p);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text + "%";
    }

    /** An amount: cents from 1 up, three significant digits below (a short run costs fractions of a cent). */
    private static String money(double amount) {
        return amount >= 1 ? String.format(Locale.US, "%,.2f", amount) : SignificantDigits.format(amount, 3);
    }
}
