package io.cloudmart.sim.scenario.report;

import java.util.Locale;
import java.util.Optional;

import io.cloudmart.sim.core.theory.QueueingFormulas;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;

/**
 * The mean latency queueing theory predicts, for scenarios simple enough to have a formula: one
 * service with one endpoint, each worker on a core of its own. Random pod choice splits Poisson
 * arrivals into independent Poisson streams of rate λ / pods, so each pod is an M/M/c station
 * (Erlang C) with exponential work, or M/G/1 (Pollaczek–Khinchine) with one worker.
 */
final class StationTheory {
    private final ServiceSpec service;
    private final DistributionSpec work;
    private final double mean;
    private final double variance;

    private StationTheory(ServiceSpec service, DistributionSpec work, double mean, double variance) {
        this.service = service;
        this.work = work;
        this.mean = mean;
        this.variance = variance;
    }

    /** The theory for {@code spec}, if it has one. */
    static Optional<StationTheory> of(ScenarioSpec spec) {
        if (spec.services().size() != 1) {
            return Optional.empty();
        }
        ServiceSpec service = spec.services().values().iterator().next();
        PodSpec pod = service.pod();
        if (service.endpoints().size() != 1 || pod.concurrency() > pod.cpuCores() || service.versions().size() != 1) {
            return Optional.empty();
        }
        EndpointSpec endpoint = service.endpoints().values().iterator().next();
        var version = service.versions().values().iterator().next();
        if (!endpoint.isWorkOnly() || endpoint.errorRate() > 0 || endpoint.authorize() != null
                || version.errorRate() > 0 || version.latencyFactor() != 1.0
                || spec.gateway() != null || spec.mesh() != null) {
            return Optional.empty();
        }
        var sampler = io.cloudmart.sim.scenario.build.Distributions.of(endpoint.work());
        boolean exponential = endpoint.work().name().equals("exponential");
        if (!exponential && pod.concurrency() != 1) {
            return Optional.empty();
        }
        return Optional.of(new StationTheory(service, endpoint.work(), sampler.mean(), sampler.variance()));
    }

    /** Name of the model, e.g. "M/M/4 per pod (Erlang C)". */
    String model() {
        int c = service.pod().concurrency();
        String pods = service.replicas() > 1 ? " per pod" : "";
        if (work.name().equals("exponential")) {
            return String.format(Locale.US, "M/M/%d%s (%s)", c, pods, c == 1 ? "1/(μ − λ)" : "Erlang C");
        }
        return "M/G/1" + pods + " (Pollaczek–Khinchine)";
    }

    /** Mean latency in seconds at arrival rate {@code rate} (per second), or empty when the station is overloaded. */
    Optional<Double> meanLatency(double rate) {
        double perPod = rate / service.replicas();
        int c = service.pod().concurrency();
        if (perPod * mean >= c) {
            return Optional.empty();
        }
        if (work.name().equals("exponential")) {
            return Optional.of(QueueingFormulas.mmcMeanSojourn(perPod, 1 / mean, c));
        }
        return Optional.of(QueueingFormulas.mg1MeanSojourn(perPod, mean, variance));
    }
}
