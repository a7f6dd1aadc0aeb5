package io.cloudmart.sim.model.autoscale.hpa;

/**
 * {@code spec.behavior}: the scaling rules for both directions. When an HPA has a behavior (even a partial one) the
 * API server fills every unset rule field with its default ({@link #withApiDefaults()},
 * {@code SetDefaults_HorizontalPodAutoscalerBehavior}); when it has none, the controller takes the legacy path
 * instead (see {@link Hpa}).
 *
 * @param scaleUp   {@code behavior.scaleUp}; {@code null} = unset
 * @param scaleDown {@code behavior.scaleDown}; {@code null} = unset
 */
public record Behavior(ScalingRules scaleUp, ScalingRules scaleDown) {

    /** The behavior the API server produces from an empty {@code behavior: {}}. */
    public static Behavior defaults() {
        return new Behavior(ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
    }

    /**
     * This behavior as the API server stores it: given fields kept, unset ones defaulted
     * ({@code GenerateHPAScaleUpRules} / {@code GenerateHPAScaleDownRules}). The scale-down stabilization window
     * stays unset when not given; the controller resolves it from its flag.
     */
    public Behavior withApiDefaults() {
        ScalingRules up = scaleUp == null ? ScalingRules.defaultScaleUp()
                : scaleUp.withDefaultsFrom(ScalingRules.defaultScaleUp());
        ScalingRules down = scaleDown == null ? ScalingRules.defaultScaleDown()
                : scaleDown.withDefaultsFrom(ScalingRules.defaultScaleDown());
        return new Behavior(up, down);
    }
}
