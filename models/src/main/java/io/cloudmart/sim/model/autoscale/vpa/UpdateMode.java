package io.cloudmart.sim.model.autoscale.vpa;

/**
 * A VPA's {@code spec.updatePolicy.updateMode}, from kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/apis/autoscaling.k8s.io/v1/types.go}. The in-place modes
 * ({@code InPlaceOrRecreate}, {@code InPlace}) are not modelled here.
 */
public enum UpdateMode {
    /** Recommendations only (dry run): neither the admission controller nor the updater changes pods. */
    OFF("Off"),
    /** Recommendations applied when a pod is created, never to running pods. */
    INITIAL("Initial"),
    /** Applied at creation and by evicting running pods so that they are recreated with the target. */
    RECREATE("Recreate"),
    /**
     * Currently the same as {@link #RECREATE}. <b>Deprecated</b> upstream ("will be removed in a future API
     * version", kubernetes/autoscaler issue #8424); the updater logs a warning for it.
     */
    AUTO("Auto");

    /**
     * [DEFAULT] the mode of a VPA that sets none: {@code Recreate} ({@code GetUpdateMode} in
     * {@code pkg/utils/vpa/api.go}; older releases defaulted to {@code Auto}, which behaves the same).
     */
    public static final UpdateMode DEFAULT = RECREATE;

    private final String fieldValue;

    UpdateMode(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** The value as written in the VPA object ({@code "Recreate"}). */
    public String fieldValue() {
        return fieldValue;
    }

    /** Whether the updater evicts pods in this mode ({@code Recreate} and {@code Auto}). */
    public boolean evicts() {
        return this == RECREATE || this == AUTO;
    }

    /** Whether the admission controller writes the target into new pods (every mode but {@code Off}). */
    public boolean appliesAtCreation() {
        return this != OFF;
    }

    public boolean deprecated() {
        return this == AUTO;
    }

    /**
     * The requests a new pod gets: the recommendation's target when this mode applies at creation and a
     * recommendation exists, else the pod template's own ({@code specRequests}). Limits (scaled in proportion
     * upstream) are not modelled.
     */
    public ResourceAmounts requestsAtPodCreation(ResourceAmounts specRequests, Recommendation recommendation) {
        return appliesAtCreation() && recommendation != null ? recommendation.target() : specRequests;
    }

    /** Parses the VPA field value ({@code "Off"}, {@code "Initial"}, {@code "Recreate"}, {@code "Auto"}). */
    public static UpdateMode fromFieldValue(String value) {
        for (UpdateMode mode : values()) {
            if (mode.fieldValue.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown VPA updateMode '" + value + "', expected Off, Initial, Recreate or Auto");
    }
}
