package io.cloudmart.sim.scenario.build;

import java.util.Map;
import java.util.function.Function;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Empirical;
import io.cloudmart.sim.core.random.dist.Erlang;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.random.dist.Gamma;
import io.cloudmart.sim.core.random.dist.LogNormal;
import io.cloudmart.sim.core.random.dist.Uniform;
import io.cloudmart.sim.core.random.dist.Weibull;
import io.cloudmart.sim.scenario.spec.DistributionSpec;

/** Turns a checked {@link DistributionSpec} into a sampler: an explicit name → constructor registry. */
public final class Distributions {
    private static final Map<String, Function<DistributionSpec, Distribution>> REGISTRY = Map.of(
            "constant", d -> new Constant(d.param("value")),
            "exponential", d -> new Exponential(d.param("mean")),
            "uniform", d -> new Uniform(d.param("min"), d.param("max")),
            "lognormal", d -> LogNormal.fromMedianAndP99(d.param("median"), d.param("p99")),
            "erlang", d -> new Erlang((int) d.param("k"), d.param("mean")),
            "gamma", d -> new Gamma(d.param("shape"), d.param("mean")),
            "weibull", d -> new Weibull(d.param("shape"), d.param("scale")),
            "empirical", d -> new Empirical(d.samples()));

    private Distributions() {
    }

    /** The sampler for {@code spec}; the loader has already checked its name and parameters. */
    public static Distribution of(DistributionSpec spec) {
        Function<DistributionSpec, Distribution> factory = REGISTRY.get(spec.name());
        if (factory == null) {
            throw new IllegalArgumentException("unknown distribution " + spec.name());
        }
        return factory.apply(spec);
    }
}
