package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({
        "250ms, 0.25", "1.5s, 1.5", "5m, 300", "2h, 7200", "1d, 86400", "100ns, 1e-7", "7us, 7e-6", "7µs, 7e-6",
        "1h30m, 5400", "1m30.5s, 90.5", ".5s, 0.5", "-5s, -5", "0s, 0", "100ms, 0.1"
    })
    void durations(String text, double seconds) {
        assertThat(Units.parseDurationSeconds(text)).isEqualTo(seconds);
    }

    @Test
    void durationParsingIsExactDecimalScaling() {
        assertThat(Units.parseDurationSeconds("100ms")).isEqualTo(0.1);
        assertThat(Units.parseDurationSeconds("300ms")).isEqualTo(0.3);
        assertThat(Units.parseDurationSeconds("1ns")).isEqualTo(1e-9);
    }

    @Test
    void durationMistakes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseDurationSeconds("30"))
                .withMessage("a duration needs a unit: write 30s, not 30 (units: ns, us, ms, s, m, h or d)");
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseDurationSeconds("10sx"))
                .withMessage("unknown unit 'sx' in '10sx'; use ns, us, ms, s, m, h or d");
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseDurationSeconds("1h30"))
                .withMessageContaining("missing unit after '30' in '1h30'");
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseDurationSeconds("soon"))
                .withMessage("expected a duration like 250ms, 1.5s, 5m or 2h, got 'soon'");
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseDurationSeconds(" "))
                .withMessageContaining("got an empty value");
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({
        "7200, 2h", "600, 10m", "0.1, 100ms", "1.5, 1.5s", "5400, 1.5h", "86400, 1d", "0, 0s", "1e-7, 100ns",
        "90.5, 90.5s", "0.000123, 123us", "1e-12, 0.000000000001s", "-2, -2s"
    })
    void formattedDurations(double seconds, String text) {
        assertThat(Units.formatDuration(seconds)).isEqualTo(text);
        assertThat(Units.parseDurationSeconds(text)).isEqualTo(seconds);
    }

    @Test
    void everyFormattedValueParsesBackExactly() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 10_000; i++) {
            double value = Math.scalb(random.nextDouble(), random.nextInt(-40, 30));
            assertThat(Units.parseDurationSeconds(Units.formatDuration(value))).as("duration %s", value).isEqualTo(value);
            assertThat(Units.parseMemoryMiB(Units.formatMemoryMiB(value))).as("memory %s", value).isEqualTo(value);
            assertThat(Units.parseCpuCores(Units.formatCpuCores(value))).as("cpu %s", value).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "cpu {0} = {1}")
    @CsvSource({"4, 4", "0.5, 0.5", "500m, 0.5", "2500m, 2.5", "1m, 0.001", "-1, -1"})
    void cpu(String text, double cores) {
        assertThat(Units.parseCpuCores(text)).isEqualTo(cores);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 cores", "500M", "0.5c", "", "m"})
    void cpuMistakes(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseCpuCores(text))
                .withMessageStartingWith("expected CPU cores like 2, 0.5 or 500m");
    }

    @ParameterizedTest(name = "memory {0} = {1} MiB")
    @CsvSource({
        "512Mi, 512", "1Gi, 1024", "1G, 953.67431640625", "1000M, 953.67431640625", "500Ki, 0.48828125",
        "1048576, 1", "1.5Gi, 1536", "64k, 0.06103515625", "1Ti, 1048576"
    })
    void memory(String text, double mib) {
        assertThat(Units.parseMemoryMiB(text)).isEqualTo(mib);
    }

    @Test
    void memoryMistakes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseMemoryMiB("512MB"))
                .withMessageStartingWith("unknown unit 'MB' in '512MB'; use Ki, Mi, Gi, Ti (powers of 1024)");
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseMemoryMiB("512m"))
                .withMessageStartingWith("unknown unit 'm' in '512m'");
        assertThatIllegalArgumentException().isThrownBy(() -> Units.parseMemoryMiB("lots"))
                .withMessage("expected a memory size like 512Mi, 1Gi or 1G, got 'lots'");
    }

    @ParameterizedTest(name = "{0} MiB -> {1}")
    @CsvSource({"512, 512Mi", "1024, 1Gi", "953.67431640625, 1G", "0.48828125, 500Ki", "1536, 1536Mi",
        "0.0009765625, 1Ki", "0.00095367431640625, 1k", "0.000476837158203125, 500"})
    void formattedMemory(double mib, String text) {
        assertThat(Units.formatMemoryMiB(mib)).isEqualTo(text);
    }

    @Test
    void plainNumbers() {
        assertThat(Units.plain(30.0)).isEqualTo("30");
        assertThat(Units.plain(0.25)).isEqualTo("0.25");
        assertThat(Units.plain(1e21)).isEqualTo("1000000000000000000000");
        assertThat(Units.plain(1e-7)).isEqualTo("0.0000001");
    }
}
