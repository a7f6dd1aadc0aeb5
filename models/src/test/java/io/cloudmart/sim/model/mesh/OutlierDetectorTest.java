package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;

/** Consecutive-5xx outlier detection against Envoy's algorithm and the project's oracle 7. */
class OutlierDetectorTest {
    private static final double EPS = 1e-9;
    private static final double REQUEST_PERIOD = 0.5;
    /** Requests fall at x.25 and x.75 s, never on a sweep (multiples of 10 s). */
    private static final double FIRST_REQUEST = 0.25;

    /** A cluster of hosts in a simulation, with one host receiving a request every 0.5 s while it is in. */
    private static final class Cluster {
        final Simulation simulation;
        final List<UpstreamHost> hosts = new ArrayList<>();
        final List<OutlierEvent> events = new ArrayList<>();
        final OutlierDetector detector;

        Cluster(int size, OutlierDetection settings, double duration) {
            simulation = new Simulation(new RunSettings("outlier", 61, 0, duration, 0, 10));
            detector = new OutlierDetector(simulation, "checkout", settings, events::add);
            for (int i = 0; i < size; i++) {
                UpstreamHost host = new UpstreamHost("checkout-" + i);
                hosts.add(host);
                detector.addHost(host);
            }
        }

        /** From 0.25 s on, every 0.5 s, {@code host} gets a request (if not ejected) that fails when {@code failing(t)}. */
        void drive(UpstreamHost host, DoublePredicate failing) {
            Runnable send = () -> {
                if (!host.ejected()) {
                    int status = failing.test(simulation.now()) ? 500 : 200;
                    detector.record(host, AttemptResult.response(status));
                }
            };
            simulation.at(FIRST_REQUEST, "first request", () -> {
                send.run();
                simulation.every(REQUEST_PERIOD, "request", send);
            });
        }

        void at(double time, Runnable action) {
            simulation.at(time, "probe", action);
        }

        ReplicationResult run() {
            return simulation.run();
        }

        List<OutlierEvent> ofAction(OutlierEvent.Action action) {
            return events.stream().filter(e -> e.action() == action).toList();
        }
    }

    private static void assertEvent(OutlierEvent event, double time, OutlierEvent.Action action, int count,
                                    double duration) {
        assertThat(event.timeSeconds()).as("time of %s", event).isCloseTo(time, within(EPS));
        assertThat(event.action()).as("action of %s", event).isEqualTo(action);
        assertThat(event.ejectionCount()).as("count of %s", event).isEqualTo(count);
        assertThat(event.durationSeconds()).as("duration of %s", event).isCloseTo(duration, within(EPS));
    }

    /**
     * Oracle 7 (consecutive5xxErrors 5, baseEjectionTime 30 s, interval 10 s): ejected at the 5th consecutive
     * 5xx (2.25 s); back at the first sweep at least 30 s later (40 s); ejected again after 5 more (42.25 s),
     * now for 60 s, back at 110 s; the third ejection lasts 90 s. Ten hosts, so one ejection is within 10 %
     * under both readings of maxEjectionPercent.
     */
    @ParameterizedTest(name = "alwaysEjectOneHost = {0}")
    @ValueSource(booleans = {true, false})
    void oracle7EjectionAndReturnTimes(boolean alwaysEjectOneHost) {
        Cluster cluster = new Cluster(10, OutlierDetection.istioDefault().withAlwaysEjectOneHost(alwaysEjectOneHost), 211);
        UpstreamHost bad = cluster.hosts.get(3);
        cluster.drive(bad, t -> true);
        ReplicationResult result = cluster.run();

        List<OutlierEvent> events = cluster.events;
        assertThat(events).hasSize(6);
        assertEvent(events.get(0), 2.25, OutlierEvent.Action.EJECT, 1, 30);
        assertEvent(events.get(1), 40, OutlierEvent.Action.RETURN, 1, 37.75);
        assertEvent(events.get(2), 42.25, OutlierEvent.Action.EJECT, 2, 60);
        assertEvent(events.get(3), 110, OutlierEvent.Action.RETURN, 2, 67.75);
        assertEvent(events.get(4), 112.25, OutlierEvent.Action.EJECT, 3, 90);
        assertEvent(events.get(5), 210, OutlierEvent.Action.RETURN, 3, 97.75);
        assertThat(events).allMatch(e -> e.host().equals("checkout-3") && e.cluster().equals("checkout"));
        assertThat(events.get(0).describe()).isEqualTo("t=2.250 s checkout: checkout-3 ejected (#1) for at least 30 s");
        assertThat(events.get(1).describe()).isEqualTo("t=40.000 s checkout: checkout-3 returned after 37.750 s");
        assertThat(result.metrics().counter("checkout.outlier.ejections")).isEqualTo(3);
        assertThat(result.metrics().level("checkout.outlier.ejected").max()).isEqualTo(1);
    }

