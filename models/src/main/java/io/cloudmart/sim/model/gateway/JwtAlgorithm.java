package io.cloudmart.sim.model.gateway;

/**
 * The JWT signature algorithms the gateway's {@code jwt} plugin verifies, with the CPU time of one
 * signature verification on one core.
 *
 * <p>Figures from {@code docs/domain-facts.md} §10.2: [MEASURED] with {@code openssl speed} on a
 * 2-vCPU AMD EPYC (OpenSSL 3.0.19, one core), which is the relevant library since Kong verifies through
 * OpenSSL. RS256 uses the RSA-2048 public-key operation (~21 µs), ES256 the ECDSA P-256 verify
 * (~87 µs), EdDSA the Ed25519 verify (~155 µs; slow in that build), HS256 an HMAC-SHA256 over a
 * typical 256-byte signing input (~0.7 µs). HS384 and HS512 were not measured: 1.5 µs is an
 * [ESTIMATE] (SHA-512 has no hardware help on that CPU, SHA-256 does). Hashing the signing input
 * before an asymmetric verify (&lt; 1 µs) is inside the rounding. Other algorithms Kong allows
 * (RS384/512, ES384/512, PS*) are not listed.
 */
public enum JwtAlgorithm {
    /** HMAC-SHA256, [MEASURED] ~1.5 M ops/s over 256 B. */
    HS256("HS256", 0.7e-6),
    /** HMAC-SHA384, [ESTIMATE]. */
    HS384("HS384", 1.5e-6),
    /** HMAC-SHA512, [ESTIMATE]. */
    HS512("HS512", 1.5e-6),
    /** RSASSA-PKCS1-v1_5 with SHA-256, RSA-2048 verify, [MEASURED] 47,344 ops/s. */
    RS256("RS256", 21e-6),
    /** ECDSA P-256 with SHA-256, [MEASURED] 11,451 ops/s. */
    ES256("ES256", 87e-6),
    /** Ed25519, [MEASURED] 6,433 ops/s. */
    EDDSA("EdDSA", 155e-6);

    private final String jwaName;
    private final double verifySeconds;

    JwtAlgorithm(String jwaName, double verifySeconds) {
        this.jwaName = jwaName;
        this.verifySeconds = verifySeconds;
    }

    /** The {@code alg} header value (and Kong's {@code jwt_secrets.algorithm}). */
    public String jwaName() {
        return jwaName;
    }

    /** CPU seconds of one signature verification on one core (see the class comment for the sources). */
    public double verifySeconds() {
        return verifySeconds;
    }

    /** The algorithm whose {@code alg} header value is {@code jwaName}. */
    public static JwtAlgorithm byJwaName(String jwaName) {
        for (JwtAlgorithm a : values()) {
            if (a.jwaName.equals(jwaName)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unsupported JWT algorithm '" + jwaName
                + "' (one of HS256, HS384, HS512, RS256, ES256, EdDSA)");
    }
}
