package io.cloudmart.sim.model.cluster;

/**
 * An instance type Karpenter may launch, with a capacity type and its price (Karpenter's
 * {@code cloudprovider.Offering}).
 *
 * @param type         the instance type
 * @param capacityType on-demand, spot or reserved
 * @param pricePerHour $/hour, &ge; 0
 */
public record Offering(InstanceType type, CapacityType capacityType, double pricePerHour) {
    public Offering {
        if (type == null || capacityType == null) {
            throw new IllegalArgumentException("an offering needs an instance type and a capacity type");
        }
        if (!(pricePerHour >= 0) || Double.isInfinite(pricePerHour)) {
            throw new IllegalArgumentException("offering " + type.name() + ": price must be finite and >= 0 $/h, got "
                    + pricePerHour);
        }
    }

    /** {@code type} on demand at its list price. */
    public static Offering onDemand(InstanceType type) {
        return new Offering(type, CapacityType.ON_DEMAND, type.onDemandPricePerHour());
    }
}
