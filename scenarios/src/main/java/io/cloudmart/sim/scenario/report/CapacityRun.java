package io.cloudmart.sim.scenario.report;

import java.util.List;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.model.service.ServiceMetrics;

/**
 * The one replication the capacity part of the report tells the story of: its pod counts, utilization and
 * control decisions belong together (a decision at 5.25 min and the pods Ready 12 s later), which a mean over
 * replications would smear into ramps. It is the first replication; the text says so when there are more.
 *
 * @param replication  the replication shown
 * @param replications how many the experiment ran
 * @param axis         the report's time axis
 */
record CapacityRun(ReplicationResult replication, int replications, TimeAxis axis) {
    static CapacityRun first(ExperimentResult result, TimeAxis axis) {
        return new CapacityRun(result.replications().get(0), result.replications().size(), axis);
    }

    /** True when the run recorded {@code svc.<service>.<metric>} with a series. */
    boolean has(String service, String metric) {
        return replication.metrics().series().containsKey(ServiceMetrics.key(service, metric));
    }

    TimeSeries series(String service, String metric) {
        TimeSeries series = replication.metrics().series().get(ServiceMetrics.key(service, metric));
        if (series == null) {
            throw new IllegalArgumentException("no series " + ServiceMetrics.key(service, metric));
        }
        return series;
    }

    /** Width of the series' time buckets, e.g. "10 s", for captions (wider than 10 s for long runs). */
    String bucket() {
        return Format.duration(replication.metrics().series().values().stream().findFirst()
                .map(s -> s.buckets().widthSeconds()).orElse(replication.settings().bucketSeconds()));
    }

    /** Every journaled decision, in time order. */
    List<ControlEvent> events() {
        return replication.controlEvents();
    }

    /** The decisions of controller {@code name}, in time order. */
    List<ControlEvent> events(String name) {
        return events().stream().filter(e -> e.controller().equals(name)).toList();
    }

    /** "replication 1" or "replication 1 of 5", for captions. */
    String which() {
        return replications == 1 ? "this run" : "replication " + (replication.replication() + 1) + " of " + replications;
    }
}
