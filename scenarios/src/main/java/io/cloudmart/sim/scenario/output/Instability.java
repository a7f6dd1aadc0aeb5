package io.cloudmart.sim.scenario.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.core.stats.GrowthAtEnd;
import io.cloudmart.sim.core.stats.TimeSeries;

/**
 * Whether a run looks unstable: the requests in flight, or a service's queue, still growing over the last third
 * of the run ({@link GrowthAtEnd}'s rule, on the mean over replications). Such a run has no steady state to
 * measure: its means depend on how long it ran, and a longer run would show worse figures.
 *
 * <p>The requests in flight are the clients' arrivals less their answers, summed bucket by bucket from the
 * {@code client.arrivals} and {@code client.requests} series (both start at 0 and are kept whole through the
 * warm-up), so nothing is added to the model. A run that stopped early is not judged here: it says so already.
 */
public final class Instability {
    private static final String QUEUE_SUFFIX = ".queueLength";
    private static final String SERVICE_PREFIX = "svc.";

    private Instability() {
    }

    /**
     * One level that was still growing.
     *
     * @param what     what grew, in words ("requests in flight", "queue of service api")
     * @param series   where it was read ("client.arrivals - client.requests", "svc.api.queueLength")
     * @param verdict  the fitted rise over the last third and the mean level there
     */
    public record Growing(String what, String series, GrowthAtEnd.Verdict verdict) {
        /** "requests in flight rose by 1,230 over the last third of the run (to a mean of 2,400 there)". */
        public String sentence() {
            return String.format(Locale.US, "%s rose by %,.0f over the last third of the run (mean %,.0f there)",
                    what, verdict.rise(), verdict.level());
        }
    }

    /** The levels still growing at the end, requests in flight first; empty for a stable run or an early stop. */
    public static List<Growing> of(ExperimentResult result) {
        List<Growing> growing = new ArrayList<>();
        if (result.replications().stream().anyMatch(r -> r.stoppedEarly())) {
            return growing;
        }
        double end = result.settings().durationSeconds();
        if (result.hasSeries("client.arrivals") && result.hasSeries("client.requests")) {
            TimeSeries arrivals = result.meanSeries("client.arrivals");
            TimeSeries answered = result.meanSeries("client.requests");
            Buckets buckets = arrivals.buckets();
            double[] ends = new double[buckets.count()];
            double[] inFlight = new double[buckets.count()];
            double level = 0;
            double[] in = arrivals.column("perSecond");
            double[] out = answered.column("perSecond");
            for (int i = 0; i < ends.length; i++) {
                level += (in[i] - out[i]) * buckets.length(i);
                ends[i] = buckets.end(i);
                inFlight[i] = level;
            }
            add(growing, "requests in flight", "client.arrivals - client.requests",
                    GrowthAtEnd.judge(ends, inFlight, 0, end));
        }
        for (String key : result.replications().get(0).metrics().series().keySet()) {
            if (key.startsWith(SERVICE_PREFIX) && key.endsWith(QUEUE_SUFFIX) && result.hasSeries(key)) {
                TimeSeries queue = result.meanSeries(key);
                String service = key.substring(SERVICE_PREFIX.length(), key.length() - QUEUE_SUFFIX.length());
                add(growing, "the queue of service " + service, key,
                        GrowthAtEnd.judge(queue.midpoints(), queue.column("mean"), 0, end));
            }
        }
        return growing;
    }

    private static void add(List<Growing> into, String what, String series, GrowthAtEnd.Verdict verdict) {
        if (verdict.growing()) {
            into.add(new Growing(what, series, verdict));
        }
    }

    /** The warning as one sentence, for the console and the report; empty when nothing grew. */
    public static String sentence(List<Growing> growing) {
        if (growing.isEmpty()) {
            return "";
        }
        return UNSTABLE + details(growing);
    }

    /** What grew and what it means, without the leading "the run looks unstable: " (a banner's heading says it). */
    public static String details(List<Growing> growing) {
        return String.join("; ", growing.stream().map(Growing::sentence).toList())
                + ". A queue still growing at the end has no steady state: its means depend on the run's length,"
                + " and a longer run would show worse figures (is the load above what the shop can serve?)";
    }

    private static final String UNSTABLE = "the run looks unstable: ";
}
