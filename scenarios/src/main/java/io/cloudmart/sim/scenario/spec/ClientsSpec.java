package io.cloudmart.sim.scenario.spec;

/**
 * Who sends the requests, as the gateway's rate limiter sees them (Kong {@code limit_by}).
 *
 * @param consumers number of authenticated consumers sharing the non-bot traffic evenly, {@code >= 0}
 *                  ({@code >= 1} unless every request is a bot); default 1000
 * @param botShare  fraction of requests sent by bots (no consumer, few IPs), in [0, 1]; default 0
 * @param botIps    number of distinct bot IP addresses, {@code >= 1}; default 1; used only when
 *                  {@code botShare > 0}
 */
public record ClientsSpec(int consumers, double botShare, int botIps) {

    /** Consumers when the file gives none. */
    public static final int DEFAULT_CONSUMERS = 1000;
    /** Bot share when the file gives none. */
    public static final double DEFAULT_BOT_SHARE = 0.0;
    /** Bot IPs when the file gives none. */
    public static final int DEFAULT_BOT_IPS = 1;

    /** The clients when the file gives none. */
    public static final ClientsSpec DEFAULT = new ClientsSpec(DEFAULT_CONSUMERS, DEFAULT_BOT_SHARE, DEFAULT_BOT_IPS);
}
