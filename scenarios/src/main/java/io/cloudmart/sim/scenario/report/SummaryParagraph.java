package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.scenario.output.ErrorOutcomes;
import io.cloudmart.sim.scenario.output.SignificantDigits;

/**
 * The report's opening paragraph: the run's main figures in plain words, read from results.json, so that the words
 * and the file never disagree ("p99 was 420 ms, 3.1× the median; 2.3% of requests were rate-limited; the bill was
 * 4.12 USD, 38% of it idle"). Only the sentences that apply are written: no cost without a priced cluster, no
 * rate limiting without a 429, no journeys sentence with one journey; errors with their most frequent status, each
 * release's outcome, and the sagas that compensated.
 */
final class SummaryParagraph {
    private final JsonNode results;

    SummaryParagraph(JsonNode results) {
        this.results = results;
    }

    /** The sentences, in reading order. */
    List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        stoppedEarly().ifPresent(sentences::add);
        sentences.add(latency());
        errors().ifPresent(sentences::add);
        rateLimited().ifPresent(sentences::add);
        journeys().ifPresent(sentences::add);
        cost().ifPresent(sentences::add);
        sentences.addAll(releases());
        sentences.addAll(sagas());
        return sentences;
    }

    String text() {
        return String.join(" ", sentences());
    }

    private java.util.Optional<String> stoppedEarly() {
        JsonNode stop = results.path("stoppedEarly");
        if (stop.isMissingNode()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("The run stopped early, at " + Format.span(stop.path("firstAtSeconds").asDouble())
                + ", so its figures cover only the time before.");
    }

    private String latency() {
        JsonNode latency = results.path("latencyMs");
        double requests = results.at("/requests/total").asDouble();
        if (requests == 0 || latency.path("mean").isNull()) {
            return "No request was answered after the warm-up.";
        }
        double p50 = latency.path("p50").asDouble();
        double p99 = latency.path("p99").asDouble();
        String ratio = p50 > 0 ? ", " + digits(p99 / p50, 2) + "× the median (" + ms(p50) + ")" : "";
        return "The shop answered " + digits(results.at("/requests/throughputPerSecond").asDouble(), 3)
                + " requests a second after the warm-up, in " + ms(latency.path("mean").asDouble())
                + " on average; p99 was " + ms(p99) + ratio + ".";
    }

    private java.util.Optional<String> errors() {
        double requests = results.at("/requests/total").asDouble();
        double errors = results.at("/requests/errors").asDouble() + results.at("/requests/timeouts").asDouble();
        if (requests == 0) {
            return java.util.Optional.empty();
        }
        if (errors == 0) {
            return java.util.Optional.of("No request was answered with an error.");
        }
        Map.Entry<String, Double> largest = largestError();
        String status = largest.getKey().replace('_', ' ');
        String which = largest.getValue() >= errors ? "all " + status
                : "most often " + status + " (" + count(largest.getValue()) + ")";
        return java.util.Optional.of(percent(errors / requests) + " of requests (" + count(errors)
                + ") were answered with an error, " + which + ".");
    }

    /** The error status answered most often: the largest {@code requests.byOutcome} entry but 200 and 429. */
    private Map.Entry<String, Double> largestError() {
        return ErrorOutcomes.largestFirst(results.at("/requests/byOutcome")).stream().findFirst()
                .orElse(Map.entry("?", -1.0));
    }

    private java.util.Optional<String> rateLimited() {
        double requests = results.at("/requests/total").asDouble();
        double limited = results.at("/requests/rateLimited").asDouble();
        if (requests == 0 || limited == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(percent(limited / requests) + " of requests were rate-limited (429).");
    }

    /** With several journeys, the slowest at p99 and, when any failed, the one with the largest error share. */
    private java.util.Optional<String> journeys() {
        JsonNode journeys = results.path("journeys");
        if (journeys.size() < 2) {
            return java.util.Optional.empty();
        }
        String slowest = null;
        String failing = null;
        Iterator<Map.Entry<String, JsonNode>> all = journeys.fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> j = all.next();
            if (j.getValue().at("/latencyMs/p99").isNumber() && (slowest == null
                    || j.getValue().at("/latencyMs/p99").asDouble() > journeys.path(slowest).at("/latencyMs/p99").asDouble())) {
                slowest = j.getKey();
            }
            if (j.getValue().path("errorShare").asDouble() > 0 && (failing == null
                    || j.getValue().path("errorShare").asDouble() > journeys.path(failing).path("errorShare").asDouble())) {
                failing = j.getKey();
            }
        }
        if (slowest == null) {
            return java.util.Optional.empty();
        }
        StringBuilder s = new StringBuilder("The slowest journey was " + slowest + " (p99 "
                + ms(journeys.path(slowest).at("/latencyMs/p99").asDouble()) + ")");
        if (failing != null) {
            s.append(failing.equals(slowest) ? ", which also failed most often (" : "; " + failing
                    + " failed most often (").append(percent(journeys.path(failing).path("errorShare").asDouble()))
                    .append(" of its requests)");
        }
        return java.util.Optional.of(s.append('.').toString());
    }

    private java.util.Optional<String> cost() {
        JsonNode cost = results.path("cost");
        if (!cost.path("priced").asBoolean(false)) {
            return java.util.Optional.empty();
        }
        double total = cost.path("total").asDouble();
        String idle = total > 0 ? ", " + percent(cost.path("idle").asDouble() / total) + " of it idle" : "";
        return java.util.Optional.of("The bill was " + digits(total, 3) + " " + cost.path("currency").asText()
                + idle + ".");
    }

    /** One sentence per rollout, from replication 0's story. */
    private List<String> releases() {
        List<String> sentences = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> rollouts = results.path("rollouts").fields();
        while (rollouts.hasNext()) {
            Map.Entry<String, JsonNode> r = rollouts.next();
            JsonNode at = r.getValue().path("atSeconds");
            String when = at.isNumber() ? " at " + Format.span(at.asDouble()) : "";
            String why = r.getValue().path("why").asText("");
            String name = "Release " + r.getKey();
            sentences.add(switch (r.getValue().path("outcome").asText()) {
                case "promoted" -> name + " was promoted" + when + ".";
                case "aborted" -> name + " was aborted" + when + (why.isEmpty() ? "" : " (" + why + ")") + ".";
                case "paused" -> name + " was paused" + when + (why.isEmpty() ? "" : " (" + why + ")") + ".";
                case "progressing" -> name + " was still progressing when the run ended.";
                default -> name + " had not started when the run ended.";
            });
        }
        return sentences;
    }

    /** One sentence per saga that compensated. */
    private List<String> sagas() {
        List<String> sentences = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> sagas = results.path("saga").fields();
        while (sagas.hasNext()) {
            Map.Entry<String, JsonNode> s = sagas.next();
            double compensated = s.getValue().path("compensated").asDouble();
            if (compensated > 0) {
                sentences.add(percent(s.getValue().path("compensationRate").asDouble()) + " of " + s.getKey()
                        + " sagas were compensated (" + count(compensated) + ")"
                        + (s.getValue().path("stuck").asDouble() > 0
                                ? " and " + count(s.getValue().path("stuck").asDouble()) + " got stuck" : "") + ".");
            }
        }
        return sentences;
    }

    /** A latency to three significant digits, in seconds from 1 s on: "420 ms", "1.45 s". */
    static String ms(double ms) {
        return ms >= 1000 ? digits(ms / 1000, 3) + " s" : digits(ms, 3) + " ms";
    }

    static String digits(double v, int digits) {
        return SignificantDigits.format(v, digits);
    }

    /** A share as a percentage that keeps small ones visible: "38%", "2.3%", "0.059%". */
    static String percent(double share) {
        double pct = share * 100;
        if (pct >= 10) {
            return String.format(Locale.US, "%.0f%%", pct);
        }
        if (pct >= 1) {
            return String.format(Locale.US, "%.1f%%", pct);
        }
        return SignificantDigits.format(pct, 2) + "%";
    }

    /** A count per replication (a mean, so possibly fractional), to three significant digits past 1,000. */
    static String count(double n) {
        return n == Math.rint(n) ? String.format(Locale.US, "%,d", (long) n) : digits(n, 3);
    }
}
