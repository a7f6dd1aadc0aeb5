package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What makes a sweep the sweep it is: the tool, the scenario (by name, source and text hash), the {@code --set}
 * overrides, the grid, the seed and replications. Shards of one sweep have equal identities; merge refuses
 * shards whose identities differ, and names the first field that does.
 *
 * @param tool         what {@code cmsim --version} prints
 * @param name         the scenario's {@code name:}
 * @param source       {@code catalog} or {@code file}
 * @param scenario     the bundled name, or the file's path as typed
 * @param sha256       of the scenario's text before overrides
 * @param overrides    the {@code --set} strings, in order
 * @param grid         the varied fields and their values
 * @param seed         every point's seed
 * @param replications every point's replications
 */
record SweepIdentity(String tool, String name, String source, String scenario, String sha256, List<String> overrides,
                     SweepGrid grid, long seed, int replications) {
    private static final ObjectMapper JSON = new ObjectMapper();

    SweepIdentity {
        overrides = List.copyOf(overrides);
    }

    /** The fields, in the order shard.json writes them. */
    ObjectNode json() {
        ObjectNode n = JSON.createObjectNode();
        n.put("tool", tool);
        ObjectNode s = n.putObject("scenario");
        s.put("name", name);
        s.put("source", source);
        s.put("path", scenario);
        s.put("sha256", sha256);
        ArrayNode o = n.putArray("overrides");
        overrides.forEach(o::add);
        ArrayNode axes = n.putArray("grid");
        for (SweepAxis axis : grid.axes()) {
            ObjectNode a = axes.addObject();
            a.put("path", axis.path());
            ArrayNode values = a.putArray("values");
            axis.values().forEach(values::add);
        }
        n.put("points", grid.size());
        n.put("seed", seed);
        n.put("replications", replications);
        return n;
    }

    /** Reads {@link #json}'s fields from {@code n} (a shard.json). */
    static SweepIdentity fromJson(JsonNode n) {
        JsonNode s = n.path("scenario");
        List<SweepAxis> axes = new ArrayList<>();
        for (JsonNode a : require(n, "grid")) {
            List<String> values = new ArrayList<>();
            require(a, "values").forEach(v -> values.add(v.asText()));
            axes.add(new SweepAxis(require(a, "path").asText(), values));
        }
        List<String> overrides = new ArrayList<>();
        require(n, "overrides").forEach(v -> overrides.add(v.asText()));
        return new SweepIdentity(require(n, "tool").asText(), require(s, "name").asText(), require(s, "source").asText(),
                require(s, "path").asText(), require(s, "sha256").asText(), overrides, new SweepGrid(axes),
                require(n, "seed").asLong(), require(n, "replications").asInt());
    }

    /** The first field in which {@code other} differs, as "seed: 7 here, 8 there", or null when none does. */
    String firstDifference(SweepIdentity other) {
        String[][] fields = {
            {"tool", tool, other.tool},
            {"scenario", source + " " + scenario, other.source + " " + other.scenario},
            {"scenario sha256", sha256, other.sha256},
            {"--set overrides", String.join(" ", overrides), String.join(" ", other.overrides)},
            {"grid", gridText(), other.gridText()},
            {"seed", Long.toString(seed), Long.toString(other.seed)},
            {"replications", Integer.toString(replications), Integer.toString(other.replications)}};
        for (String[] field : fields) {
            if (!field[1].equals(field[2])) {
                return field[0] + ": " + field[1] + " in one, " + field[2] + " in the other";
            }
        }
        return null;
    }

    private String gridText() {
        return String.join(" ", grid.axes().stream().map(a -> "--vary " + a.path() + "=" + String.join(",", a.values()))
                .toList());
    }

    private static JsonNode require(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v;
    }
}
