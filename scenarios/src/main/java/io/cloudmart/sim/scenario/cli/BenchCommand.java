package io.cloudmart.sim.scenario.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;

import io.cloudmart.sim.core.bench.EngineBenchmark;
import io.cloudmart.sim.core.bench.EngineBenchmark.Measurement;
import io.cloudmart.sim.core.bench.PieceBenchmark;
import io.cloudmart.sim.core.bench.RoundFigures;
import io.cloudmart.sim.model.bench.ModelPieceBenchmark;
import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.Units;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim bench}: how fast the simulator runs on this machine.
 * <ol>
 * <li>Engine: an M/M/1 at ρ = 0.9 written with three events per customer (arrival, start of service,
 * departure) on our engine and on a hand-written primitive heap, plus the engine's two-event M/M/1; ns per
 * event and per customer, and the engine / hand-heap ratios paired within each round. The models run one
 * after the other in each round, in alternating order, after warm-up rounds that let the JIT compile.</li>
 * <li>Pieces: the event list alone by the hold model ({@code --pending} events pending, as in a shop), on the
 * engine and on the hand heap, histogram recording ({@code Tally} with a series), the gateway's rate-limit
 * check and the processor-sharing reschedule ({@link ModelPieceBenchmark}); ns per operation.</li>
 * <li>Model: whole scenarios (default {@code mmc-check} for 200 h, about 21M requests, then {@code cloudmart}
 * and {@code flash-sale} for 1 h each): events per request, ns per event and per request and simulated
 * requests per wall second and bytes allocated per request, all counted after the warm-up ({@link ModelBench}).</li>
 * <li>Replications: wall and CPU time of 1, 2 and 4 replications on all cores ({@link ReplicationScaling}).</li>
 * </ol>
 * Figures are medians over the measured rounds with their range; {@code --json} writes them for tracking.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measure the engine against a hand-written event heap, and simulated requests per second, "
                + "on this machine.",
                "Engine: an M/M/1 at rho = 0.9 with three events per customer (arrival, start of service, departure) "
                        + "on our engine and on a hand-written primitive heap, and the engine's two-event M/M/1; "
                        + "ns per event and per customer, medians (min-max) over the measured rounds, and the "
                        + "engine / hand-heap ratios paired within each round.",
                "Pieces: the event list alone (hold model, --pending events pending) on our engine and on the "
                        + "hand-written heap, histogram recording, the gateway's rate-limit check and the "
                        + "processor-sharing reschedule; ns per operation.",
                "Model: events per request, ns per event and per request, simulated requests per second and bytes "
                        + "allocated per request of whole scenarios, all counted after the warm-up.",
                "Replications: wall and CPU time of 1, 2 and 4 replications on all cores, against the wall time "
                        + "of one.",
                "Timings depend on what else the machine runs: quote them from an idle machine."})
