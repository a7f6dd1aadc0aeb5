package io.cloudmart.sim.scenario.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cmsim compare}: several scenarios (or earlier runs' output folders) side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Put scenarios side by side: each argument is a scenario (file or bundled name), run now,"
                + " or the output folder of an earlier run (it holds results.json).")
final class CompareCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(arity = "2..*", paramLabel = "<scenario-or-folder>", description = "two or more scenarios or run folders")
    private List<String> items;

    @Mixin
    private Overrides overrides;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of every scenario run now (default: the"
            + " baseline's), so replication i of each draws the same random numbers")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "replications of every scenario run now"
            + " (default: the baseline's); 5 or more give intervals worth reading")
    private Integer replications;

    @Option(names = "--out", paramLabel = "DIR", description = "write compare.json and compare.csv into DIR")
    private Path out;

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    @Override
    public Integer call() throws ScenarioException, IOException {
        List<ResultRow> rows = new ArrayList<>();
        List<String> shared = null;
        for (String item : items) {
            Path folder = Path.of(item);
            if (Files.isDirectory(folder) && Files.isRegularFile(folder.resolve("results.json"))) {
                rows.add(new ResultRow(item, read(folder.resolve("results.json"))));
                if (shared == null) {
                    shared = common(rows.get(0).results().path("seed").asLong(),
                            rows.get(0).results().path("replications").asInt());
                }
            } else {
                if (shared == null) {
                    // the baseline fixes seed and replications for all, so replication i of each is paired
                    var baseline = new ScenarioSource().load(item, overrides.values());
                    shared = common(baseline.seed(), baseline.replications());
                }
                List<String> all = new ArrayList<>(overrides.values());
                all.addAll(shared);
                ProgressLine progress = new ProgressLine(commandSpec.commandLine().getErr(),
                        quiet || System.console() == null, item);
                try {
                    rows.add(new ResultRow(item, Experiment.run(item, all, progress)));
                } finally {
                    progress.finish();
                }
            }
        }
        var console = commandSpec.commandLine().getOut();
        ResultTable.print(rows, console);
        List<Comparison> comparisons = Comparison.against(rows);
        ComparisonFiles.print(comparisons, console);
        if (out != null) {
            Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
            files.put(OutputFile.COMPARE, ComparisonFiles.json(comparisons, rows));
            files.put(OutputFile.COMPARE_CSV, ComparisonFiles.csv(comparisons));
            try (OutputFolder output = OutputFolder.reserve(out)) {
                output.onInterrupt(() -> Interruption.say(commandSpec.commandLine().getErr(), output.folder()));
                console.println("comparison: " + output.writeAll(files).get(OutputFile.COMPARE));
            }
        }
        console.flush();
        return ExitCode.OK.code();
    }

    /** The overrides that give every run the same seed and replications (the options, else the baseline's). */
    private List<String> common(long baselineSeed, int baselineReplications) {
        return List.of("seed=" + (seed != null ? seed : baselineSeed),
                "replications=" + (replications != null ? replications : baselineReplications));
    }

    private static JsonNode read(Path file) throws ScenarioException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Issue(file.toString(), 0, 0, "",
                    "not a readable results.json: " + e.getMessage())));
        }
    }
}
