package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Defaults and validation as in {@code kong/plugins/rate-limiting/schema.lua} @22246ef. */
class RateLimitingConfigTest {

    @Test
    void defaultsAreKongs() {
        RateLimitingConfig c = RateLimitingConfig.of(Map.of(RateLimitPeriod.MINUTE, 5L));
        assertThat(c.limitBy()).isEqualTo(LimitBy.CONSUMER);
        assertThat(c.policy()).isEqualTo(RateLimitPolicy.LOCAL);
        assertThat(c.faultTolerant()).isTrue();
        assertThat(c.errorCode()).isEqualTo(429);
    }

    @Test
    void longerPeriodMayNotHaveALowerLimit() {
        assertThatThrownBy(() -> RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L, RateLimitPeriod.MINUTE, 5L)))
                .hasMessage("The limit for minute(5.0) cannot be lower than the limit for second(10.0)");
        assertThatThrownBy(() -> RateLimitingConfig.of(Map.of(RateLimitPeriod.HOUR, 100L, RateLimitPeriod.YEAR, 99L)))
                .hasMessage("The limit for year(99.0) cannot be lower than the limit for hour(100.0)");
        assertThat(RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L, RateLimitPeriod.MINUTE, 10L)).limits())
                .as("equal limits are allowed").hasSize(2);
    }

    @Test
    void needsAtLeastOnePositiveLimit() {
        assertThatThrownBy(() -> RateLimitingConfig.of(Map.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> RateLimitingConfig.of(Map.of(RateLimitPeriod.DAY, 0L))).hasMessageContaining("day");
    }

    @Test
    void fallbackIdentifierIsTheClientIp() {
        RequestIdentity anonymous = RequestIdentity.anonymous("1.2.3.4");
        RequestIdentity alice = new RequestIdentity("alice", "1.2.3.4", "orders");
        assertThat(anonymous.identifier(LimitBy.CONSUMER)).isEqualTo("1.2.3.4");
        assertThat(alice.identifier(LimitBy.CONSUMER)).isEqualTo("alice");
        assertThat(alice.identifier(LimitBy.IP)).isEqualTo("1.2.3.4");
        assertThat(alice.identifier(LimitBy.SERVICE)).isEqualTo("orders");
        assertThat(anonymous.identifier(LimitBy.SERVICE)).isEqualTo("1.2.3.4");
    }
}
