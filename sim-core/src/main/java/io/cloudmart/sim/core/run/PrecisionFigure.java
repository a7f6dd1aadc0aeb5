package io.cloudmart.sim.core.run;

/**
 * One figure {@code --precision} watches, with its value in each replication.
 *
 * @param name   how messages name it ("p99")
 * @param values one value per replication, in replication order (NaN where it has none)
 * @param floor  the magnitude below which its mean is judged as if it were this (see {@link RelativePrecision});
 *               0 for none
 */
public record PrecisionFigure(String name, double[] values, double floor) {
    public PrecisionFigure {
        values = values.clone();
    }

    /** The estimate over the first {@code n} replications. */
    public Estimate estimate(int n) {
        return Estimate.of(java.util.Arrays.copyOf(values, n));
    }
}
