package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.cloudmart.sim.model.rollout.BlueGreenRelease;
import io.cloudmart.sim.model.rollout.PreviewTest;
import io.cloudmart.sim.model.rollout.ReleaseStrategy;
import io.cloudmart.sim.model.rollout.RolloutConfig;

/**
 * One mistake per blue-green field, made in a scenario that uses them all (test resource {@code load/bluegreen.yaml}):
 * exactly one issue, with its path, a line and column, and a key phrase; the file as written binds to what Argo
 * would run, and follows the exported JSON Schema, which a wrong type breaks.
 */
class BlueGreenBadInputTest {
    private static final String BLUE_GREEN = TestScenarios.resource("/load/bluegreen.yaml");
    private static final String R = "rollouts.api.";
    private static final String G = R + "blueGreen.";

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(BLUE_GREEN, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("    blueGreen:\n", "    steps: [ { setWeight: 20 } ]\n    blueGreen:\n", R + "blueGreen", "not both"),
                bad("    blueGreen:\n", "    blueGree:\n", R + "blueGree", "did you mean 'blueGreen'"),
                bad("    blueGreen:\n      activeService: api\n", "    blueGreen:\n", R + "blueGreen",
                        "missing required field 'activeService'"),
                bad("activeService: api", "activeService: front", G + "activeService", "the rollout's service 'api'"),
                bad("previewService: api-preview", "previewService: front", G + "previewService", "is a service of 'services'"),
                bad("previewService: api-preview", "previewService: Api_Preview", G + "previewService", "not a valid Kubernetes Service name"),
                bad("templateName: success-rate", "templateName: succes-rate",
                        G + "prePromotionAnalysis.templates.0.templateName", "no analysis template named 'succes-rate'"),
                bad("prePromotionAnalysis: { templates: [ { templateName: success-rate } ] }",
                        "prePromotionAnalysis: { templates: [] }", G + "prePromotionAnalysis.templates", "at least one"),
                bad("autoPromotionEnabled: true", "autoPromotionEnabled: maybe", G + "autoPromotionEnabled", "true"),
                bad("autoPromotionEnabled: true", "autoPromotionEnabled: false", G + "autoPromotionSeconds",
                        "Argo ignores it with 'autoPromotionEnabled: false'"),
                bad("autoPromotionSeconds: 60", "autoPromotionSeconds: 0", G + "autoPromotionSeconds", "1"),
                bad("previewReplicaCount: 2", "previewReplicaCount: 0", G + "previewReplicaCount", "1"),
                bad("      scaleDownDelaySeconds: 30", "      scaleDownDelaySeconds: -1", G + "scaleDownDelaySeconds", "0"),
                bad("      abortScaleDownDelaySeconds: 30", "      abortScaleDownDelaySeconds: 90000",
                        G + "abortScaleDownDelaySeconds", "86400"),
                bad("previewTest: { endpoint: get, rate: 10 }", "previewTest: { endpoint: put, rate: 10 }",
                        G + "previewTest.endpoint", "has no endpoint 'put'"),
                bad("previewTest: { endpoint: get, rate: 10 }", "previewTest: { endpoint: get, rate: 0 }",
                        G + "previewTest.rate", "0"),
                bad("previewTest: { endpoint: get, rate: 10 }", "previewTest: { rate: 10 }",
                        G + "previewTest", "missing required field 'endpoint'"),
                bad("    replicas: 5\n", "    replicas: 5\n    dynamicStableScale: true\n", R + "dynamicStableScale",
                        "is a canary's field"),
                bad("    replicas: 5\n", "    replicas: 5\n    scaleDownDelaySeconds: 60\n", R + "scaleDownDelaySeconds",
                        "'blueGreen.scaleDownDelaySeconds'"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    @Test
    void aRolloutWithNeitherStepsNorBlueGreenSaysWhichItNeeds() {
        String without = BLUE_GREEN.substring(0, BLUE_GREEN.indexOf("    blueGreen:\n"))
                + BLUE_GREEN.substring(BLUE_GREEN.indexOf("    promote:"));
        Issue issue = TestScenarios.onlyIssue(without);
        assertThat(issue.path()).isEqualTo("rollouts.api");
        assertThat(issue.message()).contains("'steps'").contains("'blueGreen'");
    }

    @Test
    void theFileBindsToArgosBlueGreen() throws Exception {
        List<RolloutConfig> rollouts = TestScenarios.load(BLUE_GREEN).rollouts();
        assertThat(rollouts).hasSize(1);
        RolloutConfig r = rollouts.get(0);
        assertThat(r.strategy()).isEqualTo(ReleaseStrategy.BLUE_GREEN);
        assertThat(r.canary()).isNull();
        assertThat(r.replicas()).isEqualTo(5);
        assertThat(r.startAtSeconds()).isEqualTo(120);
        assertThat(r.promoteAt()).containsExactly(600.0);
        BlueGreenRelease g = r.blueGreen().orElseThrow();
        assertThat(g.activeService()).isEqualTo("api");
        assertThat(g.previewService()).isEqualTo("api-preview");
        assertThat(g.spec().previewReplicaCount()).hasValue(2);
        assertThat(g.spec().autoPromotionEnabled()).isTrue();
        assertThat(g.spec().autoPromotionSeconds()).isEqualTo(60);
        assertThat(g.spec().scaleDownDelaySeconds()).isEqualTo(30);
        assertThat(g.spec().abortScaleDownDelaySeconds()).isEqualTo(30);
        assertThat(g.spec().prePromotionAnalysis()).isTrue();
        assertThat(g.prePromotionAnalysis()).singleElement().satisfies(m -> {
            assertThat(m.spec().name()).isEqualTo("success-rate");
            assertThat(m.spec().initialDelaySeconds()).isEqualTo(60);
        });
        assertThat(g.previewTest()).contains(new PreviewTest("get", 10));
    }

    @Test
    void argosDefaultsApplyWhenTheFieldsAreLeftOut() throws Exception {
        String minimal = BLUE_GREEN.replaceAll("      (prePromotionAnalysis|autoPromotion\\w+|previewReplicaCount"
                + "|scaleDownDelaySeconds|abortScaleDownDelaySeconds|previewTest): .*\n", "");
        BlueGreenRelease g = TestScenarios.load(minimal).rollouts().get(0).blueGreen().orElseThrow();
        assertThat(g.spec().previewReplicaCount()).isEmpty();
        assertThat(g.spec().autoPromotionEnabled()).isTrue();
        assertThat(g.spec().autoPromotionSeconds()).isZero();
        assertThat(g.spec().scaleDownDelaySeconds()).isEqualTo(30);
        assertThat(g.spec().abortScaleDownDelaySeconds()).isEqualTo(30);
        assertThat(g.spec().prePromotionAnalysis()).isFalse();
        assertThat(g.previewTest()).isEmpty();
    }

    @Test
    void theFileFollowsTheSchemaAndAWrongTypeBreaksIt() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonSchemaExport.text());
        assertThat(errors(schema, BLUE_GREEN)).isEmpty();
        assertThat(errors(schema, BLUE_GREEN.replace("previewReplicaCount: 2", "previewReplicaCount: 0"))).isNotEmpty();
        assertThat(errors(schema, BLUE_GREEN.replace("autoPromotionEnabled: true", "autoPromotionEnabled: 3"))).isNotEmpty();
        assertThat(errors(schema, BLUE_GREEN.replace("rate: 10 }", "rate: 10, burst: 2 }"))).isNotEmpty();
        JsonNode g = JsonSchemaExport.schema().at("/properties/rollouts/additionalProperties/properties/blueGreen");
        assertThat(g.at("/required").toString()).contains("activeService").contains("previewService");
        assertThat(g.at("/properties/scaleDownDelaySeconds/default").asInt()).isEqualTo(30);
        assertThat(g.at("/properties/autoPromotionEnabled/default").asBoolean()).isTrue();
        assertThat(g.at("/properties/previewService/$comment").asText()).isEqualTo("mirrors blueGreen.previewService");
        assertThat(g.at("/properties/previewTest/required").toString()).contains("endpoint").contains("rate");
    }

    private static List<Error> errors(Schema schema, String yaml) {
        Problems problems = new Problems("schema test");
        JsonNode document = new DocumentReader().read(yaml, problems).root();
        return schema.validate(document);
    }
}
