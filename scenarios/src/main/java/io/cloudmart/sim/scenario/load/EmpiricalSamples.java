package io.cloudmart.sim.scenario.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the samples of {@code empirical(file=…)} from a CSV file next to the scenario.
 *
 * <p>Format: one sample per line, or several comma-separated columns of which one is used
 * ({@code column=} gives its header name or its 1-based number; the first column by default).
 * Blank lines and lines starting with {@code #} are skipped. The first line is a header when its
 * cell is not a value, or when the column is chosen by name. A value is a duration with a unit
 * ({@code 120ms}) or a plain number, which means <em>seconds</em> ({@code 0.12}), the simulator's
 * time unit. Values must be {@code >= 0}, and there must be at least one.
 */
final class EmpiricalSamples {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Path baseDir;
    private final String scenarioSource;

    /**
     * @param baseDir        folder that relative file names are resolved against; null when the
     *                       scenario is not a file on disk, and then files are refused
     * @param scenarioSource the scenario's name, for messages
     */
    EmpiricalSamples(Path baseDir, String scenarioSource) {
        this.baseDir = baseDir;
        this.scenarioSource = scenarioSource;
    }

    /**
     * The samples in seconds, in file order.
     *
     * @param file   the file name as written, relative to the scenario's folder (or absolute)
     * @param column the column's header name or 1-based number; null for the first column
     * @throws IllegalArgumentException with a message for the user
     */
    double[] read(String file, String column) {
        String text = text(file, "empirical(file=" + file + ")");
        return parse(file, text, column);
    }

    /**
     * The text of a file next to the scenario.
     *
     * @param file  the file name as written, relative to the scenario's folder (or absolute)
     * @param usage what reads it, for the message when the scenario is not on disk
     * @throws IllegalArgumentException with a message for the user
     */
    String text(String file, String usage) {
        if (baseDir == null) {
            throw new IllegalArgumentException(usage + " reads a file next to the scenario, but '"
                    + scenarioSource + "' is not a file on disk; copy the scenario to a folder with its CSV and run that");
        }
        Path path = baseDir.resolve(file).normalize();
        try {
            return TextFiles.read(path, InputLimits.DATA_FILE_BYTES, "a CSV file");
        } catch (TextFiles.Unreadable e) {
            throw new IllegalArgumentException(e.missing()
                    ? "no such file '" + SafeText.shown(file) + "' (looked for " + path + ")"
                    : "'" + SafeText.shown(file) + "' " + e.getMessage());
        }
    }

    private static double[] parse(String file, String text, String column) {
        List<String> lines = text.lines().toList();
        double[] samples = new double[lines.size()];
        int count = 0;
        int index = column != null && column.matches("\\d{1,6}") ? Integer.parseInt(column) - 1 : 0;
        if (column != null && column.matches("\\d{7,}")) {
            throw new IllegalArgumentException("column=" + SafeText.shown(column) + " is not a column of " + SafeText.shown(file));
        }
        boolean byName = column != null && !column.matches("\\d+");
        boolean first = true;
        if (index < 0) {
            throw new IllegalArgumentException("column numbers start at 1 (got column=" + column + ")");
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (first) {
                first = false;
                if (byName) {
                    index = headerIndex(file, cells, column);
                    continue;
                }
                if (index < cells.length && !isValue(cell(cells, index))) {
                    continue;
                }
            }
            if (index >= cells.length) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + " has no column " + (index + 1));
            }
            samples[count++] = value(file, n + 1, cell(cells, index));
        }
        if (count == 0) {
            throw new IllegalArgumentException(file + " has no samples");
        }
        return Arrays.copyOf(samples, count);
    }

    private static int headerIndex(String file, String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (cell(header, i).equals(column)) {
                return i;
            }
        }
        List<String> names = Arrays.stream(header).map(String::strip).toList();
        throw new IllegalArgumentException("column '" + column + "' is not in the header of " + file
                + Binding.orPeriod(Suggest.didYouMean(column, names)) + " Columns: " + Suggest.listed(names));
    }

    private static boolean isValue(String cell) {
        try {
            parseValue(cell);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static double value(String file, int line, String cell) {
        double seconds;
        try {
            seconds = parseValue(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + line + ": '" + cell
                    + "' is not a number of seconds or a duration like 120ms");
        }
        if (seconds < 0) {
            throw new IllegalArgumentException(file + " line " + line + ": samples must be >= 0 (got " + cell + ")");
        }
        return seconds;
    }

    /** A plain number is seconds; anything else must be a duration with a unit. */
    private static double parseValue(String cell) {
        if (PLAIN_NUMBER.matcher(cell).matches()) {
            double seconds = Double.parseDouble(cell);
            if (!Double.isFinite(seconds)) {
                throw new IllegalArgumentException("too large");
            }
            return seconds;
        }
        return Units.parseDurationSeconds(cell);
    }

    private static String cell(String[] cells, int index) {
        String cell = cells[index].strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }
}
