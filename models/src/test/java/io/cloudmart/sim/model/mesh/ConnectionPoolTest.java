package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.RunSettings;

/** Connection-pool (circuit breaker) limits: admission, FIFO pending, overflow with UO, and M/M/c/K blocking. */
class ConnectionPoolTest {
    private static final double REL_TOL = 0.03;
    private static final double MAX_REL_HALF_WIDTH = 0.10;

    /**
     * Istio's circuit-breaking task (maxConnections 1, http1MaxPendingRequests 1): one request in flight,
     * one waiting, the third concurrent one fails fast with 503 UO.
     */
    @Test
    void istioCircuitBreakingTask() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT.withMaxConnections(1)
                .withHttp1MaxPendingRequests(1));
        List<String> started = new ArrayList<>();
        assertThat(pool.request(() -> started.add("a"))).isEqualTo(ConnectionPool.Admission.STARTED);
        assertThat(pool.request(() -> started.add("b"))).isEqualTo(ConnectionPool.Admission.PENDING);
        assertThat(pool.request(() -> started.add("c"))).isEqualTo(ConnectionPool.Admission.OVERFLOW);
        assertThat(started).isEmpty();
        pool.requestFinished();
        assertThat(started).containsExactly("b");
        assertThat(pool.active()).isEqualTo(1);
        assertThat(pool.pending()).isZero();
        assertThat(pool.request(() -> started.add("d"))).isEqualTo(ConnectionPool.Admission.PENDING);
        assertThat(pool.overflows()).isEqualTo(1);
    }

    @Test
    void pendingRequestsStartInArrivalOrderAndCanBeWithdrawn() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT.withMaxConnections(2)
                .withHttp1MaxPendingRequests(10));
        List<Integer> started = new ArrayList<>();
        pool.request(() -> { });
        pool.request(() -> { });
        Runnable withdrawn = () -> started.add(99);
        for (int i = 0; i < 4; i++) {
            int id = i;
            pool.request(i == 1 ? withdrawn : () -> started.add(id));
        }
        assertThat(pool.cancelPending(withdrawn)).isTrue();
        assertThat(pool.cancelPending(withdrawn)).isFalse();
        for (int i = 0; i < 5; i++) {
            pool.requestFinished();
        }
        assertThat(started).containsExactly(0, 2, 3);
        assertThat(pool.active()).isZero();
        assertThatThrownBy(pool::requestFinished).isInstanceOf(IllegalStateException.class);
    }

    /** http2MaxRequests bounds active requests; with a free connection the excess overflows at once, never waits. */
    @Test
    void maxRequestsOverflowsWithoutQueueing() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT.withHttp2MaxRequests(2));
        assertThat(pool.request(() -> { })).isEqualTo(ConnectionPool.Admission.STARTED);
        assertThat(pool.request(() -> { })).isEqualTo(ConnectionPool.Admission.STARTED);
        assertThat(pool.request(() -> { })).isEqualTo(ConnectionPool.Admission.OVERFLOW);
        assertThat(pool.pending()).isZero();
        pool.requestFinished();
        assertThat(pool.request(() -> { })).isEqualTo(ConnectionPool.Admission.STARTED);
    }

    /**
     * Istio copies {@code http1MaxPendingRequests} and {@code maxRetries} into Envoy only when {@code > 0}
     * (cluster_traffic_policy.go {@code applyConnectionPool}): a 0 is "unset", Istio's 2^32 − 1 stands, and
     * nothing waits or retries less than with the field absent.
     */
    @Test
    void zeroPendingAndZeroRetriesMeanUnsetNotNone() {
        ConnectionPoolSettings absent = ConnectionPoolSettings.ISTIO_DEFAULT.withMaxConnections(1);
        ConnectionPoolSettings zeros = absent.withHttp1MaxPendingRequests(0).withMaxRetries(0);
        assertThat(zeros).isEqualTo(absent);
        assertThat(new ConnectionPoolSettings(1, 0, 7, 0)).isEqualTo(new ConnectionPoolSettings(1,
                ConnectionPoolSettings.ISTIO_UNLIMITED, 7, ConnectionPoolSettings.ISTIO_UNLIMITED));

        ConnectionPool pool = new ConnectionPool(zeros);
        assertThat(pool.request(() -> { })).isEqualTo(ConnectionPool.Admission.STARTED);
        for (int i = 0; i < 10_000; i++) {
            assertThat(pool.request(() -> { })).as("request %d behind the busy connection", i)
                    .isEqualTo(ConnectionPool.Admission.PENDING);
            assertThat(pool.tryStartRetry()).as("retry %d", i).isTrue();
        }
        assertThat(pool.pending()).isEqualTo(10_000);
        assertThat(pool.retriesOutstanding()).isEqualTo(10_000);
        assertThat(pool.overflows()).isZero();

        ConnectionPool one = new ConnectionPool(absent.withHttp1MaxPendingRequests(1).withMaxRetries(1));
        one.request(() -> { });
        one.request(() -> { });
        assertThat(one.request(() -> { })).as("1 is a real limit").isEqualTo(ConnectionPool.Admission.OVERFLOW);
        assertThat(one.tryStartRetry()).isTrue();
        assertThat(one.tryStartRetry()).isFalse();
    }

    @Test
    void istioDefaultsNeverOverflow() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT);
        for (int i = 0; i < 100_000; i++) {
            assertThat(pool.request(() -> { })).isEqualTo(ConnectionPool.Admission.STARTED);
            assertThat(pool.tryStartRetry()).isTrue();
        }
        assertThat(ConnectionPoolSettings.ISTIO_UNLIMITED).isEqualTo((1L << 32) - 1);
        assertThat(pool.overflows()).isZero();
        assertThatThrownBy(() -> ConnectionPoolSettings.ISTIO_DEFAULT.withMaxConnections(0))
                .hasMessageContaining("tcp.maxConnections");
    }

    /**
     * Poisson arrivals (λ = 1.5/s) on a pool of c = 2 connections with K = 3 pending slots and exponential
     * service (μ = 1/s) form an M/M/c/(c+K) queue; by PASTA the overflow fraction is the probability p_{c+K}
     * that the system is full.
     */
    @Test
    void overflowFractionMatchesMmcKBlocking() {
        int connections = 2;
        int pendingSlots = 3;
        double lambda = 1.5;
        double mu = 1.0;
        double[] fractions = new double[10];
        for (int replication = 0; replication < fractions.length; replication++) {
            fractions[replication] = simulatedOverflowFraction(replication, connections, pendingSlots, lambda, mu);
        }
        double theory = mmcKBlocking(connections, connections + pendingSlots, lambda / mu);
        Estimate estimate = Estimate.of(fractions);
        boolean close = estimate.covers(theory) || Math.abs(estimate.mean() - theory) <= REL_TOL * theory;
        assertThat(close).as("theory %.5f vs simulated %s", theory, estimate).isTrue();
        assertThat(estimate.halfWidth95()).isLessThan(MAX_REL_HALF_WIDTH * theory);
    }

    private static double mmcKBlocking(int servers, int capacity, double offeredLoad) {
        double term = 1;
        double sum = 1;
        for (int n = 1; n <= capacity; n++) {
            term *= n <= servers ? offeredLoad / n : offeredLoad / servers;
            sum += term;
        }
        return term / sum;
    }

    private static double simulatedOverflowFraction(int replication, int connections, int pendingSlots, double lambda,
                                                    double mu) {
        double warmup = 1000;
        Simulation simulation = new Simulation(new RunSettings("pool", 51, replication, 20_000, warmup, 1000));
        ConnectionPool pool = new ConnectionPool(ConnectionPoolSettings.ISTIO_DEFAULT.withMaxConnections(connections)
                .withHttp1MaxPendingRequests(pendingSlots));
        RandomStream arrivals = simulation.stream("load.arrivals");
        RandomStream service = simulation.stream("pod.service");
        Exponential interarrival = new Exponential(1 / lambda);
        Exponential work = new Exponential(1 / mu);
        long[] counts = new long[2];
        Runnable startWork = () -> simulation.after(work.sample(service), "done", pool::requestFinished);
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            ConnectionPool.Admission admission = pool.request(startWork);
            if (simulation.now() >= warmup) {
                counts[0]++;
                counts[1] += admission == ConnectionPool.Admission.OVERFLOW ? 1 : 0;
            }
            if (admission == ConnectionPool.Admission.STARTED) {
                startWork.run();
            }
            simulation.after(interarrival.sample(arrivals), "arrival", arrive[0]);
        };
        simulation.after(interarrival.sample(arrivals), "arrival", arrive[0]);
        simulation.run();
        return (double) counts[1] / counts[0];
    }
}
