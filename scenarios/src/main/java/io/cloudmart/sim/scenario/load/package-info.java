/**
 * Reading and writing scenario files: {@link io.cloudmart.sim.scenario.load.ScenarioLoader} turns
 * YAML or JSON text plus {@code --set} overrides into checked
 * {@link io.cloudmart.sim.scenario.spec.ScenarioSpec} records, reporting every problem at once as
 * {@link io.cloudmart.sim.scenario.load.Issue}s with file, line, column and path;
 * {@link io.cloudmart.sim.scenario.load.ScenarioYaml} writes a spec back with units, for
 * {@code cmsim explain}.
 *
 * <p>The pipeline: {@code SourceText} (bytes → text, refusing binaries) → {@code DocumentReader}
 * (text → Jackson tree + {@code Locations}, since a tree forgets where things were written) →
 * {@code Overrides} (applied to the tree) → {@code SchemaCheck} (unknown fields, with "did you
 * mean") → {@code ScenarioBinder} (typed values, units, defaults, ranges, references). All of them
 * report to one {@code Problems}, which decides whether an issue points into the file or at a
 * {@code --set} override.
 */
package io.cloudmart.sim.scenario.load;
