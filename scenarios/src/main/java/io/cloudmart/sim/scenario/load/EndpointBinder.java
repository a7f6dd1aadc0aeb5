package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds an endpoint: the short form {@code work: <distribution>} or a list of {@code steps}, each a
 * one-key mapping ({@code work}, {@code call}, {@code parallel}, {@code query}, {@code cache},
 * {@code publish}, {@code saga}), plus {@code errorRate} and {@code authorize}. Every name a step
 * refers to is noted in {@link References}.
 */
final class EndpointBinder {
    private static final List<String> KINDS = List.copyOf(Schema.STEP.fields().keySet());

    private final Binding b;

    EndpointBinder(Binding b) {
        this.b = b;
    }

    /** The endpoint at {@code f}; {@code self} is its {@code service.endpoint}, the caller of its calls. */
    EndpointSpec endpoint(Fields f, String self) {
        List<StepSpec> steps;
        if (f.has("work") && f.has("steps")) {
            f.wrong("steps", "give either 'work' (the CPU time, short form) or 'steps' (a list), not both");
            steps = List.of(new StepSpec.WorkStep(b.read(f, ServiceSchema.WORK, Binding.INVALID)));
        } else if (f.has("steps")) {
            steps = steps(f, "steps", self, false);
        } else if (f.has("work")) {
            steps = List.of(new StepSpec.WorkStep(b.read(f, ServiceSchema.WORK, Binding.INVALID)));
        } else {
            if (f.written("work") || f.written("steps")) {
                f.missing(f.written("work") ? "work" : "steps");
            } else {
                f.missingAlternative("missing required field 'work' (the CPU time one request needs) or 'steps'",
                        List.of("work", "steps"));
            }
            steps = List.of(new StepSpec.WorkStep(Binding.INVALID));
        }
        return new EndpointSpec(steps, b.read(f, ServiceSchema.ENDPOINT_ERROR_RATE, Double.NaN),
                b.read(f, ServiceSchema.AUTHORIZE));
    }

    private List<StepSpec> steps(Fields f, String field, String self, boolean emptyAllowed) {
        List<JsonNode> elements = f.elements(field);
        if (!emptyAllowed && elements.isEmpty() && f.get(field) != null && f.get(field).isArray()) {
            f.wrong(field, "must list at least one step, e.g. '- work: exponential(mean=10ms)'");
        }
        List<StepSpec> steps = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            StepSpec step = step(b.fields(elements.get(i), f.pathOf(field) + "." + i), self);
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** One step; null when it has no (known) kind, after reporting that. */
    private StepSpec step(Fields f, String self) {
        List<String> kinds = f.names().stream().filter(KINDS::contains).toList();
        if (kinds.isEmpty()) {
            // unknown keys are reported by the schema check, except the tail of a split distribution
            boolean reported = f.names().stream().anyMatch(n -> !SchemaCheck.looksLikeSplitDistribution(n));
            if (!reported) {
                f.missingAlternative("a step needs one of: " + String.join(", ", KINDS)
                        + ", e.g. '- call: payment.charge'");
            }
            return null;
        }
        if (kinds.size() > 1) {
            b.problems.at(f.path(), "a step does one thing: write one of " + String.join(", ", KINDS)
                    + " per list element, got '" + SafeText.shown(kinds.get(0)) + "' and '" + SafeText.shown(kinds.get(1)) + "'");
            return null;
        }
        String kind = kinds.get(0);
        if (!f.has(kind)) {
            return f.missing(kind); // `- work:` with no value: no step, one message
        }
        return switch (kind) {
            case "work" -> new StepSpec.WorkStep(b.read(f, ServiceSchema.WORK_STEP, Binding.INVALID));
            case "call" -> call(f.get("call"), f.pathOf("call"), self);
            case "parallel" -> parallel(f, self);
            case "query" -> query(b.section(f, "query"));
            case "cache" -> cache(b.section(f, "cache"), self);
            case "publish" -> publish(b.section(f, "publish"));
            case "saga" -> saga(f, self);
            default -> throw new IllegalStateException(kind);
        };
    }

    /** {@code service.endpoint} or {@code {to: service.endpoint, optional: true}}. */
    private StepSpec.CallStep call(JsonNode node, String path, String self) {
        String to;
        String toPath;
        boolean optional = false;
        if (node == null) {
            b.problems.add(path, Problems.Anchor.KEY, "field '" + Locations.lastSegment(path) + "' has no value");
            return new StepSpec.CallStep("", "", false);
        }
        if (node.isObject()) {
            Fields c = b.fields(node, path);
            to = b.read(c, ServiceSchema.CALL_TO);
            toPath = c.pathOf("to");
            optional = b.readOrDefault(c, ServiceSchema.CALL_OPTIONAL);
        } else if (node.isValueNode()) {
            to = b.problems.text(path, node);
            toPath = path;
        } else {
            return new StepSpec.CallStep("", "", false);
        }
        if (to == null) {
            return new StepSpec.CallStep("", "", optional);
        }
        String[] target = b.target(toPath, to);
        if (target == null) {
            return new StepSpec.CallStep("", "", optional);
        }
        b.refs.call(toPath, self, target[0], target[1]);
        return new StepSpec.CallStep(target[0], target[1], optional);
    }

    private StepSpec parallel(Fields f, String self) {
        List<JsonNode> elements = f.elements("parallel");
        JsonNode list = f.get("parallel");
        if (list == null) {
            f.missing("parallel"); // 'parallel: ~': written without a value
        } else if (list.isArray() && elements.isEmpty()) {
            f.wrong("parallel", "must list at least one call, e.g. '[inventory.reserve, pricing.quote]'");
        }
        List<StepSpec.CallStep> calls = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            calls.add(call(elements.get(i), f.pathOf("parallel") + "." + i, self));
        }
        return new StepSpec.ParallelStep(calls);
    }

    private StepSpec query(Fields f) {
        String store = b.read(f, ServiceSchema.QUERY_STORE);
        String op = b.read(f, ServiceSchema.QUERY_OP);
        if (store != null && op != null) {
            b.refs.store(f.path(), store, op);
        }
        return new StepSpec.QueryStep(store == null ? "" : store, op == null ? "" : op);
    }

    private StepSpec cache(Fields f, String self) {
        String name = b.read(f, ServiceSchema.CACHE_NAME);
        if (name != null) {
            b.refs.cache(f.pathOf("name"), name);
        }
        Double hitRatio = b.read(f, ServiceSchema.HIT_RATIO);
        List<StepSpec> miss = steps(f, "miss", self, true);
        return new StepSpec.CacheStep(name == null ? "" : name, hitRatio == null ? Double.NaN : hitRatio, miss);
    }

    private StepSpec publish(Fields f) {
        String topic = b.read(f, ServiceSchema.PUBLISH_TOPIC);
        if (topic != null) {
            b.refs.topic(f.pathOf("topic"), topic);
        }
        return new StepSpec.PublishStep(topic == null ? "" : topic, b.readOrDefault(f, ServiceSchema.PUBLISH_KEY));
    }

    private StepSpec saga(Fields f, String self) {
        String name = b.read(f, ServiceSchema.SAGA_STEP);
        if (name != null) {
            b.refs.saga(f.pathOf("saga"), self, name);
        }
        return new StepSpec.SagaStep(name == null ? "" : name);
    }
}
