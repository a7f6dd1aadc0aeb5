package io.cloudmart.sim.scenario.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;

/** Turns an endpoint's written steps into the model's program steps. */
final class StepAssembler {
    private StepAssembler() {
    }

    static Endpoint endpoint(String name, EndpointSpec spec) {
        List<Step> steps = new ArrayList<>();
        if (spec.authorize() != null) {
            steps.add(new Step.Authorize(Distributions.of(spec.authorize())));
        }
        steps.addAll(steps(spec.steps()));
        return new Endpoint(name, steps, spec.errorRate());
    }

    static List<Endpoint> endpoints(Map<String, EndpointSpec> specs) {
        List<Endpoint> endpoints = new ArrayList<>();
        specs.forEach((name, spec) -> endpoints.add(endpoint(name, spec)));
        return endpoints;
    }

    private static List<Step> steps(List<StepSpec> specs) {
        return specs.stream().map(StepAssembler::step).toList();
    }

    private static Step step(StepSpec spec) {
        if (spec instanceof StepSpec.WorkStep w) {
            return new Step.Work(Distributions.of(w.work()));
        }
        if (spec instanceof StepSpec.CallStep c) {
            return call(c);
        }
        if (spec instanceof StepSpec.ParallelStep p) {
            return new Step.Parallel(p.calls().stream().map(StepAssembler::call).toList());
        }
        if (spec instanceof StepSpec.QueryStep q) {
            return new Step.Query(q.store(), q.op());
        }
        if (spec instanceof StepSpec.CacheStep c) {
            return new Step.CacheAside(c.name(), c.hitRatio(), steps(c.miss()));
        }
        if (spec instanceof StepSpec.PublishStep p) {
            return new Step.Publish(p.topic(), "consumer".equals(p.key()));
        }
        return new Step.RunSaga(((StepSpec.SagaStep) spec).name());
    }

    private static Step.Call call(StepSpec.CallStep c) {
        return new Step.Call(c.service(), c.endpoint(), c.optional());
    }
}
