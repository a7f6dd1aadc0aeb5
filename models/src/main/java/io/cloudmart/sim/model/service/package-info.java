/**
 * Services, their pods, worker slots and CPU cores, and the statistics each service owns.
 */
package io.cloudmart.sim.model.service;
