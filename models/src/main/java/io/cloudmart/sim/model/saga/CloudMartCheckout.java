package io.cloudmart.sim.model.saga;

import java.util.List;

/**
 * The CloudMart checkout saga: create order (C: cancel order) → reserve inventory (C: release
 * inventory) → authorize payment (pivot) → confirm order (retriable). Operation names are the
 * commands the {@link StepExecutor} receives.
 *
 * <p><b>Why the pivot has no ordinary compensation.</b> The pivot is the last step that can fail
 * for a business reason; once it succeeds the orchestrator only moves forward, retrying "confirm
 * order" (idempotent) instead of undoing anything, so a refund is never needed for a saga that
 * reached the pivot. A declined payment committed nothing, so there is nothing to refund either.
 * The one case left is an authorization whose reply never came (timeout): the card may or may not
 * have been authorised, the saga aborts, and {@code payment.refund} (void the authorisation if
 * there is one, an idempotent command) is sent along with the other compensations. A "confirm
 * order" that exhausts its retries makes the saga STUCK, not refunded: undoing after the pivot
 * would turn the pivot into an ordinary compensatable step; in practice such an order goes to a
 * human, who may refund it.
 *
 * <p>Timeouts and retry caps are [ESTIMATE]s for a classroom default: 5 s per call (Temporal and
 * Istio set no default timeout), {@link SagaStep#DEFAULT_RETRY} before the pivot, 10 attempts of
 * "confirm order".
 */
public final class CloudMartCheckout {
    public static final String NAME = "checkout";
    public static final String CREATE_ORDER = "order.create";
    public static final String CANCEL_ORDER = "order.cancel";
    public static final String RESERVE_INVENTORY = "inventory.reserve";
    public static final String RELEASE_INVENTORY = "inventory.release";
    public static final String AUTHORIZE_PAYMENT = "payment.authorize";
    public static final String REFUND_PAYMENT = "payment.refund";
    public static final String CONFIRM_ORDER = "order.confirm";
    /** Per-call timeout, seconds [ESTIMATE]. */
    public static final double STEP_TIMEOUT_SECONDS = 5.0;
    /** Attempts of the retriable "confirm order" before the saga is stuck [ESTIMATE]. */
    public static final int CONFIRM_ATTEMPTS = 10;

    private CloudMartCheckout() {
    }

    /** The checkout saga with the defaults above. */
    public static SagaDefinition definition() {
        return new SagaDefinition(NAME, List.of(
                SagaStep.compensatable("createOrder", CREATE_ORDER, CANCEL_ORDER).withTimeout(STEP_TIMEOUT_SECONDS),
                SagaStep.compensatable("reserveInventory", RESERVE_INVENTORY, RELEASE_INVENTORY)
                        .withTimeout(STEP_TIMEOUT_SECONDS),
                SagaStep.pivot("authorizePayment", AUTHORIZE_PAYMENT).withCompensation(REFUND_PAYMENT)
                        .withTimeout(STEP_TIMEOUT_SECONDS),
                SagaStep.retriable("confirmOrder", CONFIRM_ORDER).withTimeout(STEP_TIMEOUT_SECONDS)
                        .withRetry(RetryPolicy.temporal(CONFIRM_ATTEMPTS))));
    }
}
