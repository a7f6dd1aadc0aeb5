package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The {@code security} switches: one mistake per field (test resource {@code load/security.yaml}) gives exactly one
 * issue with its path and a key phrase; and each switch, written or set with {@code --set}, removes its layer and
 * nothing else.
 */
class SecurityBadInputTest {
    private static final String SECURITY = TestScenarios.resource("/load/security.yaml");

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(SECURITY, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("  jwt: true", "  jwt: maybe", "security.jwt", "true or false"),
                bad("  mtls: true", "  mtls: STRICT", "security.mtls", "true or false"),
                bad("  opa: true", "  opa: 1", "security.opa", "true or false"),
                bad("  opa: true", "  opa: true\n  waf: false", "security.waf", "jwt, mtls, opa"),
                bad("  opa: true", "  opaa: true", "security.opaa", "did you mean 'opa'"),
                bad("security:\n  jwt: true\n  mtls: true\n  opa: true\n", "security: on\n", "security",
                        "mapping"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    @Test
    void allOnKeepsEveryLayerAsDeclared() throws Exception {
        ScenarioSpec spec = TestScenarios.load(SECURITY);
        assertThat(spec.gateway().jwt().algorithm()).isEqualTo("ES256");
        assertThat(spec.mesh().mtls()).isEqualTo("STRICT");
        assertThat(spec.services().get("web").endpoints().get("home").authorize()).isNotNull();
        assertThat(spec.services().get("shop").endpoints().get("buy").authorize()).isNotNull();
        assertThat(TestScenarios.load(TestScenarios.edit(SECURITY, "security:\n  jwt: true\n  mtls: true\n  opa: true\n",
                ""))).as("the section absent is all on").isEqualTo(spec);
    }

    @Test
    void eachSwitchRemovesItsLayerAndNothingElse() throws Exception {
        ScenarioSpec on = TestScenarios.load(SECURITY);
        ScenarioSpec noJwt = TestScenarios.load(SECURITY, "security.jwt=false");
        assertThat(noJwt.gateway().jwt()).isNull();
        assertThat(noJwt.gateway().nodes()).isEqualTo(on.gateway().nodes());
        assertThat(noJwt.mesh()).isEqualTo(on.mesh());
        assertThat(noJwt.services()).isEqualTo(on.services());

        ScenarioSpec noMtls = TestScenarios.load(SECURITY, "security.mtls=false");
        assertThat(noMtls.mesh().mtls()).isEqualTo("DISABLE");
        assertThat(noMtls.mesh().sidecarLatency()).isEqualTo(on.mesh().sidecarLatency());
        assertThat(noMtls.gateway()).isEqualTo(on.gateway());

        ScenarioSpec noOpa = TestScenarios.load(TestScenarios.edit(SECURITY, "  opa: true", "  opa: false"));
        noOpa.services().forEach((name, service) -> service.endpoints().forEach((endpoint, e) ->
                assertThat(e.authorize()).as(name + "." + endpoint).isNull()));
        assertThat(noOpa.services().get("shop").endpoints().get("buy").steps())
                .isEqualTo(on.services().get("shop").endpoints().get("buy").steps());
        assertThat(noOpa.gateway()).isEqualTo(on.gateway());
        assertThat(noOpa.mesh()).isEqualTo(on.mesh());
    }

    @Test
    void aSwitchForALayerTheScenarioLacksChangesNothing() throws Exception {
        String bare = TestScenarios.edit(TestScenarios.edit(SECURITY, "gateway:\n  plugins:\n    jwt: { algorithm: ES256 }\n",
                ""), "mesh:\n  mtls: STRICT\n", "");
        assertThat(TestScenarios.load(bare, "security.jwt=false", "security.mtls=false"))
                .isEqualTo(TestScenarios.load(bare));
    }

    @Test
    void theJsonSchemaDeclaresTheSwitchesAndRefusesWhatTheLoaderRefuses() {
        JsonNode security = JsonSchemaExport.schema().at("/properties/security/properties");
        for (String layer : new String[] {"jwt", "mtls", "opa"}) {
            assertThat(security.at("/" + layer + "/type").asText()).as(layer).isEqualTo("boolean");
            assertThat(security.at("/" + layer + "/default").asBoolean()).as(layer).isTrue();
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonSchemaExport.text());
        assertThat(schema.validate(document(SECURITY))).isEmpty();
        assertThat(schema.validate(document(TestScenarios.edit(SECURITY, "  opa: true", "  opa: 1")))).isNotEmpty();
        assertThat(schema.validate(document(TestScenarios.edit(SECURITY, "  opa: true", "  waf: true")))).isNotEmpty();
    }

    private static JsonNode document(String yaml) {
        return new DocumentReader().read(yaml, new Problems("schema test")).root();
    }
}
