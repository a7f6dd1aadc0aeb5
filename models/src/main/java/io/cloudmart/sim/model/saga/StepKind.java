package io.cloudmart.sim.model.saga;

/**
 * The role of a step in a saga (Richardson, <i>Microservices Patterns</i>; Garcia-Molina and Salem
 * 1987). In a definition the kinds appear in this order: compensatable steps, at most one pivot,
 * then retriable steps.
 */
public enum StepKind {
    /**
     * Before the pivot: may have to be undone by its compensating transaction (a semantic undo such
     * as "cancel order") when a later step at or before the pivot fails. A read-only step is
     * compensatable without a compensation.
     */
    COMPENSATABLE,
    /**
     * The go/no-go point: the last step that may fail for a business reason. If it fails, the
     * completed compensatable steps are compensated; if it succeeds the saga must run to the end.
     */
    PIVOT,
    /**
     * After the pivot: idempotent, retried on failure until it succeeds, never compensated.
     */
    RETRIABLE
}
