package io.cloudmart.sim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class RunManifestTest {
    @Test
    void theHashIsSha256OfTheUtf8Text() {
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        assertThat(ScenarioOrigin.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // "\u00e9" is c3 a9 in UTF-8 (sha256sum of those two bytes); in Latin-1 it would be e9, de2e331d…
        assertThat(ScenarioOrigin.sha256("\u00e9"))
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void writesEveryFieldWithTheStartInUtcMilliseconds() {
        RunManifest manifest = new RunManifest("cmsim 1.2.3", "sha256:0123", ScenarioOrigin.of(ScenarioOrigin.Kind.FILE, "my/shop.yaml",
                "abc"), List.of("load.rate=40", "services.api.replicas=3"), "name: shop\n", 42, 5, "17.0.9", "Eclipse Adoptium",
                Instant.parse("2026-12-03T11:25:10.123456789Z"));
        JsonNode json = manifest.json();
        assertThat(json.get("tool").asText()).isEqualTo("cmsim 1.2.3");
        assertThat(json.get("toolBuild").asText()).isEqualTo("sha256:0123");
        assertThat(json.at("/scenario/source").asText()).isEqualTo("file");
        assertThat(json.at("/scenario/name").asText()).isEqualTo("my/shop.yaml");
        assertThat(json.at("/scenario/sha256").asText())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(json.get("overrides")).extracting(JsonNode::asText)
                .containsExactly("load.rate=40", "services.api.replicas=3");
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("replications").asInt()).isEqualTo(5);
        assertThat(json.at("/java/version").asText()).isEqualTo("17.0.9");
        assertThat(json.at("/java/vendor").asText()).isEqualTo("Eclipse Adoptium");
        assertThat(json.get("startedAt").asText()).isEqualTo("2026-12-03T11:25:10.123Z");
        assertThat(json.get("resolvedScenario").asText()).isEqualTo("name: shop\n");
    }

    @Test
    void aCatalogScenarioIsNamedAsSuch() {
        RunManifest manifest = RunManifest.onThisJvm("cmsim x", ScenarioOrigin.of(ScenarioOrigin.Kind.CATALOG, "mmc-check",
                "x"), List.of(), "", 1, 1, Instant.EPOCH);
        JsonNode json = manifest.json();
        assertThat(json.at("/scenario/source").asText()).isEqualTo("catalog");
        // the tests load these classes from target/classes, not from a jar
        assertThat(json.get("toolBuild").asText()).isEqualTo(BuildFingerprint.NOT_A_JAR);
        assertThat(json.get("overrides").isArray()).isTrue();
        assertThat(json.get("overrides")).isEmpty();
        assertThat(json.at("/java/version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(json.at("/java/vendor").asText()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(json.get("startedAt").asText()).isEqualTo("1970-01-01T00:00:00Z");
    }
}
