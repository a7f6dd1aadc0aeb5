package io.cloudmart.sim.scenario.cli;

import static io.cloudmart.sim.scenario.cli.ShownText.SHOWN_CHARS;
import static io.cloudmart.sim.scenario.cli.ShownText.shown;
import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cloudmart.sim.scenario.cli.CatalogMutants.Mutant;

/**
 * The failures {@link MutatedCatalogTest} found, grouped: a failure is its check plus the wording of
 * the offending message, with file, location, field path, quoted values and numbers taken out, so
 * that a thousand mutants refused the same wrong way are one entry, counted, with the first mutant
 * that showed it as the reproducer. Also lists the calls that came close to the time limit. The lanes
 * record into it concurrently: every method that touches the records holds {@code this}.
 */
final class FailureReport {
    private static final String KEEP_PROPERTY = "mutatedCatalog.keep";
    private static final int TEMPLATE_CHARS = 60;
    private static final Pattern LOCATION = Pattern.compile("^:(\\d+(:\\d+)?:)? ");
    private static final Pattern LEADING_PATH = Pattern.compile("^[^ ]*?: ");
    private static final Pattern DOTTED_PATH = Pattern.compile("[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;?] ");

    /** Guarded by {@code this}: the lanes record into it concurrently. */
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final List<String> slowCalls = new ArrayList<>();

    /** A distinct failure: how often it was seen, which variants, and the first mutant that showed it. */
    private static final class Failure {
        final String example;
        final Set<String> variants = new TreeSet<>();
        int count;

        Failure(String example) {
            this.example = example;
        }
    }

    /** The distinct failures so far, by {@code check | template}; read it once the lanes are done. */
    synchronized Map<String, ?> failures() {
        return Collections.unmodifiableMap(failures);
    }

    void fail(Mutant mutant, String check, String template, String offending) {
        failVariant(mutant, check, template, "", offending);
    }

    synchronized void failVariant(Mutant mutant, String check, String template, String variant, String offending) {
        Failure failure = failures.computeIfAbsent(check + " | " + template, k -> {
            keep(mutant);
            return new Failure(mutant.reproducer() + "\n        output: " + shown(offending));
        });
        failure.count++;
        if (!variant.isEmpty()) {
            failure.variants.addAll(Arrays.asList(variant.split(" ")));
        }
    }

    synchronized void noteSlow(String call) {
        slowCalls.add(call);
    }

    /** A message reduced to its wording, for grouping: no file, location, field path, quoted value or number. */
    static String template(String line, String name) {
        String text = line.startsWith(name) ? LOCATION.matcher(line.substring(name.length())).replaceFirst("") : line;
        text = text.substring(0, Math.min(text.length(), SHOWN_CHARS)); // the patterns below are slow on long lines
        text = LEADING_PATH.matcher(text).replaceFirst("<path>: ");
        text = DOTTED_PATH.matcher(text.replaceAll("'[^']*'", "'…'")).replaceAll("<path>").replaceAll("\\d+", "N");
        Matcher end = SENTENCE_END.matcher(text);
        text = end.find() ? text.substring(0, end.start()) : text;
        return shown(text.length() > TEMPLATE_CHARS ? text.substring(0, TEMPLATE_CHARS) + "…" : text);
    }

    static String describe(Throwable e) {
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

    /** The summary line, then up to {@code limit} distinct failures, each with a reproducer, then the slow calls. */
    synchronized String text(long seed, int checked, int limit) {
        String listed = failures.entrySet().stream().limit(limit).map(e -> String.format("%n  [%d×] %s%s%n        %s",
                e.getValue().count, e.getKey(), e.getValue().variants.isEmpty() ? "" : " " + e.getValue().variants,
                e.getValue().example)).collect(Collectors.joining());
        String slow = slowCalls.stream().map(s -> String.format("%n  slow: %s", s))
                .collect(Collectors.joining());
        return String.format("seed %d: %d mutants checked, %d distinct failures (%d listed)%s%s", seed,
                checked, failures.size(), Math.min(failures.size(), limit), listed, slow);
    }
}
