package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.model.vault.VaultConfig;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.spec.VaultSpec;

/**
 * One mistake per field of the {@code vault} section, made in a scenario that uses them all (test resource
 * {@code load/vault.yaml}): exactly one issue, with its path, a line and column, and a key phrase; and the file as
 * written binds to what the Vault Agent Injector would run.
 */
class VaultBadInputTest {
    private static final String VAULT = TestScenarios.resource("/load/vault.yaml");
    private static final String V = "vault.";

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(VAULT, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("latency: constant(value=20ms)", "latency: constant(value=-1ms)", V + "latency", ">= 0"),
                bad("latency: constant(value=20ms)", "latency: normal(mean=20ms)", V + "latency", "unknown distribution"),
                bad("leaseTtl: 1h", "leaseTtl: 0s", V + "leaseTtl", "> 0"),
                bad("leaseTtl: 1h", "leaseTtl: 1", V + "leaseTtl", "unit"),
                bad("leaseTtl: 1h", "leaseTTL: 1h", V + "leaseTTL", "did you mean 'leaseTtl'"),
                bad("authMinBackoff: 1s", "authMinBackoff: 0s", V + "authMinBackoff", "> 0"),
                bad("authMinBackoff: 1s", "authMinBackoff: 3m", V + "authMaxBackoff", "at least authMinBackoff"),
                bad("authMaxBackoff: 2m", "authMaxBackoff: soon", V + "authMaxBackoff", "duration"),
                bad("outages: [ { at: 3m, for: 6m } ]", "outages: [ { at: 3m, for: 0s } ]", V + "outages.0.for", "> 0"),
                bad("outages: [ { at: 3m, for: 6m } ]", "outages: [ { at: 3m } ]", V + "outages.0", "missing required field 'for'"),
                bad("outages: [ { at: 3m, for: 6m } ]", "outages: 3m", V + "outages", "list"),
                bad("checkout: { secrets: 2 }", "checkout: { secrets: 0 }", V + "services.checkout.secrets", "1"),
                bad("checkout: { secrets: 2 }", "checkout: { secrets: 101 }", V + "services.checkout.secrets", "100"),
                bad("checkout: { secrets: 2 }", "checkout: {}", V + "services.checkout", "missing required field 'secrets'"),
                bad("checkout: { secrets: 2 }", "checkout: { secret: 2 }", V + "services.checkout.secret",
                        "did you mean 'secrets'"),
                bad("checkout: { secrets: 2 }", "chekout: { secrets: 2 }", V + "services.chekout",
                        "no service named 'chekout'"),
                bad("  services:\n    checkout: { secrets: 2 }\n", "", "vault", "missing required field 'services'"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    @Test
    void theFileBindsToTheAgentsSettings() throws Exception {
        VaultSpec vault = TestScenarios.load(VAULT).vault();
        assertThat(vault.leaseTtlSeconds()).isEqualTo(3600.0);
        assertThat(vault.authMinBackoffSeconds()).isEqualTo(1.0);
        assertThat(vault.authMaxBackoffSeconds()).isEqualTo(120.0);
        assertThat(vault.outages()).singleElement().satisfies(o -> {
            assertThat(o.atSeconds()).isEqualTo(180.0);
            assertThat(o.forSeconds()).isEqualTo(360.0);
        });
        assertThat(vault.secrets()).containsExactly(java.util.Map.entry("checkout", 2));
        VaultConfig config = ShopAssembler.shop(TestScenarios.load(VAULT)).capacity().vault();
        assertThat(config.latency().mean()).isEqualTo(0.02);
        assertThat(config.secretsOf("checkout")).isEqualTo(2);
    }

    @Test
    void leftOutFieldsTakeVaultsDefaults() throws Exception {
        String minimal = TestScenarios.edit(TestScenarios.edit(TestScenarios.edit(TestScenarios.edit(VAULT,
                "  latency: constant(value=20ms)\n", ""), "  leaseTtl: 1h\n", ""), "  authMinBackoff: 1s\n", ""),
                "  authMaxBackoff: 2m\n", "");
        VaultSpec vault = TestScenarios.load(minimal).vault();
        assertThat(vault.leaseTtlSeconds()).isEqualTo(768 * 3600.0);
        assertThat(vault.authMinBackoffSeconds()).isEqualTo(1.0);
        assertThat(vault.authMaxBackoffSeconds()).isEqualTo(300.0);
        assertThat(vault.latency().toString()).contains("lognormal");
    }

    @Test
    void withoutAVaultSectionThereIsNoVault() throws Exception {
        assertThat(TestScenarios.load(TestScenarios.CLOUDMART).vault()).isNull();
    }
}
