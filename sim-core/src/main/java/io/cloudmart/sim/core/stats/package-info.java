/**
 * Statistics with bounded memory: tallies (HdrHistogram), counters, time-weighted levels, fixed-bucket time series.
 */
package io.cloudmart.sim.core.stats;
