package io.cloudmart.sim.model.service;

import java.util.List;
import java.util.function.BiFunction;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.call.CallTarget;

/**
 * An endpoint's steps compiled for running: distributions paired with their streams, call names
 * resolved to targets. Built once per replication; shared by every request to the endpoint.
 */
final class Program {
    /** One compiled step. */
    sealed interface Instruction permits Burn, Invoke, FanOut {
    }

    record Burn(Distribution cpu, RandomStream stream) implements Instruction {
    }

    record Invoke(CallTarget target, boolean optional) implements Instruction {
    }

    record FanOut(CallTarget[] targets, boolean[] optional) implements Instruction {
    }

    final Instruction[] instructions;
    final double errorRate;
    final RandomStream errors;

    private Program(Instruction[] instructions, double errorRate, RandomStream errors) {
        this.instructions = instructions;
        this.errorRate = errorRate;
        this.errors = errors;
    }

    /**
     * @param resolve finds the target of a call by (service, endpoint)
     */
    static Program compile(String service, Endpoint endpoint, Simulation simulation,
                           BiFunction<String, String, CallTarget> resolve) {
        List<Step> steps = endpoint.steps();
        Instruction[] instructions = new Instruction[steps.size()];
        String prefix = "svc." + service + "." + endpoint.name();
        for (int i = 0; i < instructions.length; i++) {
            // one stream per step, so editing one step does not shift another step's samples
            String stream = i == 0 ? prefix + ".work" : prefix + ".work." + i;
            Step step = steps.get(i);
            if (step instanceof Step.Work w) {
                instructions[i] = new Burn(w.cpu(), simulation.stream(stream));
            } else if (step instanceof Step.Call c) {
                instructions[i] = new Invoke(resolve.apply(c.service(), c.endpoint()), c.optional());
            } else {
                instructions[i] = fanOut((Step.Parallel) step, resolve);
            }
        }
        return new Program(instructions, endpoint.errorRate(), simulation.stream(prefix + ".errors"));
    }

    private static FanOut fanOut(Step.Parallel parallel, BiFunction<String, String, CallTarget> resolve) {
        int n = parallel.calls().size();
        CallTarget[] targets = new CallTarget[n];
        boolean[] optional = new boolean[n];
        for (int i = 0; i < n; i++) {
            Step.Call call = parallel.calls().get(i);
            targets[i] = resolve.apply(call.service(), call.endpoint());
            optional[i] = call.optional();
        }
        return new FanOut(targets, optional);
    }
}
