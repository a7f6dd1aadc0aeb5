package io.cloudmart.sim.model.rollout;

import java.util.List;

/**
 * How one rollout went, for results.json.
 *
 * @param name           the rollout
 * @param outcome        where it stood at the end
 * @param atSeconds      when it reached that outcome (NaN while progressing or not started)
 * @param why            the reason in Argo's words (abort cause and analysis message, pause reason); empty otherwise
 * @param stepStarts     when each step began, in order
 * @param measurements   every analysis measurement
 * @param canaryRequests responses the canary version's pods gave over the whole run
 * @param canaryErrors   of which errors (any answer but 200)
 * @param strategy       canary, blue-green or Flagger's canary
 * @param release        what the release exposed and the extra capacity it held
 * @param timeline       the two versions over time, for the report's charts (not in results.json: timeseries.csv
 *                       has the per-version series)
 * @param startedAtSeconds when the update began ({@code startAt}, Argo CD's sync of its commit, or the Flagger run
 *                       that saw the new revision); NaN if it had not when the run ended
 */
public record RolloutSummary(String name, RolloutOutcome outcome, double atSeconds, String why,
                             List<StepStart> stepStarts, List<Measurement> measurements,
                             long canaryRequests, long canaryErrors, ReleaseStrategy strategy,
                             ReleaseFigures release, Timeline timeline, double startedAtSeconds) {
    public RolloutSummary {
        stepStarts = List.copyOf(stepStarts);
        measurements = List.copyOf(measurements);
    }

    /** What a {@link RolloutTimeline} recorded: a point per period and every weight change. */
    public record Timeline(List<RolloutTimeline.Point> points, List<RolloutTimeline.WeightChange> weightChanges) {
        public static final Timeline NONE = new Timeline(List.of(), List.of());

        public Timeline {
            points = List.copyOf(points);
            weightChanges = List.copyOf(weightChanges);
        }

        public static Timeline of(RolloutTimeline recorder) {
            return new Timeline(recorder.points(), recorder.weightChanges());
        }
    }

    /** Step {@code index} of {@code canary.steps} began at {@code atSeconds}. */
    public record StepStart(int index, double atSeconds) {
    }

    /** One value an analysis took and the phase Argo gave it. */
    public record Measurement(double atSeconds, String metric, double value,
                              io.cloudmart.sim.model.rollout.AnalysisPhase phase) {
    }
}
