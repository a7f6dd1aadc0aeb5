package io.cloudmart.sim.model.autoscale.vpa;

/**
 * An {@link ExponentialHistogram} whose samples lose half their weight every {@code halfLifeSeconds}, as
 * the VPA recommender's CPU-usage and memory-peak histograms. Mirrors {@code decayingHistogram} in
 * kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/recommender/util/decaying_histogram.go}.
 *
 * <p>Like upstream, old samples are not scaled down: a new sample is scaled <em>up</em> by
 * {@code 2^((time − referenceTimestamp) / halfLife)}, which gives the same ratios. To keep the factors
 * finite, once a sample is more than {@value #MAX_DECAY_EXPONENT} half-lives past the reference, the
 * reference moves to that sample's time rounded to a whole number of half-lives (rounded from sim time 0,
 * as Go's {@code time.Round} rounds from the zero time; halves round up) and every stored weight is
 * multiplied by {@code 2^(old − new reference in half-lives)}.
 *
 * <p>Not thread-safe. Times are simulated seconds.
 */
public final class DecayingHistogram {
    /** [DEFAULT] {@code maxDecayExponent} in {@code decaying_histogram.go}. */
    public static final int MAX_DECAY_EXPONENT = 100;

    private final ExponentialHistogram histogram;
    private final double halfLifeSeconds;
    private double referenceTimestamp;

    /**
     * @param buckets         the bucketing ({@link ExponentialBuckets#CPU_CORES} or {@link ExponentialBuckets#MEMORY_BYTES})
     * @param halfLifeSeconds time for a sample to lose half its weight, seconds, &gt; 0
     */
    public DecayingHistogram(ExponentialBuckets buckets, double halfLifeSeconds) {
        if (!(halfLifeSeconds > 0) || Double.isInfinite(halfLifeSeconds)) {
            throw new IllegalArgumentException("histogram half-life must be finite and > 0 s, got " + halfLifeSeconds);
        }
        this.histogram = new ExponentialHistogram(buckets);
        this.halfLifeSeconds = halfLifeSeconds;
        this.referenceTimestamp = 0.0;
    }

    /** Adds a sample of {@code value} taken at {@code timeSeconds} with base weight {@code weight} (≥ 0). */
    public void addSample(double value, double weight, double timeSeconds) {
        histogram.addSample(value, weight * decayFactor(timeSeconds));
    }

    /** Removes a sample added earlier with the same value, weight and time. */
    public void subtractSample(double value, double weight, double timeSeconds) {
        histogram.subtractSample(value, weight * decayFactor(timeSeconds));
    }

    /** See {@link ExponentialHistogram#percentile(double)}; decay changes only the weights. */
    public double percentile(double percentile) {
        return histogram.percentile(percentile);
    }

    public boolean isEmpty() {
        return histogram.isEmpty();
    }

    public double halfLifeSeconds() {
        return halfLifeSeconds;
    }

    /** The time at which a sample of base weight w is stored with weight w, seconds (0 until the first shift). */
    public double referenceTimestampSeconds() {
        return referenceTimestamp;
    }

    /** Total stored weight, in the scale of {@link #referenceTimestampSeconds()}. */
    public double totalWeight() {
        return histogram.totalWeight();
    }

    /**
     * Total weight seen from {@code nowSeconds}: the stored weight × {@code 2^(−(now − reference) / halfLife)},
     * so a sample of base weight w taken one half-life before {@code now} counts w / 2.
     */
    public double totalWeightAt(double nowSeconds) {
        return histogram.totalWeight() * Math.pow(2, -(nowSeconds - referenceTimestamp) / halfLifeSeconds);
    }

    /** The underlying histogram (read it, do not add to it: its weights are in the reference scale). */
    ExponentialHistogram histogram() {
        return histogram;
    }

    private double decayFactor(double timeSeconds) {
        if (!Double.isFinite(timeSeconds)) {
            throw new IllegalArgumentException("sample time must be finite, got " + timeSeconds);
        }
        double maxAllowed = referenceTimestamp + halfLifeSeconds * MAX_DECAY_EXPONENT;
        if (timeSeconds > maxAllowed) {
            shiftReferenceTimestamp(timeSeconds);
        }
        return Math.pow(2, (timeSeconds - referenceTimestamp) / halfLifeSeconds);
    }

    private void shiftReferenceTimestamp(double newReference) {
        double rounded = Math.floor(newReference / halfLifeSeconds + 0.5) * halfLifeSeconds;
        int exponent = (int) Math.floor((referenceTimestamp - rounded) / halfLifeSeconds + 0.5);
        histogram.scale(Math.scalb(1.0, exponent));
        referenceTimestamp = rounded;
    }
}
