/**
 * The engine benchmark's model (an M/M/1 on {@link io.cloudmart.sim.core.Simulation}).
 */
package io.cloudmart.sim.core.bench;
