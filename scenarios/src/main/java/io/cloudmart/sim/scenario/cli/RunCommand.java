package io.cloudmart.sim.scenario.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.trace.TraceSampling;
import io.cloudmart.sim.report.ChartStyle;
import io.cloudmart.sim.report.ChartWarmup;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.EarlyStops;
import io.cloudmart.sim.scenario.output.EventsJsonl;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.OutputFolder;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.output.RunManifest;
import io.cloudmart.sim.scenario.output.RunStatistics;
import io.cloudmart.sim.scenario.output.TimeseriesCsv;
import io.cloudmart.sim.scenario.output.TraceJsonl;
import io.cloudmart.sim.scenario.report.ReportComposer;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim run}: simulate a scenario and write results.json, timeseries.csv, events.jsonl, report.html and
 * manifest.json (and trace.jsonl with {@code --trace}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulate a scenario (a file, or the name of a bundled one) and write its results and report.")
final class RunCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "<scenario>", description = "a scenario file (.yaml/.json) or a bundled name (see `cmsim list`)")
    private String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario name>/, or out/<scenario name>@set-<overrides>/ with --set, --seed or --replications)")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "override the scenario's seed")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "override the number of replications")
    private Integer replications;

    @Option(names = "--precision", paramLabel = "SHARE", description = "replicate until every headline figure's 95%%"
            + " half-width is within SHARE of its mean (e.g. 5%% or 0.05; shares: of at least 1 percentage point),"
            + " checked after each count from `replications` (at least 5) up to `maxReplications` (default 50);"
            + " the same as --set precision=SHARE, and recorded so")
    private String precision;

    @Mixin
    private Overrides overrides;

    @Option(names = "--quiet", description = "no progress line and no summary; only errors")
    private boolean quiet;

    @Option(names = "--trace", paramLabel = "N|1/K", converter = TraceOption.class,
            description = "write trace.jsonl: each hop's timing of the first N requests sent after the warm-up (N ≤ "
                    + TraceSampling.MAX_FIRST + "), or of every K-th (1/K, at most " + TraceSampling.EVERY_LIMIT
                    + "), in replication 1 only; the report draws the slowest as a waterfall. Results are unchanged")
    private TraceSampling trace = TraceSampling.OFF;

    @Override
    public Integer call() throws ScenarioException {
        List<String> given = new ArrayList<>(overrides.values());
        if (precision != null) {
            given.add("precision=" + precision); // a scenario field: replay and the manifest see it as an override
        }
        List<String> all = new ArrayList<>(given);
        if (seed != null) {
            all.add("seed=" + seed);
        }
        if (replications != null) {
            all.add("replications=" + replications);
        }
        ScenarioSource.Resolved resolved = new ScenarioSource().resolved(scenario, all);
        ScenarioSpec spec = resolved.loaded().spec();
        List<String> sets = List.copyOf(given);
        var err = commandSpec.commandLine().getErr();
        Notes.print(resolved.loaded(), err);
        // a variant (--seed and --replications included: they change the figures too) keeps the baseline's folder intact
        Path folder = out != null ? out : OverridesFolder.of(Path.of("out"), spec.name(), all);
        try (OutputFolder output = OutputFolder.reserve(folder)) {
            output.onInterrupt(() -> Interruption.say(err, output.folder()));
            // redrawing a line in place only makes sense on a terminal; in a log file it would be noise
            ProgressLine progress = new ProgressLine(err, quiet || System.console() == null, spec.name());
            DoubleConsumer listeners = progress;
            var size = WorkEstimate.size(spec);
            if (!quiet && size.isPresent()) {
                progress.say("cmsim: " + spec.name() + ": " + size.get());
                listeners = new WorkEstimate(progress::say, System::nanoTime).andThen(progress);
            }
            RunManifest manifest = RunManifest.onThisJvm(Version.text(), resolved.origin(), sets,
                    resolved.loaded().explained(), spec.seed(), spec.replications(), Instant.now());
            // the report's first chart would otherwise wait for the font system and JFreeChart to load
            ChartWarmup.startInBackground(ChartStyle.DEFAULT);
            StatisticsPlan.Done done;
            try {
                done = StatisticsPlan.run(spec, trace, listeners);
            } finally {
                progress.finish();
            }
            spec = done.spec(); // with warmup: auto, the cut it ran with
            ExperimentResult result = done.result();
            ObjectNode json = done.statistics().addTo(ResultsJson.build(spec, result, sets));
            Map<OutputFile, Path> written = output.writeAll(files(spec, result, json, manifest, done.statistics()));
            if (!quiet) {
                printSummary(spec, result, json, written);
            }
            EarlyStops stops = EarlyStops.of(result);
            if (stops.any()) {
                // said even with --quiet: the exit code alone would leave a script guessing
                err.println("cmsim: " + stops.sentence() + ". The results up to the stop are in " + output.folder());
                err.flush();
                return ExitCode.STOPPED_EARLY.code();
            }
        }
        return ExitCode.OK.code();
    }

    private static Map<OutputFile, String> files(ScenarioSpec spec, ExperimentResult result, ObjectNode json,
                                                 RunManifest manifest, RunStatistics statistics) {
        Map<OutputFile, String> files = new EnumMap<>(OutputFile.class);
        files.put(OutputFile.RESULTS, ResultsJson.toJson(json));
        files.put(OutputFile.TIMESERIES, TimeseriesCsv.render(result));
        files.put(OutputFile.EVENTS, EventsJsonl.render(result));
        files.put(OutputFile.REPORT, new HtmlReportWriter().render(
                new ReportComposer(spec, result, manifest.overrides(), statistics, json).compose()));
        files.put(OutputFile.MANIFEST, manifest.toJson());
        TraceJsonl.sample(result).ifPresent(sample -> files.put(OutputFile.TRACE, TraceJsonl.render(spec, sample)));
        return files;
    }

    private void printSummary(ScenarioSpec spec, ExperimentResult result, ObjectNode json,
                              Map<OutputFile, Path> written) {
        var o = commandSpec.commandLine().getOut();
        o.printf(Locale.US, "%s: %,.0f requests in %s simulated (%d replication%s), %.2f s wall%n", spec.name(),
                json.get("requests").get("total").asDouble(), formatSeconds(json.get("simulatedSeconds").asDouble()),
                result.replications().size(), result.replications().size() == 1 ? "" : "s", result.wallSeconds());
        var latency = json.get("latencyMs");
        if (latency.get("mean").isNull()) {
            o.println("latency ms: – (no request was answered after the warm-up)");
        } else {
            o.printf(Locale.US, "latency ms: mean %.1f  p50 %.1f  p95 %.1f  p99 %.1f%n", latency.get("mean").asDouble(),
                    latency.get("p50").asDouble(), latency.get("p95").asDouble(), latency.get("p99").asDouble());
        }
        ConsoleSummary.lines(json).forEach(o::println);
        o.println("report: " + written.get(OutputFile.REPORT));
        o.flush();
    }

    private static String formatSeconds(double seconds) {
        return seconds >= 3600 ? String.format(Locale.US, "%.4g h", seconds / 3600)
                : String.format(Locale.US, "%.4g s", seconds);
    }
}
