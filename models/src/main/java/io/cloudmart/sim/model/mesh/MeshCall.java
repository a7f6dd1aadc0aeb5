package io.cloudmart.sim.model.mesh;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.call.ResponseHandler;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SpanKind;

/**
 * One request through the caller's sidecar to a destination service, with Envoy's router logic:
 * pick a subset by the routes, a pod by the balancer (avoiding pods already tried), a connection
 * from the pool (503 UO when full), cross the sidecars on the way (one per proxy passed), and on a failed try consult the retry
 * policy; the per-try and route timeouts answer 504 while the late upstream answer is dropped.
 */
final class MeshCall {
    private final Simulation simulation;
    private final Destination destination;
    private final SidecarHop sidecars;
    private final String from;
    private final int endpoint;
    private final Request request;
    private final ResponseHandler handler;
    private final RetryState retry;
    /** The request's trace, or null when it is not sampled. */
    private final RequestTrace trace;
    /**
     * The hosts of the tries before {@link #current}, in order. The current try's host joins only when another try
     * is chosen, so a request that makes one try (most do) builds no list.
     */
    private List<UpstreamHost> earlierHosts = List.of();
    /** The latest try, or null before the first. */
    private Try current;
    private boolean answered;
    private boolean routed;
    /** The subset the routes chose, or null when the destination has no routes (all hosts). */
    private String subset;

    MeshCall(Simulation simulation, Destination destination, SidecarHop sidecars, String from, int endpoint,
             Request request, ResponseHandler handler) {
        this.simulation = simulation;
        this.destination = destination;
        this.sidecars = sidecars;
        this.from = from;
        this.endpoint = endpoint;
        this.request = request;
        this.handler = handler;
        this.trace = request.trace();
        DestinationPolicy policy = destination.policy;
        this.retry = new RetryState(policy.retries(), simulation.now(), policy.timeoutSeconds(), destination.pool);
    }

    void start() {
        // the route and its weighted subset are chosen once per request, as Envoy's router picks the cluster
        // once: retries stay in that subset, and a weight rewritten meanwhile does not move a request in flight
        if (!routed) {
            routed = true;
            if (destination.router != null) {
                subset = destination.router.pick(request.client().consumerId(), request.headers());
                if (subset == null) { // no route matched: Envoy answers 404 NR, nothing is sent
                    destination.noRoute.increment();
                    traceRefusal("404 NR");
                    answer(Outcome.NO_ROUTE);
                    return;
                }
            }
        }
        if (current != null) {
            earlierHosts = withHost(earlierHosts, current.host);
            current = null;
        }
        List<UpstreamHost> hosts = destination.candidates(subset);
        UpstreamHost host = destination.balancer(subset).chooseAvoiding(hosts, earlierHosts,
                LoadBalancer.ISTIO_HOST_SELECTION_RETRY_MAX_ATTEMPTS);
        if (host == null) {
            destination.noHealthyUpstream.increment();
            traceRefusal("503 UH");
            answer(Outcome.NO_HEALTHY_UPSTREAM);
            return;
        }
        Try attempt = new Try(host, destination.pod(host));
        current = attempt;
        switch (destination.pool.request(attempt)) {
            case STARTED -> attempt.send();
            case PENDING -> attempt.armDeadline();
            case OVERFLOW -> {
                destination.overflows.increment();
                retry.startTry(simulation.now()); // an overflowed try counts as a try (Envoy's upstream_rq_pending_overflow)
                attempt.traceEnd("503 UO");
                failed(AttemptResult.overflow());
            }
        }
    }

    /** Hosts chosen so far, the current try's included. */
    private int hostsChosen() {
        return earlierHosts.size() + (current == null ? 0 : 1);
    }

    private static List<UpstreamHost> withHost(List<UpstreamHost> hosts, UpstreamHost host) {
        return switch (hosts.size()) {
            case 0 -> List.of(host);
            case 1 -> List.of(hosts.get(0), host);
            default -> {
                List<UpstreamHost> longer = new ArrayList<>(hosts);
                longer.add(host);
                yield longer;
            }
        };
    }

