/**
 * The only package that imports DSOL: a tuned {@code DevsSimulator} and its event list. Internal to sim-core.
 */
package io.cloudmart.sim.core.engine;
