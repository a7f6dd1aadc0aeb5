package io.cloudmart.sim.model.finops;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.cluster.InstanceType;
import io.cloudmart.sim.model.cluster.InstanceTypes;

/**
 * Instance types with their on-demand prices, in one currency, and the rates of nodes bought from them.
 *
 * <p>{@link #awsUsEast1()} is the project's one table of EC2 types, {@link InstanceTypes}, which the scheduler and
 * the node autoscalers use too (its sizes, prices and their source are declared there, once). Callers with other
 * prices build their own book, or a {@link Node} directly.
 */
public final class PriceBook {
    /** [DEFAULT] the currency of AWS list prices. */
    public static final Currency USD = Currency.getInstance("USD");

    private final Currency currency;
    private final Map<String, InstanceType> types = new LinkedHashMap<>();

    /** A book of {@code types} (names unique) priced in {@code currency}. */
    public PriceBook(Currency currency, List<InstanceType> types) {
        if (currency == null) {
            throw new IllegalArgumentException("price book currency must not be null");
        }
        if (types == null) {
            throw new IllegalArgumentException("price book instance types must not be null");
        }
        this.currency = currency;
        for (InstanceType type : types) {
            if (this.types.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("instance type " + type.name() + " appears twice in the price book");
            }
        }
    }

    /** EC2 on-demand, us-east-1, Linux, USD per hour: the built-in table {@link InstanceTypes#all()}. */
    public static PriceBook awsUsEast1() {
        return new PriceBook(USD, InstanceTypes.all());
    }

    public Currency currency() {
        return currency;
    }

    /** The instance types in the order given. */
    public List<InstanceType> types() {
        return List.copyOf(types.values());
    }

    /** The instance type called {@code name}; IllegalArgumentException if the book has none. */
    public InstanceType type(String name) {
        InstanceType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no instance type " + name + " in the price book; known: "
                    + types.keySet());
        }
        return type;
    }

    /** The rate paid per hour for an {@code instanceType} bought with {@code option}. */
    public double hourlyRate(String instanceType, PurchaseOption option) {
        if (option == null) {
            throw new IllegalArgumentException("purchase option must not be null");
        }
        return option.hourlyRate(type(instanceType).onDemandPricePerHour());
    }

    /** A node called {@code nodeName} of {@code instanceType}, bought with {@code option}. */
    public Node node(String nodeName, String instanceType, PurchaseOption option) {
        InstanceType type = type(instanceType);
        return new Node(nodeName, type.name(), type.vcpu(), type.memoryGiB(), hourlyRate(instanceType, option));
    }
}
