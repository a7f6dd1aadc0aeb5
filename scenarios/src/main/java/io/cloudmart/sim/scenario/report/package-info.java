/**
 * Composes the HTML report's document from a scenario and its results.
 */
package io.cloudmart.sim.scenario.report;
