package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import io.cloudmart.sim.model.vault.VaultConfig;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.VaultSpec;

/**
 * The {@code vault} section: HashiCorp Vault as the listed services' pods meet it through the Vault Agent Injector
 * (hashicorp/vault-k8s): its {@code vault-agent-init} init container logs in and reads the pod's secrets before the
 * app starts, and the agent sidecar renews their leases.
 */
final class VaultSchema {
    /** [CHOICE] More secrets than a pod's annotations would list. */
    static final long MAX_SECRETS = 100;

    static final Field<DistributionSpec> LATENCY = Field.of("latency", Kind.DISTRIBUTION,
            Distributions.builtIn(VaultSpec.DEFAULT_LATENCY), "one request to Vault while it is up: the login or one"
                    + " secret read; a pod's init makes `1 + secrets` of them in turn").note("[ESTIMATE] in-cluster");
    static final Field<Double> LEASE_TTL = Field.of("leaseTtl", Kind.DURATION, VaultConfig.DEFAULT_LEASE_TTL_SECONDS,
            "how long the token and each secret's lease last unless renewed; the sidecar renews at about 70 % of it"
                    + " (2/3 plus a third of a 10–20 % grace, Vault's LifetimeWatcher); a lease that runs out before a"
                    + " renewal succeeds makes the pod answer 500 until the agent has new secrets")
            .note("[DEFAULT] Vault `default_lease_ttl` (768h)").mirrors("Vault default_lease_ttl, role token_ttl");
    static final Field<Double> AUTH_MIN_BACKOFF = Field.of("authMinBackoff", Kind.DURATION,
            VaultConfig.DEFAULT_AUTH_MIN_BACKOFF_SECONDS, "the agent's first retry delay after a failed login; each"
                    + " next one doubles, every delay up to 25 % shorter (jitter)")
            .note("[DEFAULT] Vault agent auto_auth").mirrors("vault.hashicorp.com/auth-min-backoff");
    static final Field<Double> AUTH_MAX_BACKOFF = Field.of("authMaxBackoff", Kind.DURATION,
            VaultConfig.DEFAULT_AUTH_MAX_BACKOFF_SECONDS, "the longest retry delay; at least `authMinBackoff`")
            .note("[DEFAULT] Vault agent auto_auth").mirrors("vault.hashicorp.com/auth-max-backoff");
    static final Field<Long> SECRETS = Field.required("secrets", Kind.whole(1, MAX_SECRETS),
            "secrets each pod of the service reads at start-up, one request each after the login")
            .mirrors("vault.hashicorp.com/agent-inject-secret-<name> annotations");
    static final Schema.Obj SERVICE = obj(SECRETS);
    static final Schema.Obj VAULT = obj(LATENCY, LEASE_TTL, AUTH_MIN_BACKOFF, AUTH_MAX_BACKOFF,
            section("outages", listOf(ServiceSchema.OUTAGE), "list of `{at, for}`", "none", "windows in which Vault"
                    + " refuses every request: new pods of the listed services stay Pending in their init container,"
                    + " renewals fail"),
            section("services", mapOf(SERVICE), "map name → `{secrets}`", "**required**", "the services whose pods"
                    + " have `vault.hashicorp.com/agent-inject: \"true\"`; each a service of `services`"));

    private VaultSchema() {
    }
}
