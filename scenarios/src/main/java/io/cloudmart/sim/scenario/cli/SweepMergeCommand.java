package io.cloudmart.sim.scenario.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.load.IoMessages;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim sweep merge DIR…}: joins the shard folders of one sweep into the folder a single run of the whole
 * sweep writes, byte for byte. Refuses (exit 2, nothing written) shards of different sweeps (tool, scenario and its
 * hash, overrides, grid, seed or replications differ), a shard given twice, and a missing shard.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Join the shard folders of one sweep (cmsim sweep ... --shard k/N) into sweep.csv, report.html"
                + " and points.jsonl, the same bytes a single run of the whole sweep writes. Every shard 1..N must be"
                + " given once, and all must be of the same sweep (tool version, scenario, --set, grid, seed,"
                + " replications).")
final class SweepMergeCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard folders (each holds shard.json and points.jsonl)")
    private List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario name>-sweep/)")
    private Path out;

    /** One shard folder as read. */
    private record Shard(Path dir, SweepIdentity id, ShardSpec spec, List<SweepPointResult> points) {
    }

    @Override
    public Integer call() throws ScenarioException {
        List<Shard> shards = new ArrayList<>();
        for (Path dir : dirs) {
            shards.add(read(dir));
        }
        Shard first = shards.get(0);
        Map<Integer, Shard> byK = new TreeMap<>();
        for (Shard shard : shards) {
            String difference = first.id().firstDifference(shard.id());
            if (difference != null) {
                throw bad(shard.dir(), "not a shard of the same sweep as " + first.dir() + ": " + difference);
            }
            if (shard.spec().n() != first.spec().n()) {
                throw bad(shard.dir(), "shard " + shard.spec() + " is of a split into " + shard.spec().n() + ", "
                        + first.dir() + " of a split into " + first.spec().n());
            }
            Shard twice = byK.put(shard.spec().k(), shard);
            if (twice != null) {
                throw bad(shard.dir(), "shard " + shard.spec() + " is given twice (also " + twice.dir() + ")");
            }
        }
        int n = first.spec().n();
        List<Integer> missing = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (!byK.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw bad(first.dir(), "shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ",
                    missing.stream().map(k -> k + "/" + n).toList()) + " missing: give every shard of the sweep");
        }
        SweepGrid grid = first.id().grid();
        List<SweepPointResult> points = new ArrayList<>();
        for (Shard shard : byK.values()) {
            checkPoints(shard, grid);
            points.addAll(shard.points());
        }
        points.sort(Comparator.comparingInt(SweepPointResult::index));
        String tool = Version.text();
        if (!tool.equals(first.id().tool())) {
            // the figures are the shards'; sweep.csv and the page are drawn by this cmsim
            commandSpec.commandLine().getErr().println("cmsim: note: the shards were run by " + first.id().tool()
                    + ", this is " + tool + "; the page is drawn by this one");
        }
        Path folder = out != null ? out : Path.of("out", first.id().name() + "-sweep");
        var console = commandSpec.commandLine().getOut();
        try (OutputFolder output = OutputFolder.reserve(folder)) {
            output.onInterrupt(() -> Interruption.say(commandSpec.commandLine().getErr(), output.folder()));
            Map<OutputFile, Path> written = output.writeAll(SweepFiles.sweep(first.id(), points));
            console.println("merged " + n + " shard" + (n == 1 ? "" : "s") + ", " + points.size() + " points");
            console.println("sweep: " + written.get(OutputFile.SWEEP));
            console.println("report: " + written.get(OutputFile.REPORT));
        }
        console.flush();
        return ExitCode.OK.code();
    }

    /** The shard's points are exactly those --shard k/N runs, each with its grid values. */
    private static void checkPoints(Shard shard, SweepGrid grid) throws ScenarioException {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            if (shard.spec().includes(i)) {
                expected.add(i);
            }
        }
        List<Integer> found = shard.points().stream().map(SweepPointResult::index).toList();
        if (!found.equals(expected)) {
            throw bad(shard.dir(), "points.jsonl holds points " + found + ", shard " + shard.spec() + " of this grid"
                    + " runs " + expected);
        }
        for (SweepPointResult point : shard.points()) {
            if (!point.values().equals(grid.values(point.index()))) {
                throw bad(shard.dir(), "point " + point.index() + " has values " + point.values() + ", the grid "
                        + grid.values(point.index()));
            }
        }
    }

    private static Shard read(Path dir) throws ScenarioException {
        Path manifest = dir.resolve(OutputFile.SWEEP_SHARD.fileName());
        Path lines = dir.resolve(OutputFile.SWEEP_POINTS.fileName());
        if (!Files.isRegularFile(manifest)) {
            throw bad(dir, "no " + OutputFile.SWEEP_SHARD.fileName() + ": not a folder written by cmsim sweep --shard k/N");
        }
        try {
            JsonNode json = new ObjectMapper().readTree(manifest.toFile());
            SweepIdentity id = SweepIdentity.fromJson(json);
            JsonNode s = json.path("shard");
            if (!s.path("k").isInt() || !s.path("n").isInt()) {
                throw new IllegalArgumentException("no shard.k and shard.n");
            }
            ShardSpec spec = ShardSpec.parse(s.get("k").asInt() + "/" + s.get("n").asInt());
            if (!Files.isRegularFile(lines)) {
                throw bad(dir, "no " + OutputFile.SWEEP_POINTS.fileName() + " beside shard.json");
            }
            List<SweepPointResult> points = SweepFiles.parse(Files.readString(lines, StandardCharsets.UTF_8));
            return new Shard(dir, id, spec, points);
        } catch (IOException e) {
            throw bad(dir, "cannot read the shard: " + IoMessages.describe(e));
        } catch (IllegalArgumentException e) {
            throw bad(dir, "not a readable shard: " + e.getMessage());
        }
    }

    private static ScenarioException bad(Path dir, String message) {
        return SweepCommand.usage(dir.toString(), message);
    }
}
