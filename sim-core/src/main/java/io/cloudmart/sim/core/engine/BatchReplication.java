package io.cloudmart.sim.core.engine;

import nl.tudelft.simulation.dsol.experiment.Replication;

/**
 * A DSOL replication that stays out of DSOL's JVM-wide naming context.
 *
 * <p>DSOL's {@code SingleReplication} registers itself under its id in a static root context,
 * which only DSOL's own statistics classes read (we use ours). Registering and removing from
 * several threads at once races inside that context ("key … does not exist in Context"), so
 * parallel replications would fail at random; this replication has no context at all.
 */
final class BatchReplication extends Replication<Double> {
    BatchReplication(String id, double warmupTime, double endTime) {
        super(id, 0.0, warmupTime, endTime);
    }
}
