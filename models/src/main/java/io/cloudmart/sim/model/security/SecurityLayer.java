package io.cloudmart.sim.model.security;

/**
 * The zero-trust layers on the request path, each named after the tool that does it.
 */
public enum SecurityLayer {
    /** Kong's {@code jwt} plugin: every request entering the gateway has its token's signature verified. */
    JWT("jwt", "JWT"),
    /** Istio's mTLS between sidecars: a new connection between two pods pays a TLS 1.3 handshake. */
    MTLS("mtls", "mTLS handshakes"),
    /** Open Policy Agent: an endpoint with {@code authorize} asks its OPA sidecar for a decision per request. */
    OPA("opa", "OPA");

    private final String key;
    private final String title;

    SecurityLayer(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The layer's name in scenario files and results.json ({@code security.jwt}, {@code security.layers.jwt}). */
    public String key() {
        return key;
    }

    /** What the layer does, for a report row. */
    public String title() {
        return title;
    }
}
