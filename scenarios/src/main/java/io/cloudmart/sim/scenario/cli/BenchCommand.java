package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.cloudmart.sim.core.bench.EngineBenchmark;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.output.Figures;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cmsim bench}: how fast the simulator runs on this machine.
 * <ol>
 * <li>Engine: an M/M/1 at ρ = 0.9 through our {@code Simulation} API, events per wall second
 * (median of the measured rounds, after warm-up rounds that let the JIT compile).</li>
 * <li>Model: a whole scenario (default {@code mmc-check} for 200 h, about 21M requests, then
 * {@code cloudmart} and {@code flash-sale} for 1 h each), simulated requests per wall second of the
 * simulation itself, and engine events per request.</li>
 * </ol>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measure engine events per second and simulated requests per second on this machine.")
final class BenchCommand implements Callable<Integer> {
    /** Only for --help: Main reads --debug itself. */
    @picocli.CommandLine.Mixin
    private DebugOption debugOption;

    @Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--customers", paramLabel = "N", description = "customers in the engine M/M/1 (default: ${DEFAULT-VALUE})")
    private long customers = 2_000_000;

    @Option(names = "--rounds", paramLabel = "N", description = "measured engine rounds (default: ${DEFAULT-VALUE})")
    private int rounds = 5;

    @Option(names = "--warmup-rounds", paramLabel = "N", description = "unmeasured engine rounds first (default: ${DEFAULT-VALUE})")
    private int warmupRounds = 2;

    @Option(names = "--scenario", paramLabel = "<scenario>",
            description = "scenario for the model figure (default: mmc-check for 200 h, then cloudmart and flash-sale for 1 h)")
    private String scenario;

    @Option(names = "--set", paramLabel = "path=value", description = "override for --scenario (repeatable)")
    private List<String> overrides = new ArrayList<>();

    /**
     * The default model benchmarks: the figures (mmc-check 200 h; cloudmart 1 h), and
     * flash-sale's hour (its own length), whose autoscaler, pod start-ups and scrapes add events.
     */
    private static final List<List<String>> DEFAULT_MODELS = List.of(
            List.of("mmc-check", "duration=200h"), List.of("cloudmart", "duration=1h"),
            List.of("flash-sale", "duration=1h"));

    @Override
    public Integer call() throws ScenarioException {
        var out = commandSpec.commandLine().getOut();
        if (customers < 1 || rounds < 1 || warmupRounds < 0) {
            throw new picocli.CommandLine.ParameterException(commandSpec.commandLine(),
                    "--customers and --rounds must be >= 1, --warmup-rounds >= 0");
        }
        List<List<String>> models = scenario == null ? DEFAULT_MODELS : List.of(withOverrides());
        List<ScenarioSpec> specs = new ArrayList<>();
        for (List<String> model : models) {
            specs.add(new ScenarioSource().load(model.get(0), model.subList(1, model.size())));
        }
        out.printf(Locale.US, "engine: M/M/1 at rho = 0.9, %,d customers, %d warm-up + %d measured rounds%n",
                customers, warmupRounds, rounds);
        out.flush();
        double[] rates = new double[rounds];
        for (int i = 0; i < warmupRounds + rounds; i++) {
            EngineBenchmark.Measurement m = EngineBenchmark.run(customers, i + 1);
            if (i >= warmupRounds) {
                rates[i - warmupRounds] = m.eventsPerSecond();
                out.printf(Locale.US, "  round %d: %,d events in %.3f s = %.2f M events/s%n", i - warmupRounds + 1,
                        m.events(), m.wallSeconds(), m.eventsPerSecond() / 1e6);
                out.flush();
            }
        }
        Arrays.sort(rates);
        out.printf(Locale.US, "engine events per second: median %.2f M (best %.2f M)%n",
                rates[rounds / 2] / 1e6, rates[rounds - 1] / 1e6);
        out.flush();

        for (int i = 0; i < specs.size(); i++) {
            model(specs.get(i), String.join(" ", models.get(i).subList(1, models.get(i).size())));
        }
        return ExitCode.OK.code();
    }

    private List<String> withOverrides() {
        List<String> model = new ArrayList<>(List.of(scenario));
        model.addAll(overrides);
        return model;
    }

    /** One replication of {@code spec}: simulated requests per wall second of the simulation itself. */
    private void model(ScenarioSpec spec, String settings) {
        var out = commandSpec.commandLine().getOut();
        ExperimentResult result = new ReplicationRunner(1)
                .run(ShopAssembler.settings(spec), 1, ShopAssembler.shop(spec));
        double requests = new Figures(result).count("client.requests").mean();
        double wall = result.replications().get(0).wallSeconds();
        out.printf(Locale.US, "model: %s %s, %,.0f requests, %,d events in %.2f s%n", spec.name(), settings,
                requests, result.totalEvents(), wall);
        out.printf(Locale.US, "  simulated requests per second: %.2f M (%.2f events per request)%n",
                requests / wall / 1e6, result.totalEvents() / requests);
        out.flush();
    }
}
