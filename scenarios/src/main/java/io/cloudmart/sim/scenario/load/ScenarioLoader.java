package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario file (YAML or JSON) into a {@link ScenarioSpec}: reads the text, applies the
 * {@code --set path=value} overrides, rejects unknown fields, binds and checks every value, and
 * fills the defaults.
 *
 * <p>Nothing stops at the first problem: every issue found is reported in one
 * {@link ScenarioException}, each naming the file, line, column and path (or the {@code --set}
 * override responsible) in words a learner can act on. Instances hold no per-load state and may be
 * shared between threads.
 */
public final class ScenarioLoader {
    private final DocumentReader reader = new DocumentReader();

    /** A loaded scenario and the document it was bound from, after the overrides: what {@code cmsim explain} writes. */
    public static final class Loaded {
        private final ScenarioSpec spec;
        private final ObjectNode document;
        private final String text;
        private final List<String> notes;

        private Loaded(ScenarioSpec spec, ObjectNode document, String text, List<String> notes) {
            this.spec = spec;
            this.document = document;
            this.text = text;
            this.notes = List.copyOf(notes);
        }

        /** The scenario's text as it was read, before the overrides: what its hash in manifest.json is of. */
        public String text() {
            return text;
        }

        /** What the overrides changed beyond their own field (a {@code load.rate} that replaced the stages), one sentence each. */
        public List<String> notes() {
            return notes;
        }

        public ScenarioSpec spec() {
            return spec;
        }

        /** The scenario as it will run, as YAML with every default filled in ({@link ScenarioYaml}). */
        public String explained() {
            return ScenarioYaml.toYaml(spec, document);
        }
    }

    /** Loads the scenario in {@code file} without overrides; see {@link #load(Path, List)}. */
    public ScenarioSpec load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * Loads the scenario in {@code file}. Empirical distributions read their CSV files relative to
     * the file's folder.
     *
     * @param file      the scenario file; named in issues as given
     * @param overrides {@code path=value} strings from {@code --set}, applied in order; may be empty
     * @throws ScenarioException listing every problem found, the file's and the overrides'
     */
    public ScenarioSpec load(Path file, List<String> overrides) throws ScenarioException {
        return loaded(file, overrides).spec();
    }

    /** {@link #load(Path, List)}, keeping the document for {@link Loaded#explained()}. */
    public Loaded loaded(Path file, List<String> overrides) throws ScenarioException {
        String source = file.toString();
        Problems problems = new Problems(source);
        String text;
        try {
            text = TextFiles.read(file, InputLimits.SCENARIO_BYTES, "a scenario file; give a .yaml or .json file");
        } catch (TextFiles.Unreadable e) {
            problems.wholeFile(e.missing() ? e.getMessage() : "this file " + e.getMessage());
            throw problems.exception();
        }
        Path folder = file.toAbsolutePath().getParent();
        return load(problems, text, folder, overrides);
    }

    /**
     * Loads a scenario from text, for catalog resources on the classpath.
     *
     * @param sourceName how issues name the text, e.g. {@code catalog/flash-sale.yaml}
     * @param text       the scenario, YAML or JSON
     * @param baseDir    folder that {@code empirical(file=…)} names are relative to; null when there
     *                   is none, and then empirical distributions are refused with a clear message
     * @param overrides  {@code path=value} strings from {@code --set}, applied in order; may be empty
     * @throws ScenarioException listing every problem found
     */
    public ScenarioSpec load(String sourceName, String text, Path baseDir, List<String> overrides)
            throws ScenarioException {
        return loaded(sourceName, text, baseDir, overrides).spec();
    }

    /** {@link #load(String, String, Path, List)}, keeping the document for {@link Loaded#explained()}. */
    public Loaded loaded(String sourceName, String text, Path baseDir, List<String> overrides)
            throws ScenarioException {
        Problems problems = new Problems(sourceName);
        try {
            SourceText.requireText(text);
        } catch (SourceText.NotText e) {
            problems.wholeFile(e.getMessage());
            throw problems.exception();
        }
        return load(problems, SourceText.stripBom(text), baseDir, overrides);
    }

    private Loaded load(Problems problems, String text, Path baseDir, List<String> overrideTexts)
            throws ScenarioException {
        if (!InputLimits.checkLines(text, problems)) {
            throw problems.exception();
        }
        Overrides overrides = new Overrides(reader, problems);
        List<Overrides.Override> checked = overrides.parse(overrideTexts == null ? List.of() : overrideTexts);
        ObjectNode root = document(problems, text);
        if (root == null) {
            throw problems.exception();
        }
        overrides.apply(checked, root);
        new SchemaCheck(problems).check(root, Schema.SCENARIO, "");
        EmpiricalSamples empirical = new EmpiricalSamples(baseDir, problems.source());
        Distributions distributions = new Distributions(empirical);
        // a run shortened from the command line may end before times the file gives (they then never come)
        boolean durationSet = checked.stream().anyMatch(o -> o.path().equals(TopSchema.DURATION.name()));
        ScenarioSpec spec = new ScenarioBinder(problems, distributions, empirical, durationSet).bind(root);
        if (problems.hasIssues()) {
            throw problems.exception();
        }
        return new Loaded(spec, root, text, overrides.replaced());
    }

    /** The top-level mapping of the document, or null after reporting why there is none. */
    private ObjectNode document(Problems problems, String text) {
        if (text.isBlank()) {
            problems.wholeFile("the file is empty");
            return null;
        }
        DocumentReader.Document document = reader.read(text, problems);
        if (document == null) {
            return null;
        }
        problems.useLocations(document.locations());
        if (document.root() == null) {
            problems.wholeFile("the file is empty (it holds only comments)");
            return null;
        }
        if (!(document.root() instanceof ObjectNode root)) {
            problems.wholeFile("expected the scenario's fields (name, duration, load, services …) at the top level, got "
                    + problems.shown("", document.root()));
            return null;
        }
        return root;
    }
}
