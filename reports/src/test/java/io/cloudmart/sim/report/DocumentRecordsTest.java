package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRecordsTest {

    @Test
    void lineCopiesItsArraysInAndOut() {
        double[] x = {0, 1};
        double[] y = {2, 3};
        Line line = new Line("l", x, y);

        x[0] = 99;
        line.y()[0] = 99;

        assertThat(line.x()).containsExactly(0, 1);
        assertThat(line.y()).containsExactly(2, 3);
    }

    @Test
    void linesAreEqualByValue() {
        Line a = new Line("l", new double[] {0, 1}, new double[] {2, Double.NaN});
        Line b = new Line("l", new double[] {0, 1}, new double[] {2, Double.NaN});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("Line[name=l, points=2]");
    }

    @Test
    void lineRejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> new Line("p99", new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p99");
    }

    @Test
    void reportTreatsMissingPartsAsEmpty() {
        Report report = new Report("t", null, null, null);

        assertThat(report.description()).isEmpty();
        assertThat(report.facts()).isEmpty();
        assertThat(report.sections()).isEmpty();
        assertThat(report.banners()).isEmpty();
        assertThat(new Report("t", null, null, null, null).banners()).isEmpty();
    }

    @Test
    void bannerNeedsAHeadingAndAText() {
        assertThatThrownBy(() -> new Banner(" ", "stopped at 26 min"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stopped at 26 min");
        assertThatThrownBy(() -> new Banner("Stopped early", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Stopped early");
    }

    @Test
    void bannersAreCopiedAndImmutable() {
        List<Banner> banners = new ArrayList<>(List.of(new Banner("a", "")));
        Report report = new Report("t", "", List.of(), List.of(), banners);

        banners.add(new Banner("b", ""));

        assertThat(report.banners()).containsExactly(new Banner("a", ""));
        assertThatThrownBy(() -> report.banners().add(new Banner("c", "")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void documentListsAreCopiedAndImmutable() {
        List<Section> sections = new ArrayList<>(List.of(new Section("a", null, null)));
        Report report = new Report("t", "", List.of(), sections);

        sections.add(new Section("b", null, null));

        assertThat(report.sections()).hasSize(1);
        assertThatThrownBy(() -> report.sections().add(new Section("c", null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
