package io.cloudmart.sim.model.control;

import java.util.List;
import java.util.Objects;

import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;

/**
 * The right-sizing table of a run: one row per service with a VPA, attached to the replication's result at the
 * finish. CPU only (the VPAs control {@code [cpu]}). Money is the cost model's: it
 * multiplies {@link Row#savedCoreHours()} by its price of a requested core-hour.
 *
 * @param rows one per VPA, in the order the VPAs were given
 */
public record RightSizingReport(List<Row> rows) {
    public RightSizingReport {
        rows = List.copyOf(rows);
    }

    /** The row of {@code service}. */
    public Row row(String service) {
        for (Row row : rows) {
            if (row.service().equals(service)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no right-sizing row for service " + service);
    }

    /**
     * One service's row.
     *
     * @param service              the service
     * @param mode                 its VPA's {@code updateMode}
     * @param specRequestCpuCores  the app container's CPU request in the pod template (what the scenario asks for)
     * @param cpuLimitCores        its CPU limit, which caps the recommendation
     * @param p50CpuCores          median CPU usage of one pod over the run (every metrics window the VPA sampled, all
     *                             pods), cores: the upper end of its histogram bucket, so at most 5 % above the true value
     * @param p95CpuCores          the same at the 95th percentile
     * @param usageSamples         per-pod usage samples behind the percentiles (0: the VPA never saw a running pod,
     *                             and the recommendation below is the spec request, i.e. no change)
     * @param targetCpuCores       the VPA's target at the end, capped at the limit
     * @param lowerBoundCpuCores   its lower bound, capped at the limit
     * @param upperBoundCpuCores   its upper bound, capped at the limit
     * @param cappedAtLimit        whether the uncapped target exceeded the limit
     * @param cpuConfidence        the recommender's confidence at the end (≈ days of history)
     * @param podHours             hours the service's pods ran, summed over pods
     * @param requestCoreHours     CPU the app containers requested over the run, core-hours (the requests each pod had:
     *                             with {@code Recreate} or {@code Initial} these already include the VPA's changes)
     * @param recommendedCoreHours the same pod-hours at the final target, core-hours
     */
    public record Row(String service, UpdateMode mode, double specRequestCpuCores, double cpuLimitCores,
                      double p50CpuCores, double p95CpuCores, long usageSamples,
                      double targetCpuCores, double lowerBoundCpuCores, double upperBoundCpuCores,
                      boolean cappedAtLimit, double cpuConfidence,
                      double podHours, double requestCoreHours, double recommendedCoreHours) {
        public Row {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(mode, "mode");
        }

        /** Requested core-hours the final target would have saved (negative: the service needed more). */
        public double savedCoreHours() {
            return requestCoreHours - recommendedCoreHours;
        }

        /**
         * What the saved core-hours would have saved of {@code bill}: at the price this service paid per allocated
         * CPU core-hour ({@link CostSummary#cpuPricePerCoreHour}); empty when it was allocated no CPU.
         */
        public java.util.OptionalDouble savedCost(CostSummary bill) {
            java.util.OptionalDouble price = bill.cpuPricePerCoreHour(service);
            return price.isPresent() ? java.util.OptionalDouble.of(savedCoreHours() * price.getAsDouble())
                    : java.util.OptionalDouble.empty();
        }

        /** {@link #savedCoreHours()} over {@link #requestCoreHours()}: the share of the CPU request cost saved; 0 if none. */
        public double savedFraction() {
            return requestCoreHours > 0 ? savedCoreHours() / requestCoreHours : 0.0;
        }
    }
}
