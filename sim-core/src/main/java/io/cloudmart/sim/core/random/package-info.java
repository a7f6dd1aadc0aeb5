/**
 * Named random streams derived from (seed, replication, name), and the distribution interface.
 */
package io.cloudmart.sim.core.random;
