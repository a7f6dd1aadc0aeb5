package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumericTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0", "-3", "+2.5", "12.50", "1,204,332", ".5", "1.2e-3", "6.02E23", "95%", "1.2 %",
            "250 ms", "3.1 req/s", "$0.42", "€1,200.00", "2×", "12.3 ± 0.4", "12.3 ± 0.4 ms",
            "12.3 [11.9, 12.7]", "0.5 (0.4 – 0.6)", " 42 ", "−7"})
    void recognisesNumbers(String cell) {
        assertThat(NumericText.looksNumeric(cell)).as(cell).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "checkout", "v1.2.3", "2024-05-01", "10.0.0.1", "p99", "yes", "12:30", "1,2",
            "round robin", "1 2", "n/a", "—"})
    void rejectsNonNumbers(String cell) {
        assertThat(NumericText.looksNumeric(cell)).as(cell).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "—", "–", "-", "n/a", "N/A", "NaN", "∞", " - "})
    void recognisesPlaceholders(String cell) {
        assertThat(NumericText.isPlaceholder(cell)).as(cell).isTrue();
    }
}
