package io.cloudmart.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/sample-report.html}, and the same run stopped early in
 * {@code target/sample-report-stopped.html}, so a person can look at full pages (for example with
 * a headless browser screenshot) after every build.
 */
class SampleReportTest {

    @Test
    void writesSampleReportForVisualInspection() throws IOException {
        Path file = Path.of("target", "sample-report.html");
        Files.createDirectories(file.getParent());

        new HtmlReportWriter().write(SampleReports.full(), file);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("± 0.3");
        assertThat(html.split("<svg", -1)).hasSize(6); // five drawn charts
        assertThat(html).contains("No data to plot for");
    }

    @Test
    void writesAStoppedRunWithBannersForVisualInspection() throws IOException {
        Path file = Path.of("target", "sample-report-stopped.html");
        Files.createDirectories(file.getParent());

        new HtmlReportWriter().write(SampleReports.stoppedEarly(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("role=\"alert\"");
    }
}
