package io.cloudmart.sim.scenario.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.scenario.build.ShopAssembler;
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
 */
class MutatedCatalogTest {
    private static final long SEED = 20_261_127L;
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;
    private static final String SEED_PROPERTY = "mutatedCatalog.seed";
    private static final String ONLY_PROPERTY = "mutatedCatalog.only";
    private static final String KEEP_PROPERTY = "mutatedCatalog.keep";
    private static final int MUTANTS = 3000;
    private static final int MAX_OPERATORS_PER_MUTANT = 3;
    private static final int MAX_LANES = 2;
    private static final long CALL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(3);
    /** Calls slower than this are listed in the report (failed only over the limit): they come close. */
    private static final long SLOW_NOTE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long ABANDON_WAIT_SECONDS = 10;
    /** After this many calls that overran the limit, stop: each one may leave a thread behind. */
    private static final int MAX_HANGS = 5;
    private static final int MAX_LINE_CHARS = 1000;
    private static final int MAX_FAILURES_LISTED = 30;
    private static final int SHOWN_CHARS = 240;
    private static final int TEMPLATE_CHARS = 60;
    private static final int BRIEF_CHARS = 40;
    private static final int LONG_VALUE_CHARS = 100_000;
    private static final String SET_PREFIX = "--set ";
    private static final String PROBED_SOURCE = "mmc-check.yaml";
    private static final List<String> FORBIDDEN_IN_MESSAGES =
            List.of("Exception", "\tat ", "io.cloudmart", "com.fasterxml", "org.yaml", "internal error");
    private static final List<String> CSV_FILES = List.of("arrivals.csv", "rates.csv", "samples.csv");

