package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.scenario.output.MetricNames;

/**
 * What the datastores were asked per second over time, from the per-bucket counters the run keeps: queries per
 * database (PostgreSQL, MongoDB), hits and misses per cache (Redis), records produced per topic and consumed per
 * consumer group (Kafka). A cache's misses are the database's extra queries, and a group consuming slower than its
 * topic is produced to is a lag that grows.
 */
final class DatastoreRates {
    private final MetricNames names;
    private final SeriesCharts charts;

    DatastoreRates(MetricNames names, SeriesCharts charts) {
        this.names = names;
        this.charts = charts;
    }

    /** Operations per second, one line per database. */
    Chart queries() {
        List<SeriesCharts.Ref> refs = names.names("ds", "operations").stream()
                .map(store -> new SeriesCharts.Ref("ds." + store + ".operations", "perSecond", store)).toList();
        return charts.rates("Database queries per second", refs, "operations per second");
    }

    /** Hits and misses per second of every cache. */
    Chart caches() {
        List<SeriesCharts.Ref> refs = new ArrayList<>();
        for (String cache : names.names("cache", "hits")) {
            refs.add(new SeriesCharts.Ref("cache." + cache + ".hits", "perSecond", cache + " hits"));
            refs.add(new SeriesCharts.Ref("cache." + cache + ".misses", "perSecond", cache + " misses"));
        }
        return charts.rates("Cache hits and misses per second", refs, "reads per second");
    }

    /** Records produced per second to each topic and consumed per second by each of its groups. */
    Chart kafka() {
        List<SeriesCharts.Ref> refs = new ArrayList<>();
        for (String topic : names.names("kafka", "published")) {
            refs.add(new SeriesCharts.Ref("kafka." + topic + ".published", "perSecond", topic + " produced"));
            for (String group : names.names("kafka." + topic, "lag")) {
                refs.add(new SeriesCharts.Ref("kafka." + topic + "." + group + ".consumed", "perSecond",
                        topic + "/" + group + " consumed"));
            }
        }
        return charts.rates("Kafka records per second", refs, "records per second");
    }
}
