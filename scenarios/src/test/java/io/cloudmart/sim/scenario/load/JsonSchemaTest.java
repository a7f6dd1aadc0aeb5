package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudmart.sim.scenario.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code cmsim schema} describes the files the loader accepts: every bundled scenario follows it,
 * and a file the loader refuses for its shape or types is refused by the schema too.
 */
class JsonSchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonSchemaExport.text());

    @Test
    void everyBundledScenarioFollowsTheSchema() {
        Catalog catalog = new Catalog();
        for (String name : catalog.names()) {
            assertThat(errors(catalog.text(name).orElseThrow())).as(name).isEmpty();
        }
        assertThat(errors(TestScenarios.CLOUDMART)).as("the scenario using every section").isEmpty();
        assertThat(errors(TestScenarios.MINIMAL)).as("the pinned minimal scenario").isEmpty();
        assertThat(errors(TestScenarios.resource("/load/cluster.yaml"))).as("the scenario with a cluster").isEmpty();
        assertThat(errors(TestScenarios.resource("/load/flagger.yaml"))).as("the scenario with a Flagger canary").isEmpty();
    }

    @Test
    void mistakesOfShapeAndTypeBreakTheSchema() {
        assertThat(errors(TestScenarios.MINIMAL.replace("replicas: 1", "replica: 1"))).isNotEmpty();
        assertThat(errors(TestScenarios.MINIMAL.replace("replicas: 1", "replicas: 0"))).isNotEmpty();
        assertThat(errors(TestScenarios.MINIMAL.replace("duration: 2h", "duration: 2"))).isNotEmpty();
        assertThat(errors(TestScenarios.MINIMAL.replace("rate: 30", "rate: 2000000"))).isNotEmpty();
        assertThat(errors(TestScenarios.MINIMAL.replace("name: mmc-check\n", ""))).isNotEmpty();
        assertThat(errors(TestScenarios.CLOUDMART.replace("algorithm: RS256", "algorithm: RS257"))).isNotEmpty();
        String flagger = TestScenarios.resource("/load/flagger.yaml");
        assertThat(errors(flagger.replace("stepWeight: 20", "stepWeight: 120"))).isNotEmpty();
        assertThat(errors(flagger.replace("name: request-success-rate", "name: success-rate"))).isNotEmpty();
        assertThat(errors(flagger.replace("{ min: 99 }", "{ minimum: 99 }"))).isNotEmpty();
        assertThat(errors(flagger.replace("threshold: 3", "treshold: 3"))).isNotEmpty();
    }

    @Test
    void theVaultSectionIsInTheSchema() {
        String vault = TestScenarios.resource("/load/vault.yaml");
        assertThat(errors(vault)).isEmpty();
        assertThat(errors(vault.replace("secrets: 2", "secrets: 0"))).isNotEmpty();
        assertThat(errors(vault.replace("leaseTtl: 1h", "leaseTtl: 1"))).isNotEmpty();
        assertThat(errors(vault.replace("  services:\n    checkout: { secrets: 2 }\n", ""))).isNotEmpty();
        JsonNode props = JsonSchemaExport.schema().at("/properties/vault/properties");
        assertThat(props.at("/leaseTtl/default").asText()).isEqualTo("32d");
        assertThat(props.at("/authMinBackoff/$comment").asText()).isEqualTo("mirrors vault.hashicorp.com/auth-min-backoff");
        assertThat(props.at("/outages/items/required/0").asText()).isEqualTo("at");
    }

    @Test
    void theSchemaNamesEveryDeclaredFieldWithItsDefault() {
        ObjectNode schema = JsonSchemaExport.schema();
        JsonNode pod = schema.at("/properties/services/additionalProperties/properties/pod/properties");
        assertThat(pod.at("/concurrency/default").asInt()).isEqualTo(200);
        assertThat(pod.at("/concurrency/maximum").asInt()).isEqualTo(Maxima.CONCURRENCY);
        assertThat(pod.at("/cpu/$comment").asText()).isEqualTo("mirrors container resources.limits.cpu");
        assertThat(pod.at("/requests/properties/cpu/$comment").asText()).isEqualTo("mirrors container resources.requests.cpu");
        JsonNode pools = schema.at("/properties/cluster/properties/nodePools/items/properties");
        assertThat(pools.at("/capacityType/default").asText()).isEqualTo("on-demand");
        assertThat(pools.at("/instanceType/enum/11").asText()).isEqualTo("m5.large");
        assertThat(schema.at("/properties/cluster/properties/autoscaler/properties/scanInterval/$comment").asText())
                .isEqualTo("mirrors --scan-interval");
        assertThat(schema.at("/properties/finops/properties/budget/required/0").asText()).isEqualTo("amount");
        assertThat(schema.at("/properties/services/additionalProperties/properties/vpa/properties/updatePolicy"
                + "/properties/updateMode/default").asText()).isEqualTo("Recreate");
        assertThat(schema.at("/properties/mesh/properties/services/additionalProperties/properties/retries"
                + "/properties/attempts/default").asInt()).isEqualTo(2);
        assertThat(schema.at("/$defs/step/properties/cache/properties/miss/items/$ref").asText()).isEqualTo("#/$defs/step");
        JsonNode canary = schema.at("/properties/canaries/additionalProperties/properties");
        assertThat(canary.at("/analysis/properties/interval/default").asText()).isEqualTo("1m");
        assertThat(canary.at("/analysis/properties/threshold/default").asInt()).isEqualTo(1);
        assertThat(canary.at("/analysis/properties/stepWeight/maximum").asInt()).isEqualTo(100);
        assertThat(canary.at("/progressDeadlineSeconds/default").asInt()).isEqualTo(600);
        assertThat(canary.at("/analysis/properties/metrics/items/properties/name/enum/1").asText())
                .isEqualTo("request-duration");
    }

    @Test
    void aBadReleasesFieldsAreInTheSchema() {
        String leak = TestScenarios.resource("/load/leak.yaml");
        assertThat(errors(leak)).as("the leaking canary").isEmpty();
        assertThat(errors(leak.replace("perRequest: 2Mi", "perRequest: lots"))).isNotEmpty();
        assertThat(errors(leak.replace("memoryLeak: { perRequest: 2Mi }", "memoryLeak: {}"))).isNotEmpty();
        assertThat(errors(leak.replace("appStart: 25s", "appStart: soon"))).isNotEmpty();
        assertThat(errors(leak.replace("perRequest: 2Mi }", "perRequest: 2Mi }, readiness: failng"))).isNotEmpty();
        assertThat(errors(leak.replace("perRequest: 2Mi }", "perRequest: 2Mi }, readiness: failing"))).isEmpty();
        JsonNode version = JsonSchemaExport.schema().at("/properties/services/additionalProperties/properties/versions"
                + "/additionalProperties/properties");
        assertThat(version.at("/readiness/default").asText()).isEqualTo("passing");
        assertThat(version.at("/memoryLeak/required/0").asText()).isEqualTo("perRequest");
        assertThat(version.at("/startup/properties/appStart").isMissingNode()).isFalse();
    }

    /** The canary's further fields: declared with their defaults and bounds, and a wrong shape breaks the schema. */
    @Test
    void theRolloutsFurtherFieldsAreInTheSchema() {
        ObjectNode schema = JsonSchemaExport.schema();
        JsonNode rollout = schema.at("/properties/rollouts/additionalProperties/properties");
        assertThat(rollout.at("/progressDeadlineSeconds/default").asInt()).isEqualTo(600);
        assertThat(rollout.at("/progressDeadlineSeconds/minimum").asInt()).isEqualTo(1);
        assertThat(rollout.at("/progressDeadlineAbort/default").asBoolean()).isFalse();
        assertThat(rollout.at("/analysis/properties/startingStep/minimum").asInt()).isZero();
        assertThat(rollout.at("/analysis/required/0").asText()).isEqualTo("templates");
        assertThat(rollout.at("/maxTrafficWeight").isMissingNode()).isTrue();
        JsonNode scale = rollout.at("/steps/items/properties/setCanaryScale/properties");
        assertThat(scale.at("/weight/maximum").asInt()).isEqualTo(100);
        assertThat(scale.at("/matchTrafficWeight/type").asText()).isEqualTo("boolean");
        JsonNode template = schema.at("/properties/analysisTemplates/additionalProperties/properties");
        assertThat(template.at("/dryRun/items/required/0").asText()).isEqualTo("metricName");
        assertThat(template.at("/metrics/items/properties/consecutiveSuccessLimit/default").asInt()).isZero();

        String rolloutFile = TestScenarios.resource("/load/rollout.yaml");
        String further = rolloutFile.replace("      - setWeight: 30\n", "      - setCanaryScale: { replicas: 2 }\n"
                + "      - setWeight: 30\n").replace("    promote: [10m]", "    progressDeadlineSeconds: 120\n"
                + "    analysis: { templates: [ { templateName: success-rate } ], startingStep: 1 }\n    promote: [10m]")
                .replace("        successCondition: result >= 0.95\n", "        successCondition: result >= 0.95\n"
                        + "        consecutiveSuccessLimit: 1\n    dryRun: [ { metricName: success } ]\n");
        assertThat(errors(rolloutFile)).isEmpty();
        assertThat(errors(further)).isEmpty();
        assertThat(errors(further.replace("setCanaryScale: { replicas: 2 }", "setCanaryScale: { replicas: many }"))).isNotEmpty();
        assertThat(errors(further.replace("startingStep: 1", "startingStep: -1"))).isNotEmpty();
        assertThat(errors(further.replace("progressDeadlineSeconds: 120", "progressDeadlineSeconds: 0"))).isNotEmpty();
        assertThat(errors(further.replace("metricName: success", "metric: success"))).isNotEmpty();
        assertThat(errors(further.replace("consecutiveSuccessLimit: 1", "consecutiveSuccessLimit: -1"))).isNotEmpty();
        assertThat(errors(further.replace("    progressDeadlineSeconds", "    maxTrafficWeight: 50\n    progressDeadlineSeconds")))
                .isNotEmpty();
    }

    private static List<Error> errors(String yaml) {
        Problems problems = new Problems("schema test");
        JsonNode document = new DocumentReader().read(yaml, problems).root();
        return SCHEMA.validate(document);
    }
}
