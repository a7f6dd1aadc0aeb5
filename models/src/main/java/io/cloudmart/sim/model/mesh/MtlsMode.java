package io.cloudmart.sim.model.mesh;

import java.util.Locale;

/**
 * PeerAuthentication {@code mtls.mode} of the server side (istio/api {@code peer_authentication.proto}).
 *
 * <p>With auto mTLS (mesh {@code enableAutoMtls}, default true) a client sidecar uses mTLS whenever the
 * server accepts it, so between sidecars STRICT and PERMISSIVE both give mTLS and only DISABLE gives
 * plaintext. {@code UNSET} inherits, and with nothing to inherit means PERMISSIVE.
 */
public enum MtlsMode {
    /** mTLS required. */
    STRICT,
    /** mTLS and plaintext accepted; sidecar clients use mTLS (auto mTLS). */
    PERMISSIVE,
    /** Plaintext. */
    DISABLE;

    /** Istio's effective mode when nothing is set. */
    public static final MtlsMode ISTIO_DEFAULT = PERMISSIVE;

    /** The mode for an Istio value; null, blank or {@code UNSET} give {@link #ISTIO_DEFAULT}. */
    public static MtlsMode fromIstio(String mode) {
        if (mode == null || mode.isBlank() || mode.trim().equalsIgnoreCase("UNSET")) {
            return ISTIO_DEFAULT;
        }
        try {
            return valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mtls.mode '" + mode + "' is unknown; use STRICT, PERMISSIVE, DISABLE or UNSET", e);
        }
    }

    /** True if sidecar-to-sidecar traffic is encrypted with mTLS under this mode (auto mTLS on). */
    public boolean encrypts() {
        return this != DISABLE;
    }
}
