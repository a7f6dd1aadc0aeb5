package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.NodeProvisioner;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.model.saga.SagaOrchestrator;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The {@code cost} block: what the nodes cost over the whole run (warm-up included: the provider bills every
 * second) and how OpenCost splits it, means over replications. A scenario without a {@code cluster} has no
 * priced nodes: every amount is exactly 0 and {@code priced} says why, rather than inventing a price.
 */
final class Cost {
    private Cost() {
    }

    static ObjectNode json(ScenarioSpec spec, Figures f) {
        java.util.Optional<List<CostSummary>> priced = f.attachments(CostSummary.class);
        if (priced.isEmpty()) {
            return unpriced(spec);
        }
        List<CostSummary> bills = priced.get();
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("priced", true);
        Money.put(n, "total", mean(bills, CostSummary::total));
        n.put("currency", bills.get(0).currency().getCurrencyCode());
        ResultsJson.put(n, "nodeHours", mean(bills, CostSummary::billedNodeHours));
        ObjectNode perService = n.putObject("perService");
        spec.services().keySet().forEach(name -> Money.put(perService, name,
                mean(bills, b -> line(b, name).totalCost())));
        Money.put(n, "idle", mean(bills, CostSummary::idle));
        ObjectNode allocation = n.putObject("allocation");
        spec.services().keySet().forEach(name -> {
            ObjectNode s = allocation.putObject(name);
            Money.put(s, "cpuCost", mean(bills, b -> line(b, name).cpuCost()));
            Money.put(s, "ramCost", mean(bills, b -> line(b, name).ramCost()));
            ResultsJson.put(s, "cpuCoreHoursRequest", mean(bills, b -> line(b, name).cpuCoreHoursRequest()));
            ResultsJson.put(s, "cpuCoreHoursUsage", mean(bills, b -> line(b, name).cpuCoreHoursUsage()));
            ResultsJson.put(s, "cpuEfficiency", mean(bills, b -> line(b, name).cpuEfficiency()));
        });
        ObjectNode teams = n.putObject("perTeam");
        bills.get(0).allocation().teams().forEach(team -> Money.put(teams, team.name(),
                mean(bills, b -> b.allocation().team(team.name()).map(CostLine::totalCost).orElse(0.0))));
        long requests = f.result().replications().stream().mapToLong(r -> r.metrics().counter("client.requests")).sum();
        double measuredShare = mean(f.result().replications(), r -> r.metrics().measuredSeconds() / r.simulatedSeconds());
        // requests are counted after warm-up, the bill over the whole run: price the measured share of the bill
        double perRequestCost = mean(bills, CostSummary::total) * measuredShare;
        if (requests > 0) {
            Money.put(n, "per1000Requests", 1000 * perRequestCost * bills.size() / requests);
        }
        long committed = committedOrders(spec, f);
        if (committed > 0) {
            Money.put(n, "per1000CommittedOrders", 1000 * perRequestCost * bills.size() / committed);
        }
        return n;
    }

    /** Sagas that committed in the measured time, all replications, every saga of the scenario (the checkouts). */
    private static long committedOrders(ScenarioSpec spec, Figures f) {
        return f.result().replications().stream().mapToLong(r -> spec.sagas().keySet().stream()
                .mapToLong(saga -> r.metrics().counter(SagaOrchestrator.metricKey(saga, "committed"))).sum()).sum();
    }

    private static CostLine line(CostSummary bill, String service) {
        return bill.allocation().serviceOrEmpty(service);
    }

    private static <T> double mean(List<T> items, ToDoubleFunction<T> of) {
        return items.stream().mapToDouble(of).average().orElse(Double.NaN);
    }

    static ObjectNode unpriced(ScenarioSpec spec) {
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("priced", false);
        n.put("note", "no cluster section: nodes are not priced, so every amount is 0");
        n.put("total", 0);
        n.put("currency", "USD");
        n.put("nodeHours", 0);
        ObjectNode perService = n.putObject("perService");
        spec.services().keySet().forEach(name -> perService.put(name, 0));
        n.put("idle", 0);
        return n;
    }

    /** The {@code cluster} block, or null when the scenario has no cluster. */
    static ObjectNode cluster(Figures f) {
        java.util.Optional<List<io.cloudmart.sim.model.control.ClusterSummary>> told =
                f.attachments(io.cloudmart.sim.model.control.ClusterSummary.class);
        if (told.isEmpty()) {
            return null;
        }
        List<io.cloudmart.sim.model.control.ClusterSummary> stories = told.get();
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        ObjectNode pools = n.putObject("pools");
        for (int i = 0; i < stories.get(0).pools().size(); i++) {
            int p = i;
            ObjectNode pool = pools.putObject(stories.get(0).pools().get(i).name());
            ResultsJson.put(pool, "min", mean(stories, s -> s.pools().get(p).min()));
            ResultsJson.put(pool, "max", mean(stories, s -> s.pools().get(p).max()));
            ResultsJson.put(pool, "mean", mean(stories, s -> s.pools().get(p).mean()));
            ResultsJson.put(pool, "nodeHours", mean(stories, s -> s.pools().get(p).nodeHours()));
            ResultsJson.put(pool, "added", mean(stories, s -> s.pools().get(p).added()));
            ResultsJson.put(pool, "removed", mean(stories, s -> s.pools().get(p).removed()));
        }
        ResultsJson.put(n, "pendingPodSeconds", mean(stories, s -> s.pendingPodSeconds()));
        ResultsJson.put(n, "maxPendingPods", mean(stories, s -> s.maxPendingPods()));
        ResultsJson.put(n, "interruptions", mean(stories, s -> s.interruptions()));
        ResultsJson.put(n, "scaleEvents", mean(f.result().replications(), Cost::nodeScaleEvents));
        return n;
    }

    private static double nodeScaleEvents(ReplicationResult r) {
        return r.controlEvents().stream().filter(e -> e.controller().equals(NodeProvisioner.CLUSTER_AUTOSCALER.controller())
                || e.controller().equals(NodeProvisioner.KARPENTER.controller())).count();
    }
}
