package io.cloudmart.sim.model.call;

/**
 * Something a request can be sent to: a service endpoint directly, or through the gateway or the
 * mesh. Resolved once when the model is assembled, so no name is looked up per request.
 */
@FunctionalInterface
public interface CallTarget {
    void call(Request request, ResponseHandler handler);

    /**
     * The same call, naming the calling pod: the mesh keeps its pooled (mTLS) connections per pod
     * pair. Targets that do not care ignore the caller.
     */
    default void callFrom(String callerPod, Request request, ResponseHandler handler) {
        call(request, handler);
    }
}
