package io.cloudmart.sim.model.gateway;

/**
 * {@code window_type} of Kong's {@code rate-limiting-advanced} plugin (default {@code sliding}; Kong
 * plugin schema and developer.konghq.com "Rate Limiting Window Types").
 */
public enum WindowType {
    /** Weighted previous window plus the current one; the default. */
    SLIDING("sliding"),
    /** Only the current fixed window counts. */
    FIXED("fixed");

    private final String kongName;

    WindowType(String kongName) {
        this.kongName = kongName;
    }

    /** The value as written in Kong's configuration. */
    public String kongName() {
        return kongName;
    }
}
