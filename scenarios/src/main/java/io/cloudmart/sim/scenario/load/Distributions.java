package io.cloudmart.sim.scenario.load;

import io.cloudmart.sim.scenario.spec.DistributionSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads distributions written {@code name(param=value, …)} into {@link DistributionSpec}s: checks
 * the name, the parameter names (with "did you mean"), that every parameter is given once, the
 * units and the ranges. The catalogue of names and parameters lives here, in one table.
 */
final class Distributions {
    /** What a parameter holds. */
    enum Kind {
        /** A duration with a unit, stored in seconds. */
        TIME,
        /** A whole number {@code >= 1}. */
        COUNT,
        /** A dimensionless number {@code > 0}. */
        POSITIVE,
        /** Text (a file name, a column name). */
        TEXT
    }

    /** A parameter of a distribution. */
    record Param(String name, Kind kind, boolean required) {
    }

    /** Name to parameters, in documentation order. */
    static final Map<String, List<Param>> CATALOGUE = new LinkedHashMap<>();

    static {
        CATALOGUE.put("constant", List.of(time("value")));
        CATALOGUE.put("exponential", List.of(time("mean")));
        CATALOGUE.put("uniform", List.of(time("min"), time("max")));
        CATALOGUE.put("lognormal", List.of(time("median"), time("p99")));
        CATALOGUE.put("erlang", List.of(new Param("k", Kind.COUNT, true), time("mean")));
        CATALOGUE.put("gamma", List.of(new Param("shape", Kind.POSITIVE, true), time("mean")));
        CATALOGUE.put("weibull", List.of(new Param("shape", Kind.POSITIVE, true), time("scale")));
        CATALOGUE.put("empirical", List.of(new Param("file", Kind.TEXT, true), new Param("column", Kind.TEXT, false)));
    }

    private static final Pattern CALL = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*\\((.*)\\)", Pattern.DOTALL);
    private static final String EXAMPLE = "a distribution such as exponential(mean=100ms) or constant(value=100ms)";

    private final EmpiricalSamples empirical;

    Distributions(EmpiricalSamples empirical) {
        this.empirical = empirical;
    }

    /** A distribution the simulator defines (a default), parsed once; it reads no file. */
    static DistributionSpec builtIn(String text) {
        return new Distributions(new EmpiricalSamples(null, "a built-in default")).parse(text);
    }

    /**
     * The distribution written as {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a valid distribution
     */
    DistributionSpec parse(String text) {
        String written = text.strip();
        Matcher call = CALL.matcher(written);
        if (!call.matches() && written.matches("[A-Za-z][A-Za-z0-9_-]*\\s*\\([^)]*")) {
            throw new IllegalArgumentException("got '" + written + "', cut at a comma: inside { } or [ ], quote a"
                    + " distribution with several parameters, e.g. \"lognormal(median=2ms, p99=10ms)\"");
        }
        if (!call.matches()) {
            throw new IllegalArgumentException(CATALOGUE.containsKey(written)
                    ? "'" + SafeText.shown(written) + "' needs its parameters: write " + template(written)
                    : "expected " + EXAMPLE + ", got '" + SafeText.shown(written) + "'");
        }
        String name = call.group(1);
        List<Param> params = CATALOGUE.get(name);
        if (params == null) {
            String suggestion = Suggest.didYouMean(name, CATALOGUE.keySet());
            throw new IllegalArgumentException("unknown distribution '" + SafeText.shown(name) + "'" + (suggestion.isEmpty() ? "." : suggestion)
                    + " Allowed: " + String.join(", ", CATALOGUE.keySet()));
        }
        Map<String, String> given = arguments(name, call.group(2), params);
        if ("empirical".equals(name)) {
            double[] samples = empirical.read(given.get("file"), given.get("column"));
            return samplerChecked(new DistributionSpec(name, Map.of(), samples, written));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Param param : params) {
            values.put(param.name(), value(name, param, given.get(param.name())));
        }
        checkRelations(name, values, given);
        return samplerChecked(new DistributionSpec(name, values, new double[0], written));
    }

