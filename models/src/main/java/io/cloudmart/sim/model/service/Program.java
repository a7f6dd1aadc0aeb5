package io.cloudmart.sim.model.service;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.Datastore;

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

    record Pause(Distribution latency, RandomStream stream) implements Instruction {
    }

    final Instruction[] instructions;
    final double errorRate;
    final RandomStream errors;

    private Program(Instruction[] instructions, double errorRate, RandomStream errors) {
        this.instructions = instructions;
        this.errorRate = errorRate;
        this.errors = errors;
    }

    static Program compile(String service, Endpoint endpoint, Simulation simulation, Wiring wiring) {
        String prefix = "svc." + service + "." + endpoint.name();
        Compiler compiler = new Compiler(service, prefix, simulation, wiring);
        compiler.add(endpoint.steps());
        return new Program(compiler.out.toArray(new Instruction[0]), endpoint.errorRate(),
                simulation.stream(prefix + ".errors"));
    }

    private static final class Compiler {
        private final String service;
        private final String prefix;
        private final Simulation simulation;
        private final Wiring wiring;
        private final List<Instruction> out = new ArrayList<>();

        Compiler(String service, String prefix, Simulation simulation, Wiring wiring) {
            this.service = service;
            this.prefix = prefix;
            this.simulation = simulation;
            this.wiring = wiring;
        }

        /** One stream per instruction, so editing one step does not shift another step's samples. */
        private RandomStream stream() {
            return simulation.stream(out.isEmpty() ? prefix + ".work" : prefix + ".work." + out.size());
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
                out.add(new Pause(((Step.Authorize) step).latency(), stream()));
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
