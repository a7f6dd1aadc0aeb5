package io.cloudmart.sim.model.datastore;

import java.util.Map;

import io.cloudmart.sim.core.random.Distribution;

/**
 * A database as the services see it: a bounded number of connections, each serving one operation
 * at a time, so the store is a multi-server queue (M/G/c with c = {@code maxConnections}).
 *
 * @param name              store name (postgres, mongodb, …)
 * @param kind              what it is, for reports: postgresql, mongodb, redis
 * @param maxConnections    connections served at once, ≥ 1 (HikariCP's {@code maximumPoolSize}
 *                          defaults to 10; MongoDB's Java driver {@code maxPoolSize} to 100)
 * @param connectionTimeout longest wait for a connection before the operation fails, seconds
 *                          (HikariCP {@code connectionTimeout} default 30 s)
 * @param operations        latency of each named operation once it has a connection, seconds
 */
public record DatastoreConfig(String name, String kind, int maxConnections, double connectionTimeout,
                              Map<String, Distribution> operations) {
    public DatastoreConfig {
        operations = Map.copyOf(operations);
        if (maxConnections < 1 || !(connectionTimeout > 0) || operations.isEmpty()) {
            throw new IllegalArgumentException("datastore " + name
                    + " needs maxConnections >= 1, connectionTimeout > 0 and at least one operation");
        }
    }
}
