/**
 * The concrete {@link io.cloudmart.sim.core.random.Distribution}s a scenario can ask for: service
 * times, think times, payload sizes.
 *
 * <p>Every class here is a small immutable value: parameters are validated once in the
 * constructor (finite, and positive where a zero would make no sense), the exact mean and variance
 * are computed once, and {@code sample} draws only from the stream it is given, so the same
 * distribution object can be shared by components that each own a stream. Durations are in
 * seconds. Samplers are written by hand (inverse transform, Marsaglia–Tsang) rather than through
 * commons-math3 distribution objects, because those bind a generator at construction.
 */
package io.cloudmart.sim.core.random.dist;
