package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.report.Banner;
import io.cloudmart.sim.scenario.output.Instability;
import io.cloudmart.sim.scenario.output.RunStatistics;

/** The report's banners about trusting the figures: a run that looks unstable, a precision the cap left unmet. */
final class StatisticsBanners {
    private StatisticsBanners() {
    }

    static List<Banner> of(ExperimentResult result, RunStatistics statistics) {
        List<Banner> banners = new ArrayList<>();
        List<Instability.Growing> growing = Instability.of(result);
        if (!growing.isEmpty()) {
            banners.add(new Banner("This run looks unstable", capitalised(Instability.details(growing)) + "."));
        }
        if (statistics.precision().isPresent() && !statistics.precision().get().met()) {
            banners.add(new Banner("The precision asked for was not reached",
                    capitalised(statistics.precisionSentence()) + ". Longer runs (duration) narrow the intervals"
                            + " where more replications no longer pay."));
        }
        return banners;
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
