package io.cloudmart.sim.model.saga;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Constant;

/**
 * Test participants: each operation replies after a sampled latency, failing for a business
 * reason with one probability and transiently with another; a script of results per operation,
 * if given, is used first. Counts calls and replies per operation, and keeps a call log when asked.
 */
final class FakeParticipants implements StepExecutor {
    private record Behaviour(Distribution latency, double businessFailure, double transientFailure) {
    }

    private final Simulation simulation;
    private final RandomStream stream;
    private final Map<String, Behaviour> behaviours = new HashMap<>();
    private final Map<String, ArrayDeque<StepResult>> scripts = new HashMap<>();
    private final Map<String, Long> calls = new HashMap<>();
    private final Map<String, Long> failures = new HashMap<>();
    private final List<String> log;
    private Behaviour fallback = new Behaviour(new Constant(0.05), 0, 0);

    FakeParticipants(Simulation simulation, boolean keepLog) {
        this.simulation = simulation;
        this.stream = simulation.stream("test.participants");
        this.log = keepLog ? new ArrayList<>() : null;
    }

    /** Every operation not configured otherwise. */
    FakeParticipants byDefault(Distribution latency, double businessFailure, double transientFailure) {
        fallback = new Behaviour(latency, businessFailure, transientFailure);
        return this;
    }

    FakeParticipants on(String operation, Distribution latency, double businessFailure, double transientFailure) {
        behaviours.put(operation, new Behaviour(latency, businessFailure, transientFailure));
        return this;
    }

    /** The next replies of {@code operation}, in order, before its random behaviour applies. */
    FakeParticipants script(String operation, StepResult... results) {
        scripts.computeIfAbsent(operation, k -> new ArrayDeque<>()).addAll(List.of(results));
        return this;
    }

    @Override
    public void execute(String operation, Consumer<StepResult> done) {
        calls.merge(operation, 1L, Long::sum);
        if (log != null) {
            log.add(operation);
        }
        Behaviour b = behaviours.getOrDefault(operation, fallback);
        ArrayDeque<StepResult> script = scripts.get(operation);
        StepResult result;
        if (script != null && !script.isEmpty()) {
            result = script.poll();
        } else {
            double u = stream.nextDouble();
            result = u < b.businessFailure() ? StepResult.BUSINESS_FAILURE
                    : u < b.businessFailure() + b.transientFailure() ? StepResult.TRANSIENT_FAILURE : StepResult.SUCCESS;
        }
        if (result != StepResult.SUCCESS) {
            failures.merge(operation + ":" + result, 1L, Long::sum);
        }
        simulation.after(b.latency().sample(stream), "test.reply " + operation, () -> done.accept(result));
    }

    long calls(String operation) {
        return calls.getOrDefault(operation, 0L);
    }

    long failures(String operation, StepResult kind) {
        return failures.getOrDefault(operation + ":" + kind, 0L);
    }

    List<String> log() {
        return log;
    }
}
