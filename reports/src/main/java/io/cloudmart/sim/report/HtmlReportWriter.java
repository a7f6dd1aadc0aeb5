package io.cloudmart.sim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS, charts as inline SVG, no
 * external resources and no script but a {@link Timeline}'s, so the file can be opened offline or
 * mailed as is. The page declares a Content-Security-Policy that tells the browser to keep it that way.
 *
 * <p>Every string of the document is HTML-escaped. The output depends only on the report and the
 * chart style (no time stamps, no random ids, {@link java.util.Locale#US} axis labels), so the same
 * report always yields the same bytes. Instances hold no mutable state and may be shared between
 * threads; it works in a headless JVM.
 */
public final class HtmlReportWriter {

    private final SvgChartRenderer charts;

    /** Creates a writer that draws charts in {@link ChartStyle#DEFAULT}. */
    public HtmlReportWriter() {
        this(ChartStyle.DEFAULT);
    }

    /** Creates a writer that draws charts in {@code chartStyle}. */
    public HtmlReportWriter(ChartStyle chartStyle) {
        this.charts = new SvgChartRenderer(Objects.requireNonNull(chartStyle, "chartStyle"));
    }

    /** Returns the page as a string; prefer {@link #write(Report, Writer)} for large reports. */
    public String render(Report report) {
        StringWriter out = new StringWriter(64 * 1024);
        write(report, out);
        return out.toString();
    }

    /**
     * Writes the page to {@code out}, which must encode UTF-8 because the page declares it; the
     * writer is flushed but not closed.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void write(Report report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            new PageWriter(out, charts).write(report);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write report '" + report.title() + "'", e);
        }
    }

    /**
     * Writes the page to {@code file} in UTF-8, replacing it if it exists.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Report report, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write report to " + file, e);
        }
    }
}
