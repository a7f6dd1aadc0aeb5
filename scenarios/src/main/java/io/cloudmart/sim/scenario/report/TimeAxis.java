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
}
