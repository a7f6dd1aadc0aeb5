package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableHtmlTest {

    private static final Table LATENCY =
            new Table(
                    "Latency by service",
                    List.of("service", "mean (ms)", "p99 (ms)"),
                    List.of(
                            List.of("checkout", "88.1 ± 2.7", "560.3"),
                            List.of("payment", "45.0 ± 1.1", "—")),
                    "95 % confidence intervals");

    @Test
    void rendersCaptionHeadersRowsAndNoteInOrder() {
        String html = TableHtml.render(LATENCY);

        assertThat(html)
                .containsSubsequence(
                        "<caption>Latency by service</caption>",
                        ">service</th>", ">mean (ms)</th>", ">p99 (ms)</th>",
                        ">checkout</td>", ">88.1 ± 2.7</td>", ">560.3</td>",
                        ">payment</td>", ">45.0 ± 1.1</td>", ">—</td>",
                        "</table>",
                        "<p class=\"note\">95 % confidence intervals</p>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 3); // header row + 2 data rows
        assertThat(HtmlChecks.nestingProblems(html)).isEmpty();
    }

    @Test
    void rightAlignsNumericColumnsIncludingHeaderAndPlaceholders() {
        String html = TableHtml.render(LATENCY);

        assertThat(html).contains("<th scope=\"col\">service</th>");
        assertThat(html).contains("<th class=\"num\" scope=\"col\">mean (ms)</th>");
        assertThat(html).contains("<td>checkout</td>");
        assertThat(html).contains("<td class=\"num\">88.1 ± 2.7</td>");
        assertThat(html).contains("<td class=\"num\">—</td>");
    }

    @Test
    void rightAlignsNumericCellsInMixedColumnsButNotTheirText() {
        Table table = new Table("Mixed", List.of("setting", "value"),
                List.of(List.of("replicas", "3"), List.of("policy", "round robin")), null);

        String html = TableHtml.render(table);

        assertThat(html).contains("<td class=\"num\">3</td>", "<td>round robin</td>");
        assertThat(html).contains("<th scope=\"col\">value</th>");
    }

    @Test
    void omitsTheNoteWhenThereIsNone() {
        Table table = new Table("No note", List.of("a"), List.of(List.of("1")), null);

        assertThat(TableHtml.render(table)).doesNotContain("class=\"note\"");
    }

    @Test
    void escapesEveryCell() {
        Table table = new Table("<i>cap</i>", List.of("<th>"), List.of(List.of("a & b")), "<note>");

        assertThat(TableHtml.render(table))
                .contains("&lt;i&gt;cap&lt;/i&gt;", "&lt;th&gt;", "a &amp; b", "&lt;note&gt;")
                .doesNotContain("<i>", "<note>");
    }

    @Test
    void rejectsRowsThatDoNotMatchTheHeaders() {
        assertThatThrownBy(() -> new Table("Ragged", List.of("a", "b"),
                List.of(List.of("1", "2"), List.of("3")), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ragged")
                .hasMessageContaining("row 1");
    }

    @Test
    void rejectsNullCellsWithTheRowNumber() {
        List<String> withNull = Arrays.asList("1", null);

        assertThatThrownBy(() -> new Table("Holes", List.of("a", "b"), List.of(withNull), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0");
    }
}
