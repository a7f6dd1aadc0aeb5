package io.cloudmart.sim.scenario.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
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

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    @Override
    public Integer call() throws ScenarioException, IOException {
        List<ResultRow> rows = new ArrayList<>();
        for (String item : items) {
            Path folder = Path.of(item);
            if (Files.isDirectory(folder) && Files.isRegularFile(folder.resolve("results.json"))) {
                rows.add(new ResultRow(item, read(folder.resolve("results.json"))));
            } else {
                ProgressLine progress = new ProgressLine(commandSpec.commandLine().getErr(),
                        quiet || System.console() == null, item);
                try {
                    rows.add(new ResultRow(item, Experiment.run(item, overrides.values(), progress)));
                } finally {
                    progress.finish();
                }
            }
        }
        ResultTable.print(rows, commandSpec.commandLine().getOut());
        return ExitCode.OK.code();
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
