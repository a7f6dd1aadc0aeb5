package io.cloudmart.sim.model.service;

import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.call.ResponseHandler;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SpanKind;

/**
 * One request running an endpoint's program on a pod, holding a worker from start to answer.
 * Steps run one after another; a failed non-optional call stops the program with a 500.
 *
 * <p>It answers exactly once: normally, or with {@link Outcome#RESET} when its pod is killed while it
 * is still in it, after which whatever its steps were waiting for is ignored when it comes back.
 *
 * <p>It is its own continuation, so the steps of a request allocate nothing for it: as a {@link Runnable} it
 * goes on with the next step (after a CPU burst, a pause, a cache write), and as a {@link ResponseHandler} it
 * takes the answer of the call its current step made.
 */
final class Execution implements Runnable, ResponseHandler {
    private final Program program;
    private final Pod pod;
    private final Request request;
    private final Service service;
    private final int endpoint;
    /** When the request reached the service: its latency there runs from here to the answer. */
    private final double arrival;
    private final ResponseHandler caller;
    /** The request's trace, or null when it is not sampled: then no step records anything. */
    private final RequestTrace trace;
    /** When the pod took it in (traced requests only): its queue wait runs from here to the first step. */
    private final double admittedAt;
    private int next;
    private int pendingCalls;
    private boolean fanOutFailed;
    private boolean answered;
    /** When it started waiting for a worker (set by the pod). */
    double queuedAt;
    /** Neighbours on the pod's in-flight list. */
    private Execution previousInPod;
    private Execution nextInPod;

    /**
     * @param program  the endpoint's program
     * @param endpoint the endpoint's index in {@code service}
     * @param arrival  when the request reached the service, seconds
     * @param caller   told the outcome once it is known
     */
    Execution(Program program, Pod pod, Request request, Service service, int endpoint, double arrival,
              ResponseHandler caller) {
        this.program = program;
        this.pod = pod;
        this.request = request;
        this.service = service;
        this.endpoint = endpoint;
        this.arrival = arrival;
        this.caller = caller;
        this.trace = request.trace();
        this.admittedAt = trace == null ? 0 : pod.now();
    }

    /** Puts this request at the head of its pod's in-flight list, before {@code first}. */
    void linkBefore(Execution first) {
        nextInPod = first;
        if (first != null) {
            first.previousInPod = this;
        }
    }

    void unlinkFrom(Pod owner) {
        if (previousInPod == null) {
            owner.setFirstInFlight(nextInPod);
        } else {
            previousInPod.nextInPod = nextInPod;
        }
        if (nextInPod != null) {
            nextInPod.previousInPod = previousInPod;
        }
        previousInPod = null;
        nextInPod = null;
    }

    /** The pod was killed with this request still in it: it fails with a reset connection. */
    void killed() {
        answer(Outcome.RESET);
    }

    private void answer(Outcome outcome) {
        if (answered) {
            return;
        }
        answered = true;
        pod.release(this);
        service.answered(pod, endpoint, arrival, outcome, caller);
    }

    /** A step that waited (CPU, a pause, a cache write) is over: the next one runs. */
    @Override
    public void run() {
        proceed();
    }

    /** The call of the current step ({@link Program.Invoke}) has its outcome. */
    @Override
    public void respond(Outcome outcome) {
        afterCall(outcome, ((Program.Invoke) program.instructions[next - 1]).optional());
    }

