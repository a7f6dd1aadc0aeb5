package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Objects;

/**
 * Kong's {@code jwt} plugin: every request's token is verified at the gateway.
 *
 * @param algorithm the consumers' credential algorithm, one of {@link #ALGORITHMS}; default
 *                  {@code HS256} (Kong's {@code jwt_secrets.algorithm} default)
 */
public record JwtSpec(String algorithm) {

    /** The algorithms the simulator knows the verification cost of. */
    public static final List<String> ALGORITHMS = List.of("HS256", "HS384", "HS512", "RS256", "ES256", "EdDSA");
    /** Kong's default algorithm. */
    public static final String DEFAULT_ALGORITHM = "HS256";

    public JwtSpec {
        Objects.requireNonNull(algorithm, "algorithm");
    }
}
