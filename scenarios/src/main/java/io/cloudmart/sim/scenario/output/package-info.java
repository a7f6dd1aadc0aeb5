/**
 * The files a run writes: results.json, timeseries.csv, written atomically.
 */
package io.cloudmart.sim.scenario.output;
