package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.model.rollout.ReleaseFigures;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;

/**
 * The {@code rollouts} block of results.json: per rollout, how replication 0 went (outcome, when, why, each step's
 * start, every analysis measurement, what the canary version served over the whole run), and how many replications
 * ended in each outcome. A release's story is one run's: a mean of abort times would describe no run.
 */
final class RolloutsJson {
    private RolloutsJson() {
    }

    /** The block, or empty when the scenario has no rollout. */
    static Optional<ObjectNode> json(Figures f) {
        List<ReplicationResult> runs = f.result().replications();
        Optional<List<RolloutReport>> told = f.attachments(RolloutReport.class);
        if (told.isEmpty()) {
            return Optional.empty();
        }
        List<RolloutReport> reports = told.get();
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        List<RolloutSummary> first = reports.get(0).rollouts();
        for (int i = 0; i < first.size(); i++) {
            RolloutSummary s = first.get(i);
            ObjectNode r = n.putObject(s.name());
            r.put("strategy", s.strategy().fieldValue());
            r.put("outcome", s.outcome().fieldValue());
            ResultsJson.put(r, "startedAtSeconds", s.startedAtSeconds());
            ResultsJson.put(r, "atSeconds", s.atSeconds());
            r.put("why", s.why());
            ArrayNode steps = r.putArray("steps");
            for (RolloutSummary.StepStart step : s.stepStarts()) {
                ObjectNode o = steps.addObject();
                o.put("index", step.index());
                ResultsJson.put(o, "startSeconds", step.atSeconds());
            }
            ArrayNode measurements = r.putArray("measurements");
            for (RolloutSummary.Measurement m : s.measurements()) {
                ObjectNode o = measurements.addObject();
                ResultsJson.put(o, "atSeconds", m.atSeconds());
                o.put("metric", m.metric());
                ResultsJson.put(o, "value", m.value());
                o.put("phase", m.phase().fieldValue());
            }
            r.put("canaryRequests", s.canaryRequests());
            r.put("canaryErrors", s.canaryErrors());
            release(r, s.release());
            ObjectNode outcomes = r.putObject("replicationsByOutcome");
            int index = i;
            for (RolloutOutcome outcome : RolloutOutcome.values()) {
                long count = reports.stream().filter(rep -> rep.rollouts().get(index).outcome() == outcome).count();
                if (count > 0) {
                    outcomes.put(outcome.fieldValue(), count);
                }
            }
        }
        return Optional.of(n);
    }

    /** What the release exposed (users' requests, the preview test's apart) and the extra capacity it held. */
    private static void release(ObjectNode r, ReleaseFigures x) {
        r.put("previewTestRequests", x.previewTestRequests());
        r.put("previewTestErrors", x.previewTestErrors());
        ObjectNode exposure = r.putObject("exposure");
        exposure.put("requests", x.exposedRequests());
        exposure.put("errors", x.exposedErrors());
        ResultsJson.put(exposure, "share", x.exposedShare());
        ResultsJson.put(exposure, "peakShare", x.peakShare());
        ResultsJson.put(exposure, "firstTrafficSeconds", x.firstTrafficAt());
        ResultsJson.put(exposure, "fullTrafficSeconds", x.fullTrafficAt());
        ResultsJson.put(r, "extraPodHours", x.extraPodHours());
        ResultsJson.put(r, "extraNodeHours", x.extraNodeHours());
        Money.put(r, "extraCost", x.extraCost());
    }
}