    private void failed(AttemptResult failure) {
        RetryDecision decision = retry.onFailure(failure, simulation.now(), destination.backoff);
        if (!decision.retry() && "UO".equals(decision.responseFlag()) && !failure.equals(AttemptResult.overflow())) {
            destination.overflows.increment(); // the maxRetries circuit breaker refused the retry
        }
        if (decision.retry()) {
            destination.retries.increment();
            simulation.after(decision.delaySeconds(), "retry back-off", trace == null ? this::start : tracedBackOff());
        } else if (decision.delaySeconds() > 0) {
            simulation.after(decision.delaySeconds(), "route timeout", () -> answer(outcome(decision, failure)));
        } else {
            answer(outcome(decision, failure));
        }
    }

    /** The back-off's span, then the next try; only for a traced request. */
    private Runnable tracedBackOff() {
        double began = simulation.now();
        return () -> {
            trace.span(SpanKind.RETRY_BACKOFF, destination.service.name(), from, began, simulation.now(),
                    "before try " + (hostsChosen() + 1));
            start();
        };
    }

    /** A try that Envoy answered itself before choosing or reaching a host (no route, no healthy host). */
    private void traceRefusal(String detail) {
        if (trace != null) {
            double now = simulation.now();
            trace.span(SpanKind.ATTEMPT, destination.service.name(), "try " + (hostsChosen() + 1), now, now, detail);
        }
    }

    private void answer(Outcome outcome) {
        if (answered) {
            return;
        }
        answered = true;
        retry.finish();
        if (outcome == Outcome.TIMEOUT) {
            destination.timeouts.increment();
        }
        handler.respond(outcome);
    }

    /**
     * What the caller gets when no retry follows {@code failure}. Only a pool overflow is answered 503 UO;
     * when the {@code maxRetries} circuit breaker refused the retry (flag UO on another failure), Envoy
     * passes on the try's own answer: the upstream's status, 503 for a connect failure, 504 for a timeout.
     */
    private static Outcome outcome(RetryDecision decision, AttemptResult failure) {
        if ("UO".equals(decision.responseFlag()) && failure.kind() == AttemptResult.Kind.OVERFLOW) {
            return Outcome.OVERFLOW;
        }
        if ("UH".equals(decision.responseFlag())) {
            return Outcome.NO_HEALTHY_UPSTREAM;
        }
        return Outcome.ofStatus(decision.status());
    }

    /**
     * One try on one pod. It is its own event action through the steps of its trip (the pool's connection, the
     * sidecars out, the pod's answer back, or the refused connection), and the pod's response handler, so a try
     * makes no closure per step; {@link #step} says which step {@link #run} takes.
     */
    private final class Try implements Runnable, ResponseHandler {
        private final UpstreamHost host;
        /** The pod chosen; it may leave the endpoints, or go, while the try waits or runs. */
        private final Pod pod;
        private EventHandle deadline;
        /** When the try asked the pool for a connection (traced requests only). */
        private final double requestedAt;
        private boolean armed;
        private boolean sent;
        private boolean over;
        private Step step = Step.WAITING_FOR_CONNECTION;
        private SidecarHop.Connection connection;
        /** True if this try opened the connection with an mTLS handshake. */
        private boolean handshake;
        /** Half the sidecar latency: the way out and the way back each take one half. */
        private double halfHop;
        /** When the current way through the sidecars began. */
        private double wayStarted;
        /** The pod's answer, carried back through the sidecars. */
        private Outcome outcome;

        Try(UpstreamHost host, Pod pod) {
            this.host = host;
            this.pod = pod;
            this.requestedAt = trace == null ? 0 : simulation.now();
        }

        /** What {@link #run} does next. */
        private enum Step {
            /** The pool hands over a connection: send. */
            WAITING_FOR_CONNECTION,
            /** The request has crossed the sidecars: the pod serves it. */
            GOING_OUT,
            /** The answer has crossed the sidecars back. */
            COMING_BACK,
            /** The pod's refusal reaches the proxy. */
            REFUSED
        }

        @Override
        public void run() {
            switch (step) {
                case WAITING_FOR_CONNECTION -> send();
                case GOING_OUT -> reachedPod();
                case COMING_BACK -> cameBack();
                case REFUSED -> refusalArrived();
            }
        }

        /** Records the try as a span ending now, with what came of it; nothing when the request is not traced. */
        void traceEnd(String detail) {
            if (trace != null) {
                trace.span(SpanKind.ATTEMPT, destination.service.name(), "try " + hostsChosen() + " " + host.name(),
                        requestedAt, simulation.now(), detail);
            }
        }

