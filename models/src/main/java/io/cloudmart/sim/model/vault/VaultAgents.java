package io.cloudmart.sim.model.vault;

import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.StartGate;

/**
 * Vault in one replication: the server, each listed service's init container ({@link #initGate}) and the sidecars
 * that renew the pods' leases. The pods a run starts with fetched their secrets before time 0: their leases begin at
 * 0. At the end it attaches a {@link VaultReport}.
 *
 * <p>Streams: {@code vault.latency} (each init request's latency) and {@code vault.agent} (the agents' back-off
 * jitter and renewal grace periods); no other stream is touched, so adding Vault moves no other draw.
 */
public final class VaultAgents {
    /** The stream of the agents' back-off jitter and grace periods. */
    static final String AGENT_STREAM = "vault.agent";

    private final VaultConfig config;
    private final VaultServer server;
    private final VaultTally tally;
    private final LeaseRenewers renewers;
    private final Simulation simulation;
    private final RandomStream agentStream;
    private final Map<String, Service> services;

    /** Starts Vault and the sidecars of the Ready pods of the listed {@code services} (by name). */
    public VaultAgents(VaultConfig config, Map<String, Service> services, Simulation simulation) {
        for (String name : config.secrets().keySet()) {
            if (!services.containsKey(name)) {
                throw new IllegalArgumentException("vault: no service named " + name + "; there are " + services.keySet());
            }
        }
        this.config = config;
        this.services = services;
        this.simulation = simulation;
        this.server = new VaultServer(config, simulation);
        this.tally = new VaultTally(simulation);
        this.agentStream = simulation.stream(AGENT_STREAM);
        this.renewers = new LeaseRenewers(config, server, tally, simulation, agentStream);
        config.secrets().forEach((name, secrets) -> {
            Service service = services.get(name);
            service.watch(renewers);
            for (Pod pod : java.util.List.copyOf(service.pods())) {
                if (pod.state() == PodState.READY) {
                    renewers.leaseObtained(pod, secrets);
                }
            }
        });
        simulation.onFinish(end -> tally.report(server));
    }

    /** The init step of {@code service}'s new pods: {@code vault-agent-init}, or none when it uses no Vault. */
    public StartGate initGate(String service) {
        int secrets = config.secretsOf(service);
        if (secrets == 0) {
            return StartGate.NONE;
        }
        VaultAgentInit gate = new VaultAgentInit(secrets, config, server, tally, renewers, simulation, agentStream);
        services.get(service).watch((pod, previous) -> {
            if (pod.state() == PodState.TERMINATING || pod.state() == PodState.GONE) {
                gate.podLeft(pod);
            }
        });
        return gate;
    }

    /** The journal's controller name of Vault's lines in {@code events.jsonl}. */
    public static String journalName() {
        return VaultTally.JOURNAL;
    }
}
