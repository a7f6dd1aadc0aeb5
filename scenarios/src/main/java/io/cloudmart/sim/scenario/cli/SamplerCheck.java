package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.scenario.build.Distributions;
import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;

/**
 * The last check before a run: every distribution must make a sampler. The loader checks names,
 * units and signs; a few parameter combinations (a lognormal whose p99 is so far above its median
 * that its mean overflows) only fail here, and still deserve a clear message and exit code 2.
 */
final class SamplerCheck {
    private SamplerCheck() {
    }

    static void check(String source, ScenarioSpec spec) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        spec.services().forEach((service, s) -> s.endpoints().forEach((endpoint, e) -> {
            for (int i = 0; i < e.steps().size(); i++) {
                if (!(e.steps().get(i) instanceof StepSpec.WorkStep step)) {
                    continue;
                }
                try {
                    Distributions.of(step.work());
                } catch (IllegalArgumentException bad) {
                    issues.add(new Issue(source, 0, 0, "services." + service + ".endpoints." + endpoint
                            + (e.isWorkOnly() ? "" : ".steps." + i) + ".work", step.work().text() + ": " + bad.getMessage()));
                }
            }
        }));
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
    }
}
