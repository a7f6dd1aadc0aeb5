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
        Optional<String> text = catalog.text(fileOrName);
        // `cmsim run flash-sale --out flash-sale` leaves a folder of that name: the name still means the bundled one
        boolean folderNamedLikeABundledOne = Files.isDirectory(path) && text.isPresent();
        if ((Files.exists(path) && !folderNamedLikeABundledOne) || looksLikeFile) {
            return fromFile(fileOrName, overrides);
        }
        if (text.isPresent()) {
            return fromCatalog(fileOrName, text.get(), overrides);
        }
        throw new ScenarioException(List.of(new Issue(fileOrName, 0, 0, "",
                "no such file, and no bundled scenario of that name"
                        + orSemicolon(Suggest.didYouMean(fileOrName, catalog.names())) + " bundled: " + String.join(", ", catalog.names()))));
    }

    /**
     * The scenario as a recorded origin names it (replay): a catalog name is looked up in the catalog
     * whatever the current folder holds, a file is read from its path.
     */
    Resolved resolved(ScenarioOrigin.Kind kind, String name, List<String> overrides) throws ScenarioException {
        if (kind == ScenarioOrigin.Kind.FILE) {
            return fromFile(name, overrides);
        }
        Optional<String> text = catalog.text(name);
        if (text.isEmpty()) {
            throw new ScenarioException(List.of(new Issue(name, 0, 0, "", "no bundled scenario of that name in this cmsim"
                    + orSemicolon(Suggest.didYouMean(name, catalog.names())) + " bundled: " + String.join(", ", catalog.names()))));
        }
        return fromCatalog(name, text.get(), overrides);
    }

    private Resolved fromFile(String file, List<String> overrides) throws ScenarioException {
        ScenarioLoader.Loaded loaded = loader.loaded(Path.of(file), overrides);
        return new Resolved(ScenarioOrigin.of(ScenarioOrigin.Kind.FILE, file, loaded.text()), loaded);
    }

    private Resolved fromCatalog(String name, String text, List<String> overrides) throws ScenarioException {
        ScenarioLoader.Loaded loaded = loader.loaded(Catalog.sourceName(name), text, null, overrides);
        return new Resolved(ScenarioOrigin.of(ScenarioOrigin.Kind.CATALOG, name, loaded.text()), loaded);
    }

    /** The "did you mean" clause, or a semicolon before the list when there is none. */
    private static String orSemicolon(String suggestion) {
        return suggestion.isEmpty() ? ";" : suggestion;
    }
}
