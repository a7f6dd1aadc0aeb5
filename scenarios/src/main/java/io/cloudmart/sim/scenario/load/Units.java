package io.cloudmart.sim.scenario.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities with units, parsed at the edge and written back: durations ({@code 250ms},
 * {@code 1h30m}), CPU ({@code 2}, {@code 0.5}, {@code 500m}) and memory ({@code 512Mi},
 * {@code 1G}).
 *
 * <p>Parsing is exact: the decimal text is scaled with {@link BigDecimal} and rounded to a double
 * once, so {@code 100ms} is the same double as {@code 0.1}. Formatting picks a unit that writes the
 * value exactly, so {@code parse(format(x)) == x} for every finite x.
 *
 * <p>Parse methods throw {@link IllegalArgumentException} whose message is meant for the user, e.g.
 * {@code unknown unit 'sx' in '10sx'; use ns, us, ms, s, m, h or d}.
 */
public final class Units {
    /** Duration units and their length in seconds, largest first (the order {@link #formatDuration} tries). */
    private static final Map<String, BigDecimal> DURATION_UNITS = new LinkedHashMap<>();
    /** Memory suffixes and their size in bytes: 1024-based first, largest first, then 1000-based. */
    private static final Map<String, BigInteger> BINARY_MEMORY_UNITS = new LinkedHashMap<>();
    private static final Map<String, BigInteger> DECIMAL_MEMORY_UNITS = new LinkedHashMap<>();
    private static final BigDecimal BYTES_PER_MIB = BigDecimal.valueOf(1L << 20);
    private static final BigDecimal MILLI = new BigDecimal("0.001");
    private static final int MAX_FORMAT_DECIMALS = 3;