    /** Runs the remaining steps; call once the worker is granted. */
    void proceed() {
        if (answered) {
            return; // killed while a step was under way
        }
        if (trace != null && next == 0) {
            trace.span(SpanKind.QUEUE, pod.name(), program.label, admittedAt, pod.now(), "");
        }
        if (next == program.instructions.length) {
            // the endpoint's own failures and the pod version's (a bad canary) are independent, each drawn from
            // its own stream: two runs that differ only in an error rate then draw the same numbers in every other
            // stream (common random numbers). A rate of 0 draws nothing, which shifts no other stream and saves a
            // draw per call where no error is configured
            double versionRate = pod.version().errorRate();
            boolean failed = program.errorRate > 0 && program.errors.nextDouble() < program.errorRate
                    || versionRate > 0 && pod.versionErrors().nextDouble() < versionRate;
            answer(failed ? Outcome.SERVER_ERROR : Outcome.OK);
            return;
        }
        int step = next;
        Program.Instruction instruction = program.instructions[next++];
        if (instruction instanceof Program.Burn b) {
            pod.burn(b.cpu().sample(b.stream()), trace == null ? this : tracedWork(step));
        } else if (instruction instanceof Program.Invoke i) {
            i.target().callFrom(pod.name(), request, this);
        } else if (instruction instanceof Program.FanOut f) {
            fanOut(f);
        } else if (instruction instanceof Program.Query q) {
            q.store().execute(q.operation(), trace, ok -> afterCall(ok ? Outcome.OK : Outcome.SERVER_ERROR, false));
        } else if (instruction instanceof Program.CacheGet g) {
            double asked = trace == null ? 0 : pod.now();
            g.cache().get(g.hitRatio(), hit -> {
                if (trace != null) {
                    trace.span(SpanKind.CACHE, g.cache().name(), "get", asked, pod.now(), hit ? "hit" : "miss");
                }
                if (hit) {
                    next = g.afterMiss();
                }
                proceed();
            });
        } else if (instruction instanceof Program.CacheSet c) {
            c.cache().set(traced(SpanKind.CACHE, c.cache().name(), "set", ""));
        } else if (instruction instanceof Program.Produce p) {
            p.messaging().publish(p.topic(), p.keyed() ? request.client().identifier(
                    io.cloudmart.sim.model.gateway.LimitBy.CONSUMER) : null, traced(SpanKind.PRODUCE, p.topic(), "produce", ""));
        } else if (instruction instanceof Program.Orchestrate o) {
            double began = trace == null ? 0 : pod.now();
            o.saga().start(outcome -> {
                if (trace != null) {
                    trace.span(SpanKind.SAGA, o.saga().definition().name(), program.label, began, pod.now(),
                            outcome.name().toLowerCase(java.util.Locale.ROOT));
                }
                switch (outcome) {
                    case COMMITTED -> proceed();
                    case COMPENSATED -> answer(Outcome.CONFLICT);
                    default -> answer(Outcome.SERVER_ERROR);
                }
            });
        } else {
            Program.Pause p = (Program.Pause) instruction;
            double decision = p.latency().sample(p.stream());
            p.decisions().record(decision);
            pod.pause(decision, traced(SpanKind.AUTHORIZE, pod.name(), program.label, "opa"));
        }
    }

    /**
     * What runs when a step that waits ends: this execution itself when the request is not traced (no
     * allocation), else the span from now to then, then {@link #proceed}.
     */
    private Runnable traced(SpanKind kind, String where, String name, String detail) {
        if (trace == null) {
            return this;
        }
        double began = pod.now();
        return () -> {
            trace.span(kind, where, name, began, pod.now(), detail);
            proceed();
        };
    }

    /** As {@link #traced} for the work step at {@code step} (from 0); only called for a traced request. */
    private Runnable tracedWork(int step) {
        double began = pod.now();
        return () -> {
            trace.span(SpanKind.WORK, pod.name(), program.label, began, pod.now(), "step " + (step + 1));
            proceed();
        };
    }

    private void afterCall(Outcome outcome, boolean optional) {
        if (answered) {
            return;
        }
        if (outcome.isOk() || optional) {
            proceed();
        } else {
            answer(Outcome.SERVER_ERROR);
        }
    }

    private void fanOut(Program.FanOut f) {
        pendingCalls = f.targets().length;
        fanOutFailed = false;
        for (int i = 0; i < f.targets().length; i++) {
            boolean optional = f.optional()[i];
            f.targets()[i].callFrom(pod.name(), request, outcome -> joined(outcome.isOk() || optional));
        }
    }

    private void joined(boolean ok) {
        if (answered) {
            return;
        }
        fanOutFailed |= !ok;
        if (--pendingCalls == 0) {
            if (fanOutFailed) {
                answer(Outcome.SERVER_ERROR);
            } else {
                proceed();
            }
        }
    }
}
