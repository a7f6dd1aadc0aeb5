package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.model.rollout.canary.CanaryStep;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;

/** What a {@link RolloutEvent} says, as the inputs of its events.jsonl line. */
final class RolloutEventInputs {
    private RolloutEventInputs() {
    }

    static Map<String, Object> of(RolloutEvent event) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (event instanceof RolloutEvent.StepStarted s) {
            inputs.put("step", s.stepIndex());
            inputs.put("kind", stepKind(s.step()));
        } else if (event instanceof RolloutEvent.StepCompleted s) {
            inputs.put("step", s.stepIndex());
        } else if (event instanceof RolloutEvent.WeightSet w) {
            inputs.put("fromWeight", w.fromWeight());
            inputs.put("toWeight", w.toWeight());
        } else if (event instanceof RolloutEvent.Paused p) {
            inputs.put("reason", p.reason().fieldValue());
        } else if (event instanceof RolloutEvent.Resumed r) {
            inputs.put("reason", r.reason().fieldValue());
        } else if (event instanceof RolloutEvent.Aborted a) {
            inputs.put("cause", a.cause().name());
            a.phase().ifPresent(phase -> inputs.put("analysisPhase", phase.fieldValue()));
        } else if (event instanceof RolloutEvent.RevisionScaledDown d) {
            inputs.put("revision", d.revision().name());
        }
        return inputs;
    }

    /** The step's field name in {@code canary.steps}. */
    static String stepKind(CanaryStep step) {
        if (step instanceof CanaryStep.SetWeight) {
            return "setWeight";
        } else if (step instanceof CanaryStep.Pause) {
            return "pause";
        } else if (step instanceof CanaryStep.SetCanaryScale) {
            return "setCanaryScale";
        }
        return "analysis";
    }
}
