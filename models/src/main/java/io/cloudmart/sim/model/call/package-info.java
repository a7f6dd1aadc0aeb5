/**
 * What flows along the request path: requests, outcomes and the continuations that carry them back.
 */
package io.cloudmart.sim.model.call;
