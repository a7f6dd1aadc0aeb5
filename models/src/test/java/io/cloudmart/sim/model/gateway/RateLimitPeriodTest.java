package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Windows cut on the UTC calendar as {@code kong/tools/timestamp.lua} does, and Kong's period lengths. */
class RateLimitPeriodTest {

    private static long epoch(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    @Test
    void windowsStartOnUtcCalendarBoundaries() {
        long t = epoch("2024-02-29T13:45:27Z");
        assertThat(RateLimitPeriod.SECOND.windowStart(t)).isEqualTo(t);
        assertThat(RateLimitPeriod.MINUTE.windowStart(t)).isEqualTo(epoch("2024-02-29T13:45:00Z"));
        assertThat(RateLimitPeriod.HOUR.windowStart(t)).isEqualTo(epoch("2024-02-29T13:00:00Z"));
        assertThat(RateLimitPeriod.DAY.windowStart(t)).isEqualTo(epoch("2024-02-29T00:00:00Z"));
        assertThat(RateLimitPeriod.MONTH.windowStart(t)).isEqualTo(epoch("2024-02-01T00:00:00Z"));
        assertThat(RateLimitPeriod.YEAR.windowStart(t)).isEqualTo(epoch("2024-01-01T00:00:00Z"));
    }

    /** A calendar month, not 30-day blocks since the epoch: the 31st still belongs to its month. */
    @Test
    void monthIsTheCalendarMonth() {
        assertThat(RateLimitPeriod.MONTH.windowStart(epoch("2025-01-31T23:59:59Z"))).isEqualTo(epoch("2025-01-01T00:00:00Z"));
        assertThat(RateLimitPeriod.MONTH.windowStart(epoch("2025-02-01T00:00:00Z"))).isEqualTo(epoch("2025-02-01T00:00:00Z"));
        assertThat(RateLimitPeriod.MONTH.windowStart(epoch("2025-03-01T00:00:00Z")) - RateLimitPeriod.MONTH.windowStart(epoch("2025-02-15T00:00:00Z")))
                .as("February 2025 has 28 days").isEqualTo(28 * 86_400L);
        assertThat(RateLimitPeriod.YEAR.windowStart(epoch("2024-12-31T23:59:59Z"))).isEqualTo(epoch("2024-01-01T00:00:00Z"));
    }

    @Test
    void beforeTheEpochWindowsStillFloor() {
        assertThat(RateLimitPeriod.MINUTE.windowStart(epoch("1969-12-31T23:59:30Z"))).isEqualTo(epoch("1969-12-31T23:59:00Z"));
    }

    /** {@code kong/plugins/rate-limiting/expiration.lua}. */
    @Test
    void expirationsAreKongsFixedLengths() {
        assertThat(RateLimitPeriod.values()).extracting(RateLimitPeriod::expirationSeconds)
                .containsExactly(1L, 60L, 3_600L, 86_400L, 2_592_000L, 31_536_000L);
        assertThat(RateLimitPeriod.byKongName("month")).isEqualTo(RateLimitPeriod.MONTH);
        assertThatThrownBy(() -> RateLimitPeriod.byKongName("week")).hasMessageContaining("week");
    }
}
