/**
 * The bundled classroom scenarios, found on the classpath by name.
 */
package io.cloudmart.sim.scenario.catalog;