    /**
     * Builds the sampler once, so the few parameter sets that pass every check above but cannot
     * be sampled (a lognormal so wide that its mean overflows) are reported here, at their line.
     */
    private static DistributionSpec samplerChecked(DistributionSpec spec) {
        io.cloudmart.sim.scenario.build.Distributions.of(spec);
        return spec;
    }

    /** {@code exponential(mean=…)}: how to write a distribution. */
    static String template(String name) {
        StringBuilder text = new StringBuilder(name).append('(');
        List<Param> params = CATALOGUE.get(name);
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).required()) {
                text.append(i == 0 ? "" : ", ").append(params.get(i).name()).append("=…");
            }
        }
        return text.append(')').toString();
    }

    private static Map<String, String> arguments(String name, String inside, List<Param> params) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> names = params.stream().map(Param::name).toList();
        for (String argument : inside.isBlank() ? new String[0] : inside.split(",", -1)) {
            int eq = argument.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected param=value in " + name + "(…), got '" + argument.strip()
                        + "'; write " + template(name));
            }
            String param = argument.substring(0, eq).strip();
            String value = unquote(argument.substring(eq + 1).strip());
            if (!names.contains(param)) {
                String suggestion = Suggest.didYouMean(param, names);
                throw new IllegalArgumentException("unknown parameter '" + param + "' for " + name
                        + (suggestion.isEmpty() ? "." : suggestion) + " Allowed: " + String.join(", ", names));
            }
            if (given.containsKey(param)) {
                throw new IllegalArgumentException("parameter '" + param + "' is given twice");
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("parameter '" + param + "' has no value");
            }
            given.put(param, value);
        }
        for (Param param : params) {
            if (param.required() && !given.containsKey(param.name())) {
                throw new IllegalArgumentException("missing parameter '" + param.name() + "': write " + template(name));
            }
        }
        return given;
    }

    private static double value(String name, Param param, String text) {
        String what = "parameter '" + param.name() + "' of " + name;
        switch (param.kind()) {
            case TIME -> {
                double seconds;
                try {
                    seconds = Units.parseDurationSeconds(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(what + ": " + e.getMessage());
                }
                boolean zeroAllowed = "constant".equals(name) || ("uniform".equals(name) && "min".equals(param.name()));
                if (zeroAllowed ? seconds < 0 : seconds <= 0) {
                    throw new IllegalArgumentException(what + " must be " + (zeroAllowed ? ">= 0" : "> 0") + " (got "
                            + SafeText.shown(text) + ")");
                }
                if (seconds > Maxima.DURATION_SECONDS) {
                    throw new IllegalArgumentException(what + " must be at most "
                            + Units.formatDuration(Maxima.DURATION_SECONDS) + " (got " + SafeText.shown(text) + ")");
                }
                return seconds;
            }
            case COUNT -> {
                if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1) {
                    throw new IllegalArgumentException(what + " must be a whole number >= 1 (got " + text + ")");
                }
                return Integer.parseInt(text);
            }
            case POSITIVE -> {
                double number;
                try {
                    number = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    number = Double.NaN;
                }
                if (!(number > 0) || Double.isInfinite(number) || !text.matches("[+-]?[\\d.eE+-]+")) {
                    throw new IllegalArgumentException(what + " must be a number > 0 (got " + text + ")");
                }
                return number;
            }
            default -> throw new IllegalStateException("text parameters are not numbers: " + param);
        }
    }

    private static void checkRelations(String name, Map<String, Double> values, Map<String, String> given) {
        if ("uniform".equals(name) && !(values.get("max") > values.get("min"))) {
            throw new IllegalArgumentException("uniform max (" + given.get("max") + ") must be greater than min ("
                    + given.get("min") + ")");
        }
        if ("lognormal".equals(name) && !(values.get("p99") > values.get("median"))) {
            throw new IllegalArgumentException("lognormal p99 (" + given.get("p99") + ") must be greater than median ("
                    + given.get("median") + ")");
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static Param time(String name) {
        return new Param(name, Kind.TIME, true);
    }
}
