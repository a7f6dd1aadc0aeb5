package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The Cluster Autoscaler's {@code --expander} strategies: which node group to grow when several could
 * take the pending pods.
 *
 * <ul>
 *   <li>{@link #LEAST_WASTE} ({@code least-waste}, the default): the lowest
 *       {@code wastedCpu + wastedMemory} after the scale-up ({@code expander/waste/waste.go}: the two
 *       fractions are <em>added</em>; the FAQ's "least idle CPU, then memory" is a simplification), ties
 *       passed to the random expander;</li>
 *   <li>{@link #PRICE} ({@code price}): the cheapest per pod, {@code pool price × node count / pods}. The real
 *       expander ({@code expander/price/price.go}) prices pods and nodes with the cloud provider's pricing
 *       model, adds a "stabilization pod" and multiplies by an unfitness against a preferred node shape;
 *       that is not modelled. Ties as for least-waste;</li>
 *   <li>{@link #RANDOM} ({@code random}): uniform among the options; needs a {@link RandomStream}.</li>
 * </ul>
 * Ties without a random stream go to the first option, i.e. the pool listed first.
 */
public enum Expander {
    LEAST_WASTE("least-waste"),
    RANDOM("random"),
    PRICE("price");

    private final String flagValue;

    Expander(String flagValue) {
        this.flagValue = flagValue;
    }

    /** The value of {@code --expander}. */
    public String flagValue() {
        return flagValue;
    }

    /** The expander named by a {@code --expander} value. */
    public static Expander fromFlag(String value) {
        for (Expander expander : values()) {
            if (expander.flagValue.equals(value)) {
                return expander;
            }
        }
        throw new IllegalArgumentException("unknown expander '" + value + "'; known: least-waste, random, price");
    }

    /** The chosen option and a one-line account of why. */
    record Choice(ExpansionOption option, String reason) {
    }

    /** Picks one of {@code options} (not empty); {@code stream} may be null except for {@link #RANDOM}. */
    Choice choose(List<ExpansionOption> options, RandomStream stream) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no expansion options to choose from");
        }
        return switch (this) {
            case LEAST_WASTE -> lowest(options, ExpansionOption::wasteScore, stream, "wasted cpu+memory");
            case PRICE -> lowest(options, ExpansionOption::pricePerPod, stream, "$/h per pod");
            case RANDOM -> random(options, stream);
        };
    }

    private Choice lowest(List<ExpansionOption> options, ToDoubleFunction<ExpansionOption> key, RandomStream stream,
                          String what) {
        List<ExpansionOption> best = new ArrayList<>();
        double bestValue = Double.POSITIVE_INFINITY;
        for (ExpansionOption option : options) {
            double value = key.applyAsDouble(option);
            if (value < bestValue) {
                best.clear();
                bestValue = value;
            }
            if (value == bestValue) {
                best.add(option);
            }
        }
        ExpansionOption chosen = best.size() > 1 && stream != null ? best.get(stream.nextInt(best.size())) : best.get(0);
        StringBuilder reason = new StringBuilder(flagValue).append(": lowest ").append(what);
        for (ExpansionOption option : options) {
            reason.append(String.format(Locale.US, "; %s %d node(s) %.4f", option.pool().name(), option.nodeCount(),
                    key.applyAsDouble(option)));
        }
        if (best.size() > 1) {
            reason.append(stream != null ? "; tie broken at random" : "; tie, first pool taken");
        }
        return new Choice(chosen, reason.toString());
    }

    private Choice random(List<ExpansionOption> options, RandomStream stream) {
        if (stream == null) {
            throw new IllegalStateException("the random expander needs a RandomStream");
        }
        ExpansionOption chosen = options.get(stream.nextInt(options.size()));
        return new Choice(chosen, "random: drew " + chosen.pool().name() + " among " + options.size() + " option(s)");
    }
}
