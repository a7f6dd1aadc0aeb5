package io.cloudmart.sim.model.autoscale.hpa;

/**
 * The result of normalizing a raw recommendation: the stabilized value and the final one, with what limited the
 * final one relative to the stabilized one ({@link ScalingLimit#NONE} when nothing did).
 */
record Normalization(int stabilized, int desired, ScalingLimit limit) {
}
