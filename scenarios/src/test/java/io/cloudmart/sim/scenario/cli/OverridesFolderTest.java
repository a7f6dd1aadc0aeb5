package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The default folder of a run with overrides: beside the baseline's, named by a short, safe, readable tag. */
class OverridesFolderTest {
    private static final Path OUT = Path.of("out");

    @Test
    void withoutOverridesTheFolderIsTheScenarioNameAsDesignMdPinsIt() {
        assertThat(OverridesFolder.of(OUT, "mmc-check", List.of())).isEqualTo(Path.of("out", "mmc-check"));
    }

    @Test
    void aSimpleOverrideIsReadAsTyped() {
        assertThat(OverridesFolder.of(OUT, "mmc-check", List.of("services.api.replicas=4")))
                .isEqualTo(Path.of("out", "mmc-check@set-services.api.replicas=4"));
        assertThat(OverridesFolder.tag(List.of("load.rate=6", "seed=11"))).isEqualTo("set-load.rate=6,seed=11");
    }

    @Test
    void unsafeCharactersAreReplacedAndAHashKeepsTheSetsApart() {
        String spaced = OverridesFolder.tag(List.of("services.api.endpoints.get.work=exponential(mean=100 ms)"));
        String underscored = OverridesFolder.tag(List.of("services.api.endpoints.get.work=exponential(mean=100_ms)"));
        String slashed = OverridesFolder.tag(List.of("load.journeys.a/b.weight=2"));
        for (String tag : List.of(spaced, underscored, slashed)) {
            assertThat(tag).matches("[A-Za-z0-9._=,+~-]+").hasSizeLessThanOrEqualTo(OverridesFolder.MAX_LENGTH)
                    .startsWith("set-");
        }
        assertThat(slashed).startsWith("set-load.journeys.a_b.weight=2~").hasSize("set-load.journeys.a_b.weight=2~".length()
                + OverridesFolder.HASH_HEX);
        // the parentheses and the space became '_' in one, only the parentheses in the other: the hash differs
        assertThat(spaced).isNotEqualTo(underscored);
        assertThat(OverridesFolder.tag(List.of("load.journeys.a/b.weight=2"))).isEqualTo(slashed);
    }

    @Test
    void aLongSetIsCutToTheLimitWithAHashAndStaysTheSameFromRunToRun() {
        List<String> many = List.of("services.api.replicas=4", "services.api.pod.cpu=2", "services.api.pod.memory=512Mi",
                "load.rate=40");
        String tag = OverridesFolder.tag(many);
        assertThat(tag).hasSize(OverridesFolder.MAX_LENGTH).startsWith("set-services.api.replicas=4,services.api.pod.cpu=2")
                .matches(".*~[0-9a-f]{" + OverridesFolder.HASH_HEX + "}");
        assertThat(OverridesFolder.tag(List.copyOf(many))).isEqualTo(tag);
        List<String> lastChanged = List.of("services.api.replicas=4", "services.api.pod.cpu=2",
                "services.api.pod.memory=512Mi", "load.rate=41");
        assertThat(OverridesFolder.tag(lastChanged)).isNotEqualTo(tag);
    }

    @Test
    void theOrderGivenIsKeptBecauseALaterSetOfOneFieldWins() {
        assertThat(OverridesFolder.tag(List.of("load.rate=5", "load.rate=6")))
                .isNotEqualTo(OverridesFolder.tag(List.of("load.rate=6", "load.rate=5")));
        assertThat(OverridesFolder.tag(Collections.nCopies(1, "load.rate=6"))).isEqualTo("set-load.rate=6");
    }
}