final class BenchCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--customers", paramLabel = "N", description = "customers in each engine M/M/1 round (default: ${DEFAULT-VALUE})")
    private long customers = 2_000_000;

    @Option(names = "--rounds", paramLabel = "N", description = "measured engine rounds (default: ${DEFAULT-VALUE})")
    private int rounds = 5;

    @Option(names = "--warmup-rounds", paramLabel = "N", description = "unmeasured engine rounds first (default: ${DEFAULT-VALUE})")
    private int warmupRounds = 2;

    @Option(names = "--operations", paramLabel = "N",
            description = "events, records or checks per hot-piece round (default: ${DEFAULT-VALUE})")
    private long operations = 3_000_000;

    @Option(names = "--pending", paramLabel = "N",
            description = "events the event-list hold model keeps pending, like a shop's requests in flight "
                    + "and timers (default: ${DEFAULT-VALUE})")
    private int pending = 1_000;

    @Option(names = "--model-rounds", paramLabel = "N",
            description = "measured runs of each scenario (default: ${DEFAULT-VALUE})")
    private int modelRounds = 3;

    @Option(names = "--model-warmup-rounds", paramLabel = "N",
            description = "unmeasured runs of each scenario first (default: ${DEFAULT-VALUE})")
    private int modelWarmupRounds = 1;

    @Option(names = "--scenario", paramLabel = "<scenario>",
            description = "scenario for the model figures (default: mmc-check for 200 h, then cloudmart and flash-sale for 1 h)")
    private String scenario;

    @Option(names = "--set", paramLabel = "path=value", description = "override for --scenario (repeatable)")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--scaling", paramLabel = "N", split = ",",
            description = "replication counts whose wall and CPU time show how replications spread over the cores, "
                    + "run with the scenario of --scenario or cloudmart for 20 min; 0 leaves it out (default: 1,2,4)")
    private List<Integer> scaling = new ArrayList<>(List.of(1, 2, 4));

    @Option(names = "--json", paramLabel = "FILE",
            description = "also write the figures to FILE as JSON, for tracking (fields: docs/results.md, \"bench.json\")")
    private Path json;

    /**
     * The default model benchmarks: the issue's figures (mmc-check 200 h; cloudmart 1 h), and
     * flash-sale's hour (its own length), whose autoscaler, pod start-ups and scrapes add events.
     */
    private static final List<List<String>> DEFAULT_MODELS = List.of(
            List.of("mmc-check", "duration=200h"), List.of("cloudmart", "duration=1h"),
            List.of("flash-sale", "duration=1h"));

    /** The default scenario of the scaling figures: the shop, short enough to run seven times per round. */
    private static final List<String> DEFAULT_SCALING = List.of("cloudmart", "duration=20m");

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter out = commandSpec.commandLine().getOut();
        if (customers < 1 || rounds < 1 || warmupRounds < 0 || modelRounds < 1 || modelWarmupRounds < 0
                || operations < 1 || pending < 1 || scaling.stream().anyMatch(n -> n < 0)
                || scaling.contains(0) && scaling.size() > 1) {
            throw new picocli.CommandLine.ParameterException(commandSpec.commandLine(), "--customers, --rounds, "
                    + "--operations, --pending and --model-rounds must be >= 1, --warmup-rounds and "
                    + "--model-warmup-rounds >= 0, --scaling counts >= 1 (or 0 alone, to leave it out)");
        }
        checkJsonFolder();
        List<List<String>> models = scenario == null ? DEFAULT_MODELS : List.of(withOverrides());
        boolean measureScaling = !scaling.contains(0);
        List<String> scalingModel = scenario == null ? DEFAULT_SCALING : withOverrides();
        ScenarioSpec scalingSpec = measureScaling
                ? new ScenarioSource().load(scalingModel.get(0), scalingModel.subList(1, scalingModel.size())) : null;
        List<ScenarioSpec> specs = new ArrayList<>();
        for (List<String> model : models) {
            specs.add(new ScenarioSource().load(model.get(0), model.subList(1, model.size())));
        }
        EngineRounds engine = engine(out);
        BenchResult.Pieces pieces = pieces(out);
        List<BenchResult.Model> modelFigures = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            modelFigures.add(model(out, specs.get(i), String.join(" ", models.get(i).subList(1, models.get(i).size()))));
        }
        BenchResult.Scaling scalingFigures = measureScaling ? scaling(out, scalingSpec, scalingModel) : null;
        BenchResult result = engine.result(pieces, modelFigures, scalingFigures);
        if (json != null) {
            writeJson(BenchJson.write(result));
            out.printf("figures written to %s%n", json);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * Each round runs every replication count once, ascending in even rounds and descending in odd ones, after one
     * unmeasured run of the largest count (it compiles what parallel runs use); medians over the model rounds.
     */
    private BenchResult.Scaling scaling(PrintWriter out, ScenarioSpec spec, List<String> model) {
        int cores = Runtime.getRuntime().availableProcessors();
        String settings = String.join(" ", model.subList(1, model.size()));
        out.printf(Locale.US, "replications: %s %s on %d cores (as cmsim run --replications N), 1 warm-up + %d "
                + "measured rounds, counts in alternating order%n", model.get(0), settings, cores, modelRounds);
        out.flush();
        ReplicationScaling.measure(spec, scaling.stream().max(Integer::compare).orElseThrow());
        Map<Integer, double[]> wall = new LinkedHashMap<>();
        Map<Integer, double[]> cpu = new LinkedHashMap<>();
        scaling.forEach(n -> {
            wall.put(n, new double[modelRounds]);
            cpu.put(n, new double[modelRounds]);
        });
        for (int round = 0; round < modelRounds; round++) {
            for (int k = 0; k < scaling.size(); k++) {
                int n = scaling.get(round % 2 == 0 ? k : scaling.size() - 1 - k);
                ReplicationScaling.Measurement m = ReplicationScaling.measure(spec, n);
                wall.get(n)[round] = m.wallSeconds();
                cpu.get(n)[round] = m.cpuSeconds();
            }
        }
        double one = wall.containsKey(1) ? RoundFigures.of(wall.get(1)).median() : Double.NaN;
        List<BenchResult.ScalingPoint> points = new ArrayList<>();
        for (int n : wall.keySet()) {
            RoundFigures w = RoundFigures.of(wall.get(n));
            BenchResult.ScalingPoint point = new BenchResult.ScalingPoint(n, w, RoundFigures.of(cpu.get(n)),
                    w.median() / one, ReplicationScaling.idealWallRatio(n, cores));
            points.add(point);
            out.printf(Locale.US, "  %d replication%s: %s s wall, %s s CPU, %.2f cores busy, wall %.2f x one "
                            + "replication's (ideal %.2f x)%n", n, n == 1 ? " " : "s", text(w, 2),
                    text(point.cpuSeconds(), 2), point.busyCores(), point.wallOverOne(), point.idealWallOverOne());
        }
        out.flush();
        return new BenchResult.Scaling(model.get(0), settings, cores, points);
    }

    private List<String> withOverrides() {
        List<String> model = new ArrayList<>(List.of(scenario));
        model.addAll(overrides);
        return model;
    }

    /** The engine rounds: each round runs every M/M/1 once, in alternating order, so drift hits all alike. */
    private EngineRounds engine(PrintWriter out) {
        out.printf(Locale.US, "engine: M/M/1 at rho = 0.9, %,d customers, %d warm-up + %d measured rounds, "
                + "models in alternating order%n", customers, warmupRounds, rounds);
        out.flush();
        EngineRounds figures = new EngineRounds(rounds);
        EngineBenchmark.Model[] order = EngineBenchmark.Model.values();
        for (int i = 0; i < warmupRounds + rounds; i++) {
            Map<EngineBenchmark.Model, Measurement> round = new EnumMap<>(EngineBenchmark.Model.class);
            for (int k = 0; k < order.length; k++) {
                EngineBenchmark.Model model = order[i % 2 == 0 ? k : order.length - 1 - k];
                round.put(model, EngineBenchmark.run(model, customers, i + 1));
            }
            if (i >= warmupRounds) {
                figures.add(i - warmupRounds, round);
                StringBuilder line = new StringBuilder(String.format(Locale.US, "  round %d:", i - warmupRounds + 1));
                round.forEach((model, m) -> line.append(String.format(Locale.US, "  %s %.1f ns/event %.1f ns/customer",
                        model.id(), m.nanosPerEvent(), m.nanosPerCustomer())));
                out.println(line);
                out.flush();
            }
        }
        BenchResult partial = figures.result(null, List.of(), null);
        out.println("engine, medians (min-max) over the measured rounds:");
        for (BenchResult.Engine e : partial.engine()) {
            out.printf(Locale.US, "  %-15s %d events/customer  %s ns/event  %s ns/customer%n", e.model().id(),
                    e.model().eventsPerCustomer(), text(e.nanosPerEvent(), 1), text(e.nanosPerCustomer(), 1));
        }
        out.printf(Locale.US, "  engine / hand-heap: %s x per event, %s x per customer%n",
                text(partial.perEventRatio(), 2), text(partial.perCustomerRatio(), 2));
        out.printf(Locale.US, "  engine-2-event / hand-heap: %s x per customer (its events are not the heap's: "
                + "no per-event ratio)%n", text(partial.twoEventPerCustomerRatio(), 2));
        out.flush();
        return figures;
    }

    /** The hot pieces alone, with the engine's rounds, alternating order and pairing. */
    private BenchResult.Pieces pieces(PrintWriter out) {
        out.printf(Locale.US, "pieces: %,d operations, event list with %,d events pending (hold model), "
                + "%d warm-up + %d measured rounds%n", operations, pending, warmupRounds, rounds);
        out.flush();
        List<TimedPiece> order = timedPieces();
        Map<String, double[]> perOperation = new LinkedHashMap<>();
        for (TimedPiece piece : order) {
            perOperation.put(piece.id(), new double[rounds]);
        }
        double[] ratio = new double[rounds];
        for (int i = 0; i < warmupRounds + rounds; i++) {
            Map<String, Double> round = new HashMap<>();
            for (int k = 0; k < order.size(); k++) {
                TimedPiece piece = order.get(i % 2 == 0 ? k : order.size() - 1 - k);
                round.put(piece.id(), piece.nanosPerOperation().applyAsDouble(i + 1));
            }
            if (i >= warmupRounds) {
                int index = i - warmupRounds;
                round.forEach((piece, ns) -> perOperation.get(piece)[index] = ns);
                ratio[index] = round.get(PieceBenchmark.Piece.EVENT_LIST_ENGINE.id())
                        / round.get(PieceBenchmark.Piece.EVENT_LIST_HAND_HEAP.id());
            }
        }
        Map<String, RoundFigures> figures = new LinkedHashMap<>();
        perOperation.forEach((piece, values) -> figures.put(piece, RoundFigures.of(values)));
        figures.forEach((piece, f) -> out.printf(Locale.US, "  %-21s %s ns/operation%n", piece, text(f, 1)));
        BenchResult.Pieces pieces = new BenchResult.Pieces(operations, pending, figures, RoundFigures.of(ratio));
        out.printf(Locale.US, "  event list, engine / hand-heap: %s x per event%n", text(pieces.eventListRatio(), 2));
        out.flush();
        return pieces;
    }

    /** The engine's pieces, then the models' (which sim-core cannot see): one round of each, by round number. */
    private List<TimedPiece> timedPieces() {
        List<TimedPiece> pieces = new ArrayList<>();
        for (PieceBenchmark.Piece piece : PieceBenchmark.Piece.values()) {
            pieces.add(new TimedPiece(piece.id(), seed -> PieceBenchmark.run(piece, operations, pending, seed).nanosPerOperation()));
        }
        for (ModelPieceBenchmark.Piece piece : ModelPieceBenchmark.Piece.values()) {
            pieces.add(new TimedPiece(piece.id(), seed -> ModelPieceBenchmark.run(piece, operations, seed).nanosPerOperation()));
        }
        return pieces;
    }

    /** A hot piece by its name in the output, and one round of it: ns per operation for a round's seed. */
    private record TimedPiece(String id, IntToDoubleFunction nanosPerOperation) {
    }

    /** Warm-up runs, then the measured runs of one scenario. */
    private BenchResult.Model model(PrintWriter out, ScenarioSpec spec, String settings) throws ScenarioException {
        out.printf(Locale.US, "model: %s %s, %d warm-up + %d measured runs, counted after its %s warm-up%n",
                spec.name(), settings, modelWarmupRounds, modelRounds, Units.formatDuration(spec.warmupSeconds()));
        out.flush();
        for (int i = 0; i < modelWarmupRounds; i++) {
            ModelBench.measure(spec);
        }
        double[] perEvent = new double[modelRounds];
        double[] perRequest = new double[modelRounds];
        double[] requestsPerSecond = new double[modelRounds];
        double[] bytesPerRequest = new double[modelRounds];
        ModelBench.Measurement last = null;
        for (int i = 0; i < modelRounds; i++) {
            last = ModelBench.measure(spec);
            perEvent[i] = last.nanosPerEvent();
            perRequest[i] = last.nanosPerRequest();
            requestsPerSecond[i] = last.simulatedRequestsPerSecond();
            bytesPerRequest[i] = last.bytesPerRequest();
            out.printf(Locale.US, "  run %d: %,d requests, %,d events in %.2f s%n", i + 1, last.requests(),
                    last.events(), last.wallSeconds());
            out.flush();
        }
        BenchResult.Model figures = new BenchResult.Model(spec.name(), settings, last.requests(), last.events(),
                last.warmupEvents(), RoundFigures.of(perEvent), RoundFigures.of(perRequest),
                RoundFigures.of(requestsPerSecond), RoundFigures.of(bytesPerRequest));
        RoundFigures rps = figures.simulatedRequestsPerSecond();
        out.printf(Locale.US, "  %.2f events per request, %s ns/event, %s ns/request, %.3f M simulated requests/s "
                        + "(%.3f-%.3f), %s bytes allocated/request%n", figures.eventsPerRequest(),
                text(figures.nanosPerEvent(), 1), text(figures.nanosPerRequest(), 0), rps.median() / 1e6,
                rps.min() / 1e6, rps.max() / 1e6, text(figures.bytesPerRequest(), 0));
        out.flush();
        return figures;
    }

    private static String text(RoundFigures f, int decimals) {
        String number = "%." + decimals + "f";
        return String.format(Locale.US, number + " (" + number + "-" + number + ")", f.median(), f.min(), f.max());
    }

    /** Refuses a --json file in a folder that does not exist before the bench spends minutes measuring. */
    private void checkJsonFolder() throws ScenarioException {
        if (json == null) {
            return;
        }
        Path folder = json.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ScenarioException(List.of(new Issue(json.toString(), 0, 0, "",
                    "--json: folder " + folder + " does not exist")));
        }
        if (Files.isDirectory(json)) {
            throw new ScenarioException(List.of(new Issue(json.toString(), 0, 0, "",
                    "--json: is a folder; give a file name such as bench.json")));
        }
    }

    private void writeJson(String text) throws ScenarioException {
        try {
            Files.writeString(json, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Issue(json.toString(), 0, 0, "",
                    "--json: cannot write the file: " + e.getMessage())));
        }
    }

    /** The engine's measured rounds, per model, and the ratios paired within each round. */
    private final class EngineRounds {
        private final Map<EngineBenchmark.Model, double[]> perEvent = new EnumMap<>(EngineBenchmark.Model.class);
        private final Map<EngineBenchmark.Model, double[]> perCustomer = new EnumMap<>(EngineBenchmark.Model.class);
        private final Map<EngineBenchmark.Model, Long> events = new EnumMap<>(EngineBenchmark.Model.class);
        private final double[] perEventRatio;
        private final double[] perCustomerRatio;
        private final double[] twoEventRatio;
        private int measured;

        EngineRounds(int rounds) {
            for (EngineBenchmark.Model model : EngineBenchmark.Model.values()) {
                perEvent.put(model, new double[rounds]);
                perCustomer.put(model, new double[rounds]);
            }
            perEventRatio = new double[rounds];
            perCustomerRatio = new double[rounds];
            twoEventRatio = new double[rounds];
        }

        void add(int index, Map<EngineBenchmark.Model, Measurement> round) {
            round.forEach((model, m) -> {
                perEvent.get(model)[index] = m.nanosPerEvent();
                perCustomer.get(model)[index] = m.nanosPerCustomer();
                events.put(model, m.events());
            });
            Measurement heap = round.get(EngineBenchmark.Model.HAND_HEAP);
            Measurement engine = round.get(EngineBenchmark.Model.ENGINE);
            perEventRatio[index] = engine.nanosPerEvent() / heap.nanosPerEvent();
            perCustomerRatio[index] = engine.nanosPerCustomer() / heap.nanosPerCustomer();
            twoEventRatio[index] = round.get(EngineBenchmark.Model.ENGINE_TWO_EVENT).nanosPerCustomer()
                    / heap.nanosPerCustomer();
            measured = Math.max(measured, index + 1);
        }

        BenchResult result(BenchResult.Pieces pieces, List<BenchResult.Model> models, BenchResult.Scaling scaling) {
            List<BenchResult.Engine> engine = new ArrayList<>();
            for (EngineBenchmark.Model model : EngineBenchmark.Model.values()) {
                engine.add(new BenchResult.Engine(model, events.get(model), RoundFigures.of(perEvent.get(model)),
                        RoundFigures.of(perCustomer.get(model))));
            }
            return new BenchResult(customers, warmupRounds, engine, RoundFigures.of(perEventRatio),
                    RoundFigures.of(perCustomerRatio), RoundFigures.of(twoEventRatio), pieces, modelWarmupRounds,
                    models, scaling);
        }
    }
}
