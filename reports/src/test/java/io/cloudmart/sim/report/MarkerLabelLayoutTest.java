package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.report.MarkerLabelLayout.Placement;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerLabelLayoutTest {

    private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);
    private static final double PLOT_WIDTH = 800;

    @Test
    void distantMarkersShareTheFirstRow() {
        List<Placement> placements = layout(new Marker(5, "warm-up ends"), new Marker(30, "spike"));

        assertThat(placements).extracting(Placement::row).containsExactly(0, 0);
        assertThat(MarkerLabelLayout.rowsUsed(placements)).isEqualTo(1);
    }

    @Test
    void overlappingLabelsMoveToTheNextRow() {
        List<Placement> placements =
                layout(new Marker(20, "traffic x3"), new Marker(21, "HPA reacts"), new Marker(22, "x"));

        assertThat(placements).extracting(Placement::row).containsExactly(0, 1, 2);
        assertThat(MarkerLabelLayout.rowsUsed(placements)).isEqualTo(3);
    }

    @Test
    void rowsAreCappedSoHeadRoomStaysBounded() {
        List<Placement> placements = layout(new Marker(20, "a long label"), new Marker(20.1, "b long"),
                new Marker(20.2, "c long"), new Marker(20.3, "d long"));

        assertThat(MarkerLabelLayout.rowsUsed(placements)).isEqualTo(MarkerLabelLayout.MAX_ROWS);
    }

    @Test
    void labelsNearTheRightEndGoLeftOfTheirLine() {
        List<Placement> placements = layout(new Marker(10, "early"), new Marker(58, "late"));

        assertThat(placements).extracting(Placement::leftOfLine).containsExactly(false, true);
    }

    @Test
    void skipsMarkersWithoutAPositionAndSortsByX() {
        List<Placement> placements =
                layout(new Marker(40, "b"), new Marker(Double.NaN, "nowhere"), new Marker(10, "a"));

        assertThat(placements).extracting(p -> p.marker().label()).containsExactly("a", "b");
    }

    @Test
    void unlabelledMarkersNeedNoRow() {
        assertThat(MarkerLabelLayout.rowsUsed(layout(new Marker(10, "")))).isZero();
    }

    private static List<Placement> layout(Marker... markers) {
        return MarkerLabelLayout.layout(List.of(markers), 0, 60, PLOT_WIDTH, FONT);
    }
}
