package io.cloudmart.sim.model.finops;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instance types with their on-demand prices, in one currency, and the rates of nodes bought from them.
 *
 * <p>{@link #awsUsEast1()} holds the project's table of EC2 on-demand prices for us-east-1, Linux, shared tenancy
 * [PUBLISHED] aws/karpenter-provider-aws {@code pkg/providers/pricing/zz_generated.pricing_aws.go} (AWS pricing API,
 * generated 2026-01-19 @031e72b and 2026-07-20 @1d92708, same figures); sizes are the standard instance specs.
 * Callers with other prices build their own book, or a {@link Node} directly.
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

    /** EC2 on-demand, us-east-1, Linux, USD per hour (see the class comment for the source). */
    public static PriceBook awsUsEast1() {
        return new PriceBook(USD, List.of(
                new InstanceType("t3.micro", 2, 1, 0.0104),
                new InstanceType("t3.small", 2, 2, 0.0208),
                new InstanceType("t3.medium", 2, 4, 0.0416),
                new InstanceType("t3.large", 2, 8, 0.0832),
                new InstanceType("t3.xlarge", 4, 16, 0.1664),
                new InstanceType("t4g.medium", 2, 4, 0.0336),
                new InstanceType("c5.large", 2, 4, 0.085),
                new InstanceType("c5.xlarge", 4, 8, 0.17),
                new InstanceType("c5.2xlarge", 8, 16, 0.34),
                new InstanceType("m5.large", 2, 8, 0.096),
                new InstanceType("m5.xlarge", 4, 16, 0.192),
                new InstanceType("m5.2xlarge", 8, 32, 0.384),
                new InstanceType("m5.4xlarge", 16, 64, 0.768),
                new InstanceType("m6i.large", 2, 8, 0.096),
                new InstanceType("m6g.large", 2, 8, 0.077),
                new InstanceType("m7g.large", 2, 8, 0.0816),
                new InstanceType("m7i.large", 2, 8, 0.1008),
                new InstanceType("r5.large", 2, 16, 0.126),
                new InstanceType("r5.xlarge", 4, 32, 0.252),
                new InstanceType("g5.xlarge", 4, 16, 1.006)));
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
        return option.hourlyRate(type(instanceType).onDemandPerHour());
    }

    /** A node called {@code nodeName} of {@code instanceType}, bought with {@code option}. */
    public Node node(String nodeName, String instanceType, PurchaseOption option) {
        InstanceType type = type(instanceType);
        return new Node(nodeName, type.name(), type.vcpu(), type.memoryGiB(), hourlyRate(instanceType, option));
    }
}
