package io.cloudmart.sim.model.gateway;

import java.time.LocalDate;

/**
 * The six periods of Kong's {@code rate-limiting} plugin, shortest first, and how each one cuts UTC
 * time into fixed windows.
 *
 * <p>A window starts at the UTC calendar boundary: the second, minute, hour, day, the first day of the
 * month (a calendar month, 28 to 31 days) or the first of January, as {@code get_timestamps} in
 * {@code kong/tools/timestamp.lua} computes them. Each period also carries Kong's
 * {@code expiration.lua} length (month = 30 days, year = 365 days), which Kong uses as the counter
 * time-to-live and in {@code RateLimit-Reset}; it is not the calendar length of the window.
 */
public enum RateLimitPeriod {
    SECOND("second", 1),
    MINUTE("minute", 60),
    HOUR("hour", 3_600),
    DAY("day", 86_400),
    MONTH("month", 2_592_000),
    YEAR("year", 31_536_000);

    private static final long SECONDS_PER_DAY = 86_400;

    private final String kongName;
    private final long expirationSeconds;

    RateLimitPeriod(String kongName, long expirationSeconds) {
        this.kongName = kongName;
        this.expirationSeconds = expirationSeconds;
    }

    /** The plugin's field name ({@code second} … {@code year}), also the suffix of its headers. */
    public String kongName() {
        return kongName;
    }

    /**
     * Kong's fixed length of this period in seconds ({@code expiration.lua}): 1, 60, 3600, 86400,
     * 2592000 (30 d) and 31536000 (365 d). Used for the counter time-to-live and for
     * {@code RateLimit-Reset}.
     */
    public long expirationSeconds() {
        return expirationSeconds;
    }

    /** The start of the UTC window containing {@code epochSecond}, in epoch seconds. */
    public long windowStart(long epochSecond) {
        return switch (this) {
            case SECOND -> epochSecond;
            case MINUTE, HOUR, DAY -> Math.floorDiv(epochSecond, expirationSeconds) * expirationSeconds;
            case MONTH -> day(epochSecond).withDayOfMonth(1).toEpochDay() * SECONDS_PER_DAY;
            case YEAR -> day(epochSecond).withDayOfYear(1).toEpochDay() * SECONDS_PER_DAY;
        };
    }

    /** The period named {@code kongName} ({@code "minute"} …). */
    public static RateLimitPeriod byKongName(String kongName) {
        for (RateLimitPeriod p : values()) {
            if (p.kongName.equals(kongName)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown rate-limiting period '" + kongName
                + "' (one of second, minute, hour, day, month, year)");
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
    }
}