        /** Starts the try's clock; a try still waiting for a connection can time out too. */
        void armDeadline() {
            if (armed) {
                return;
            }
            armed = true;
            double due = retry.startTry(simulation.now());
            if (Double.isFinite(due)) {
                deadline = simulation.at(due, "per-try timeout", this::timedOut);
            }
        }

        void send() {
            sent = true;
            armDeadline();
            if (trace != null && simulation.now() > requestedAt) {
                trace.span(SpanKind.POOL_WAIT, destination.service.name(), from, requestedAt, simulation.now(),
                        "mesh connection pool");
            }
            host.requestStarted();
            if (destination.service.isDown() || pod.state() == PodState.GONE) {
                destination.service.countRefused();
                step = Step.REFUSED;
                simulation.after(sidecars.settings().rttSeconds(), "connection refused", this);
                return;
            }
            connection = sidecars.connection(from, host.name());
            boolean newConnection = sidecars.open(connection, simulation.now());
            handshake = sidecars.handshakes(newConnection);
            double latency = sidecars.latencySeconds(from, newConnection);
            if (handshake) {
                destination.handshakes.increment();
            }
            halfHop = latency / 2;
            wayStarted = simulation.now();
            step = Step.GOING_OUT;
            simulation.after(halfHop, "sidecar out", this);
        }

        private void reachedPod() {
            if (trace != null) {
                traceSidecars("out", wayStarted);
            }
            destination.service.handleOn(pod, endpoint, request, this);
        }

        /** The pod's answer: it crosses the sidecars back. */
        @Override
        public void respond(Outcome answer) {
            outcome = answer;
            wayStarted = simulation.now();
            step = Step.COMING_BACK;
            simulation.after(halfHop, "sidecar back", this);
        }

        private void cameBack() {
            if (trace != null && !over) {
                traceSidecars("back", wayStarted);
            }
            answered(outcome);
        }

        /** The sidecars crossed one way ({@code out} or {@code back}), from {@code began} to now. */
        private void traceSidecars(String way, double began) {
            int proxies = SidecarHop.proxiesPassed(from);
            String detail = proxies + (proxies == 1 ? " proxy" : " proxies")
                    + (handshake ? String.format(java.util.Locale.ROOT,
                    " + mTLS handshake (%.3g ms, both ways together)", sidecars.settings().handshakeSeconds() * 1000) : "");
            trace.span(SpanKind.SIDECAR, from + " → " + host.name(), way, began, simulation.now(), detail);
        }

        private void answered(Outcome outcome) {
            sidecars.callEnded(connection, simulation.now());
            if (over) {
                return; // the try timed out earlier; Envoy reset the stream, the late answer is dropped
            }
            end();
            if (trace != null) {
                traceEnd(outcome.flag().isEmpty() ? String.valueOf(outcome.status()) : outcome.status() + " " + outcome.flag());
            }
            // a pod killed mid-request resets the connection: a no-response failure, not a 503 answer
            AttemptResult result = outcome == Outcome.RESET ? AttemptResult.reset() : AttemptResult.response(outcome.status());
            if (destination.outlier != null) {
                destination.outlier.record(host, result);
            }
            if (outcome.isOk()) {
                answer(outcome);
            } else {
                failed(result);
            }
        }

        /** The pod refused the connection (an outage, or the pod is gone): Envoy's connect failure, retriable by default. */
        private void refusalArrived() {
            if (over) {
                return;
            }
            end();
            traceEnd("503 UF connection refused");
            AttemptResult failure = AttemptResult.connectFailure();
            if (destination.outlier != null) {
                destination.outlier.record(host, failure);
            }
            failed(failure);
        }

        private void timedOut() {
            if (over) {
                return;
            }
            if (sent) {
                end();
            } else {
                over = true;
                destination.pool.cancelPending(this);
            }
            traceEnd("504 UT per-try timeout");
            AttemptResult timeout = AttemptResult.perTryTimeout();
            if (sent && destination.outlier != null) {
                destination.outlier.record(host, timeout); // Envoy counts a timed-out request against the host
            }
            if (retry.routeTimedOut(simulation.now())) {
                answer(Outcome.TIMEOUT);
            } else {
                failed(timeout);
            }
        }

        private void end() {
            over = true;
            if (deadline != null) {
                deadline.cancel();
            }
            host.requestFinished();
            destination.pool.requestFinished();
        }
    }
}
