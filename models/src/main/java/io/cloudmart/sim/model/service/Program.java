package io.cloudmart.sim.model.service;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.Datastore;
import io.cloudmart.sim.model.security.SecurityMetrics;

/**
 * An endpoint's steps compiled for running: a flat list of instructions with distributions
 * paired with their streams and names resolved through the {@link Wiring}. A cache-aside step
 * becomes a get that jumps over the miss block on a hit, the miss block, and a set. Built once
 * per replication; shared by every request to the endpoint.
 */
final class Program {
    /** One compiled step. */
    sealed interface Instruction permits Burn, Invoke, FanOut, Query, CacheGet, CacheSet, Pause, Produce, Orchestrate {
    }

    record Produce(io.cloudmart.sim.model.kafka.Messaging messaging, String topic, boolean keyed) implements Instruction {
    }

    record Orchestrate(io.cloudmart.sim.model.saga.SagaOrchestrator saga) implements Instruction {
    }

    record Burn(Distribution cpu, RandomStream stream) implements Instruction {
    }

    record Invoke(CallTarget target, boolean optional) implements Instruction {
    }

    record FanOut(CallTarget[] targets, boolean[] optional) implements Instruction {
    }

    record Query(Datastore store, String operation) implements Instruction {
    }

    /** On a hit, continue at {@code afterMiss}; on a miss, at the next instruction. */
    record CacheGet(Cache cache, double hitRatio, int afterMiss) implements Instruction {
    }

    record CacheSet(Cache cache) implements Instruction {
    }

    /** An OPA decision: waits its latency and records it in {@code decisions}. */
    record Pause(Distribution latency, RandomStream stream, io.cloudmart.sim.core.stats.Tally decisions)
            implements Instruction {
    }

    final Instruction[] instructions;
    final double errorRate;
    final RandomStream errors;
    /** {@code service.endpoint}, how a traced request's spans in this program are named. */
    final String label;

    private Program(String label, Instruction[] instructions, double errorRate, RandomStream errors) {
        this.label = label;
        this.instructions = instructions;
        this.errorRate = errorRate;
        this.errors = errors;
    }

    static Program compile(String service, Endpoint endpoint, Simulation simulation, Wiring wiring) {
        String prefix = "svc." + service + "." + endpoint.name();
        Compiler compiler = new Compiler(service, endpoint.name(), prefix, simulation, wiring);
        compiler.add(endpoint.steps());
        return new Program(service + "." + endpoint.name(), compiler.out.toArray(new Instruction[0]), endpoint.errorRate(),
                simulation.stream(prefix + ".errors"));
    }

    private static final class Compiler {
        private final String service;
        private final String endpoint;
        private final String prefix;
        private final Simulation simulation;
        private final Wiring wiring;
        private final List<Instruction> out = new ArrayList<>();
        /** Authorize steps compiled so far: they draw from a stream of their own, outside the positional names. */
        private int authorizations;
        /** The endpoint's OPA decisions, created with its first authorize step. */
        private io.cloudmart.sim.core.stats.Tally decisions;

        Compiler(String service, String endpoint, String prefix, Simulation simulation, Wiring wiring) {
            this.service = service;
            this.endpoint = endpoint;
            this.prefix = prefix;
            this.simulation = simulation;
            this.wiring = wiring;
        }

        /**
         * One stream per instruction, so editing one step does not shift another step's samples. The position leaves
         * out the authorize steps, which have their own stream: switching OPA off ({@code security.opa: false})
         * then leaves every other step's draws as they were (common random numbers).
         */
        private RandomStream stream() {
            int position = out.size() - authorizations;
            return simulation.stream(position == 0 ? prefix + ".work" : prefix + ".work." + position);
        }

        private Pause authorize(Step.Authorize step) {
            authorizations++;
            String stream = authorizations == 1 ? prefix + ".authorize" : prefix + ".authorize." + authorizations;
            if (decisions == null) {
                decisions = simulation.metrics().tally(SecurityMetrics.opaDecisions(service, endpoint), false);
            }
            return new Pause(step.latency(), simulation.stream(stream), decisions);
        }

        void add(List<Step> steps) {
            for (Step step : steps) {
                add(step);
            }
        }

        private void add(Step step) {
            if (step instanceof Step.Work w) {
                out.add(new Burn(w.cpu(), stream()));
            } else if (step instanceof Step.Call c) {
                out.add(new Invoke(wiring.endpoint(service, c.service(), c.endpoint()), c.optional()));
            } else if (step instanceof Step.Parallel p) {
                out.add(fanOut(p));
            } else if (step instanceof Step.Query q) {
                Datastore store = wiring.datastore(q.store());
                store.requireOperation(q.operation());
                out.add(new Query(store, q.operation()));
            } else if (step instanceof Step.CacheAside c) {
                addCacheAside(c);
            } else if (step instanceof Step.Publish p) {
                wiring.messaging().requireTopic(p.topic());
                out.add(new Produce(wiring.messaging(), p.topic(), p.keyedByConsumer()));
            } else if (step instanceof Step.RunSaga r) {
                out.add(new Orchestrate(wiring.saga(r.saga())));
            } else {
                out.add(authorize((Step.Authorize) step));
            }
        }

        private void addCacheAside(Step.CacheAside step) {
            Cache cache = wiring.cache(step.cache());
            int get = out.size();
            out.add(null); // the get's jump target is known once the miss block is compiled
            add(step.onMiss());
            out.add(new CacheSet(cache));
            out.set(get, new CacheGet(cache, step.hitRatio(), out.size()));
        }

        private FanOut fanOut(Step.Parallel parallel) {
            int n = parallel.calls().size();
            CallTarget[] targets = new CallTarget[n];
            boolean[] optional = new boolean[n];
            for (int i = 0; i < n; i++) {
                Step.Call call = parallel.calls().get(i);
                targets[i] = wiring.endpoint(service, call.service(), call.endpoint());
                optional[i] = call.optional();
            }
            return new FanOut(targets, optional);
        }
    }
}
