package io.cloudmart.sim.scenario.cli;

import static io.cloudmart.sim.scenario.cli.FailureReport.describe;
import static io.cloudmart.sim.scenario.cli.FailureReport.template;
import static io.cloudmart.sim.scenario.cli.ShownText.shown;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.cli.CatalogMutants.Mutant;
import io.cloudmart.sim.scenario.cli.CatalogMutants.Source;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * Property test: a few thousand mutated copies of the bundled scenarios (and of the test shop with
 * its CSV files) go through {@code cmsim validate} in this JVM. Whatever the damage, the outcome is
 * exit 0, or exit 2 with readable lines that each name the file; no call takes more than a few
 * seconds; and what validates also assembles into a model (which is not run).
 *
 * <p>Mutant {@code i} is drawn from its own stream seeded with ({@link #SEED}, {@code i}), so it
 * can be rebuilt alone: {@code -DmutatedCatalog.only=i} checks just that one,
 * {@code -DmutatedCatalog.seed=N} draws another population, and {@code -DmutatedCatalog.keep=DIR}
 * saves the first mutant of each failure. Values that exhaust the JVM (an endless file) are probed
 * once, alone, before the others, so they cannot starve the mutants running beside them. Every
 * failure is collected; the assertion lists the distinct ones, each with a reproducer.
 *
 * <p>The mutants come from {@link CatalogMutants}; the failures are grouped and listed by
 * {@link FailureReport}. This class loads the sources, runs the calls and checks their outcome.
 */
class MutatedCatalogTest {
    private static final long SEED = 20_261_127L;
    private static final String SEED_PROPERTY = "mutatedCatalog.seed";
    private static final int MUTANTS = 3000;
    private static final int MAX_LANES = 2;
    private static final long CALL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(3);
    /** Calls slower than this are listed in the report (failed only over the limit): they come close. */
    private static final long SLOW_NOTE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long ABANDON_WAIT_SECONDS = 10;
    /** After this many calls that overran the limit, stop: each one may leave a thread behind. */
    private static final int MAX_HANGS = 5;
    private static final int MAX_LINE_CHARS = 1000;
    private static final int MAX_FAILURES_LISTED = 30;
    private static final String SET_PREFIX = "--set ";
    private static final List<String> FORBIDDEN_IN_MESSAGES =
            List.of("Exception", "\tat ", "io.cloudmart", "com.fasterxml", "org.yaml", "internal error");
    private static final List<String> CSV_FILES = List.of("arrivals.csv", "rates.csv", "samples.csv");

    @TempDir
    Path dir;

    private final FailureReport report = new FailureReport();
    private final AtomicInteger hangs = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();

    @Test
    void everyMutantIsAcceptedOrRefusedWithMessagesNamingTheFile() throws Exception {
        List<Source> sources = sources();
        for (Source source : sources) { // the originals are valid and assemble (and warm up both)
            String name = write(source.name(), source.bytes()).toString();
            Cli cli = Cli.run("validate", name);
            assertThat(cli.exitCode()).as(source.name() + ": " + cli.err()).isZero();
            assemble(name);
        }
        long startNanos = System.nanoTime();
        Duration startCpu = processCpu();
        long seed = Long.getLong(SEED_PROPERTY, SEED);
        Integer only = Integer.getInteger(CatalogMutants.ONLY_PROPERTY);
        if (only != null) {
            try (Guard guard = new Guard()) {
                check(CatalogMutants.mutant(seed, only, sources), guard);
            }
        } else {
            probeExhaustingValues(sources);
            checkInLanes(seed, sources);
        }
        System.out.printf("%d mutants in %.1f s wall, %.1f s CPU (this JVM)%n", checked.get(),
                (System.nanoTime() - startNanos) / 1e9, processCpu().minus(startCpu).toMillis() / 1e3);
        System.out.println(report.text(seed, checked.get(), Integer.MAX_VALUE));
        assertThat(report.failures()).withFailMessage(() -> report.text(seed, checked.get(), MAX_FAILURES_LISTED))
                .isEmpty();
    }

    // ---- sources and driving -------------------------------------------------------------------------

    private List<Source> sources() throws IOException, URISyntaxException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("catalog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                sources.add(new Source(file.getFileName().toString(), bytesOf(file)));
            }
        }
        assertThat(sources).hasSameSizeAs(CatalogTest.names());
        Path shop = Path.of(getClass().getResource("/load/cloudmart.yaml").toURI());
        sources.add(new Source("test-cloudmart.yaml", bytesOf(shop)));
        for (String csv : CSV_FILES) { // empirical(file=…) in a mutant resolves next to it
            Files.copy(shop.resolveSibling(csv), dir.resolve(csv));
        }
        return sources;
    }

    private static String bytesOf(Path file) throws IOException {
        return new String(Files.readAllBytes(file), ISO_8859_1);
    }

    private Path write(String name, String bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes.getBytes(ISO_8859_1));
        return file;
    }

    /** Each of {@link CatalogMutants#exhaustingProbes}, with nothing else running. */
    private void probeExhaustingValues(List<Source> sources) throws IOException {
        try (Guard guard = new Guard()) {
            for (Mutant probe : CatalogMutants.exhaustingProbes(sources)) {
                check(probe, guard);
            }
        }
    }

    private void checkInLanes(long seed, List<Source> sources) throws InterruptedException, ExecutionException {
        int lanes = Math.max(1, Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(lanes, daemons("mutant-lane"));
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int first = lane;
                running.add(pool.submit(() -> checkLane(seed, sources, first, lanes)));
            }
            for (Future<Void> lane : running) {
                lane.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Void checkLane(long seed, List<Source> sources, int first, int stride) throws IOException {
        try (Guard guard = new Guard()) {
            for (int i = first; i < MUTANTS && hangs.get() < MAX_HANGS; i += stride) {
                check(CatalogMutants.mutant(seed, i, sources), guard);
            }
        }
        return null;
    }

    // ---- checks --------------------------------------------------------------------------------------

    private void check(Mutant mutant, Guard guard) throws IOException {
        Path file = write(mutant.fileName(), mutant.bytes());
        String name = file.toString();
        checked.incrementAndGet();
        Optional<Cli> outcome = guard.run(mutant, "validate", "Cli.run threw", () -> Cli.run("validate", name));
        if (outcome.isEmpty()) {
            return;
        }
        Cli cli = outcome.get();
        if (cli.exitCode() == ExitCode.OK.code()) {
            checkAccepted(mutant, name, cli, guard);
        } else if (cli.exitCode() == ExitCode.BAD_INPUT.code()) {
            checkRefused(mutant, name, cli);
        } else {
            String first = cli.err().lines().findFirst().orElse("");
            report.fail(mutant, "exit code " + cli.exitCode() + " (expected 0 or 2)", template(first, name), first);
        }
        Files.delete(file);
    }

    private void checkAccepted(Mutant mutant, String name, Cli cli, Guard guard) {
        if (!cli.err().isEmpty()) {
            report.fail(mutant, "exit 0 but stderr is not empty", template(cli.err(), name), cli.err());
        }
        if (!cli.out().startsWith(name + ": ok")) {
            report.fail(mutant, "exit 0 without '<file>: ok' on stdout", "", cli.out());
        }
        guard.run(mutant, "assemble", "validate said ok but the model refuses it", () -> assemble(name));
    }

    /** Loads the scenario and wires its model on a fresh simulation, without running it. */
    private static ScenarioSpec assemble(String file) throws ScenarioException {
        ScenarioSpec spec = new ScenarioSource().load(file, List.of());
        ShopAssembler.shop(spec).assemble(new Simulation(ShopAssembler.settings(spec)));
        return spec;
    }

    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private void checkRefused(Mutant mutant, String name, Cli cli) {
        if (cli.err().isBlank()) {
            report.fail(mutant, "exit 2 with nothing on stderr", "", cli.out());
            return;
        }
        String previous = "";
        for (String line : cli.err().split("\n")) {
            checkLine(mutant, name, line, previous);
            previous = line;
        }
    }

    private void checkLine(Mutant mutant, String name, String line, String previous) {
        if (!line.startsWith(name + ":") && !line.startsWith(SET_PREFIX)) {
            report.fail(mutant, "stderr line does not start with the file name",
                    "continues: " + template(previous, name), previous + "\n" + line);
        }
        for (String forbidden : FORBIDDEN_IN_MESSAGES) {
            if (line.contains(forbidden)) {
                report.fail(mutant, "stderr line contains '" + shown(forbidden) + "'", template(line, name), line);
            }
        }
        String controls = line.chars().filter(ShownText::isRawControl).distinct()
                .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
        if (!controls.isEmpty()) {
            report.failVariant(mutant, "stderr line contains raw control characters", template(line, name), controls,
                    line);
        }
        if (line.length() > MAX_LINE_CHARS) {
            report.fail(mutant, "stderr line longer than " + MAX_LINE_CHARS + " chars", template(line, name), line);
        }
    }

    /** Runs calls of one lane on a worker thread, each under {@link #CALL_LIMIT_NANOS}. */
    private final class Guard implements AutoCloseable {
        private ExecutorService worker = Executors.newSingleThreadExecutor(daemons("mutant-worker"));

        /** The call's result; empty (after recording the failure) when it overran or threw. */
        <T> Optional<T> run(Mutant mutant, String what, String whenThrown, Callable<T> call) {
            long start = System.nanoTime();
            Future<T> future = worker.submit(call);
            try {
                T result = future.get(CALL_LIMIT_NANOS, TimeUnit.NANOSECONDS);
                noteTime(mutant, what, System.nanoTime() - start);
                return Optional.of(result);
            } catch (TimeoutException e) {
                report.fail(mutant, what + " did not finish within " + CALL_LIMIT_NANOS / 1e9 + " s", mutant.tokens(),
                        "");
                report.noteSlow(String.format("%s did not finish, %s: %s", what, mutant.tokens(),
                        mutant.reproducer()));
                abandonWorker(mutant, what);
            } catch (ExecutionException e) {
                report.fail(mutant, whenThrown, describe(e.getCause()), describe(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Optional.empty();
        }

        private void noteTime(Mutant mutant, String what, long nanos) {
            if (nanos > CALL_LIMIT_NANOS) {
                report.fail(mutant, what + " took longer than " + CALL_LIMIT_NANOS / 1e9 + " s", mutant.tokens(), "");
            } else if (nanos > SLOW_NOTE_NANOS) {
                report.noteSlow(String.format("%s %.2f s, %s: %s", what, nanos / 1e9, mutant.tokens(),
                        mutant.reproducer()));
            }
        }

        private void abandonWorker(Mutant mutant, String what) {
            hangs.incrementAndGet();
            worker.shutdownNow();
            try {
                if (!worker.awaitTermination(ABANDON_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    report.fail(mutant,
                            what + " ignores interruption (still running " + ABANDON_WAIT_SECONDS + " s later)",
                            mutant.tokens(), "");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = Executors.newSingleThreadExecutor(daemons("mutant-worker"));
        }

        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
