package io.cloudmart.sim.scenario.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.scenario.catalog.Catalog;
import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.output.ScenarioOrigin;
import io.cloudmart.sim.scenario.load.Suggest;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** Resolves what the user typed: a scenario file, or the name of a bundled scenario. */
final class ScenarioSource {
    private final Catalog catalog = new Catalog();
    private final ScenarioLoader loader = new ScenarioLoader();

    ScenarioSpec load(String fileOrName, List<String> overrides) throws ScenarioException {
        return loaded(fileOrName, overrides).spec();
    }

    /** {@link #load}, keeping the document {@code cmsim explain} writes from. */
    ScenarioLoader.Loaded loaded(String fileOrName, List<String> overrides) throws ScenarioException {
        return resolved(fileOrName, overrides).loaded();
    }

    /** A loaded scenario and where it came from (for manifest.json). */
    record Resolved(ScenarioOrigin origin, ScenarioLoader.Loaded loaded) {
    }

    /** {@link #loaded}, saying where the scenario came from. */
    Resolved resolved(String fileOrName, List<String> overrides) throws ScenarioException {
        Path path = Path.of(fileOrName);
        boolean looksLikeFile = fileOrName.contains("/") || fileOrName.contains("\\") || fileOrName.endsWith(".yaml")
                || fileOrName.endsWith(".yml") || fileOrName.endsWith(".json");
        if (!Files.exists(path) && looksLikeFile && !fileOrName.contains("/") && !fileOrName.contains("\\")) {
            // "mmc-check.yaml" typed outside the catalog folder: the bundled scenario is likely what was meant
            String stem = fileOrName.replaceFirst("\\.(yaml|yml|json)$", "");
            String suggestion = Suggest.didYouMean(stem, catalog.names());
            if (!suggestion.isEmpty()) {
                throw new ScenarioException(List.of(new Issue(fileOrName, 0, 0, "", "no such file"
                        + suggestion.replace("did you mean ", "did you mean the bundled scenario ")
                        + " (give its name without .yaml)")));
            }
        }
        if (Files.exists(path) || looksLikeFile) {
            ScenarioLoader.Loaded loaded = loader.loaded(path, overrides);
            return new Resolved(ScenarioOrigin.of(ScenarioOrigin.Kind.FILE, fileOrName, loaded.text()), loaded);
        }
        Optional<String> text = catalog.text(fileOrName);
        if (text.isPresent()) {
            ScenarioLoader.Loaded loaded = loader.loaded(Catalog.sourceName(fileOrName), text.get(), null, overrides);
            return new Resolved(ScenarioOrigin.of(ScenarioOrigin.Kind.CATALOG, fileOrName, loaded.text()), loaded);
        }
        throw new ScenarioException(List.of(new Issue(fileOrName, 0, 0, "",
                "no such file, and no bundled scenario of that name"
                        + orSemicolon(Suggest.didYouMean(fileOrName, catalog.names())) + " bundled: " + String.join(", ", catalog.names()))));
    }

    /** The "did you mean" clause, or a semicolon before the list when there is none. */
    private static String orSemicolon(String suggestion) {
        return suggestion.isEmpty() ? ";" : suggestion;
    }
}
