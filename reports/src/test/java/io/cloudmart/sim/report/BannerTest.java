package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BannerTest {

    private static final String NASTY = "<script>alert('x')</script> & \"q\"";
    private static final String NASTY_ESCAPED =
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";

    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void showsBannersInOrderBetweenTheHeaderAndTheFirstSection() {
        String html = writer.render(SampleReports.stoppedEarly());

        assertThat(html).containsSubsequence(
                "<dl class=\"facts\">", "</header>",
                "<div class=\"banner\" role=\"alert\">",
                "<p class=\"banner-heading\">The run stopped early</p>",
                "<p>The run stopped at 26 min 40 s: more than 250,000 requests were in flight",
                "<p>Figures after that time are missing", "</div>",
                "<div class=\"banner\" role=\"alert\">",
                "<p class=\"banner-heading\">Only 3 of 10 replications finished</p>", "</div>",
                "<section id=\"section-1\">");
        assertThat(html.split("role=\"alert\"", -1)).hasSize(3);
        assertThat(HtmlChecks.nestingProblems(html)).isEmpty();
    }

    @Test
    void escapesHeadingAndText() {
        Banner banner = new Banner(NASTY, NASTY + "\n\n" + NASTY);
        Report report = new Report("r", null, null, null, List.of(banner));

        String html = writer.render(report);

        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(html).contains("<p class=\"banner-heading\">" + NASTY_ESCAPED + "</p>\n"
                + "<p>" + NASTY_ESCAPED + "</p>\n<p>" + NASTY_ESCAPED + "</p>\n</div>");
        assertThat(HtmlChecks.nestingProblems(html)).isEmpty();
    }

    @Test
    void aBannerWithoutTextShowsItsHeadingOnly() {
        Report report = new Report("r", null, null, null, List.of(new Banner("Stopped", "")));

        String html = writer.render(report);

        assertThat(html).contains("</header>\n<div class=\"banner\" role=\"alert\">\n"
                + "<p class=\"banner-heading\">Stopped</p>\n</div>\n<footer>");
    }

    @Test
    void aPageWithoutBannersHasNeitherBannerMarkupNorBannerRules() {
        Report sample = SampleReports.full();
        Report withEmptyList = new Report(sample.title(), sample.description(), sample.facts(),
                sample.sections(), List.of());

        String html = writer.render(sample);

        assertThat(html).doesNotContain("banner", "role=\"alert\"");
        assertThat(writer.render(withEmptyList)).isEqualTo(html);
    }

    @Test
    void aPageWithABannerCarriesItsRulesInsideTheStyleElement() {
        String html = writer.render(SampleReports.stoppedEarly());

        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(style).contains(".banner{", "border-left:6px solid", "@media print{.banner{");
        assertThat(html.split("</style>", -1)).hasSize(2);
    }
}
