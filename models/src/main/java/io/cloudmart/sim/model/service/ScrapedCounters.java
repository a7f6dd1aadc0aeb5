package io.cloudmart.sim.model.service;

/**
 * A fixed set of monotone counters, scraped every {@code intervalSeconds} as Prometheus scrapes a target, with
 * the last {@code slots} scrapes kept in a ring: so {@code increase(x[window])} can be read at any simulated time
 * for windows up to the ring's horizon, while memory stays fixed whatever the number of requests.
 *
 * <p>Scrape {@code k} holds the counters' values at time {@code k × interval}, before anything counted at that
 * instant; scrape 0 is all zeros (the run starts empty). Counters are never reset (not at warm-up either),
 * as a process's counters are not. A window whose start falls between two scrapes is widened to the scrape
 * before it, so it covers at least {@code window} seconds and at most one interval more; when the reading
 * time and the window are multiples of the interval (an analysis run on the scrape grid), it is exact.
 * Adding costs O(1) (plus one copy per interval that passed since the last change).
 */
final class ScrapedCounters {
    private final double intervalSeconds;
    private final int slots;
    private final int width;
    private final long[] totals;
    /** Scrape k in slot {@code k % slots}, {@code width} counters each. */
    private final long[] ring;
    private long lastScrape;

    /**
     * @param width           how many counters
     * @param intervalSeconds time between two scrapes, &gt; 0
     * @param slots           scrapes kept, &ge; 2: windows up to {@code (slots − 1) × interval} can be read
     */
    ScrapedCounters(int width, double intervalSeconds, int slots) {
        if (width < 1 || !(intervalSeconds > 0) || slots < 2) {
            throw new IllegalArgumentException("scraped counters need width >= 1, interval > 0 and slots >= 2");
        }
        this.width = width;
        this.intervalSeconds = intervalSeconds;
        this.slots = slots;
        this.totals = new long[width];
        this.ring = new long[width * slots];
    }

    /** Adds {@code delta} to counter {@code counter} at time {@code now} (not before the last call's time). */
    void add(double now, int counter, long delta) {
        advance(now);
        totals[counter] += delta;
    }

    /** The counter's value now: everything ever counted. */
    long total(int counter) {
        return totals[counter];
    }

    /** How much counter {@code counter} grew over the last {@code window} seconds before {@code now}. */
    long increase(int counter, double now, double window) {
        return totals[counter] - valueAtWindowStart(counter, now, window);
    }

    /** The length the window {@code [now − window, now]} actually covers once widened to the scrape grid. */
    double coveredSeconds(double now, double window) {
        long start = startScrape(now, window);
        return start <= 0 ? now : now - start * intervalSeconds;
    }

    /** The longest window that can be read. */
    double horizonSeconds() {
        return (slots - 1) * intervalSeconds;
    }

    private long valueAtWindowStart(int counter, double now, double window) {
        advance(now);
        long start = startScrape(now, window);
        if (start <= 0) {
            return 0;
        }
        if (start <= lastScrape - slots) {
            throw new IllegalArgumentException("window of " + window + " s is longer than the " + horizonSeconds()
                    + " s kept");
        }
        return ring[(int) (start % slots) * width + counter];
    }

    private long startScrape(double now, double window) {
        if (!(window > 0)) {
            throw new IllegalArgumentException("window must be > 0 s, got " + window);
        }
        // the tolerance keeps a start on the grid (e.g. 120 − 60) from falling to the scrape before it
        return (long) Math.floor((now - window) / intervalSeconds + 1e-9);
    }

    private void advance(double now) {
        long k = (long) Math.floor(now / intervalSeconds);
        if (k <= lastScrape) {
            return;
        }
        for (long j = Math.max(lastScrape + 1, k - slots + 1); j <= k; j++) {
            System.arraycopy(totals, 0, ring, (int) (j % slots) * width, width);
        }
        lastScrape = k;
    }
}
