package io.cloudmart.sim.model.gateway;

/**
 * What a rate-limit counter is kept per: Kong's {@code limit_by} (default {@code consumer}, per
 * {@code kong/plugins/rate-limiting/schema.lua}).
 *
 * <p>Kong falls back to the client IP whenever the chosen entity is absent ({@code get_identifier} in
 * {@code handler.lua}): {@code consumer} uses the consumer id, else the credential id, else the IP;
 * {@code service} uses the matched service id, else the IP. Kong's {@code credential}, {@code header}
 * and {@code path} options are not modelled (the simulated requests carry no credentials apart from
 * their consumer, nor headers).
 */
public enum LimitBy {
    CONSUMER("consumer"),
    IP("ip"),
    SERVICE("service");

    private final String kongName;

    LimitBy(String kongName) {
        this.kongName = kongName;
    }

    /** The value as written in Kong's configuration. */
    public String kongName() {
        return kongName;
    }
}
