package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static final String META_PREFIX = "<meta http-equiv=\"Content-Security-Policy\"";

    private final String html = new HtmlReportWriter().render(SampleReports.full());

    @Test
    void theMetaTagFollowsTheCharsetAndPrecedesEveryStyle() {
        String head = "<head>\n<meta charset=\"utf-8\">\n" + ContentSecurityPolicy.META + "\n";
        int policyEnd = html.indexOf(head) + head.length();

        assertThat(html).contains(head);
        assertThat(html.split(META_PREFIX, -1)).hasSize(2);
        assertThat(html.indexOf("<style")).isGreaterThan(policyEnd);
        assertThat(html.indexOf(" style=")).isGreaterThan(policyEnd);
        assertThat(html.indexOf("<title")).isGreaterThan(policyEnd);
    }

    @Test
    void thePolicyForbidsEverythingButInlineStyles() {
        assertThat(directives()).containsExactly(
                Map.entry("default-src", "'none'"),
                Map.entry("style-src", "'unsafe-inline'"),
                Map.entry("base-uri", "'none'"),
                Map.entry("form-action", "'none'"));
        // written into a double-quoted attribute without escaping
        assertThat(ContentSecurityPolicy.POLICY).doesNotContain("\"", "&", "<", ">");
    }

    @Test
    void thePageUsesNothingThePolicyBlocks() {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "javascript:");
        assertThat(HtmlChecks.tagsWithEventHandlers(html)).isEmpty();
        assertThat(HtmlChecks.externalReferences(html)).isEmpty();
        assertThat(HtmlChecks.ids(html)).containsAll(HtmlChecks.urlRefs(html));
    }

    @Test
    void theChecksFindWhatThePolicyWouldBlock() {
        String bad = "<p title='onclick=x'>a</p><img src=x onerror=alert(1)>"
                + "<svg><image xlink:href='https://example.org/a.png'/></svg>"
                + "<div style=\"background:url(https://example.org/b.png)\"></div>";

        assertThat(HtmlChecks.tagsWithEventHandlers(bad)).containsExactly("<img src=x onerror=alert(1)>");
        assertThat(HtmlChecks.externalReferences(bad)).hasSize(3);
    }

    private static Map<String, String> directives() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String directive : ContentSecurityPolicy.POLICY.split(";")) {
            String[] parts = directive.strip().split(" ", 2);
            result.put(parts[0], parts[1]);
        }
        return result;
    }
}
