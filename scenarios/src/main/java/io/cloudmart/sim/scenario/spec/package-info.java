/**
 * The scenario as immutable records: what a learner wrote in the scenario file, with every
 * documented default filled in and every value already checked by the loader.
 *
 * <p>Units are fixed here so that nothing downstream parses text: times are seconds, rates are
 * requests per second, CPU is cores, memory is MiB. Maps keep the order of the file
 * ({@link java.util.LinkedHashMap} copies, unmodifiable). The records know nothing about YAML;
 * {@code io.cloudmart.sim.scenario.load} reads and writes them.
 */
package io.cloudmart.sim.scenario.spec;
