package io.cloudmart.sim.model.gateway;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The clients behind the load: {@code consumers} authenticated API consumers, each with its own id and
 * source IP, plus optional bots that send a share of the traffic from a few IPs and carry no consumer
 * (so Kong's {@code limit_by: consumer} falls back to their IP).
 *
 * <p>Per request, {@link #pick(RandomStream)} draws a bot with probability {@code botShare}, then a
 * client uniformly within its group. Consumer {@code i} is {@code consumer-i} at a 10.0.0.0/8 address;
 * bot IPs come from the benchmarking range 198.18.0.0/15. Identities are built once, so picking
 * allocates nothing.
 */
public final class ClientPopulation {
    private static final int MAX_CONSUMERS = 1 << 24;
    private static final int MAX_BOT_IPS = (1 << 17) - 2;

    private final List<RequestIdentity> consumers;
    private final List<RequestIdentity> bots;
    private final double botShare;

    /**
     * @param consumers number of consumers, ≥ 0 (≥ 1 unless every request is a bot)
     * @param botShare  fraction of requests sent by bots, in [0, 1]
     * @param botIps    number of distinct bot IPs, ≥ 1 when {@code botShare} &gt; 0
     */
    public ClientPopulation(int consumers, double botShare, int botIps) {
        if (consumers < 0 || consumers > MAX_CONSUMERS) {
            throw new IllegalArgumentException("consumers must be in [0, " + MAX_CONSUMERS + "], got " + consumers);
        }
        if (!(botShare >= 0 && botShare <= 1)) {
            throw new IllegalArgumentException("bot share must be in [0, 1], got " + botShare);
        }
        if (botShare > 0 && (botIps < 1 || botIps > MAX_BOT_IPS)) {
            throw new IllegalArgumentException("bots need between 1 and " + MAX_BOT_IPS + " IPs, got " + botIps);
        }
        if (botShare < 1 && consumers == 0) {
            throw new IllegalArgumentException("non-bot traffic (share " + (1 - botShare) + ") needs at least one consumer");
        }
        this.botShare = botShare;
        this.consumers = new ArrayList<>(consumers);
        for (int i = 0; i < consumers; i++) {
            this.consumers.add(new RequestIdentity("consumer-" + i, address(10, i + 1), null));
        }
        int bots = botShare > 0 ? botIps : 0;
        this.bots = new ArrayList<>(bots);
        for (int i = 0; i < bots; i++) {
            this.bots.add(RequestIdentity.anonymous(address(198, (18 << 16) + i + 1)));
        }
    }

    /** Consumers only, no bots. */
    public static ClientPopulation consumersOnly(int consumers) {
        return new ClientPopulation(consumers, 0, 0);
    }

    /** The identity of the next request: two draws from {@code stream}. */
    public RequestIdentity pick(RandomStream stream) {
        boolean bot = stream.nextDouble() < botShare;
        List<RequestIdentity> group = bot ? bots : consumers;
        return group.get(stream.nextInt(group.size()));
    }

    public List<RequestIdentity> consumers() {
        return List.copyOf(consumers);
    }

    public List<RequestIdentity> bots() {
        return List.copyOf(bots);
    }

    public double botShare() {
        return botShare;
    }

    /** {@code a.x.y.z} where x.y.z are the low 24 bits of {@code low}. */
    private static String address(int first, int low) {
        return first + "." + ((low >> 16) & 0xff) + "." + ((low >> 8) & 0xff) + "." + (low & 0xff);
    }
}
