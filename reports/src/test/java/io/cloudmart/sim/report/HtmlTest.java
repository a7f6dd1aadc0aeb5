package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void escapesAmpersandsEvenWhenTheyLookLikeEntities() {
        assertThat(Html.escape("&lt; &amp;")).isEqualTo("&amp;lt; &amp;amp;");
    }

    @Test
    void returnsPlainTextUnchangedAndNullAsEmpty() {
        assertThat(Html.escape("p99 ± 3 ms, 95 %")).isEqualTo("p99 ± 3 ms, 95 %");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void splitsParagraphsOnBlankLinesAndKeepsSingleLineBreaks() {
        String text = "  First line\r\nsecond line  \n\n \t \nSecond <b>paragraph</b>\n\n\n";

        assertThat(Html.paragraphs(text))
                .containsExactly("First line<br>\nsecond line", "Second &lt;b&gt;paragraph&lt;/b&gt;");
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(Html.paragraphs(" \n\n ")).isEmpty();
        assertThat(Html.paragraphs(null)).isEmpty();
    }
}
