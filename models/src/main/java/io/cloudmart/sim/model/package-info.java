/**
 * The CloudMart shop as a model on sim-core. Knows nothing of files, YAML or HTML.
 */
package io.cloudmart.sim.model;
