package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.model.autoscale.vpa.EvictionDecision;
import io.cloudmart.sim.model.autoscale.vpa.RecommenderSettings;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.RightSizingReport;
import io.cloudmart.sim.model.control.VpaConfig;
import io.cloudmart.sim.model.control.VpaController;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.scenario.output.SignificantDigits;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The VerticalPodAutoscalers ({@code vpa/<service>}): how each recommends, and the right-sizing table of what its
 * final recommendation would have saved; the journal's recommendations, evictions and held loops in words. Shown
 * when the run attached a {@link RightSizingReport}.
 */
final class RightSizingView implements ControllerView {
    static final String PREFIX = io.cloudmart.sim.model.control.VpaController.PREFIX;

    private final ScenarioSpec spec;

    RightSizingView(ScenarioSpec spec) {
        this.spec = spec;
    }

    @Override
    public boolean explains(String name) {
        return name.startsWith(PREFIX);
    }

    @Override
    public boolean applies(CapacityRun run) {
        return report(run).isPresent();
    }

    private static Optional<RightSizingReport> report(CapacityRun run) {
        return run.replication().attachments().get(RightSizingReport.class);
    }

    @Override
    public List<Block> blocks(CapacityRun run) {
        RightSizingReport report = report(run).orElseThrow();
        Optional<CostSummary> cost = CostView.cost(run);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(story(report, cost)));
        blocks.add(RightSizingTable.recommendations(report));
        blocks.add(RightSizingTable.savings(report, cost));
        return blocks;
    }

    /** One sentence pair per VPA: how it recommends, and what it recommends at the end and would save. */
    private String story(RightSizingReport report, Optional<CostSummary> cost) {
        List<String> parts = new ArrayList<>();
        for (RightSizingReport.Row row : report.rows()) {
            VpaConfig vpa = spec.capacity().of(row.service()).vpa();
            RecommenderSettings r = vpa.recommender();
            String part = "the VPA of " + row.service() + " (updateMode " + vpa.mode().fieldValue()
                    + (vpa.mode().evicts() ? ": it evicts pods whose request is outside its bounds, and new pods get the target"
                    : vpa.mode().appliesAtCreation() ? ": new pods get the target, running pods keep theirs"
                    : ": it only recommends") + ") aims at the " + percentile(r.targetCpuPercentile())
                    + " percentile of one pod's CPU use plus a " + Format.compact(100 * r.safetyMarginFraction())
                    + " % margin, with bounds from the " + percentile(r.lowerBoundCpuPercentile()) + " and "
                    + percentile(r.upperBoundCpuPercentile()) + " percentiles that narrow as its history grows"
                    + " (confidence " + SignificantDigits.format(row.cpuConfidence(), 2) + " here, 1 after "
                    + Format.span(r.confidenceIntervalCpuSeconds()) + " of history)";
            OptionalSaved saved = OptionalSaved.of(row, cost);
            part += ". At the end it recommends " + SignificantDigits.format(row.targetCpuCores(), 3)
                    + " cores against a request of " + SignificantDigits.format(row.specRequestCpuCores(), 3)
                    + saved.sentence() + ".";
            parts.add(parts.isEmpty() ? "Right-sizing: " + part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return String.join(" ", parts);
    }

    /** What a row's saving reads as in the story, the money written as in the tables. */
    private record OptionalSaved(double coreHours, double money, Money format) {
        static OptionalSaved of(RightSizingReport.Row row, Optional<CostSummary> cost) {
            return new OptionalSaved(row.savedCoreHours(), RightSizingTable.savedMoney(row, cost).orElse(Double.NaN),
                    cost.map(c -> Money.forTotal(c.currency(), c.total())).orElse(null));
        }

        String sentence() {
            String hours = Format.number(Math.abs(coreHours), 3) + " core-hours";
            String price = Double.isNaN(money) ? "" : ", " + format.withUnit(Math.abs(money));
            if (coreHours > 0) {
                return ": over this run it would have saved " + hours + price;
            }
            if (coreHours < 0) {
                return ": over this run it would have needed " + hours + price + " more";
            }
            return ": no change";
        }
    }

    private static String percentile(double fraction) {
        long p = Math.round(fraction * 100);
        return p + (p % 10 == 1 && p != 11 ? "st" : p % 10 == 2 && p != 12 ? "nd" : p % 10 == 3 && p != 13 ? "rd" : "th");
    }

    @Override
    public String outcome(ControlEvent event, CapacityRun run) {
        return Format.NONE;
    }

    @Override
    public String details(ControlEvent event, CapacityRun run) {
        Inputs in = Inputs.of(event);
        return switch (event.decision()) {
            case "recommend" -> "target " + in.figure("targetCpuCores") + " cores (bounds " + in.figure("lowerBoundCpuCores")
                    + "–" + in.figure("upperBoundCpuCores") + ")" + (in.flag("cappedAtLimit") ? ", capped at the limit "
                    + in.figure("cpuLimitCores") : "") + " for a request of " + in.figure("specRequestCpuCores")
                    + ", from " + in.count("samples", "usage sample");
            case "evict" -> "evicted " + in.text("pod") + " (" + reason(in.text("reason")) + "): its request "
                    + in.figure("requestCpuCores") + " cores against the target " + in.figure("targetCpuCores")
                    + " (bounds " + in.figure("lowerBoundCpuCores") + "–" + in.figure("upperBoundCpuCores") + ")";
            case "held" -> "no eviction (" + reason(in.text("reason")) + "): " + in.count("liveReplicas", "live pod")
                    + ", minReplicas " + in.figure("minReplicas");
            default -> "";
        };
    }

    /** The updater's reason in words; the raw name if it is not one of the updater's. */
    private static String reason(String raw) {
        EvictionDecision.Reason reason;
        try {
            reason = EvictionDecision.Reason.valueOf(raw);
        } catch (IllegalArgumentException unknown) {
            return raw;
        }
        return switch (reason) {
            case MODE_DOES_NOT_EVICT -> "its mode never evicts";
            case BELOW_MIN_REPLICAS -> "fewer live pods than minReplicas";
            case EVICTION_TOLERANCE_REACHED -> "eviction tolerance used up";
            case WITHIN_BOUNDS_TOO_YOUNG -> "request within the bounds, pod too young";
            case CHANGE_BELOW_THRESHOLD -> "change below --pod-update-threshold";
            case QUICK_OOM_NO_CHANGE -> "OOM-killed, but the target is its request";
            case OUTSIDE_RECOMMENDED_RANGE -> "request outside the bounds";
            case QUICK_OOM -> "OOM-killed soon after start";
            case LONG_LIVED_SIGNIFICANT_CHANGE -> "long-lived pod, large change";
        };
    }

    @Override
    public String journalNote(CapacityRun run) {
        return "A VPA journals its recommendation when the target moves by "
                + Format.compact(100 * VpaController.JOURNALED_TARGET_CHANGE) + " % or more (the updater's"
                + " --pod-update-threshold), each pod its updater evicts, and a loop that could not evict.";
    }
}
