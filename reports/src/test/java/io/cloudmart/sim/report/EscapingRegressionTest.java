package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Markup in every string of a report, including the strings that JFreeSVG writes into a chart,
 * stays text: no element, attribute or end tag of it survives into the page.
 *
 * <p>Values that matter: each payload ends one of the contexts the page has (element content, a
 * quoted attribute, the style element, a CDATA section, the svg element) or starts a script. Values
 * that don't: the chart data, which only has to make every chart drawable.
 */
class EscapingRegressionTest {

    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "</style><script>x</script>",
            "]]>",
            "</svg>");
    /** All payloads in one string, so every field carries every payload. */
    private static final String EVIL = String.join(" ", PAYLOADS);
    private static final String EVIL_ESCAPED = Html.escape(EVIL);
    /** Drawn charts: two with data; the third has none and becomes a note. */
    private static final int DRAWN_CHARTS = 2;

    private final String html = new HtmlReportWriter().render(evilReport());

    @Test
    void noPayloadSurvivesAsMarkup() {
        String lower = html.toLowerCase(Locale.ROOT);

        assertThat(lower).doesNotContain("<script", "<img", "]]>");
        // "</svg>" is left out: the page ends each chart with it, and
        // theStyleAndSvgElementsEndWhereThePageEndsThem counts them
        for (String payload : PAYLOADS.subList(0, PAYLOADS.size() - 1)) {
            assertThat(html).as("raw payload").doesNotContain(payload);
        }
        assertThat(HtmlChecks.tagsWithEventHandlers(html)).isEmpty();
        assertThat(HtmlChecks.externalReferences(html)).isEmpty();
        // the words may stay, as escaped text only
        assertThat(count(html, "onerror=")).isEqualTo(count(html, "&lt;img src=x onerror="));
    }

    @Test
    void theStyleAndSvgElementsEndWhereThePageEndsThem() {
        assertThat(count(html, "</style>")).isEqualTo(1);
        assertThat(count(html, "<svg")).isEqualTo(DRAWN_CHARTS);
        assertThat(count(html, "</svg>")).isEqualTo(DRAWN_CHARTS);
        assertThat(HtmlChecks.nestingProblems(html)).isEmpty();
    }

    @Test
    void everySvgIsWellFormedXmlAndKeepsTheTextsAsText() throws Exception {
        List<String> svgs = HtmlChecks.svgs(html);

        assertThat(svgs).hasSize(DRAWN_CHARTS);
        for (String svg : svgs) {
            Element root = parseXml(svg).getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getAttribute("aria-label")).isEqualTo(EVIL);
            assertThat(root.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(root.getElementsByTagNameNS("*", "img").getLength()).isZero();
            // Chart title, y label (drawn as a subtitle), x label, legend entry and marker label.
            // The title is too long for one line, and JFreeChart wraps it into two text elements
            // at a space, which joining them without a separator restores.
            assertThat(count(textContent(root), EVIL)).isEqualTo(5);
        }
    }

    @Test
    void everyHtmlTextShowsThePayloadEscaped() {
        String outsideCharts = html;
        for (String svg : HtmlChecks.svgs(html)) {
            outsideCharts = outsideCharts.replace(svg, "");
        }

        // page title, h1, description, fact label and value, banner heading and text, section
        // heading, intro, paragraph, table caption, header, cell and note, the no-data note
        assertThat(count(outsideCharts, EVIL_ESCAPED)).isEqualTo(15);
        assertThat(outsideCharts).doesNotContain("<svg", "</svg>");
    }

    private static Report evilReport() {
        Line line = new Line(EVIL, new double[] {0, 1, 2}, new double[] {1, 3, 2});
        Marker marker = new Marker(1, EVIL);
        List<Block> blocks = List.of(
                new Paragraph(EVIL),
                new Table(EVIL, List.of(EVIL), List.of(List.of(EVIL)), EVIL),
                new Chart(EVIL, EVIL, EVIL, List.of(line), List.of(marker)),
                new Chart(EVIL, EVIL, EVIL, List.of(line), List.of(marker)),
                new Chart(EVIL, EVIL, EVIL, List.of(), List.of()));
        return new Report(EVIL, EVIL, List.of(new Fact(EVIL, EVIL)),
                List.of(new Section(EVIL, EVIL, blocks)), List.of(new Banner(EVIL, EVIL)));
    }

    /** Returns the text of every SVG text element, joined without separator, unescaped. */
    private static String textContent(Element svg) {
        StringBuilder text = new StringBuilder();
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent());
        }
        return text.toString();
    }

    /** Parses with doctypes refused, so the check cannot pass by resolving an entity. */
    private static Document parseXml(String xml)
            throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