    /** Values written after {@code key: }, as raw YAML (quoted where the quotes are the point). */
    private static final List<String> HOSTILE_VALUES = List.of("0", "-1", "1e309", "-1e309", ".inf", "-.inf", ".nan",
            "9223372036854775808", "2147483648", "1e-320", "\"\"", "''", "~", "null", "true", "[]", "{}", "[1, {]]",
            "*a", "&a x", "!!binary AAAA", "!!str 1", "x".repeat(LONG_VALUE_CHARS), "9".repeat(LONG_VALUE_CHARS),
            "\"\\e[31mred\\e[0m\"", "\"two\\nlines\"", "\"\\u202Egnp.exe\"", "1e12", "10000000h", "1ns", "-0", "1_000",
            "exponential(mean=0s)", "exponential(mean=1e309ms)", "constant(value=-1ms)", "uniform(min=5ms, max=1ms)",
            "gamma(shape=0, mean=1ms)", "weibull(shape=1e-320, scale=1ms)",
            "lognormal(median=1ms, p99=1e300h)", "\"lognormal(median=1ms, p99=1e300h)\"",
            "erlang(k=999999999, mean=1ms)", "\"erlang(k=999999999, mean=1ms)\"",
            "empirical(file=nope.csv)", "empirical(file=samples.csv)", "empirical(file=.)", "{ replcas: 2, wieght: 1 }");
    /** Values that can take the whole JVM's memory or time: probed once, alone, on a distribution. */
    private static final List<String> EXHAUSTING_VALUES = List.of("empirical(file=/dev/zero)");
    /** Keys that replace a key: raw control characters, or YAML escapes that produce them. */
    private static final List<String> HOSTILE_KEYS = List.of("na\u001bme", "na\u0007me", "\u202Ename", "na\rme",
            "\"na\\e[31mme\"", "\"na\\0me\"", "\"na\\u202Eme\"", "\"na\\rme\"", "\"na\\x7fme\"", "\"na\\nme\"",
            "\"na\\x85me\"");
    /** Inserted as bytes: controls, bidi marks, a BOM, bytes that are not UTF-8, and YAML indicators. */
    private static final List<String> JUNK = List.of("\0", "\u001b", "\r", "\t", "\u007f", utf8("\u202E"),
            utf8("\u2066"), utf8("\uFEFF"), utf8("\u0085"), utf8("\u2028"), utf8("\u001b[31m"), utf8("\u00e9"),
            utf8("\uD83D\uDE00"), "\u00ff", "\u00c3", "\u0080", "\u00ed\u00a0\u0080", "\u00f8\u0088\u0080\u0080\u0080",
            ":", "- ", "#", "{", "]", "'", "\"", "&", "*", "!", "|", ">", "%", "@", "`");
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):(?= |$)");
    private static final Pattern LOCATION = Pattern.compile("^:(\\d+(:\\d+)?:)? ");
    private static final Pattern LEADING_PATH = Pattern.compile("^[^ ]*?: ");
    private static final Pattern DOTTED_PATH = Pattern.compile("[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;?] ");

    @TempDir
    Path dir;

    /** Guarded by {@code this}: the lanes record into it concurrently. */
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final List<String> slowCalls = new ArrayList<>();
    private final AtomicInteger hangs = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();

    /** A scenario file to mutate; {@code bytes} holds one Latin-1 char per byte. */
    private record Source(String name, String bytes) {
    }

    /** One change: the operator, the hostile text it brought in (or ""), and where it went. */
    private record Mutation(String operator, String token, String detail) {
        @Override
        public String toString() {
            return operator + " " + detail;
        }
    }

    /** The text of a mutant after one more change. */
    private record Step(String bytes, Mutation mutation) {
    }

    /** A mutated copy of a source file; {@code bytes} holds one Latin-1 char per byte. */
    private record Mutant(String label, Source source, List<Mutation> mutations, String bytes) {
        String reproducer() {
            return label + " of " + source.name() + ": " + mutations;
        }

        String fileName() {
            return label.replaceAll("[^A-Za-z0-9]+", "-") + "-" + source.name();
        }

        String tokens() {
            return mutations.stream().map(Mutation::token).filter(t -> !t.isEmpty()).map(MutatedCatalogTest::brief)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** A distinct failure: how often it was seen, which variants, and the first mutant that showed it. */
    private static final class Failure {
        final String example;
        final Set<String> variants = new TreeSet<>();
        int count;

        Failure(String example) {
            this.example = example;
        }
    }

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
        Integer only = Integer.getInteger(ONLY_PROPERTY);
        if (only != null) {
            try (Guard guard = new Guard()) {
                check(mutant(seed, only, sources), guard);
            }
        } else {
            probeExhaustingValues(sources);
            checkInLanes(seed, sources);
        }
        System.out.printf("%d mutants in %.1f s wall, %.1f s CPU (this JVM)%n", checked.get(),
                (System.nanoTime() - startNanos) / 1e9, processCpu().minus(startCpu).toMillis() / 1e3);
        System.out.println(report(seed, Integer.MAX_VALUE));
        assertThat(failures).withFailMessage(() -> report(seed, MAX_FAILURES_LISTED)).isEmpty();
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

    /** Each exhausting value as the first {@code work:} of {@link #PROBED_SOURCE}, with nothing else running. */
    private void probeExhaustingValues(List<Source> sources) throws IOException {
        Source source = sources.stream().filter(s -> s.name().equals(PROBED_SOURCE)).findFirst().orElseThrow();
        List<String> lines = lines(source.bytes());
        int n = indexesOf(lines, line -> line.contains("work: ")).get(0);
        try (Guard guard = new Guard()) {
            for (String value : EXHAUSTING_VALUES) {
                List<String> probed = new ArrayList<>(lines);
                probed.set(n, lines.get(n).substring(0, lines.get(n).indexOf("work: ") + "work: ".length()) + value);
                Mutation mutation = new Mutation("HOSTILE_VALUE", value, "line " + (n + 1) + " -> " + probed.get(n));
                check(new Mutant("probe " + value, source, List.of(mutation), String.join("\n", probed)), guard);
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
                check(mutant(seed, i, sources), guard);
            }
        }
        return null;
    }

    // ---- mutants -------------------------------------------------------------------------------------

    private static Mutant mutant(long seed, int index, List<Source> sources) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * SEED_MIX));
        Source source = sources.get(index % sources.size());
        String bytes = source.bytes();
        List<Mutation> mutations = new ArrayList<>();
        for (int k = 1 + random.nextInt(MAX_OPERATORS_PER_MUTANT); k > 0; k--) {
            Step step = Operator.pick(random).apply(bytes, random);
            bytes = step.bytes();
            mutations.add(step.mutation());
        }
        String label = "seed " + seed + " mutant " + index + " (-D" + ONLY_PROPERTY + "=" + index + ")";
        return new Mutant(label, source, mutations, bytes);
    }

    /** The mutation operators; {@code weight} is how often each is drawn relative to the others. */
    private enum Operator {
        DELETE_LINE(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                List<String> lines = lines(text);
                int n = randomLine(lines, random);
                String removed = lines.remove(n);
                return step(lines, this, "", "line " + (n + 1) + " " + shownBytes(removed));
            }
        },
        DUPLICATE_LINE(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                List<String> lines = lines(text);
                int n = randomLine(lines, random);
                lines.add(n, lines.get(n));
                return step(lines, this, "", "line " + (n + 1) + " " + shownBytes(lines.get(n)));
            }
        },
        SWAP_LINES(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                List<String> lines = lines(text);
                int a = randomLine(lines, random);
                int b = randomLine(lines, random);
                String first = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, first);
                return step(lines, this, "", "lines " + (a + 1) + " and " + (b + 1));
            }
        },
        REINDENT(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                List<String> lines = lines(text);
                int n = randomLine(lines, random);
                int[] deltas = {-2, -1, 1, 2};
                int delta = deltas[random.nextInt(deltas.length)];
                String line = lines.get(n);
                int spaces = line.length() - line.stripLeading().length();
                lines.set(n, delta > 0 ? " ".repeat(delta) + line : line.substring(Math.min(-delta, spaces)));
                return step(lines, this, "", "line " + (n + 1) + " by " + delta + " " + shownBytes(lines.get(n)));
            }
        },
        TRUNCATE(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                return new Step(text.substring(0, at), new Mutation(name(), "", "at byte " + at));
            }
        },
        INSERT_JUNK(2) {
            @Override
            Step apply(String text, SplittableRandom random) {
                int at = random.nextInt(text.length() + 1);
                StringBuilder junk = new StringBuilder();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    junk.append(JUNK.get(random.nextInt(JUNK.size())));
                }
                String token = shownBytes(junk.toString());
                return new Step(text.substring(0, at) + junk + text.substring(at),
                        new Mutation(name(), token, "at byte " + at + ": " + token));
            }
        },
        HOSTILE_VALUE(6) {
            @Override
            Step apply(String text, SplittableRandom random) {
                List<String> lines = lines(text);
                List<Integer> candidates = indexesOf(lines, line -> line.contains(": ")
                        && !line.stripLeading().startsWith("#"));
                if (candidates.isEmpty()) {
                    return new Step(text, new Mutation(name(), "", "(no 'key: value' line)"));
                }
                int n = candidates.get(random.nextInt(candidates.size()));
                String value = HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
                lines.set(n, replaceValue(lines.get(n), utf8(value), random));
                return step(lines, this, value, "line " + (n + 1) + " -> " + shownBytes(lines.get(n)));
            }
        },
        KEY_TYPO(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                return replaceKey(text, random, this, MutatedCatalogTest::typo);
            }
        },
        CONTROL_KEY(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                return replaceKey(text, random, this, (key, r) -> utf8(HOSTILE_KEYS.get(r.nextInt(HOSTILE_KEYS.size()))));
            }
        },
        WRAP_IN_LIST(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                List<String> lines = lines(text);
                for (int n = 0; n < lines.size(); n++) {
                    lines.set(n, (n == 0 ? "- " : lines.get(n).isEmpty() ? "" : "  ") + lines.get(n));
                }
                return step(lines, this, "", "");
            }
        },
        SECOND_DOCUMENT(1) {
            @Override
            Step apply(String text, SplittableRandom random) {
                String[] seconds = {"name: other\n", text, "", "...\n"};
                int pick = random.nextInt(seconds.length);
                String ended = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
                return new Step(ended + "---\n" + seconds[pick], new Mutation(name(), "", "variant " + pick));
            }
        };

        private final int weight;

        Operator(int weight) {
            this.weight = weight;
        }

        abstract Step apply(String text, SplittableRandom random);

        static Operator pick(SplittableRandom random) {
            int draw = random.nextInt(Arrays.stream(values()).mapToInt(o -> o.weight).sum());
            for (Operator operator : values()) {
                draw -= operator.weight;
                if (draw < 0) {
                    return operator;
                }
            }
            throw new AssertionError("weights");
        }
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private static Step step(List<String> lines, Operator operator, String token, String detail) {
        return new Step(String.join("\n", lines), new Mutation(operator.name(), token, detail));
    }

    /** A random line, not the empty remainder after the final newline (unless that is all there is). */
    private static int randomLine(List<String> lines, SplittableRandom random) {
        int usable = lines.size() > 1 && lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
        return random.nextInt(usable);
    }

    private static List<Integer> indexesOf(List<String> lines, Predicate<String> test) {
        List<Integer> found = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (test.test(lines.get(n))) {
                found.add(n);
            }
        }
        return found;
    }

    /**
     * Replaces the text after one of the line's {@code ": "}: up to the next {@code ,} or {@code }} in
     * a flow mapping, else to the end of the line.
     */
    private static String replaceValue(String line, String value, SplittableRandom random) {
        List<Integer> colons = new ArrayList<>();
        for (int at = line.indexOf(": "); at >= 0; at = line.indexOf(": ", at + 1)) {
            colons.add(at);
        }
        int start = colons.get(random.nextInt(colons.size())) + 2;
        int end = line.length();
        if (line.lastIndexOf('{', start) >= 0) {
            for (int at = start; at < line.length(); at++) {
                if (line.charAt(at) == ',' || line.charAt(at) == '}') {
                    end = at;
                    break;
                }
            }
        }
        return line.substring(0, start) + value + line.substring(end);
    }

    private static Step replaceKey(String text, SplittableRandom random, Operator operator,
                                   BiFunction<String, SplittableRandom, String> newKey) {
        List<String> lines = lines(text);
        List<Integer> candidates = indexesOf(lines, line -> !line.stripLeading().startsWith("#")
                && KEY.matcher(line).find());
        if (candidates.isEmpty()) {
            return new Step(text, new Mutation(operator.name(), "", "(no key)"));
        }
        int n = candidates.get(random.nextInt(candidates.size()));
        String line = lines.get(n);
        List<int[]> spans = new ArrayList<>();
        for (Matcher keys = KEY.matcher(line); keys.find(); ) {
            spans.add(new int[] {keys.start(1), keys.end(1)});
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String key = newKey.apply(line.substring(span[0], span[1]), random);
        lines.set(n, line.substring(0, span[0]) + key + line.substring(span[1]));
        return step(lines, operator, shownBytes(key), "line " + (n + 1) + " -> " + shownBytes(lines.get(n)));
    }

    /** A near miss of {@code key}: a letter dropped, doubled, swapped or capitalised, or a plural. */
    private static String typo(String key, SplittableRandom random) {
        int at = random.nextInt(key.length());
        switch (random.nextInt(5)) {
            case 0:
                return key.length() > 1 ? key.substring(0, at) + key.substring(at + 1) : key + key;
            case 1:
                return key.substring(0, at + 1) + key.charAt(at) + key.substring(at + 1);
            case 2:
                return at + 1 < key.length()
                        ? key.substring(0, at) + key.charAt(at + 1) + key.charAt(at) + key.substring(at + 2) : key + "s";
            case 3:
                return key.substring(0, at) + Character.toUpperCase(key.charAt(at)) + key.substring(at + 1);
            default:
                return key + "s";
        }
    }

    /** The UTF-8 bytes of {@code text}, one Latin-1 char per byte. */
    private static String utf8(String text) {
        return new String(text.getBytes(UTF_8), ISO_8859_1);
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
            fail(mutant, "exit code " + cli.exitCode() + " (expected 0 or 2)", template(first, name), first);
        }
        Files.delete(file);
    }

    private void checkAccepted(Mutant mutant, String name, Cli cli, Guard guard) {
        if (!cli.err().isEmpty()) {
            fail(mutant, "exit 0 but stderr is not empty", template(cli.err(), name), cli.err());
        }
        if (!cli.out().startsWith(name + ": ok")) {
            fail(mutant, "exit 0 without '<file>: ok' on stdout", "", cli.out());
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
            fail(mutant, "exit 2 with nothing on stderr", "", cli.out());
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
            fail(mutant, "stderr line does not start with the file name", "continues: " + template(previous, name),
                    previous + "\n" + line);
        }
        for (String forbidden : FORBIDDEN_IN_MESSAGES) {
            if (line.contains(forbidden)) {
                fail(mutant, "stderr line contains '" + shown(forbidden) + "'", template(line, name), line);
            }
        }
        String controls = line.chars().filter(MutatedCatalogTest::isRawControl).distinct()
                .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
        if (!controls.isEmpty()) {
            failVariant(mutant, "stderr line contains raw control characters", template(line, name), controls, line);
        }
        if (line.length() > MAX_LINE_CHARS) {
            fail(mutant, "stderr line longer than " + MAX_LINE_CHARS + " chars", template(line, name), line);
        }
    }

    /** C0 controls (tab and CR included), DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
    private static boolean isRawControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
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
                fail(mutant, what + " did not finish within " + CALL_LIMIT_NANOS / 1e9 + " s", mutant.tokens(), "");
                noteSlow(String.format("%s did not finish, %s: %s", what, mutant.tokens(), mutant.reproducer()));
                abandonWorker(mutant, what);
            } catch (ExecutionException e) {
                fail(mutant, whenThrown, describe(e.getCause()), describe(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Optional.empty();
        }

        private void noteTime(Mutant mutant, String what, long nanos) {
            if (nanos > CALL_LIMIT_NANOS) {
                fail(mutant, what + " took longer than " + CALL_LIMIT_NANOS / 1e9 + " s", mutant.tokens(), "");
            } else if (nanos > SLOW_NOTE_NANOS) {
                noteSlow(String.format("%s %.2f s, %s: %s", what, nanos / 1e9, mutant.tokens(), mutant.reproducer()));
            }
        }

        private void abandonWorker(Mutant mutant, String what) {
            hangs.incrementAndGet();
            worker.shutdownNow();
            try {
                if (!worker.awaitTermination(ABANDON_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    fail(mutant, what + " ignores interruption (still running " + ABANDON_WAIT_SECONDS + " s later)",
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

    private synchronized void noteSlow(String call) {
        slowCalls.add(call);
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---- failures and the report ---------------------------------------------------------------------

    private void fail(Mutant mutant, String check, String template, String offending) {
        failVariant(mutant, check, template, "", offending);
    }

    private synchronized void failVariant(Mutant mutant, String check, String template, String variant,
                                          String offending) {
        Failure failure = failures.computeIfAbsent(check + " | " + template, k -> {
            keep(mutant);
            return new Failure(mutant.reproducer() + "\n        output: " + shown(offending));
        });
        failure.count++;
        if (!variant.isEmpty()) {
            failure.variants.addAll(Arrays.asList(variant.split(" ")));
        }
    }

    /** A message reduced to its wording, for grouping: no file, location, field path, quoted value or number. */
    private static String template(String line, String name) {
        String text = line.startsWith(name) ? LOCATION.matcher(line.substring(name.length())).replaceFirst("") : line;
        text = text.substring(0, Math.min(text.length(), SHOWN_CHARS)); // the patterns below are slow on long lines
        text = LEADING_PATH.matcher(text).replaceFirst("<path>: ");
        text = DOTTED_PATH.matcher(text.replaceAll("'[^']*'", "'…'")).replaceAll("<path>").replaceAll("\\d+", "N");
        Matcher end = SENTENCE_END.matcher(text);
        text = end.find() ? text.substring(0, end.start()) : text;
        return shown(text.length() > TEMPLATE_CHARS ? text.substring(0, TEMPLATE_CHARS) + "…" : text);
    }

    private static String describe(Throwable e) {
        StackTraceElement where = Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("io.cloudmart")).findFirst().orElse(null);
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\d+", "N");
        return e.getClass().getSimpleName() + shown(message) + (where == null ? "" : " at " + where);
    }

    /** With {@code -DmutatedCatalog.keep=DIR}, the first mutant of each failure is saved there. */
    private static void keep(Mutant mutant) {
        String folder = System.getProperty(KEEP_PROPERTY);
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, mutant.fileName()), mutant.bytes().getBytes(ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes (one Latin-1 char each) shown as the UTF-8 text they spell, invalid bytes as U+FFFD. */
    private static String shownBytes(String bytes) {
        return shown(new String(bytes.getBytes(ISO_8859_1), UTF_8));
    }

    private static String brief(String text) {
        return text.length() <= BRIEF_CHARS ? text : text.substring(0, BRIEF_CHARS / 2) + "…(" + text.length() + " chars)";
    }

    /** {@code text} with control and bidi characters escaped, cut to a readable length. */
    private static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (shown.length() >= SHOWN_CHARS) {
                return shown.append("…(").append(text.length()).append(" chars)").toString();
            }
            shown.append(isRawControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return shown.toString();
    }

    private synchronized String report(long seed, int limit) {
        String listed = failures.entrySet().stream().limit(limit).map(e -> String.format("%n  [%d×] %s%s%n        %s",
                e.getValue().count, e.getKey(), e.getValue().variants.isEmpty() ? "" : " " + e.getValue().variants,
                e.getValue().example)).collect(Collectors.joining());
        String slow = slowCalls.stream().map(s -> String.format("%n  slow: %s", s))
                .collect(Collectors.joining());
        return String.format("seed %d: %d mutants checked, %d distinct failures (%d listed)%s%s", seed,
                checked.get(), failures.size(), Math.min(failures.size(), limit), listed, slow);
    }
}
