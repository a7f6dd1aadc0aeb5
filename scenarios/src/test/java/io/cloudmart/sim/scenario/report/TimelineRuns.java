package io.cloudmart.sim.scenario.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.catalog.Catalog;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** One replication of a test or catalog scenario, for the timeline's tests. */
record TimelineRuns(ScenarioSpec spec, ExperimentResult result) {

    /** A scenario of the test resources ({@code /load/NAME.yaml}). */
    static TimelineRuns resource(String name) {
        try (InputStream in = TimelineRuns.class.getResourceAsStream("/load/" + name + ".yaml")) {
            return of(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled scenario. */
    static TimelineRuns catalog(String name) {
        return of(Catalog.sourceName(name), new Catalog().text(name).orElseThrow());
    }

    /** A scenario given as text. */
    static TimelineRuns of(String source, String yaml) {
        try {
            ScenarioSpec spec = new ScenarioLoader().load(source, yaml, null, List.of());
            ExperimentResult result = new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1,
                    ShopAssembler.shop(spec));
            return new TimelineRuns(spec, result);
        } catch (ScenarioException e) {
            throw new IllegalStateException(source + " does not load", e);
        }
    }
}
