/**
 * The {@code cmsim} command line (picocli): run, validate, list, explain, bench.
 */
package io.cloudmart.sim.scenario.cli;
