package io.cloudmart.sim.scenario.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.load.IoMessages;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.BuildFingerprint;
import io.cloudmart.sim.scenario.output.ScenarioOrigin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim replay DIR}: makes the run recorded in DIR/manifest.json again (the same scenario,
 * {@code --set} overrides, seed and replications) in a temporary folder, and checks that its
 * results.json is the recorded one apart from {@code wallSeconds}.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run again what an output folder's manifest.json records and check that results.json comes out the same"
                + " (wallSeconds apart).",
            "Exit 0 when identical; 5 when a figure differs (each named by its JSON pointer, with both values);"
                + " 2 for a folder without a usable manifest.json or results.json, or a scenario whose text has changed."})
final class ReplayCommand implements Callable<Integer> {
    /** Enough to see where a replay went apart; the count says how many more there are. */
    private static final int SHOWN_DIFFERENCES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private CommandLine.Model.CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "DIR", description = "an output folder of `cmsim run` (it holds manifest.json)")
    private Path dir;

    /** Why the folder cannot be replayed: said on one line, exit 2. */
    private static final class NotReplayable extends Exception {
        private static final long serialVersionUID = 1L;

        NotReplayable(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        JsonNode manifest;
        JsonNode recorded;
        List<String> runArgs;
        try {
            manifest = read(dir.resolve("manifest.json"));
            recorded = read(dir.resolve("results.json"));
            runArgs = runArguments(manifest);
        } catch (NotReplayable e) {
            err.println("cmsim: cannot replay " + dir + ": " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT.code();
        }
        String recordedTool = manifest.path("tool").asText("");
        if (!recordedTool.equals(Version.text())) {
            err.println("cmsim: note: " + dir + " was made by " + recordedTool + "; replaying with " + Version.text());
        }
        String otherBuild = otherBuild(manifest);
        if (otherBuild != null) {
            err.println("cmsim: note: " + dir + " was made by another build of cmsim: " + otherBuild);
        }
        Path temporary = Files.createTempDirectory("cmsim-replay-");
        try {
            Path again = temporary.resolve("run");
            List<String> args = new ArrayList<>(runArgs);
            args.addAll(List.of("--out", again.toString(), "--quiet"));
            int code = commandSpec.commandLine().getParent().getSubcommands().get("run").execute(args.toArray(String[]::new));
            if (code != ExitCode.OK.code() && code != ExitCode.STOPPED_EARLY.code()) {
                err.println("cmsim: the replay of " + dir + " did not complete (exit " + code + ")");
                err.flush();
                return code;
            }
            JsonNode replayed = JSON.readTree(again.resolve("results.json").toFile());
            List<ResultsDiff.Difference> differences = ResultsDiff.between(recorded, replayed);
            if (differences.isEmpty()) {
                out.println("replay of " + dir + ": results.json is identical (wallSeconds apart)");
                out.flush();
                return ExitCode.OK.code();
            }
            out.println("replay of " + dir + ": results.json differs in " + differences.size() + " figure"
                    + (differences.size() == 1 ? "" : "s") + ":");
            differences.stream().limit(SHOWN_DIFFERENCES).forEach(d -> out.println("  " + d.sentence()));
            if (differences.size() > SHOWN_DIFFERENCES) {
                out.println("  … and " + (differences.size() - SHOWN_DIFFERENCES) + " more");
            }
            if (otherBuild != null) {
                out.println("  the jar has changed since the run, which may explain it: " + otherBuild);
            }
            out.flush();
            return ExitCode.REPLAY_DIFFERS.code();
        } finally {
            deleteTree(temporary);
        }
    }

    /**
     * Both builds' fingerprints when the manifest names one and this jar is another, else null.
     * A manifest from before {@code toolBuild} existed names none and says nothing here.
     */
    private static String otherBuild(JsonNode manifest) {
        String recorded = manifest.path("toolBuild").asText("");
        String now = BuildFingerprint.ofThisBuild();
        return recorded.isEmpty() || recorded.equals(now) ? null : "toolBuild " + recorded + " then, " + now + " now";
    }

    /**
     * The {@code cmsim run} arguments that make the recorded run again, after checking that the
     * scenario's text still has the recorded hash.
     */
    private static List<String> runArguments(JsonNode manifest) throws NotReplayable {
        String source = text(manifest, "/scenario/source");
        String name = text(manifest, "/scenario/name");
        String sha256 = text(manifest, "/scenario/sha256");
        JsonNode overrides = manifest.get("overrides");
        JsonNode seed = manifest.get("seed");
        JsonNode replications = manifest.get("replications");
        if (overrides == null || !overrides.isArray() || seed == null || !seed.canConvertToLong() || !seed.isIntegralNumber()
                || replications == null || !replications.isInt()) {
            throw new NotReplayable("manifest.json lacks overrides[], a whole seed or a whole replications");
        }
        ScenarioOrigin.Kind kind = switch (source) {
            case "catalog" -> ScenarioOrigin.Kind.CATALOG;
            case "file" -> ScenarioOrigin.Kind.FILE;
            default -> throw new NotReplayable("manifest.json's scenario.source is \"" + source
                    + "\"; allowed: catalog, file");
        };
        List<String> sets = new ArrayList<>();
        overrides.forEach(o -> sets.add(o.asText()));
        ScenarioSource.Resolved now;
        try {
            now = new ScenarioSource().resolved(kind, name, sets);
        } catch (ScenarioException e) {
            throw new NotReplayable("its scenario " + name + " cannot be loaded now: "
                    + e.issues().get(0).format());
        }
        if (!now.origin().sha256().equals(sha256)) {
            throw new NotReplayable("the scenario " + name + " has changed since the run (sha256 " + sha256
                    + " then, " + now.origin().sha256() + " now)");
        }
        List<String> args = new ArrayList<>(List.of(name));
        sets.forEach(set -> args.addAll(List.of("--set", set)));
        args.addAll(List.of("--seed", Long.toString(seed.asLong()), "--replications", Integer.toString(replications.asInt())));
        return args;
    }

    private static String text(JsonNode manifest, String pointer) throws NotReplayable {
        JsonNode node = manifest.at(pointer);
        if (!node.isTextual()) {
            throw new NotReplayable("manifest.json has no text at " + pointer);
        }
        return node.asText();
    }

    private static JsonNode read(Path file) throws NotReplayable {
        if (!Files.isRegularFile(file)) {
            throw new NotReplayable("there is no " + file.getFileName() + " in it (is it an output folder of cmsim run?)");
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new NotReplayable(file.getFileName() + " is not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NotReplayable(file.getFileName() + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotReplayable("cannot read " + file.getFileName() + ": " + IoMessages.describe(e));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