    static final String DURATION_UNIT_LIST = "ns, us, ms, s, m, h or d";
    private static final String DURATION_EXAMPLE = "a duration like 250ms, 1.5s, 5m or 2h";
    private static final String MEMORY_UNIT_LIST =
            "Ki, Mi, Gi, Ti (powers of 1024), k, M, G, T (powers of 1000) or no unit for bytes";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)([A-Za-zµ]*)");
    private static final Pattern QUANTITY = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))([A-Za-z]*)");

    static {
        DURATION_UNITS.put("d", BigDecimal.valueOf(86_400));
        DURATION_UNITS.put("h", BigDecimal.valueOf(3_600));
        DURATION_UNITS.put("m", BigDecimal.valueOf(60));
        DURATION_UNITS.put("s", BigDecimal.ONE);
        DURATION_UNITS.put("ms", new BigDecimal("1e-3"));
        DURATION_UNITS.put("us", new BigDecimal("1e-6"));
        DURATION_UNITS.put("ns", new BigDecimal("1e-9"));
        String[] binary = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
        String[] decimal = {"E", "P", "T", "G", "M", "k"};
        for (int i = 0; i < binary.length; i++) {
            BINARY_MEMORY_UNITS.put(binary[i], BigInteger.TWO.pow(10 * (binary.length - i)));
            DECIMAL_MEMORY_UNITS.put(decimal[i], BigInteger.TEN.pow(3 * (decimal.length - i)));
        }
    }

    private Units() {
    }

    // ---------------------------------------------------------------- durations

    /**
     * Seconds in a duration written with units: {@code 250ms}, {@code 1.5s}, {@code 5m},
     * {@code 2h}, {@code 1d}, or combined, {@code 1h30m}. Units are ns, us (or µs), ms, s, m, h, d.
     * A leading minus is accepted so that callers can say "must be > 0 (got -5s)".
     *
     * @throws IllegalArgumentException for a bare number, an unknown unit or other text
     */
    public static double parseDurationSeconds(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("expected " + DURATION_EXAMPLE + ", got an empty value");
        }
        if (NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException("a duration needs a unit: write " + s + "s, not " + s
                    + " (units: " + DURATION_UNIT_LIST + ")");
        }
        boolean negative = s.startsWith("-");
        String body = negative || s.startsWith("+") ? s.substring(1) : s;
        Matcher part = DURATION_PART.matcher(body);
        BigDecimal seconds = BigDecimal.ZERO;
        int at = 0;
        while (at < body.length()) {
            if (!part.find(at) || part.start() != at) {
                throw new IllegalArgumentException("expected " + DURATION_EXAMPLE + ", got '" + SafeText.shown(s) + "'");
            }
            String unit = part.group(2);
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("missing unit after '" + part.group(1) + "' in '" + s
                        + "'; use " + DURATION_UNIT_LIST);
            }
            BigDecimal factor = DURATION_UNITS.get("µs".equals(unit) ? "us" : unit);
            if (factor == null) {
                throw new IllegalArgumentException("unknown unit '" + unit + "' in '" + s + "'; use "
                        + DURATION_UNIT_LIST);
            }
            seconds = seconds.add(new BigDecimal(part.group(1)).multiply(factor));
            at = part.end();
        }
        return finite(negative ? seconds.negate() : seconds, s);
    }

    /**
     * The duration written with the largest unit that shows it exactly in at most three decimals
     * ({@code 7200 → 2h}, {@code 0.1 → 100ms}, {@code 1.5 → 1.5s}), falling back to seconds.
     *
     * @param seconds a finite duration, seconds
     */
    public static String formatDuration(double seconds) {
        requireFinite(seconds);
        if (seconds == 0.0) {
            return "0s";
        }
        if (seconds < 0) {
            return "-" + formatDuration(-seconds);
        }
        BigDecimal exact = new BigDecimal(Double.toString(seconds));
        for (Map.Entry<String, BigDecimal> unit : DURATION_UNITS.entrySet()) {
            String shown = inUnit(exact, unit.getValue());
            if (shown != null) {
                return shown + unit.getKey();
            }
        }
        return exact.stripTrailingZeros().toPlainString() + "s";
    }

    // ---------------------------------------------------------------- CPU

    /**
     * CPU cores in a Kubernetes CPU quantity: a number of cores ({@code 2}, {@code 0.5}) or
     * millicores ({@code 500m}). The sign is kept so callers can report "must be > 0".
     *
     * @throws IllegalArgumentException for anything else
     */
    public static double parseCpuCores(String text) {
        String s = text.strip();
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches() || !(m.group(2).isEmpty() || "m".equals(m.group(2)))) {
            throw new IllegalArgumentException("expected CPU cores like 2, 0.5 or 500m (millicores), got '" + SafeText.shown(s) + "'");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        return finite("m".equals(m.group(2)) ? value.multiply(MILLI) : value, s);
    }

    /** CPU cores as a plain number, {@code 4} or {@code 0.5}, exact. */
    public static String formatCpuCores(double cores) {
        requireFinite(cores);
        return plain(cores);
    }

    // ---------------------------------------------------------------- memory

    /**
     * MiB (2^20 bytes) in a Kubernetes memory quantity: {@code 512Mi}, {@code 1Gi}, {@code 500Ki},
     * {@code 1G}, {@code 1000M}, {@code 64k}, or plain bytes ({@code 1048576}).
     *
     * @throws IllegalArgumentException for an unknown suffix or other text
     */
    public static double parseMemoryMiB(String text) {
        String s = text.strip();
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a memory size like 512Mi, 1Gi or 1G, got '" + SafeText.shown(s) + "'");
        }
        String suffix = m.group(2);
        BigInteger unit = suffix.isEmpty() ? BigInteger.ONE
                : BINARY_MEMORY_UNITS.getOrDefault(suffix, DECIMAL_MEMORY_UNITS.get(suffix));
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit '" + suffix + "' in '" + s + "'; use " + MEMORY_UNIT_LIST);
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(new BigDecimal(unit));
        return finite(bytes.divide(BYTES_PER_MIB), s);
    }

    /** Memory written with the unit that shows it exactly: {@code 512Mi}, {@code 1Gi}, {@code 1G}, {@code 1500}. */
    public static String formatMemoryMiB(double mib) {
        requireFinite(mib);
        BigDecimal exactMiB = new BigDecimal(Double.toString(mib));
        BigDecimal bytes = exactMiB.multiply(BYTES_PER_MIB);
        for (Map<String, BigInteger> units : java.util.List.of(BINARY_MEMORY_UNITS, DECIMAL_MEMORY_UNITS)) {
            for (Map.Entry<String, BigInteger> unit : units.entrySet()) {
                BigDecimal q = bytes.divide(new BigDecimal(unit.getValue()));
                if (isWhole(q) && q.abs().compareTo(BigDecimal.ONE) >= 0) {
                    return q.toBigIntegerExact() + unit.getKey();
                }
            }
        }
        return isWhole(bytes) ? bytes.toBigIntegerExact().toString() : exactMiB.stripTrailingZeros().toPlainString() + "Mi";
    }

    // ---------------------------------------------------------------- any quantity

    /**
     * A Kubernetes quantity in its base unit, whatever it measures (an HPA target's {@code averageValue}: cores for
     * CPU, bytes for memory, the metric's own unit for a Pods metric): a plain number, millis ({@code 500m}), or a
     * binary or decimal multiple ({@code 400Mi} = 419430400, {@code 2k} = 2000). The sign is kept.
     *
     * @throws IllegalArgumentException for an unknown suffix or other text
     */
    public static double parseQuantity(String text) {
        String s = text.strip();
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a number or a quantity like 500m or 400Mi, got '"
                    + SafeText.shown(s) + "'");
        }
        String suffix = m.group(2);
        BigDecimal value = new BigDecimal(m.group(1));
        if (suffix.isEmpty()) {
            return finite(value, s);
        }
        if ("m".equals(suffix)) {
            return finite(value.multiply(MILLI), s);
        }
        BigInteger unit = BINARY_MEMORY_UNITS.getOrDefault(suffix, DECIMAL_MEMORY_UNITS.get(suffix));
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit '" + suffix + "' in '" + s + "'; use m (milli), "
                    + MEMORY_UNIT_LIST.replace(" or no unit for bytes", "") + ", or no unit");
        }
        return finite(value.multiply(new BigDecimal(unit)), s);
    }

    // ---------------------------------------------------------------- numbers

    /** A finite double without a trailing {@code .0} and never in scientific notation: {@code 30}, {@code 0.25}. */
    public static String plain(double value) {
        requireFinite(value);
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    private static String inUnit(BigDecimal seconds, BigDecimal unit) {
        BigDecimal q;
        try {
            q = seconds.divide(unit);
        } catch (ArithmeticException nonTerminating) {
            return null;
        }
        q = q.stripTrailingZeros();
        if (q.compareTo(BigDecimal.ONE) < 0 || q.scale() > MAX_FORMAT_DECIMALS) {
            return null;
        }
        return q.scale() < 0 ? q.setScale(0).toPlainString() : q.toPlainString();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static double finite(BigDecimal value, String text) {
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("'" + SafeText.shown(text) + "' is too large");
        }
        return d;
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " with a unit");
        }
    }
}
