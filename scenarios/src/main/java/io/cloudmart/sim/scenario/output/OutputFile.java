package io.cloudmart.sim.scenario.output;

/**
 * The files cmsim writes into an output folder, each named once. An existing folder is replaced
 * only when it holds nothing but these (so {@code --out ~/Documents} never moves a user's files).
 */
public enum OutputFile {
    /** Every figure of a run ({@code docs/results.md}). */
    RESULTS("results.json"),
    /** One row per time bucket. */
    TIMESERIES("timeseries.csv"),
    /** The control loops' decisions with their inputs, one JSON object per line, in time order per replication. */
    EVENTS("events.jsonl"),
    /** The self-contained HTML report, of a run or of a sweep. */
    REPORT("report.html"),
    /** One row per value of a sweep. */
    SWEEP("sweep.csv"),
    /** What the run was: tool, scenario and its hash, overrides, seed, Java, start time ({@link RunManifest}). */
    MANIFEST("manifest.json"),
    /** {@code cmsim compare}: each variant's paired differences from the baseline, with intervals. */
    COMPARE("compare.json"),
    /** The same, one row per variant and figure. */
    COMPARE_CSV("compare.csv"),
    /** The same as a page: the runs side by side, and their time series overlaid, one colour per run. */
    COMPARE_PAGE("compare.html");

    private final String fileName;

    OutputFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** True when {@code name} is one of these files. */
    static boolean isOne(String name) {
        for (OutputFile file : values()) {
            if (file.fileName.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
