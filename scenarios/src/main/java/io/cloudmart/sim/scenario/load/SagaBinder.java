package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.RetrySpec;
import io.cloudmart.sim.scenario.spec.SagaSpec;
import io.cloudmart.sim.scenario.spec.SagaStepSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code sagas}: orchestrated sagas in Richardson's terms, compensatable steps, then exactly
 * one pivot, then retriable steps (domain-facts 7.1); only compensatable steps have a
 * compensation. Calls and compensations are noted in {@link References}, as edges from the saga.
 */
final class SagaBinder {
    private final Binding b;

    SagaBinder(Binding b) {
        this.b = b;
    }

    Map<String, SagaSpec> sagas(Fields root) {
        return b.named(root, "sagas", false, "saga", Binding.LOCAL_NAME, this::saga);
    }

    private SagaSpec saga(Fields f, String name) {
        List<JsonNode> elements = f.elements("steps");
        if (!f.has("steps")) {
            f.missing("steps");
        } else if (elements.isEmpty() && f.get("steps").isArray()) {
            f.wrong("steps", "must list at least one step, e.g. '- { name: charge, call: payment.charge, type: pivot }'");
        } else if (elements.size() > Maxima.SAGA_STEPS) {
            f.wrong("steps", "a saga may have at most " + Maxima.SAGA_STEPS + " steps (got " + elements.size() + ")");
        }
        List<SagaStepSpec> steps = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        String pivot = null;
        for (int i = 0; i < elements.size(); i++) {
            Fields s = b.fields(elements.get(i), f.pathOf("steps") + "." + i);
            SagaStepSpec step = step(s, name, names, i);
            if (SagaStepSpec.PIVOT.equals(step.type())) {
                if (pivot != null) {
                    s.wrong("type", "a saga has exactly one pivot, and step '" + pivot + "' is already it");
                } else {
                    pivot = step.name();
                }
            } else if (SagaStepSpec.COMPENSATABLE.equals(step.type()) && pivot != null) {
                s.wrong("type", "a compensatable step must come before the pivot ('" + pivot
                        + "'); steps after the pivot are retriable");
            } else if (SagaStepSpec.RETRIABLE.equals(step.type()) && pivot == null && hasPivotLater(elements, i)) {
                s.wrong("type", "a retriable step must come after the pivot; steps before it are compensatable");
            }
            steps.add(step);
        }
        if (pivot == null && !elements.isEmpty() && steps.stream().noneMatch(st -> st.type().isEmpty())) {
            f.wrong("steps", "a saga needs exactly one pivot step (the go/no-go point); mark one with 'type: pivot'");
        }
        return new SagaSpec(steps, b.read(f, BackendSchema.STEP_TIMEOUT, Double.NaN),
                retry(b.section(f, "retries"), BackendSchema.RETRIES),
                retry(b.section(f, "compensationRetries"), BackendSchema.COMPENSATION_RETRIES));
    }

    private static boolean hasPivotLater(List<JsonNode> elements, int i) {
        for (int j = i + 1; j < elements.size(); j++) {
            JsonNode type = elements.get(j).get("type");
            if (type != null && SagaStepSpec.PIVOT.equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    private SagaStepSpec step(Fields s, String saga, Map<String, Integer> names, int index) {
        String name = b.read(s, BackendSchema.STEP_NAME);
        if (name != null) {
            if (!Binding.LOCAL_NAME.matcher(name).matches()) {
                s.wrong("name", "'" + SafeText.shown(name) + "' is not a valid step name; " + Binding.LOCAL_NAME_RULE);
            } else if (names.containsKey(name)) {
                s.wrong("name", "step name '" + name + "' is already used by step " + names.get(name));
            }
            names.putIfAbsent(name, index);
        }
        String type = b.read(s, BackendSchema.TYPE);
        String[] call = target(s, BackendSchema.STEP_CALL, saga);
        String[] comp = target(s, BackendSchema.COMPENSATION, saga);
        if (s.has("compensation") && type != null && !SagaStepSpec.COMPENSATABLE.equals(type)) {
            s.wrong("compensation", "a " + type + " step is never compensated; only compensatable steps (before the"
                    + " pivot) have a compensation");
        }
        return new SagaStepSpec(name == null ? "" : name, call == null ? "" : call[0], call == null ? "" : call[1],
                comp == null ? null : comp[0], comp == null ? null : comp[1], type == null ? "" : type);
    }

    private String[] target(Fields s, Field<String> field, String saga) {
        String text = b.read(s, field);
        if (text == null) {
            return null;
        }
        String[] target = b.target(s.pathOf(field.name()), text);
        if (target != null) {
            b.refs.call(s.pathOf(field.name()), References.sagaNode(saga), target[0], target[1]);
        }
        return target;
    }

    private RetrySpec retry(Fields f, BackendSchema.RetryFields fields) {
        return new RetrySpec(b.readOrDefault(f, fields.attempts()).intValue(), b.read(f, fields.backoff(), Double.NaN));
    }
}
