package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsTickUnitsTest {

    private Locale saved;

    @BeforeEach
    void useAGermanDefaultLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void formatsWithUsSeparatorsWhateverTheDefaultLocale() {
        TickUnitSource units = UsTickUnits.create();

        assertThat(units.getCeilingTickUnit(0.04).valueToString(0.25)).isEqualTo("0.25");
        assertThat(units.getCeilingTickUnit(0.4).valueToString(2.5)).isEqualTo("2.5");
        assertThat(units.getCeilingTickUnit(0.4).valueToString(0)).isEqualTo("0.0");
        assertThat(units.getCeilingTickUnit(900).valueToString(12000)).isEqualTo("12,000");
    }

    @Test
    void usesScientificNotationForExtremeScalesButPrintsZeroPlainly() {
        TickUnitSource units = UsTickUnits.create();

        assertThat(units.getCeilingTickUnit(4e-9).valueToString(1e-8)).isEqualTo("1E-8");
        assertThat(units.getCeilingTickUnit(4e-9).valueToString(0)).isEqualTo("0");
        assertThat(units.getCeilingTickUnit(4e12).valueToString(-1e13)).isEqualTo("-1E13");
    }

    @Test
    void eachThreadKeepsItsOwnSet() throws InterruptedException {
        TickUnitSource mine = UsTickUnits.ofThisThread();
        TickUnitSource[] other = new TickUnitSource[1];
        Thread thread = new Thread(() -> other[0] = UsTickUnits.ofThisThread());
        thread.start();
        thread.join();

        assertThat(UsTickUnits.ofThisThread()).isSameAs(mine);
        assertThat(other[0]).isNotNull().isNotSameAs(mine);
        assertThat(other[0].getCeilingTickUnit(900).valueToString(12000))
                .isEqualTo(mine.getCeilingTickUnit(900).valueToString(12000)).isEqualTo("12,000");
    }

    @Test
    void showsAsManyDecimalsAsTheTickSizeNeeds() {
        assertThat(UsTickUnits.pattern(0)).isEqualTo("#,##0");
        assertThat(UsTickUnits.pattern(-2)).isEqualTo("#,##0.00");
        assertThat(UsTickUnits.pattern(12)).isEqualTo("0.###E0");
        assertThat(UsTickUnits.pattern(-7)).isEqualTo("0.###E0");
    }
}
