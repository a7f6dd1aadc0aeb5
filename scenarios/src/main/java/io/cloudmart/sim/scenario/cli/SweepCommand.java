package io.cloudmart.sim.scenario.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.OutputFile;
import io.cloudmart.sim.scenario.output.OutputFolder;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim sweep}: runs a scenario at every point of a grid (the cartesian product of the {@code --vary}
 * options), all points with the same seed and replications, spread over the cores; writes sweep.csv,
 * report.html and points.jsonl. With {@code --shard k/N} it runs only its share of the points and writes a shard
 * folder for {@code cmsim sweep merge}; with {@code --emit-k8s-job} it runs nothing and prints a Kubernetes
 * Indexed Job that runs the shards.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = SweepMergeCommand.class,
        description = {"Run a scenario at every point of a grid: each --vary path=v1,v2,... adds a dimension, and"
                + " every combination of values is a point. Every point uses the same seed and replications, so"
                + " points differ by the knobs, not by their random numbers. Writes sweep.csv (one row per point:"
                + " the varied values, then each headline figure's mean and 95%% half-width), report.html (cost"
                + " against latency with the Pareto frontier when the scenario has a cluster, and each figure"
                + " against each varied field) and points.jsonl.",
                "Several machines: run each shard with --shard k/N, then join them with 'cmsim sweep merge DIR...';"
                        + " or let a Kubernetes cluster run them: --emit-k8s-job --shards N > job.yaml."})
