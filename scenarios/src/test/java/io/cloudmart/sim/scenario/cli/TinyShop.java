package io.cloudmart.sim.scenario.cli;

/** A short M/M/1 shop for the command-line tests that need a scenario file of their own: a run takes a fraction of a second. */
final class TinyShop {
    static final String YAML = """
            name: tiny
            seed: 3
            duration: 5m
            warmup: 30s
            load:
              rate: 5
              journeys:
                browse: { weight: 1, call: api.get }
            services:
              api:
                replicas: 1
                pod: { cpu: 1, memory: 256Mi, concurrency: 1 }
                endpoints:
                  get:
                    work: exponential(mean=100ms)
            """;

    private TinyShop() {
    }
}
