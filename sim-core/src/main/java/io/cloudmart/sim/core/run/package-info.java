/**
 * Running replications in parallel and combining them into means with Student-t confidence intervals.
 */
package io.cloudmart.sim.core.run;