final class SweepCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    // optional for picocli, so that 'cmsim sweep merge' is not refused for a missing scenario; checked in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "<scenario>", description = "a scenario file or a bundled name")
    private String scenario;

    @Option(names = "--vary", paramLabel = "path=v1,v2,...", description = "a field to vary and its values, e.g."
            + " --vary load.rate=10,20,30 (repeatable: the sweep runs every combination; at most "
            + SweepGrid.MAX_POINTS + " points)")
    private List<String> vary = new ArrayList<>();

    @Mixin
    private Overrides overrides;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of every point (default: the scenario's)")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "replications of every point (default: the"
            + " scenario's); 2 or more give intervals, 5 or more intervals worth reading")
    private Integer replications;

    @Option(names = "--threads", paramLabel = "N", description = "replications run at once, over all points"
            + " (default: one per core); the results do not depend on it")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "k/N", description = "run only shard k of N (the points whose index,"
            + " from 0, leaves k-1 divided by N) and write a shard folder (shard.json, points.jsonl) for"
            + " 'cmsim sweep merge'")
    private String shard;

    @Option(names = "--emit-k8s-job", description = "run nothing; print a Kubernetes Indexed Job (batch/v1) that"
            + " runs the sweep as --shards shards, one per completion index, into /results/shard-<index>")
    private boolean emitJob;

    @Option(names = "--shards", paramLabel = "N", description = "with --emit-k8s-job: completions, one shard each")
    private Integer shards;

    @Option(names = "--parallelism", paramLabel = "N", description = "with --emit-k8s-job: shards run at once"
            + " (default: all)")
    private Integer parallelism;

    @Option(names = "--image", paramLabel = "IMAGE", description = "with --emit-k8s-job (required there): the"
            + " container image the Job's pods run, one with cmsim on its PATH, e.g. registry.example/cmsim:0.1.0")
    private String image;

    @Option(names = "--results-claim", paramLabel = "NAME", description = "with --emit-k8s-job: the"
            + " PersistentVolumeClaim mounted at /results (default: " + SweepK8sJob.DEFAULT_CLAIM + ")")
    private String claim;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario name>-sweep/,"
            + " or out/<scenario name>-sweep-shard-<k>-of-<N>/ with --shard)")
    private Path out;

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    @Override
    public Integer call() throws ScenarioException {
        if (scenario == null) {
            throw usage("<scenario>", "give a scenario: cmsim sweep <scenario> --vary path=v1,v2,... (or cmsim sweep"
                    + " merge DIR... to join shards)");
        }
        SweepGrid grid = SweepGrid.parse(vary);
        checkOptions(grid);
        ShardSpec shardSpec = shard == null ? null : ShardSpec.parse(shard);
        List<String> base = new ArrayList<>(overrides.values());
        if (seed != null) {
            base.add("seed=" + seed);
        }
        if (replications != null) {
            base.add("replications=" + replications);
        }
        ScenarioSource source = new ScenarioSource();
        ScenarioSource.Resolved resolved = source.resolved(scenario, base);
        ScenarioSpec baseline = resolved.loaded().spec();
        refuseSequentialStatistics(baseline, scenario);
        SweepIdentity id = new SweepIdentity(Version.text(), baseline.name(), resolved.origin().kind().jsonName(),
                resolved.origin().name(), resolved.origin().sha256(), overrides.values(), grid, baseline.seed(),
                baseline.replications());
        // every point is loaded before any runs, so a bad value (or a combination the scenario refuses) costs no time
        List<SweepRunner.Planned> planned = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            List<String> all = new ArrayList<>(base);
            all.addAll(grid.overrides(i));
            ScenarioSpec spec = loadPoint(source, grid, i, all);
            if (shardSpec == null || shardSpec.includes(i)) {
                planned.add(new SweepRunner.Planned(i, grid.values(i), spec, all));
            }
        }
        var console = commandSpec.commandLine().getOut();
        if (emitJob) {
            String text = resolved.origin().kind() == io.cloudmart.sim.scenario.output.ScenarioOrigin.Kind.FILE
                    ? resolved.loaded().text() : null;
            console.print(SweepK8sJob.yaml(id, text, shards, parallelism != null ? parallelism : shards,
                    image, claim != null ? claim : SweepK8sJob.DEFAULT_CLAIM));
            console.flush();
            return ExitCode.OK.code();
        }
        Path folder = out != null ? out : Path.of("out", baseline.name() + "-sweep"
                + (shardSpec == null ? "" : "-shard-" + shardSpec.k() + "-of-" + shardSpec.n()));
        try (OutputFolder output = OutputFolder.reserve(folder)) {
            output.onInterrupt(() -> Interruption.say(commandSpec.commandLine().getErr(), output.folder()));
            ProgressLine progress = new ProgressLine(commandSpec.commandLine().getErr(), quiet || System.console() == null,
                    planned.size() + " point" + (planned.size() == 1 ? "" : "s"));
            List<SweepPointResult> results;
            try {
                SweepScheduler scheduler = threads != null ? new SweepScheduler(threads) : SweepScheduler.onAllCores();
                results = SweepRunner.run(planned, scheduler, progress);
            } finally {
                progress.finish();
            }
            ResultTable.print(results.stream().map(p -> p.row(grid.label(p.index()))).toList(), console);
            if (shardSpec == null) {
                Map<OutputFile, java.nio.file.Path> written = output.writeAll(SweepFiles.sweep(id, results));
                console.println("sweep: " + written.get(OutputFile.SWEEP));
                console.println("report: " + written.get(OutputFile.REPORT));
            } else {
                Map<OutputFile, java.nio.file.Path> written = output.writeAll(SweepFiles.shard(id, shardSpec, results));
                console.println("shard " + shardSpec + " (" + results.size() + " of " + grid.size() + " points): "
                        + written.get(OutputFile.SWEEP_SHARD).getParent());
            }
        }
        console.flush();
        return ExitCode.OK.code();
    }

    /** Loads point {@code i}; a value the scenario refuses is named as the user typed it, by its --vary. */
    private ScenarioSpec loadPoint(ScenarioSource source, SweepGrid grid, int i, List<String> all)
            throws ScenarioException {
        try {
            return source.load(scenario, all);
        } catch (ScenarioException e) {
            List<String> sets = grid.overrides(i);
            List<Issue> issues = new ArrayList<>();
            for (Issue issue : e.issues()) {
                String set = issue.source().startsWith("--set ") ? issue.source().substring("--set ".length()) : null;
                boolean varied = set != null && sets.contains(set);
                String point = grid.axes().size() == 1 ? "" : " (at " + grid.label(i) + ")";
                issues.add(varied ? new Issue("--vary " + set + point,
                        issue.line(), issue.column(), issue.path(), issue.message()) : issue);
            }
            throw new ScenarioException(issues);
        }
    }

    /** Refuses options that do not go together, before anything is loaded or run. */
    private void checkOptions(SweepGrid grid) throws ScenarioException {
        for (String set : overrides.values()) {
            String path = set.contains("=") ? set.substring(0, set.indexOf('=')).strip() : set;
            if (grid.axes().stream().anyMatch(axis -> axis.path().equals(path))) {
                throw usage("--set " + set, path + " is both set and varied; drop the --set");
            }
        }
        if (threads != null && threads < 1) {
            throw usage("--threads " + threads, "give 1 or more");
        }
        if (emitJob) {
            if (shard != null) {
                throw usage("--shard", "--emit-k8s-job writes a Job that runs every shard; give --shards N instead");
            }
            if (shards == null || shards < 1) {
                throw usage("--shards", "--emit-k8s-job needs --shards N (N >= 1): how many shards the Job runs");
            }
            if (parallelism != null && (parallelism < 1 || parallelism > shards)) {
                throw usage("--parallelism " + parallelism, "give 1 to --shards (" + shards + ")");
            }
            if (image == null) {
                // no default: cmsim publishes no image, and a made-up name would only fail later as ImagePullBackOff
                throw usage("--image", "--emit-k8s-job needs --image IMAGE: a container image with cmsim on its PATH"
                        + " that the cluster can pull, e.g. registry.example/cmsim:0.1.0");
            }
            if (image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
                throw usage("--image", "an image reference has no spaces, e.g. registry.example/cmsim:0.1.0");
            }
            if (claim != null && !claim.matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")) {
                throw usage("--results-claim " + claim, "a PersistentVolumeClaim name: lower-case letters, digits,"
                        + " '-' and '.'");
            }
        } else if (shards != null || parallelism != null || image != null || claim != null) {
            throw usage("--shards/--parallelism/--image/--results-claim", "these describe the Job of --emit-k8s-job;"
                    + " to run one shard here give --shard k/N");
        }
    }

    static ScenarioException usage(String source, String message) {
        return new ScenarioException(List.of(new Issue(source, 0, 0, "", message)));
    }

    /**
     * A sweep runs every point with the same fixed warm-up and replications, which is what pairs its points and lets
     * shards be cut by point; {@code warmup: auto} (a pilot per point) and {@code precision} (a count per point) would
     * undo both, so they are refused with what to write instead rather than dropped.
     */
    private static void refuseSequentialStatistics(ScenarioSpec spec, String source) throws ScenarioException {
        if (spec.statistics().warmupAuto()) {
            throw new ScenarioException(List.of(new Issue(source, 0, 0, "warmup", "a sweep runs every point with one"
                    + " fixed warm-up; `warmup: auto` is for `cmsim run` (run it once, then sweep with --set warmup=<the"
                    + " cut it reports>)")));
        }
        if (spec.statistics().hasPrecision()) {
            throw new ScenarioException(List.of(new Issue(source, 0, 0, "precision", "a sweep runs every point with the"
                    + " same replications, so the points stay paired; give --replications N instead of precision")));
        }
    }
}
