package io.cloudmart.sim.model.load;

import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Arrival times of a Poisson process whose rate is piecewise constant (the stages).
 *
 * <p>Exact, by memorylessness: draw an exponential gap at the current stage's rate; if it crosses
 * the stage's end, move to the end and draw again at the next stage's rate.
 */
final class ArrivalSchedule {
    private final double[] stageEnds;
    private final double[] rates;
    private final RandomStream stream;

    ArrivalSchedule(List<Stage> stages, RandomStream stream) {
        this.stream = stream;
        int n = stages.size();
        stageEnds = new double[n];
        rates = new double[n];
        double end = 0;
        for (int i = 0; i < n; i++) {
            end += stages.get(i).durationSeconds();
            stageEnds[i] = i == n - 1 ? Double.POSITIVE_INFINITY : end;
            rates[i] = stages.get(i).ratePerSecond();
        }
    }

    /** The first arrival strictly after {@code now}, seconds. */
    double nextAfter(double now) {
        double t = now;
        int stage = stageAt(t);
        while (true) {
            double candidate = t - Math.log(stream.nextOpenDouble()) / rates[stage];
            if (candidate < stageEnds[stage]) {
                return candidate;
            }
            t = stageEnds[stage];
            stage++;
        }
    }

    private int stageAt(double t) {
        int i = 0;
        while (t >= stageEnds[i]) {
            i++;
        }
        return i;
    }
}
