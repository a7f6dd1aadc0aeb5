package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

/**
 * A database that endpoints query through a client-side connection pool.
 *
 * @param kind                     {@code postgresql} or {@code mongodb}
 * @param maxConnections           pool size per client pod, {@code >= 1}; default 10 for postgresql
 *                                 (HikariCP {@code maximumPoolSize}), 100 for mongodb (Java driver
 *                                 {@code maxPoolSize})
 * @param connectionTimeoutSeconds how long a query waits for a pooled connection before failing,
 *                                 seconds, {@code > 0}; default 30 s (HikariCP {@code connectionTimeout})
 * @param operations               operation name to its latency (a distribution in seconds), in file
 *                                 order; never empty
 */
public record DatastoreSpec(String kind, int maxConnections, double connectionTimeoutSeconds,
                            Map<String, DistributionSpec> operations) {

    /** PostgreSQL, pooled by HikariCP. */
    public static final String POSTGRESQL = "postgresql";
    /** MongoDB, pooled by its Java driver. */
    public static final String MONGODB = "mongodb";
    /** HikariCP {@code maximumPoolSize}. */
    public static final int DEFAULT_POSTGRESQL_MAX_CONNECTIONS = 10;
    /** MongoDB Java driver {@code maxPoolSize}. */
    public static final int DEFAULT_MONGODB_MAX_CONNECTIONS = 100;
    /** HikariCP {@code connectionTimeout}, seconds. */
    public static final double DEFAULT_CONNECTION_TIMEOUT_SECONDS = 30.0;

    public DatastoreSpec {
        Objects.requireNonNull(kind, "kind");
        operations = Copies.orderedMap(operations, "operations");
    }

    /** The pool size a {@code kind} gets when the file gives none. */
    public static int defaultMaxConnections(String kind) {
        return MONGODB.equals(kind) ? DEFAULT_MONGODB_MAX_CONNECTIONS : DEFAULT_POSTGRESQL_MAX_CONNECTIONS;
    }
}
