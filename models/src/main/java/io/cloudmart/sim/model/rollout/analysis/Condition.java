package io.cloudmart.sim.model.rollout.analysis;

/**
 * A parsed success or failure condition: the boolean part of Argo's expr language that threshold checks use.
 * Evaluation follows expr: {@code &&} and {@code ||} short-circuit, so {@code result} is only read when reached.
 */
public sealed interface Condition {

    /**
     * Whether the condition holds for this result.
     *
     * @throws MissingResultException when it reads {@code result} and there is none
     */
    boolean holds(double result);

    record Comparison(Operand left, ComparisonOperator operator, Operand right) implements Condition {
        @Override
        public boolean holds(double result) {
            return operator.holds(left.value(result), right.value(result));
        }
    }

    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean holds(double result) {
            return left.holds(result) && right.holds(result);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean holds(double result) {
            return left.holds(result) || right.holds(result);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean holds(double result) {
            return !operand.holds(result);
        }
    }

    /**
     * {@code isNaN(result)}, Argo's {@code math.IsNaN}. The simulator's sources use NaN for "no data", which is an
     * Error before the test is reached, so with data this is false; it is accepted so real templates parse.
     */
    record IsNaN(Operand.ResultReference argument) implements Condition {
        @Override
        public boolean holds(double result) {
            return Double.isNaN(argument.value(result));
        }
    }
}
