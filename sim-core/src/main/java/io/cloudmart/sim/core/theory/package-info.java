/**
 * Closed-form queueing results the simulator is checked against and shows next to its own numbers.
 */
package io.cloudmart.sim.core.theory;
