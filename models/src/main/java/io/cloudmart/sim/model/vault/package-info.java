/**
 * HashiCorp Vault on the pods' path: the Vault server (its latency and outages), the Vault Agent Injector's init
 * container that fetches a pod's secrets before its app starts, and the agent sidecar that renews their leases.
 */
package io.cloudmart.sim.model.vault;
