package io.cloudmart.sim.scenario.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The arrival rate over time when the load gives a {@code shape:} (instead of {@code rate:} or
 * {@code stages:}). Rates are requests per second before {@link LoadSpec#scale()}; times are
 * seconds from simulated time 0.
 */
public sealed interface RateShapeSpec {

    /** The rate at {@code t} seconds, requests per second; 0 for a {@link ReplayShape}, which has no rate. */
    double rateAt(double t);

    /** The highest rate the shape reaches, requests per second; 0 for a {@link ReplayShape}. */
    double peakRate();

    /**
     * Consecutive segments from t = 0, each holding a level or ramping linearly to one, as k6's
     * {@code ramping-arrival-rate}; the last level holds to the end of the run.
     *
     * @param startRate the level before the first segment, requests per second, {@code >= 0}; default 0
     * @param segments  the segments in order; at least one
     */
    record ScheduleShape(double startRate, List<SegmentSpec> segments) implements RateShapeSpec {
        /** Start level when the file gives none (k6's {@code startRate}). */
        public static final double DEFAULT_START_RATE = 0.0;

        public ScheduleShape {
            segments = Copies.list(segments, "segments");
        }

        @Override
        public double rateAt(double t) {
            double level = startRate;
            double start = 0.0;
            for (SegmentSpec s : segments) {
                double end = start + s.durationSeconds();
                if (s.rampTo() != null) {
                    if (t < end) {
                        return level + (s.rampTo() - level) * Math.max(0.0, t - start) / s.durationSeconds();
                    }
                    level = s.rampTo();
                } else {
                    level = s.rate();
                    if (t < end) {
                        return level;
                    }
                }
                start = end;
            }
            return level;
        }

        @Override
        public double peakRate() {
            double peak = startRate;
            for (SegmentSpec s : segments) {
                peak = Math.max(peak, s.rampTo() != null ? s.rampTo() : s.rate() == null ? 0 : s.rate());
            }
            return peak;
        }
    }

    /**
     * One segment of a {@link ScheduleShape}: exactly one of {@code rate} and {@code rampTo} is set.
     *
     * @param durationSeconds how long the segment lasts, seconds, {@code > 0}
     * @param rate            the level held during the segment, requests per second, {@code >= 0};
     *                        null for a ramp
     * @param rampTo          the level reached linearly at the segment's end, requests per second,
     *                        {@code >= 0}; null for a hold
     */
    record SegmentSpec(double durationSeconds, Double rate, Double rampTo) {
    }

    /**
     * A flash-sale spike: {@code base} until {@code at}, a linear ramp to {@code peak}, a hold,
     * a linear ramp back to {@code base}.
     *
     * @param base            rate outside the spike, requests per second, {@code >= 0}
     * @param peak            rate at the top, requests per second, {@code >= 0}
     * @param atSeconds       when the ramp up starts, seconds, {@code >= 0}
     * @param rampUpSeconds   ramp up, seconds, {@code >= 0}; default 0
     * @param holdSeconds     time at the peak, seconds, {@code >= 0}
     * @param rampDownSeconds ramp down, seconds, {@code >= 0}; default 0
     */
    record SpikeShape(double base, double peak, double atSeconds, double rampUpSeconds, double holdSeconds,
                      double rampDownSeconds) implements RateShapeSpec {
        @Override
        public double rateAt(double t) {
            double up = atSeconds + rampUpSeconds;
            double top = up + holdSeconds;
            double down = top + rampDownSeconds;
            if (t < atSeconds || t >= down) {
                return base;
            }
            if (t < up) {
                return base + (peak - base) * (t - atSeconds) / rampUpSeconds;
            }
            if (t < top) {
                return peak;
            }
            return peak + (base - peak) * (t - top) / rampDownSeconds;
        }

        @Override
        public double peakRate() {
            return Math.max(base, peak);
        }
    }

    /**
     * A daily cycle: {@code mean + amplitude × cos(2π (t − peakAt) / period)}.
     *
     * @param mean          mean rate, requests per second, {@code >= 0}
     * @param amplitude     swing around the mean, requests per second, in [0, mean]
     * @param periodSeconds length of a cycle, seconds, {@code > 0}; default 24 h
     * @param peakAtSeconds time of the first peak, seconds, {@code >= 0}
     */
    record DailyShape(double mean, double amplitude, double periodSeconds, double peakAtSeconds)
            implements RateShapeSpec {
        /** Period when the file gives none: one day. */
        public static final double DEFAULT_PERIOD_SECONDS = 86_400.0;

        @Override
        public double rateAt(double t) {
            return mean + amplitude * Math.cos(2 * Math.PI * (t - peakAtSeconds) / periodSeconds);
        }

        @Override
        public double peakRate() {
            return mean + amplitude;
        }
    }

    /**
     * A measured rate replayed: requests per second per consecutive interval from t = 0, 0 after
     * the last.
     *
     * @param file            the CSV file as written in the scenario, relative to its folder
     * @param intervalSeconds length of each interval, seconds, {@code > 0}
     * @param rates           requests per second in each interval, each {@code >= 0}; at least one
     *                        (copied in and out)
     */
    record TraceShape(String file, double intervalSeconds, double[] rates) implements RateShapeSpec {
        public TraceShape {
            Objects.requireNonNull(file, "file");
            rates = rates.clone();
        }

        @Override
        public double[] rates() {
            return rates.clone();
        }

        @Override
        public double rateAt(double t) {
            int i = (int) Math.floor(t / intervalSeconds);
            return i >= 0 && i < rates.length ? rates[i] : 0.0;
        }

        @Override
        public double peakRate() {
            return Arrays.stream(rates).max().orElse(0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TraceShape that && file.equals(that.file)
                    && Double.compare(intervalSeconds, that.intervalSeconds) == 0 && Arrays.equals(rates, that.rates);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, intervalSeconds, Arrays.hashCode(rates));
        }

        @Override
        public String toString() {
            return "TraceShape[" + file + ", interval=" + intervalSeconds + " s, " + rates.length + " intervals]";
        }
    }

    /**
     * Recorded arrival times replayed exactly (no Poisson draw).
     *
     * @param file  the CSV file as written in the scenario, relative to its folder
     * @param times arrival times, seconds from the start, non-decreasing, each {@code >= 0}; at
     *              least one (copied in and out)
     */
    record ReplayShape(String file, double[] times) implements RateShapeSpec {
        public ReplayShape {
            Objects.requireNonNull(file, "file");
            times = times.clone();
        }

        @Override
        public double[] times() {
            return times.clone();
        }

        @Override
        public double rateAt(double t) {
            return 0.0;
        }

        @Override
        public double peakRate() {
            return 0.0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ReplayShape that && file.equals(that.file) && Arrays.equals(times, that.times);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, Arrays.hashCode(times));
        }

        @Override
        public String toString() {
            return "ReplayShape[" + file + ", " + times.length + " arrivals]";
        }
    }
}
