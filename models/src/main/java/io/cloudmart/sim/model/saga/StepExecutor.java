package io.cloudmart.sim.model.saga;

import java.util.function.Consumer;

/**
 * How the orchestrator reaches the participants: it sends a command (a step's action or
 * compensation, by name) and is called back with the reply.
 *
 * <p>The lead plugs real service calls in here; tests use a fake with configured latencies and
 * failure probabilities. An implementation calls {@code done} once per command, now or later, or
 * never (a lost reply, which the step's timeout then covers). Replies arriving after the
 * orchestrator gave up on a command (timeout) or repeated replies are ignored and counted as
 * {@code lateReplies}: this is where at-least-once delivery and late commits show up.
 */
@FunctionalInterface
public interface StepExecutor {
    /** Sends {@code operation} (an action or compensation name) and reports the reply to {@code done}. */
    void execute(String operation, Consumer<StepResult> done);
}
