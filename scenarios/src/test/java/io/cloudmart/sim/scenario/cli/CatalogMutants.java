package io.cloudmart.sim.scenario.cli;

import static io.cloudmart.sim.scenario.cli.ShownText.shownBytes;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mutant generator of {@link MutatedCatalogTest}: damaged copies of scenario files, each made by
 * one to three mutation operators (lines deleted, duplicated, swapped or re-indented, a truncation,
 * junk bytes, hostile values and keys, key typos, a list wrapper, a second document).
 *
 * <p>Mutant {@code i} is drawn from its own stream seeded with ({@code seed}, {@code i}), so it can
 * be rebuilt alone, in any order and on any thread: the same seed and index give the same mutant,
 * byte for byte. Texts hold one Latin-1 char per byte, so that bytes which are not UTF-8 survive.
 */
final class CatalogMutants {
    /** The system property that checks one mutant alone; each mutant's label says how to rebuild it. */
    static final String ONLY_PROPERTY = "mutatedCatalog.only";
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;
    private static final int MAX_OPERATORS_PER_MUTANT = 3;
    private static final int LONG_VALUE_CHARS = 100_000;
    private static final String PROBED_SOURCE = "mmc-check.yaml";
    /** Values that can take the whole JVM's memory or time: probed once, alone, on a distribution. */
    private static final List<String> EXHAUSTING_VALUES = List.of("empirical(file=/dev/zero)");

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

    /** A scenario file to mutate; {@code bytes} holds one Latin-1 char per byte. */
    record Source(String name, String bytes) {
    }

    /** One change: the operator, the hostile text it brought in (or ""), and where it went. */
    record Mutation(String operator, String token, String detail) {
        @Override
        public String toString() {
            return operator + " " + detail;
        }
    }

    /** The text of a mutant after one more change. */
    private record Step(String bytes, Mutation mutation) {
    }

    /** A mutated copy of a source file; {@code bytes} holds one Latin-1 char per byte. */
    record Mutant(String label, Source source, List<Mutation> mutations, String bytes) {
        String reproducer() {
            return label + " of " + source.name() + ": " + mutations;
        }

        String fileName() {
            return label.replaceAll("[^A-Za-z0-9]+", "-") + "-" + source.name();
        }

        String tokens() {
            return mutations.stream().map(Mutation::token).filter(t -> !t.isEmpty()).map(ShownText::brief)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    private CatalogMutants() {
    }

    /**
     * Mutant {@code index} of the population drawn with {@code seed}: a copy of source
     * {@code index mod sources.size()} after one to {@link #MAX_OPERATORS_PER_MUTANT} operators.
     */
    static Mutant mutant(long seed, int index, List<Source> sources) {
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

    /** Each exhausting value as the first {@code work:} of {@link #PROBED_SOURCE}, one mutant per value. */
    static List<Mutant> exhaustingProbes(List<Source> sources) {
        Source source = sources.stream().filter(s -> s.name().equals(PROBED_SOURCE)).findFirst().orElseThrow();
        List<String> lines = lines(source.bytes());
        int n = indexesOf(lines, line -> line.contains("work: ")).get(0);
        List<Mutant> probes = new ArrayList<>();
        for (String value : EXHAUSTING_VALUES) {
            List<String> probed = new ArrayList<>(lines);
            probed.set(n, lines.get(n).substring(0, lines.get(n).indexOf("work: ") + "work: ".length()) + value);
            Mutation mutation = new Mutation("HOSTILE_VALUE", value, "line " + (n + 1) + " -> " + probed.get(n));
            probes.add(new Mutant("probe " + value, source, List.of(mutation), String.join("\n", probed)));
        }
        return probes;
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
                return replaceKey(text, random, this, CatalogMutants::typo);
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
}
