/**
 * Turns a validated scenario into the model and its run settings.
 */
package io.cloudmart.sim.scenario.build;
