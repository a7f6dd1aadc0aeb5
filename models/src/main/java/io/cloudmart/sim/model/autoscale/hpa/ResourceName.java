package io.cloudmart.sim.model.autoscale.hpa;

/**
 * A compute resource a {@code Resource} metric can target ({@code spec.metrics[].resource.name}), with the unit
 * this package uses for it and the factor to the milli-units the controller computes in
 * ({@code Quantity.MilliValue()}: millicores for CPU, milli-bytes for memory).
 */
public enum ResourceName {
    /** {@code cpu}, in cores; the controller works in millicores. */
    CPU("cpu", 1_000.0),
    /** {@code memory}, in MiB; the controller works in milli-bytes (bytes × 1000). */
    MEMORY("memory", 1_048_576.0 * 1_000.0);

    private final String apiName;
    private final double milliPerUnit;

    ResourceName(String apiName, double milliPerUnit) {
        this.apiName = apiName;
        this.milliPerUnit = milliPerUnit;
    }

    /** The name as written in the API ({@code cpu}, {@code memory}). */
    public String apiName() {
        return apiName;
    }

    /** Milli-units per unit of this package (per core, per MiB). */
    double milliPerUnit() {
        return milliPerUnit;
    }
}
