/**
 * The Kong-like API gateway's mechanisms: rate limiting as Kong's open-source {@code rate-limiting}
 * plugin does it (fixed, UTC-calendar-aligned windows; {@code local}, {@code cluster} and {@code redis}
 * policies), the sliding-window option of {@code rate-limiting-advanced}, the CPU cost of verifying a
 * JWT, and a small population of API clients (consumers and bots) to draw request identities from.
 *
 * <p>These are pure mechanisms with small interfaces: they take the simulated time as an argument and
 * never schedule anything. Wiring them into a request path (and adding latency such as a Redis round
 * trip) is the caller's job. Behaviour follows Kong/kong @22246ef (3.10.0),
 * {@code kong/plugins/rate-limiting/*} and {@code kong/tools/timestamp.lua}; see
 * {@code docs/domain-facts.md} section 4 and 10.2.
 */
package io.cloudmart.sim.model.gateway;
