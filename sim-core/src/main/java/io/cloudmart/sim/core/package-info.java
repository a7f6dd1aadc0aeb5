/**
 * The engine's public face: {@link io.cloudmart.sim.core.Simulation}, one per replication, and its scheduling types.
 */
package io.cloudmart.sim.core;
