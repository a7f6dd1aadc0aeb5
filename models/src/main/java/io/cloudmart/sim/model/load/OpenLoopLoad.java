package io.cloudmart.sim.model.load;

import java.util.List;
import java.util.function.BiFunction;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.ClientPopulation;
import io.cloudmart.sim.model.load.shape.ArrivalProcess;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.RequestTracer;

/**
 * Clients that send requests whatever the shop's state (open loop), as a Poisson process whose
 * rate follows the load's shape (or at replayed times). Each arrival picks a journey by weight and calls its entry endpoint;
 * the client measures the time until the response.
 */
public final class OpenLoopLoad {
    /**
     * Requests in flight at which the run stops early ({@link Simulation#stopEarly}): an open-loop
     * load above the shop's capacity makes queues grow without end, and would otherwise end in an
     * out-of-memory error. The results up to the stop are kept, so the learner sees the queues grow.
     */
    public static final int MAX_IN_FLIGHT = 250_000;

    /** Why the run stops at {@link #MAX_IN_FLIGHT}, in words a learner can act on. */
    static final String OVERLOADED = String.format(java.util.Locale.US, "more than %,d requests were in flight: the"
            + " shop is overloaded and its queues grow without end; lower the load or add capacity (replicas, cpu,"
            + " concurrency)", MAX_IN_FLIGHT);

    private final Simulation simulation;
    private final ArrivalProcess arrivals;
    private final RandomStream journeyPicker;
    private final double[] cumulativeWeights;
    private final CallTarget[] entries;
    private final java.util.Map<String, String>[] headers;
    private final ClientMetrics metrics;
    private final JourneyMetrics journeyMetrics;
    private final ClientPopulation clients;
    private final RandomStream clientPicker;
    /** The arrival event's action, one instance for the whole run. */
    private final Runnable arrival = this::arrive;
    /** Picks the requests to trace; null when nothing is traced. */
    private final RequestTracer tracer;

    /** @param entry finds the target of a journey's entry call by (service, endpoint) */
    public OpenLoopLoad(LoadConfig config, Simulation simulation, BiFunction<String, String, CallTarget> entry) {
        this(config, simulation, entry, null);
    }

    /** @param tracer picks the requests whose hops are traced, or null to trace none */
    public OpenLoopLoad(LoadConfig config, Simulation simulation, BiFunction<String, String, CallTarget> entry,
                        RequestTracer tracer) {
        this.simulation = simulation;
        this.tracer = tracer;
        this.arrivals = config.arrivals(simulation.stream("load.arrivals"));
        this.journeyPicker = simulation.stream("load.journeys");
        this.metrics = new ClientMetrics(simulation);
        this.clients = config.clients();
        this.clientPicker = simulation.stream("load.clients");
        List<Journey> journeys = config.journeys();
        this.journeyMetrics = new JourneyMetrics(simulation, journeys, metrics.latency);
        int n = journeys.size();
        cumulativeWeights = new double[n];
        entries = new CallTarget[n];
        @SuppressWarnings("unchecked")
        java.util.Map<String, String>[] journeyHeaders = new java.util.Map[n];
        headers = journeyHeaders;
        double total = journeys.stream().mapToDouble(Journey::weight).sum();
        double running = 0;
        for (int i = 0; i < n; i++) {
            Journey journey = journeys.get(i);
            running += journey.weight() / total;
            cumulativeWeights[i] = i == n - 1 ? 1.0 : running;
            entries[i] = entry.apply(journey.service(), journey.endpoint());
            headers[i] = journey.headers();
        }
    }

    /** Schedules the first arrival; call once while assembling the model. */
    public void start() {
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        double next = arrivals.nextAfter(simulation.now(), simulation.endTime());
        if (next <= simulation.endTime()) {
            simulation.at(next, "client arrival", arrival);
        }
    }

    private void arrive() {
        if (metrics.inSystem.value() >= MAX_IN_FLIGHT) {
            simulation.stopEarly("load", OVERLOADED);
            return;
        }
        scheduleNextArrival();
        int journey = pickJourney();
        double sentAt = simulation.now();
        metrics.arrivals.increment();
        metrics.inSystem.add(1);
        RequestTrace trace = tracer == null ? null : tracer.sample(sentAt, journey);
        Request request = new Request(sentAt, journey, clients.pick(clientPicker), headers[journey], trace);
        entries[journey].call(request, trace == null ? outcome -> respond(journey, sentAt, outcome) : outcome -> {
            tracer.finished(trace, simulation.now(), outcome);
            respond(journey, sentAt, outcome);
        });
    }

    private int pickJourney() {
        int n = cumulativeWeights.length;
        if (n == 1) {
            return 0;
        }
        double u = journeyPicker.nextDouble();
        int i = 0;
        while (i < n - 1 && u >= cumulativeWeights[i]) {
            i++;
        }
        return i;
    }

    private void respond(int journey, double sentAt, Outcome outcome) {
        double latency = simulation.now() - sentAt;
        metrics.inSystem.add(-1);
        metrics.requests.increment();
        metrics.count(outcome);
        journeyMetrics.record(journey, latency, outcome);
    }
}
