package io.cloudmart.sim.model.rollout.analysis;

/** One side of a comparison: the measured {@code result} or a number written in the condition. */
public sealed interface Operand {

    /**
     * The measurement's value.
     *
     * @throws MissingResultException when the source returned no data (NaN): Argo's provider then passes an empty
     *         vector, and expr fails on {@code result[0]} (index out of range) or on comparing the empty slice
     *         ({@code utils/evaluate/evaluate.go}, {@code formatEvalError}: "metric result is nil or empty").
     */
    double value(double result);

    /**
     * {@code result} or {@code result[0]}. Argo gives a scalar query's value as a number and a vector query's as a
     * list; the simulator's sources produce one number, so both spellings read it (a real template uses the one
     * that matches its query's type).
     */
    record ResultReference(boolean indexed) implements Operand {
        @Override
        public double value(double result) {
            if (Double.isNaN(result)) {
                throw new MissingResultException();
            }
            return result;
        }
    }

    /** A number literal such as {@code 0.95}, {@code -1} or {@code 5e2}. */
    record NumberLiteral(double number) implements Operand {
        @Override
        public double value(double result) {
            return number;
        }
    }
}