    /** Ejections last base × multiplier, capped at Envoy's max_ejection_time (300 s); returns fall on the first sweep after. */
    @Test
    void ejectionTimeGrowsToTheCap() {
        Cluster cluster = new Cluster(10, OutlierDetection.istioDefault(), 2700);
        cluster.drive(cluster.hosts.get(0), t -> true);
        cluster.run();
        List<OutlierEvent> ejections = cluster.ofAction(OutlierEvent.Action.EJECT);
        List<OutlierEvent> returns = cluster.ofAction(OutlierEvent.Action.RETURN);
        double[] expected = {30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 300, 300};
        assertThat(ejections).hasSizeGreaterThanOrEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            OutlierEvent eject = ejections.get(i);
            assertThat(eject.durationSeconds()).as("ejection %d", i + 1).isCloseTo(expected[i], within(EPS));
            double firstSweep = Math.ceil((eject.timeSeconds() + expected[i]) / 10) * 10;
            assertThat(returns.get(i).timeSeconds()).as("return %d", i + 1).isCloseTo(firstSweep, within(EPS));
        }
    }

    /**
     * The multiplier decays by one at each sweep once the host has been back for an interval: ejected twice
     * (multiplier 2), healthy from 110 s, the sweeps at 120 s and 130 s bring it to 0, so the next ejection
     * lasts 30 s again (without decay it would be 90 s).
     */
    @Test
    void ejectionMultiplierDecaysWhileHealthy() {
        Cluster cluster = new Cluster(10, OutlierDetection.istioDefault(), 235);
        UpstreamHost host = cluster.hosts.get(0);
        cluster.drive(host, t -> t < 100 || t > 200);
        int[] multipliers = new int[3];
        cluster.at(115, () -> multipliers[0] = cluster.detector.ejectionMultiplier(host));
        cluster.at(125, () -> multipliers[1] = cluster.detector.ejectionMultiplier(host));
        cluster.at(135, () -> multipliers[2] = cluster.detector.ejectionMultiplier(host));
        cluster.run();
        assertThat(multipliers).containsExactly(2, 1, 0);
        List<OutlierEvent> ejections = cluster.ofAction(OutlierEvent.Action.EJECT);
        assertThat(ejections).hasSize(3);
        assertEvent(ejections.get(2), 202.25, OutlierEvent.Action.EJECT, 3, 30);
    }

    /** Records results on one host at t = 1 s, in order, and reports whether it ended up ejected. */
    private static boolean ejectedAfter(OutlierDetection settings, AttemptResult... results) {
        Cluster cluster = new Cluster(10, settings, 5);
        UpstreamHost host = cluster.hosts.get(0);
        boolean[] ejected = new boolean[1];
        cluster.at(1, () -> {
            for (AttemptResult result : results) {
                cluster.detector.record(host, result);
            }
            ejected[0] = host.ejected();
        });
        cluster.run();
        return ejected[0];
    }

    @Test
    void aSuccessResetsTheCount() {
        AttemptResult e = AttemptResult.response(503);
        AttemptResult ok = AttemptResult.response(200);
        OutlierDetection od = OutlierDetection.istioDefault();
        assertThat(ejectedAfter(od, e, e, e, e, ok, e, e, e, e)).isFalse();
        assertThat(ejectedAfter(od, e, e, e, e, ok, e, e, e, e, e)).isTrue();
        assertThat(ejectedAfter(od, e, e, e, e, AttemptResult.response(404), e)).as("a 4xx is not an error").isFalse();
    }

    @Test
    void localOriginFailuresCountAndOverflowsAreIgnored() {
        OutlierDetection od = OutlierDetection.istioDefault();
        AttemptResult cf = AttemptResult.connectFailure();
        assertThat(ejectedAfter(od, cf, cf, cf, AttemptResult.perTryTimeout(), AttemptResult.reset())).isTrue();
        AttemptResult e = AttemptResult.response(500);
        assertThat(ejectedAfter(od, e, e, e, e, AttemptResult.overflow(), e)).isTrue();
        assertThat(ejectedAfter(od, e, e, e, e, AttemptResult.overflow())).isFalse();
        assertThat(ejectedAfter(od.withConsecutive5xxErrors(0), e, e, e, e, e, e, e)).as("0 disables").isFalse();
    }

    /** All hosts failing at once: ejections stop at maxEjectionPercent of the cluster (Envoy: percent after ejecting). */
    @ParameterizedTest(name = "{0} hosts, max {1} %, alwaysEjectOneHost {2} → {3} ejected")
    @CsvSource({"10, 10, true, 1", "20, 10, true, 2", "4, 10, true, 1", "4, 10, false, 0", "9, 10, false, 0",
            "3, 50, false, 1", "4, 100, true, 4"})
    void maxEjectionPercentCapsEjections(int size, double maxPercent, boolean alwaysEjectOneHost, int expected) {
        Cluster cluster = new Cluster(size, OutlierDetection.istioDefault().withMaxEjectionPercent(maxPercent)
                .withAlwaysEjectOneHost(alwaysEjectOneHost), 5);
        cluster.at(1, () -> {
            for (int round = 0; round < 5; round++) {
                for (UpstreamHost host : cluster.hosts) {
                    cluster.detector.record(host, AttemptResult.response(500));
                }
            }
        });
        cluster.run();
        assertThat(cluster.detector.ejectedHosts()).isEqualTo(expected);
        assertThat(cluster.hosts.stream().filter(UpstreamHost::ejected).count()).isEqualTo(expected);
    }

    /**
     * Every host ejected (maxEjectionPercent 100): under Istio's panic threshold (minHealthPercent 0) no host is
     * left, 503 UH; under Envoy's default 50 % the balancer panics and uses them all.
     */
    @Test
    void allEjectedMeansNoHealthyUpstreamUnderIstio() {
        Cluster cluster = new Cluster(4, OutlierDetection.istioDefault().withMaxEjectionPercent(100), 5);
        RandomStream stream = new RandomStream("test.lb", 62);
        UpstreamHost[] picks = new UpstreamHost[2];
        cluster.at(1, () -> {
            for (int round = 0; round < 5; round++) {
                cluster.hosts.forEach(h -> cluster.detector.record(h, AttemptResult.connectFailure()));
            }
            OutlierDetection od = cluster.detector.settings();
            picks[0] = LoadBalancer.create(LbPolicy.LEAST_REQUEST, stream, od.panicThresholdPercent()).choose(cluster.hosts);
            picks[1] = LoadBalancer.create(LbPolicy.LEAST_REQUEST, stream).choose(cluster.hosts);
        });
        cluster.run();
        assertThat(picks[0]).isNull();
        assertThat(picks[1]).isNotNull();
    }

    @Test
    void removingAnEjectedHostForgetsIt() {
        Cluster cluster = new Cluster(10, OutlierDetection.istioDefault(), 5);
        UpstreamHost host = cluster.hosts.get(0);
        cluster.at(1, () -> {
            for (int i = 0; i < 5; i++) {
                cluster.detector.record(host, AttemptResult.response(502));
            }
            cluster.detector.removeHost(host);
        });
        cluster.run();
        assertThat(host.ejected()).isFalse();
        assertThat(cluster.detector.ejectedHosts()).isZero();
        assertThat(cluster.detector.hosts()).isEqualTo(9);
        // a late answer from a host that left (a try under way when its pod went) is forgotten with it
        for (int i = 0; i < 5; i++) {
            cluster.detector.record(host, AttemptResult.response(502));
        }
        assertThat(host.ejected()).isFalse();
        assertThat(cluster.detector.hosts()).isEqualTo(9);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> OutlierDetection.istioDefault().withMaxEjectionPercent(120))
                .hasMessageContaining("maxEjectionPercent");
        assertThatThrownBy(() -> OutlierDetection.istioDefault().withInterval(0)).hasMessageContaining("interval");
        assertThat(OutlierDetection.istioDefault().withBaseEjectionTime(600).maxEjectionTimeSeconds()).isEqualTo(600);
    }
}
