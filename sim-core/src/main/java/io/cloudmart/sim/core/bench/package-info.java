/**
 * The bench's pieces: the M/M/1s it times on the engine and on a hand-written primitive heap
 * ({@link io.cloudmart.sim.core.bench.EngineBenchmark}), the measured window of a run
 * ({@link io.cloudmart.sim.core.bench.MeasuredWindow}) and the median and range over rounds
 * ({@link io.cloudmart.sim.core.bench.RoundFigures}).
 */
package io.cloudmart.sim.core.bench;
