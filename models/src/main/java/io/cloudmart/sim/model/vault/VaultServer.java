package io.cloudmart.sim.model.vault;

import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.service.Outage;

/**
 * The Vault server as its clients see it: a request sent while it is up is answered after a latency drawn from
 * {@code vault.latency}; one sent during an outage fails at once (a sealed Vault answers 503, a Service without
 * endpoints refuses the connection). It counts every request and every failure.
 */
final class VaultServer {
    /** The stream of the request latencies. */
    static final String LATENCY_STREAM = "vault.latency";

    private final Distribution latency;
    private final List<Outage> outages;
    private final Simulation simulation;
    private final RandomStream latencies;
    private long requests;
    private long failures;

    VaultServer(VaultConfig config, Simulation simulation) {
        this.latency = config.latency();
        this.outages = config.outages();
        this.simulation = simulation;
        this.latencies = simulation.stream(LATENCY_STREAM);
    }

    /** True when Vault answers requests now. */
    boolean up() {
        return !Outage.anyCovers(outages, simulation.now());
    }

    /**
     * Sends one request now: its latency, seconds, when Vault is up (the answer arrives then), NaN when it is down
     * (the request failed at once).
     */
    double request() {
        requests++;
        if (!up()) {
            failures++;
            return Double.NaN;
        }
        return latency.sample(latencies);
    }

    /**
     * Sends {@code count} requests now whose answers nobody waits for (lease renewals in the background): true when
     * they succeed. No latency is drawn, so renewals do not move the init containers' latency draws.
     */
    boolean background(int count) {
        requests += count;
        if (!up()) {
            failures += count;
            return false;
        }
        return true;
    }

    long requests() {
        return requests;
    }

    long failures() {
        return failures;
    }
}
