package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Erlang;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.random.dist.Uniform;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.theory.QueueingFormulas;

/**
 * The shop's request path (load → service → pod → cores) against closed-form queueing results.
 * Work has mean 100 ms (μ = 10/s); each case runs 10 replications, and the theoretical mean
 * sojourn must lie inside their 95% interval or within {@link #REL_TOL} of their mean, with an
 * interval narrow enough for the check to mean something.
 */
class QueueingTheoryTest {
    private static final double REL_TOL = 0.03;
    private static final double MAX_REL_HALF_WIDTH = 0.05;
    private static final int REPLICATIONS = 10;
    private static final double MEAN_WORK = 0.1;

    private static void assertMatches(Estimate simulated, double theory) {
        boolean covered = simulated.covers(theory) || Math.abs(simulated.mean() - theory) <= REL_TOL * theory;
        assertThat(covered).as("theory %.5f s vs simulated %s", theory, simulated).isTrue();
        assertThat(simulated.halfWidth95()).as("interval too wide to test: %s", simulated)
                .isLessThan(MAX_REL_HALF_WIDTH * theory);
    }

    @ParameterizedTest(name = "M/M/1 at rho = {0}")
    @CsvSource({"0.5, 2000", "0.8, 8000", "0.9, 20000"})
    void mm1(double rho, double duration) {
        double lambda = rho / MEAN_WORK;
        ExperimentResult result = SingleStation.run(
                SingleStation.shop(lambda, new Exponential(MEAN_WORK), 1, 1, 1), 11, duration, duration / 20, REPLICATIONS);
        assertMatches(SingleStation.meanLatency(result), 1 / (1 / MEAN_WORK - lambda));
    }

    /** One pod with c workers on c cores is M/M/c: Erlang C. */
    @ParameterizedTest(name = "M/M/{0} at rho = {1}")
    @CsvSource({"2, 0.8", "4, 0.85", "8, 0.9"})
    void mmc(int servers, double rho) {
        double lambda = rho * servers / MEAN_WORK;
        ExperimentResult result = SingleStation.run(
                SingleStation.shop(lambda, new Exponential(MEAN_WORK), 1, servers, servers), 12, 4000, 200, REPLICATIONS);
        assertMatches(SingleStation.meanLatency(result), QueueingFormulas.mmcMeanSojourn(lambda, 1 / MEAN_WORK, servers));
    }

    /** Pollaczek–Khinchine for deterministic, uniform and Erlang-2 work at rho = 0.8. */
    @ParameterizedTest(name = "M/G/1 with {0}")
    @CsvSource({"constant", "uniform", "erlang"})
    void mg1(String kind) {
        Distribution work = switch (kind) {
            case "constant" -> new Constant(MEAN_WORK);
            case "uniform" -> new Uniform(0, 2 * MEAN_WORK);
            default -> new Erlang(2, MEAN_WORK);
        };
        double lambda = 0.8 / MEAN_WORK;
        ExperimentResult result = SingleStation.run(SingleStation.shop(lambda, work, 1, 1, 1), 13, 6000, 300, REPLICATIONS);
        assertMatches(SingleStation.meanLatency(result),
                QueueingFormulas.mg1MeanSojourn(lambda, work.mean(), work.variance()));
    }

    /**
     * Many workers on one core share it (processor sharing): the mean sojourn is E[S]/(1 − ρ)
     * whatever the work distribution, unlike FIFO, where deterministic work would wait less.
     */
    @ParameterizedTest(name = "M/G/1-PS with {0} work")
    @CsvSource({"exponential", "constant"})
    void processorSharing(String kind) {
        Distribution work = kind.equals("constant") ? new Constant(MEAN_WORK) : new Exponential(MEAN_WORK);
        double lambda = 0.7 / MEAN_WORK;
        ExperimentResult result = SingleStation.run(SingleStation.shop(lambda, work, 1, 1, 10_000), 14, 4000, 200,
                REPLICATIONS);
        assertMatches(SingleStation.meanLatency(result), QueueingFormulas.mg1PsMeanSojourn(lambda, MEAN_WORK));
    }
}
