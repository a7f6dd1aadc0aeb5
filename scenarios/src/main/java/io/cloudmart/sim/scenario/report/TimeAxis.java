package io.cloudmart.sim.scenario.report;

/** Picks the unit of the time axis so a run of any length reads naturally (seconds to hours). */
record TimeAxis(double secondsPerUnit, String label) {
    static TimeAxis forDuration(double durationSeconds) {
        if (durationSeconds <= 600) {
            return new TimeAxis(1, "simulated time (s)");
        }
        if (durationSeconds <= 48 * 3600) {
            return new TimeAxis(60, "simulated time (min)");
        }
        return new TimeAxis(3600, "simulated time (h)");
    }

    double[] convert(double[] seconds) {
        double[] x = new double[seconds.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = seconds[i] / secondsPerUnit;
        }
        return x;
    }

    double convert(double seconds) {
        return seconds / secondsPerUnit;
    }

    /** The unit alone, as the label ends with it: {@code s}, {@code min} or {@code h}. */
    String unit() {
        return label.substring(label.lastIndexOf('(') + 1, label.length() - 1);
    }

    /**
     * {@code seconds} in this axis's unit, with the decimals that tell 15 s steps apart (the HPA's sync
     * period): none for seconds, two for minutes, three for hours.
     */
    String format(double seconds) {
        int decimals = secondsPerUnit == 1 ? 0 : secondsPerUnit == 60 ? 2 : 3;
        return Format.number(convert(seconds), decimals);
    }

    /** {@code seconds} with the unit, as prose reads it: "13.90 min". */
    String withUnit(double seconds) {
        return format(seconds) + " " + unit();
    }

    /** A table cell for a moment: {@link #withUnit} kept on one line, or a dash when it did not happen (NaN). */
    String cell(double seconds) {
        return Double.isFinite(seconds) ? Format.nobreak(withUnit(seconds)) : Format.NONE;
    }
}
