package io.cloudmart.sim.model.gateway;

/**
 * The CPU time the gateway spends verifying one JWT: decoding the token (base64url and JSON of header
 * and claims) plus the signature check of its algorithm.
 *
 * <p>Model of {@code docs/domain-facts.md} §10.2: total = parse + signature + claim checks
 * (negligible) + key lookup (Kong caches the consumer's {@code jwt_secrets} credential, so no CPU or
 * network cost on a hit; a JWKS fetch is not something Kong's open-source {@code jwt} plugin does).
 *
 * @param parseSeconds CPU seconds to decode one token, ≥ 0; default {@link #DEFAULT_PARSE_SECONDS}
 */
public record JwtVerificationCost(double parseSeconds) {
    /** Decode cost, seconds: 10 µs, inside the [ESTIMATE] range 5–20 µs of domain-facts §10.2. */
    public static final double DEFAULT_PARSE_SECONDS = 10e-6;

    public JwtVerificationCost {
        if (!(parseSeconds >= 0) || Double.isInfinite(parseSeconds)) {
            throw new IllegalArgumentException("parse cost must be a finite number of seconds >= 0, got " + parseSeconds);
        }
    }

    /** The default model (10 µs parse). */
    public static JwtVerificationCost defaults() {
        return new JwtVerificationCost(DEFAULT_PARSE_SECONDS);
    }

    /** CPU seconds on one core to verify one token signed with {@code algorithm}. */
    public double cpuSeconds(JwtAlgorithm algorithm) {
        return parseSeconds + algorithm.verifySeconds();
    }
}
