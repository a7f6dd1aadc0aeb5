package io.cloudmart.sim.scenario.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Fact;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim sweep}: runs a scenario once per value of one field and shows how the figures move;
 * writes {@code sweep.csv} and {@code report.html} (with a latency chart when the values are numbers).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run a scenario once per value of one field (--vary path=v1,v2,...) and compare the results.")
final class SweepCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "<scenario>", description = "a scenario file or a bundled name")
    private String scenario;

    @Option(names = "--vary", required = true, paramLabel = "path=v1,v2,...",
            description = "the field to vary and its values, e.g. --vary load.rate=10,20,30")
    private String vary;

    @Mixin
    private Overrides overrides;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario>-sweep/)")
    private Path out;

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    @Override
    public Integer call() throws ScenarioException {
        int eq = vary.indexOf('=');
        if (eq < 1 || eq == vary.length() - 1) {
            throw new ScenarioException(List.of(new Issue("--vary " + vary, 0, 0, "",
                    "write --vary path=v1,v2,... (for example --vary load.rate=10,20,30)")));
        }
        String path = vary.substring(0, eq);
        String[] values = vary.substring(eq + 1).split(",");
        // validate every variant before running any, so a bad value costs no simulation time
        ScenarioSource source = new ScenarioSource();
        String name = source.load(scenario, overrides.values()).name();
        for (String value : values) {
            source.load(scenario, with(path, value));
        }
        Path folder = out != null ? out : Path.of("out", name + "-sweep");
        try (OutputFolder output = OutputFolder.reserve(folder)) {
            output.onInterrupt(() -> Interruption.say(commandSpec.commandLine().getErr(), output.folder()));
            sweep(name, path, values, output);
        }
        return ExitCode.OK.code();
    }

    private void sweep(String name, String path, String[] values, OutputFolder output) throws ScenarioException {
        List<ResultRow> rows = new ArrayList<>();
        for (String value : values) {
            ProgressLine progress = new ProgressLine(commandSpec.commandLine().getErr(),
                    quiet || System.console() == null, path + "=" + value);
            try {
                rows.add(new ResultRow(path + "=" + value, Experiment.run(scenario, with(path, value), progress)));
            } finally {
                progress.finish();
            }
        }
        ResultTable.print(rows, commandSpec.commandLine().getOut());
        Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
        files.put(OutputFile.SWEEP, csv(rows));
        files.put(OutputFile.REPORT, new HtmlReportWriter().render(report(name, path, values, rows)));
        Path written = output.writeAll(files).get(OutputFile.REPORT);
        commandSpec.commandLine().getOut().println("report: " + written);
        commandSpec.commandLine().getOut().flush();
    }

    private List<String> with(String path, String value) {
        List<String> all = new ArrayList<>(overrides.values());
        all.add(path + "=" + value.strip());
        return all;
    }

    private static String csv(List<ResultRow> rows) {
        StringBuilder text = new StringBuilder(String.join(",", ResultRow.HEADERS)).append('\n');
        for (ResultRow row : rows) {
            text.append(String.join(",", row.cells().stream().map(c -> c.replace(",", "")).toList())).append('\n');
        }
        return text.toString();
    }

    private static Report report(String name, String path, String[] values, List<ResultRow> rows) {
        List<List<String>> cells = rows.stream().map(ResultRow::cells).toList();
        List<io.cloudmart.sim.report.Block> blocks = new ArrayList<>();
        blocks.add(new Table("One run per value of " + path, ResultRow.HEADERS, cells, null));
        double[] x = numbers(values);
        if (x != null) {
            blocks.add(new Chart("Latency as " + path + " changes", path, "latency (ms)", List.of(
                    new Line("mean", x, rows.stream().mapToDouble(ResultRow::mean).toArray()),
                    new Line("p95", x, rows.stream().mapToDouble(ResultRow::p95).toArray()),
                    new Line("p99", x, rows.stream().mapToDouble(ResultRow::p99).toArray())), List.of()));
        }
        return new Report(name + ": sweep of " + path, "Each row is a full run of the scenario with " + path
                + " set to one value; everything else as in the scenario.", List.of(new Fact("varied", path),
                new Fact("values", String.join(", ", values))), List.of(new Section("Results", null, blocks)));
    }

    /** The values as numbers, or null if any is not one (then no chart). */
    private static double[] numbers(String[] values) {
        double[] x = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                x[i] = Double.parseDouble(values[i].strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return x;
    }
}
