package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Releases" part of the report: one {@link ReleaseView} per rollout, the first replication's story (a release
 * is one run's: a mean of several runs' error rates would smear an abort into a slope). Left out of a scenario
 * without rollouts.
 */
final class ReleasesSection {
    static final String HEADING = "Releases";

    private ReleasesSection() {
    }

    static Optional<Section> of(ScenarioSpec spec, ExperimentResult result) {
        Optional<RolloutReport> report = result.replications().get(0).attachments().get(RolloutReport.class);
        if (report.isEmpty() || report.get().rollouts().isEmpty()) {
            return Optional.empty();
        }
        TimeAxis axis = TimeAxis.forDuration(spec.durationSeconds());
        List<Block> blocks = new ArrayList<>();
        blocks.add(ReleaseComparison.of(report.get().rollouts(),
                result.replications().get(0).attachments().get(CostSummary.class).map(CostSummary::currency), axis));
        for (RolloutSummary summary : report.get().rollouts()) {
            Optional<RolloutConfig> config = spec.rollouts().stream()
                    .filter(c -> c.name().equals(summary.name())).findFirst();
            Optional<ReleaseView.Versions> versions = config.map(ReleaseView.Versions::of).or(() -> spec.canaries()
                    .stream().filter(c -> c.name().equals(summary.name())).findFirst()
                    .map(c -> new ReleaseView.Versions(c.service(), c.primaryVersion(), c.canaryVersion())));
            versions.ifPresent(v -> blocks.addAll(new ReleaseView(summary, config, v, axis).blocks()));
        }
        int runs = result.replications().size();
        String intro = "How each release went out and, if it went wrong, when it was taken back, warm-up included."
                + (runs > 1 ? " Charts and tables show replication 1 of " + runs + "; results.json counts the"
                + " outcomes of all of them (rollouts.<name>.replicationsByOutcome)." : "");
        return Optional.of(new Section(HEADING, intro, blocks));
    }
}
