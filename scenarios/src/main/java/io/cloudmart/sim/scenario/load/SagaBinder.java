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
    private static final List<String> TYPES =
            List.of(SagaStepSpec.COMPENSATABLE, SagaStepSpec.PIVOT, SagaStepSpec.RETRIABLE);

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
        Double timeout = f.duration("stepTimeout", SagaSpec.DEFAULT_STEP_TIMEOUT_SECONDS, false);
        return new SagaSpec(steps, timeout == null ? Double.NaN : timeout,
                retry(b.section(f, "retries"), SagaSpec.DEFAULT_RETRIES),
                retry(b.section(f, "compensationRetries"), SagaSpec.DEFAULT_COMPENSATION_RETRIES));
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
        String name = s.text("name", null);
        if (name != null) {
            if (!Binding.LOCAL_NAME.matcher(name).matches()) {
                s.wrong("name", "'" + SafeText.shown(name) + "' is not a valid step name; " + Binding.LOCAL_NAME_RULE);
            } else if (names.containsKey(name)) {
                s.wrong("name", "step name '" + name + "' is already used by step " + names.get(name));
            }
            names.putIfAbsent(name, index);
        }
        String type = s.oneOf("type", null, TYPES);
        String[] call = target(s, "call", saga);
        String[] comp = s.has("compensation") ? target(s, "compensation", saga) : null;
        if (s.has("compensation") && type != null && !SagaStepSpec.COMPENSATABLE.equals(type)) {
            s.wrong("compensation", "a " + type + " step is never compensated; only compensatable steps (before the"
                    + " pivot) have a compensation");
        }
        return new SagaStepSpec(name == null ? "" : name, call == null ? "" : call[0], call == null ? "" : call[1],
                comp == null ? null : comp[0], comp == null ? null : comp[1], type == null ? "" : type);
    }

    private String[] target(Fields s, String field, String saga) {
        String text = s.text(field, null);
        if (text == null) {
            return null;
        }
        String[] target = b.target(s.pathOf(field), text);
        if (target != null) {
            b.refs.call(s.pathOf(field), References.sagaNode(saga), target[0], target[1]);
        }
        return target;
    }

    private RetrySpec retry(Fields f, RetrySpec defaults) {
        Long attempts = f.wholeNumber("attempts", (long) defaults.attempts(), 0, 1_000);
        Double backoff = f.duration("backoff", defaults.backoffSeconds(), true);
        return new RetrySpec(attempts == null ? defaults.attempts() : attempts.intValue(),
                backoff == null ? Double.NaN : backoff);
    }
}
