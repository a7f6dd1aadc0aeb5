package io.cloudmart.sim.model.vault;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.StartGate;

/**
 * The {@code vault-agent-init} init container of one service's pods: it logs in to Vault (Kubernetes auth), then
 * reads each of the {@code secrets} one after another (consul-template renders the templates in turn), each request
 * taking Vault's latency; then it exits and the app containers start. With no outage a pod's start-up is longer by
 * exactly the sum of those {@code 1 + secrets} latencies.
 *
 * <p>A failed request (Vault down) sends the agent into auto-auth's back-off ({@link AuthBackoff}: about 1 s, then
 * doubling up to 5 min) and the next attempt starts again from the login, without a retry limit. [CHOICE] A failure
 * after the login (Vault going down between two reads, a window of milliseconds) is treated the same way; the agent
 * would retry the template first and, with the injector's {@code exit_on_retry_failure: true}, exit and be restarted.
 * Meanwhile the pod stays Pending (Kubernetes shows {@code Init:0/1}): it gets no traffic, and its node's room stays
 * taken. A pod deleted meanwhile stops its agent at once ({@link #podLeft}).
 */
final class VaultAgentInit implements StartGate {
    private final int secrets;
    private final VaultServer server;
    private final VaultTally tally;
    private final LeaseRenewers renewers;
    private final Simulation simulation;
    private final RandomStream agentStream;
    private final double minBackoff;
    private final double maxBackoff;
    /** The init containers running now, so that a pod deleted meanwhile leaves the count at once. */
    private final Map<Pod, Run> running = new HashMap<>();

    VaultAgentInit(int secrets, VaultConfig config, VaultServer server, VaultTally tally, LeaseRenewers renewers,
                   Simulation simulation, RandomStream agentStream) {
        this.secrets = secrets;
        this.server = server;
        this.tally = tally;
        this.renewers = renewers;
        this.simulation = simulation;
        this.agentStream = agentStream;
        this.minBackoff = config.authMinBackoffSeconds();
        this.maxBackoff = config.authMaxBackoffSeconds();
    }

    @Override
    public void beforeAppContainers(Pod pod, Runnable start) {
        if (pod.state() != PodState.PENDING) {
            return;
        }
        tally.initStarted();
        Run run = new Run(pod, start);
        running.put(pod, run);
        run.attempt();
    }

    /** {@code pod} is being deleted: its init container stops with it. */
    void podLeft(Pod pod) {
        Run run = running.remove(pod);
        if (run != null) {
            run.stop();
        }
    }

    /** One pod's init container, from its start to its exit. */
    private final class Run {
        private final Pod pod;
        private final Runnable start;
        private final double startedAt = simulation.now();
        private final AuthBackoff backoff = new AuthBackoff(minBackoff, maxBackoff, agentStream);
        private int attempts;
        private int failures;
        private EventHandle next;

        Run(Pod pod, Runnable start) {
            this.pod = pod;
            this.start = start;
        }

        void attempt() {
            attempts++;
            request(0);
        }

        void stop() {
            if (next != null) {
                next.cancel();
            }
            tally.initLeft();
        }

        /** Sends request {@code index}: 0 is the login, 1 … secrets the reads. */
        private void request(int index) {
            if (index > secrets) {
                done();
                return;
            }
            double latency = server.request();
            if (Double.isNaN(latency)) {
                failed(index);
                return;
            }
            next = simulation.after(latency, "vault request answered", () -> request(index + 1));
        }

        private void failed(int index) {
            failures++;
            double delay = backoff.next();
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("pod", pod.name());
            inputs.put("request", index == 0 ? "login" : "secret " + index);
            inputs.put("attempt", attempts);
            inputs.put("retryInSeconds", delay);
            tally.journal().record(VaultTally.JOURNAL, "initRetry", inputs);
            next = simulation.after(delay, "vault-agent-init retries", this::attempt);
        }

        private void done() {
            double waited = simulation.now() - startedAt;
            running.remove(pod);
            tally.initLeft();
            tally.initDone(waited, failures > 0);
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("pod", pod.name());
            inputs.put("attempts", attempts);
            inputs.put("waitedSeconds", waited);
            tally.journal().record(VaultTally.JOURNAL, "initDone", inputs);
            renewers.leaseObtained(pod, secrets);
            start.run();
        }
    }
}
