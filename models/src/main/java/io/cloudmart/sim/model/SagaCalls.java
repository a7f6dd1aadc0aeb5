package io.cloudmart.sim.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.saga.StepExecutor;
import io.cloudmart.sim.model.saga.StepResult;
import io.cloudmart.sim.model.service.Wiring;

/**
 * Runs a saga's steps as calls to service endpoints ({@code service.endpoint}), from the saga's
 * orchestrator. A 200 is a committed local transaction; a 409 or 500 a business refusal; any
 * proxy-made failure (503, 504, 429) a transient one, worth a retry.
 */
final class SagaCalls implements StepExecutor {
    private static final RequestIdentity ORCHESTRATOR = RequestIdentity.anonymous("orchestrator");

    private final String from;
    private final Wiring wiring;
    private final Map<String, CallTarget> targets = new HashMap<>();

    SagaCalls(String saga, Wiring wiring) {
        this.from = "saga-" + saga;
        this.wiring = wiring;
    }

    @Override
    public void execute(String operation, Consumer<StepResult> done) {
        CallTarget target = targets.computeIfAbsent(operation, this::resolve);
        target.call(new Request(0, -1, ORCHESTRATOR), outcome -> done.accept(result(outcome)));
    }

    private CallTarget resolve(String operation) {
        int dot = operation.indexOf('.');
        if (dot < 1) {
            throw new IllegalArgumentException("saga operation '" + operation + "' is not service.endpoint");
        }
        return wiring.endpoint(from, operation.substring(0, dot), operation.substring(dot + 1));
    }

    private static StepResult result(Outcome outcome) {
        return switch (outcome) {
            case OK -> StepResult.SUCCESS;
            case CONFLICT, SERVER_ERROR -> StepResult.BUSINESS_FAILURE;
            default -> StepResult.TRANSIENT_FAILURE;
        };
    }
}
