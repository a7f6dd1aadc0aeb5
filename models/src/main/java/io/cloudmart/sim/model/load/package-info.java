/**
 * Open-loop client load: Poisson arrivals by stage, journeys chosen by weight, what clients measure.
 */
package io.cloudmart.sim.model.load;
