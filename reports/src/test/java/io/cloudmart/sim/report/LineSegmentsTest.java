package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.report.LineSegments.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSegmentsTest {

    private static final double NAN = Double.NaN;

    @Test
    void splitsAtEveryRunOfMissingValues() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {1, NAN, 3, 4, NAN, NAN, 7};

        assertThat(LineSegments.split(x, y))
                .containsExactly(new Segment(0, 1), new Segment(2, 4), new Segment(6, 7));
    }

    @Test
    void treatsInfiniteOrMissingXLikeAMissingY() {
        double[] x = {0, 1, NAN, 3, 4};
        double[] y = {1, Double.POSITIVE_INFINITY, 3, 4, 5};

        assertThat(LineSegments.split(x, y)).containsExactly(new Segment(0, 1), new Segment(3, 5));
    }

    @Test
    void keepsACompleteLineInOneSegment() {
        assertThat(LineSegments.split(new double[] {0, 1, 2}, new double[] {5, 0, 5}))
                .containsExactly(new Segment(0, 3));
    }

    @Test
    void findsNoSegmentInAnEmptyOrAllMissingLine() {
        assertThat(LineSegments.split(new double[0], new double[0])).isEmpty();
        assertThat(LineSegments.split(new double[] {0, 1}, new double[] {NAN, NAN})).isEmpty();
    }

    @Test
    void aChartHasDataOnlyIfSomeLineHasAPlottablePoint() {
        Line missing = new Line("a", new double[] {0, 1}, new double[] {NAN, NAN});
        Line onePoint = new Line("b", new double[] {0, 1}, new double[] {NAN, 2});

        assertThat(LineSegments.hasData(chart(List.of()))).isFalse();
        assertThat(LineSegments.hasData(chart(List.of(missing)))).isFalse();
        assertThat(LineSegments.hasData(chart(List.of(missing, onePoint)))).isTrue();
    }

    private static Chart chart(List<Line> lines) {
        return new Chart("t", "x", "y", lines, List.of());
    }
}
