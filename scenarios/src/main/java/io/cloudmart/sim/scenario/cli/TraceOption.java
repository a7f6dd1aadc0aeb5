package io.cloudmart.sim.scenario.cli;

import io.cloudmart.sim.model.trace.TraceSampling;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --trace N} (the first N requests sent after the warm-up) and {@code --trace 1/K} (every K-th
 * request sent after the warm-up, at most {@link TraceSampling#EVERY_LIMIT}); anything else is refused with
 * one sentence saying what is allowed (exit code 2, through picocli's parameter error).
 */
final class TraceOption implements ITypeConverter<TraceSampling> {
    static final String ALLOWED = "expected N (trace the first N requests after the warm-up, 1 to "
            + TraceSampling.MAX_FIRST + ") or 1/K (every K-th request after the warm-up, K ≥ 1, at most "
            + TraceSampling.EVERY_LIMIT + " requests)";

    @Override
    public TraceSampling convert(String value) {
        String text = value.strip();
        int slash = text.indexOf('/');
        if (slash < 0) {
            long n = number(text, value);
            if (n < 1 || n > TraceSampling.MAX_FIRST) {
                throw refused(value);
            }
            return TraceSampling.first((int) n);
        }
        if (number(text.substring(0, slash), value) != 1) {
            throw refused(value);
        }
        long k = number(text.substring(slash + 1), value);
        if (k < 1) {
            throw refused(value);
        }
        return TraceSampling.everyKth(k);
    }

    private static long number(String digits, String value) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c == '-' || Character.isDigit(c))) {
            throw refused(value);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw refused(value);
        }
    }

    private static TypeConversionException refused(String value) {
        return new TypeConversionException("'" + value + "': " + ALLOWED);
    }
}
