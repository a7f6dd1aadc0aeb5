package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** {@code cmsim schema} describes the {@code gitops} section: the scenario using all of it follows it, mistakes break it. */
class GitOpsJsonSchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonSchemaExport.text());
    private static final String GITOPS = TestScenarios.resource("/load/gitops.yaml");

    @Test
    void theScenarioUsingEveryGitOpsFieldFollowsTheSchema() {
        assertThat(errors(GITOPS)).isEmpty();
    }

    @Test
    void mistakesOfShapeAndTypeBreakTheSchema() {
        assertThat(errors(GITOPS.replace("selfHeal: true", "selfHeal: 3"))).isNotEmpty();
        assertThat(errors(GITOPS.replace("webhookDelay: 3s", "webhookDelay: 3"))).isNotEmpty();
        assertThat(errors(GITOPS.replace("selfHealBackoffFactor: 2", "selfHealBackoffFactor: -2"))).isNotEmpty();
        assertThat(errors(GITOPS.replace("service: front, replicas: 3", "service: front, replica: 3"))).isNotEmpty();
        assertThat(GITOPS).contains("minReplicas: 4, maxReplicas: 6");
        assertThat(errors(GITOPS.replace("minReplicas: 4, maxReplicas: 6", "minReplicas: 4, maxReplicas: 0"))).isNotEmpty();
        assertThat(errors(GITOPS.replace("sync: [15m]", "sync: 15m"))).isNotEmpty();
    }

    @Test
    void theSchemaNamesTheGitOpsFieldsWithTheirDefaults() {
        ObjectNode schema = JsonSchemaExport.schema();
        JsonNode g = schema.at("/properties/gitops/properties");
        assertThat(g.at("/timeout/properties/reconciliation/default").asText()).isEqualTo("2m");
        assertThat(g.at("/timeout/properties/reconciliation/$comment").asText())
                .isEqualTo("mirrors argocd-cm timeout.reconciliation");
        assertThat(g.at("/automated/properties/selfHeal/default").asBoolean(true)).isFalse();
        assertThat(g.at("/controller/properties/selfHealBackoffTimeoutSeconds/default").asInt()).isEqualTo(2);
        assertThat(g.at("/commits/items/properties/hpa/properties/maxReplicas").isObject()).isTrue();
        assertThat(g.at("/manualChanges/items/required/0").asText()).isEqualTo("at");
    }

    private static List<Error> errors(String yaml) {
        Problems problems = new Problems("schema test");
        JsonNode document = new DocumentReader().read(yaml, problems).root();
        return SCHEMA.validate(document);
    }
}
