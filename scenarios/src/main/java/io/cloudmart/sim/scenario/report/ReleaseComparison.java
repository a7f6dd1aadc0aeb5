package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.report.Table;

/**
 * The releases side by side on the two things a strategy trades: exposure (how many users' requests the new version
 * answered before the release was decided, the largest share of traffic it had at once) and the capacity it held
 * beside the old version (extra pod-hours, node-hours and their cost). One column per release, one row per figure, so
 * two or three releases compare at a glance. The figures are results.json's {@code rollouts.<name>.exposure} and
 * {@code extra*}.
 */
final class ReleaseComparison {
    private ReleaseComparison() {
    }

    /** @param currency the bill's currency, empty without a cluster (then there are no node-hours to show) */
    static Table of(List<RolloutSummary> releases, Optional<Currency> currency, TimeAxis axis) {
        double maxCost = releases.stream().mapToDouble(r -> r.release().extraCost()).filter(Double::isFinite).max()
                .orElse(0);
        Optional<Money> money = currency.map(c -> Money.forTotal(c, maxCost));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("strategy", releases, r -> r.strategy().fieldValue()));
        rows.add(row("outcome", releases, r -> r.outcome().fieldValue() + (Double.isFinite(r.atSeconds())
                ? " at " + axis.cell(r.atSeconds()) : "")));
        rows.add(row("users' requests the new version answered before that", releases,
                r -> Format.number(r.release().exposedRequests(), 0)));
        rows.add(row("of them errors", releases, r -> Format.number(r.release().exposedErrors(), 0)));
        rows.add(row("their share of the users' requests", releases, r -> share(r.release().exposedShare())));
        rows.add(row("largest share of traffic at once", releases, r -> share(r.release().peakShare())));
        rows.add(row("first traffic to the new version", releases, r -> axis.cell(r.release().firstTrafficAt())));
        rows.add(row("all traffic to it", releases, r -> axis.cell(r.release().fullTrafficAt())));
        rows.add(row("extra pod-hours", releases, r -> Format.number(r.release().extraPodHours(), 3)));
        money.ifPresent(m -> {
            rows.add(row("extra node-hours", releases, r -> finite(r.release().extraNodeHours(), 3)));
            rows.add(row(m.header("extra cost"), releases, r -> Double.isFinite(r.release().extraCost())
                    ? m.format(r.release().extraCost()) : Format.NONE));
        });
        List<String> headers = new ArrayList<>();
        headers.add("figure");
        releases.forEach(r -> headers.add(r.name()));
        return new Table("Releases compared: exposure against extra capacity", headers, rows,
                "Exposure counts users' requests the new version answered until the release was promoted or"
                        + " aborted (a blue-green preview's test requests are not users'). Extra capacity is what both"
                        + " versions' pods held above spec.replicas while the release ran"
                        + (money.isPresent() ? "; node-hours weigh each pod's CPU request against its node's, at the"
                        + " node's price." : "."));
    }

    private static List<String> row(String figure, List<RolloutSummary> releases,
                                     Function<RolloutSummary, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(figure);
        releases.forEach(r -> row.add(cell.apply(r)));
        return row;
    }

    private static String share(double fraction) {
        return Double.isFinite(fraction) ? Format.percentOf(fraction) : Format.NONE;
    }

    private static String finite(double v, int decimals) {
        return Double.isFinite(v) ? Format.number(v, decimals) : Format.NONE;
    }
}
