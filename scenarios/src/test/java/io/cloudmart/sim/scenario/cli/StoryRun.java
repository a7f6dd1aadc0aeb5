package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One full run of a catalog scenario for a story test, read back: results.json, the journal lines of
 * events.jsonl and timeseries.csv. {@code sets} are {@code --set} overrides, as a learner would type them.
 */
record StoryRun(JsonNode results, List<JsonNode> events, List<String> header, List<String[]> rows) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static StoryRun of(Path dir, String scenario, String... sets) {
        List<String> args = new ArrayList<>(List.of("run", scenario, "--quiet", "--out", dir.toString()));
        for (String set : sets) {
            args.add("--set");
            args.add(set);
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        try {
            JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
            List<JsonNode> events = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("events.jsonl"))) {
                events.add(JSON.readTree(line));
            }
            List<String> lines = Files.readAllLines(dir.resolve("timeseries.csv"));
            List<String[]> rows = new ArrayList<>();
            lines.subList(1, lines.size()).forEach(l -> rows.add(l.split(",", -1)));
            return new StoryRun(results, events, List.of(lines.get(0).split(",")), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figure at a JSON pointer of results.json, e.g. {@code /cost/total}. */
    double figure(String pointer) {
        JsonNode node = results.at(pointer);
        assertThat(node.isNumber()).as("results.json " + pointer + " is a number").isTrue();
        return node.asDouble();
    }

    /** The journal's lines of {@code controller} with {@code decision}, in time order. */
    List<JsonNode> events(String controller, String decision) {
        return events.stream().filter(e -> e.get("controller").asText().equals(controller)
                && e.get("decision").asText().equals(decision)).toList();
    }

    /** Sum of {@code requests.byOutcome}: every answer, whatever its status. */
    long answeredByOutcome() {
        long sum = 0;
        for (Iterator<JsonNode> it = results.at("/requests/byOutcome").elements(); it.hasNext(); ) {
            sum += it.next().asLong();
        }
        return sum;
    }

    /** The level of {@code column} in the last bucket of the run. */
    double lastValue(String column) {
        int c = header.indexOf(column);
        assertThat(c).as("timeseries column " + column).isNotNegative();
        return Double.parseDouble(rows.get(rows.size() - 1)[c]);
    }
}
