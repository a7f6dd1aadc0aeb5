package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void formatsWithSixSignificantDigitsAndNoTrailingZeros() {
        assertThat(Params.format(0.1)).isEqualTo("0.1");
        assertThat(Params.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Params.format(2.0)).isEqualTo("2");
        assertThat(Params.format(250.0)).isEqualTo("250");
        assertThat(Params.format(0.0)).isEqualTo("0");
        assertThat(Params.format(1.0 / 3.0)).isEqualTo("0.333333");
        assertThat(Params.format(1.5e-9)).isEqualTo("1.5E-9");
        assertThat(Params.format(3e15)).isEqualTo("3E+15");
    }

    @Test
    void describeIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma
            assertThat(new Uniform(0.05, 1.5).describe()).isEqualTo("uniform(min=0.05, max=1.5)");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
