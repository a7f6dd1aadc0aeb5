package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/** Consumers and bots drawn per request from a named stream. */
class ClientPopulationTest {
    /** Width of the acceptance band for a binomial proportion, in standard deviations. */
    private static final double SIGMAS = 4;

    @Test
    void consumersHaveDistinctIdsAndIps() {
        ClientPopulation population = ClientPopulation.consumersOnly(300);
        Set<String> ids = new HashSet<>();
        Set<String> ips = new HashSet<>();
        population.consumers().forEach(c -> {
            ids.add(c.consumerId());
            ips.add(c.ip());
        });
        assertThat(ids).hasSize(300);
        assertThat(ips).hasSize(300).contains("10.0.1.1");
        assertThat(population.bots()).isEmpty();
    }

    @Test
    void botsSendTheirShareFromFewIpsWithoutConsumer() {
        ClientPopulation population = new ClientPopulation(1_000, 0.2, 3);
        RandomStream stream = new RandomStream("clients.pick", 42);
        int n = 100_000;
        int bots = 0;
        Set<String> botIps = new HashSet<>();
        for (int i = 0; i < n; i++) {
            RequestIdentity who = population.pick(stream);
            if (who.consumerId() == null) {
                bots++;
                botIps.add(who.ip());
                assertThat(who.identifier(LimitBy.CONSUMER)).as("limit_by consumer falls back to the bot's IP").isEqualTo(who.ip());
            }
        }
        double sd = Math.sqrt(n * 0.2 * 0.8);
        assertThat((double) bots).isBetween(n * 0.2 - SIGMAS * sd, n * 0.2 + SIGMAS * sd);
        assertThat(botIps).hasSize(3).allMatch(ip -> ip.startsWith("198.18."));
    }

    @Test
    void sameSeedSameSequence() {
        ClientPopulation population = new ClientPopulation(50, 0.1, 2);
        RandomStream a = new RandomStream("clients.pick", 7);
        RandomStream b = new RandomStream("clients.pick", 7);
        for (int i = 0; i < 1_000; i++) {
            assertThat(population.pick(a)).isSameAs(population.pick(b));
        }
    }

    @Test
    void invalidPopulationsAreRefused() {
        assertThatThrownBy(() -> new ClientPopulation(0, 0.5, 1)).hasMessageContaining("consumer");
        assertThatThrownBy(() -> new ClientPopulation(10, 0.5, 0)).hasMessageContaining("IPs");
        assertThatThrownBy(() -> new ClientPopulation(10, 1.5, 1)).hasMessageContaining("share");
        assertThat(new ClientPopulation(0, 1.0, 1).pick(new RandomStream("clients.pick", 1)).consumerId()).isNull();
    }
}
