package io.cloudmart.sim.scenario.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.OutputFolder;
import io.cloudmart.sim.scenario.output.TimeseriesTable;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cmsim compare}: several scenarios (or earlier runs' output folders, or one scenario's variants) side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Put scenarios side by side: each argument is a scenario (file or bundled name), run now,"
                + " or the output folder of an earlier run (it holds results.json); or give one scenario and its"
                + " --variant entries. The first run is the baseline. Writes compare.json, compare.csv and the page"
                + " compare.html.")
final class CompareCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(arity = "1..*", paramLabel = "<scenario-or-folder>",
            description = "two or more scenarios or run folders; or one scenario with --variant")
    private List<String> items;

    @Mixin
    private Overrides overrides;

    @Option(names = "--variant", paramLabel = "\"--set path=value …\"", description = "with one scenario: a variant"
            + " of it, the scenario with these overrides, named by the text as typed (repeatable), e.g. --variant"
            + " \"--set mesh.services.api.loadBalancer=LEAST_REQUEST\"; the scenario as given is the baseline")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "the seed of every scenario run now (default: the"
            + " baseline's), so replication i of each draws the same random numbers")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "replications of every scenario run now"
            + " (default: the baseline's); 5 or more give intervals worth reading")
    private Integer replications;

    @Option(names = "--out", paramLabel = "DIR", description = "write compare.json, compare.csv and compare.html into"
            + " DIR (default: out/compare-<the runs' names joined by -vs->/)")
    private Path out;

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    /**
     * One run of the comparison, known before anything runs: an earlier run's folder (its results and series read
     * already) or a scenario to run now with these overrides (already loaded once, so bad input stops everything).
     */
    private record Item(String label, String folderName, String scenario, List<String> overrides,
                        JsonNode results, Optional<TimeseriesTable> series) {
        boolean isFolder() {
            return results != null;
        }
    }

    @Override
    public Integer call() throws ScenarioException, IOException {
        List<Item> plan = variants.isEmpty() ? scenarios() : variants();
        List<ComparePage.Run> runs = new ArrayList<>();
        for (Item item : plan) {
            runs.add(item.isFolder() ? new ComparePage.Run(new ResultRow(item.label(), item.results()), item.series())
                    : runNow(item));
        }
        List<ResultRow> rows = runs.stream().map(ComparePage.Run::row).toList();
        var console = commandSpec.commandLine().getOut();
        ResultTable.print(rows, console);
        List<Comparison> comparisons = Comparison.against(rows);
        ComparisonFiles.print(comparisons, console);
        Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
        files.put(OutputFile.COMPARE, ComparisonFiles.json(comparisons, rows));
        files.put(OutputFile.COMPARE_CSV, ComparisonFiles.csv(comparisons));
        files.put(OutputFile.COMPARE_PAGE, ComparePage.html(runs, comparisons));
        Path folder = out != null ? out : defaultFolder(plan);
        try (OutputFolder output = OutputFolder.reserve(folder)) {
            output.onInterrupt(() -> Interruption.say(commandSpec.commandLine().getErr(), output.folder()));
            Map<OutputFile, Path> written = output.writeAll(files);
            console.println("comparison: " + written.get(OutputFile.COMPARE));
            console.println("page: " + written.get(OutputFile.COMPARE_PAGE));
        }
        console.flush();
        return ExitCode.OK.code();
    }

    private ComparePage.Run runNow(Item item) throws ScenarioException {
        ProgressLine progress = new ProgressLine(commandSpec.commandLine().getErr(),
                quiet || System.console() == null, item.label());
        try {
            Experiment.Outcome outcome = Experiment.runWithSeries(item.scenario(), item.overrides(), progress);
            return new ComparePage.Run(new ResultRow(item.label(), outcome.results()), Optional.of(outcome.series()));
        } finally {
            progress.finish();
        }
    }

    /** Two or more scenarios or folders; every scenario loaded (so checked) with the shared seed before any runs. */
    private List<Item> scenarios() throws ScenarioException {
        if (items.size() < 2) {
            throw bad("compare needs two or more scenarios or run folders, or one scenario with --variant"
                    + " \"--set path=value\" (got only " + items.get(0) + ")");
        }
        List<Item> plan = new ArrayList<>();
        List<String> shared = null;
        for (String item : items) {
            Path folder = Path.of(item);
            if (isRunFolder(folder)) {
                JsonNode results = read(folder.resolve("results.json"));
                if (shared == null) {
                    shared = common(results.path("seed").asLong(), results.path("replications").asInt());
                }
                plan.add(new Item(item, name(folder), null, List.of(), results, series(folder)));
            } else {
                if (shared == null) {
                    // the baseline fixes seed and replications for all, so replication i of each is paired
                    ScenarioSpec baseline = new ScenarioSource().load(item, overrides.values());
                    shared = common(baseline.seed(), baseline.replications());
                }
                plan.add(scenario(item, item, stem(item), List.of(), shared));
            }
        }
        return plan;
    }

    /**
     * One scenario and its variants [CHOICE: several scenarios with --variant are refused rather than each crossed
     * with each variant: the table would mix two kinds of difference and the baseline would be ambiguous].
     */
    private List<Item> variants() throws ScenarioException {
        if (items.size() != 1) {
            throw bad("--variant compares one scenario with its variants: give exactly one scenario (got "
                    + items.size() + ": " + String.join(", ", items) + "), or leave out --variant to compare"
                    + " scenarios with each other");
        }
        String item = items.get(0);
        if (isRunFolder(Path.of(item))) {
            throw bad("--variant needs a scenario file or bundled name to change, not an earlier run's folder ("
                    + item + ")");
        }
        List<Variant> parsed = new ArrayList<>();
        for (String text : variants) {
            parsed.add(Variant.parse(text));
        }
        ScenarioSpec baseline = new ScenarioSource().load(item, overrides.values());
        List<String> shared = common(baseline.seed(), baseline.replications());
        List<Item> plan = new ArrayList<>();
        plan.add(scenario(item, item, stem(item), List.of(), shared));
        for (Variant variant : parsed) {
            plan.add(scenario(variant.label(), item, OverridesFolder.tag(variant.overrides()), variant.overrides(),
                    shared));
        }
        return plan;
    }

    /** A scenario to run now: the command's --set, then its own, then the shared seed and replications. */
    private Item scenario(String label, String scenario, String folderName, List<String> own, List<String> shared)
            throws ScenarioException {
        List<String> all = new ArrayList<>(overrides.values());
        all.addAll(own);
        all.addAll(shared);
        new ScenarioSource().load(scenario, all);
        return new Item(label, folderName, scenario, List.copyOf(all), null, Optional.empty());
    }

    /** The overrides that give every run the same seed and replications (the options, else the baseline's). */
    private List<String> common(long baselineSeed, int baselineReplications) {
        return List.of("seed=" + (seed != null ? seed : baselineSeed),
                "replications=" + (replications != null ? replications : baselineReplications));
    }

    /**
     * {@code out/compare-<names joined by -vs->} [CHOICE: a default folder, as {@code run} has, so the page is never
     * lost; named after what was typed so two comparisons do not overwrite each other].
     */
    private static Path defaultFolder(List<Item> plan) {
        String typed = "compare-" + String.join("-vs-", plan.stream().map(Item::folderName).toList());
        String identity = String.join("\n", plan.stream().map(Item::label).toList());
        return Path.of("out").resolve(OverridesFolder.safeName(typed, identity));
    }

    private static boolean isRunFolder(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve("results.json"));
    }

    /** {@code checkout} for {@code scenarios/checkout.yaml} or a catalog name. */
    private static String stem(String item) {
        return name(Path.of(item)).replaceFirst("\\.(yaml|yml|json)$", "");
    }

    private static String name(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? "run" : name.toString();
    }

    private static JsonNode read(Path file) throws ScenarioException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Issue(file.toString(), 0, 0, "",
                    "not a readable results.json: " + e.getMessage())));
        }
    }

    /** The folder's timeseries.csv, or none when it has no such file (its run is then left out of the charts). */
    private static Optional<TimeseriesTable> series(Path folder) throws ScenarioException {
        Path file = folder.resolve(OutputFile.TIMESERIES.fileName());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimeseriesTable.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ScenarioException(List.of(new Issue(file.toString(), 0, 0, "",
                    "not a readable timeseries.csv: " + e.getMessage())));
        }
    }

    private static ScenarioException bad(String message) {
        return new ScenarioException(List.of(new Issue("compare", 0, 0, "", message)));
    }
}
