/**
 * Arrival-rate shapes for the open-loop load and exact generators of their arrival times.
 *
 * <p>A {@link io.cloudmart.sim.model.load.shape.RateShape} is λ(t) in requests per second over
 * simulation seconds: {@link io.cloudmart.sim.model.load.shape.ConstantRate},
 * {@link io.cloudmart.sim.model.load.shape.Schedule} (held and ramped segments, k6
 * {@code ramping-arrival-rate} stages), {@link io.cloudmart.sim.model.load.shape.Spike} (a
 * trapezoid on a base rate), {@link io.cloudmart.sim.model.load.shape.DailySine} (a diurnal
 * cycle), {@link io.cloudmart.sim.model.load.shape.TraceRate} (measured requests per second per
 * interval) and any of them {@link io.cloudmart.sim.model.load.shape.RateShape#scaled scaled}.
 * {@link io.cloudmart.sim.model.load.shape.ArrivalProcess} turns a shape and a random stream into
 * Poisson arrival times (exact by memorylessness on constant pieces, by Lewis–Shedler thinning
 * elsewhere), or replays an {@link io.cloudmart.sim.model.load.shape.ArrivalTrace} of recorded
 * timestamps exactly. CSV traces are parsed from text handed in by the caller; files are the
 * caller's business.
 */
package io.cloudmart.sim.model.load.shape;
