/**
 * A presentation-neutral report document and its renderer to one self-contained HTML file.
 *
 * <p>Callers build a {@link io.cloudmart.sim.report.Report} from result records (titles, facts,
 * banners such as "the run stopped early", sections of paragraphs, tables and charts) and hand it
 * to {@link io.cloudmart.sim.report.HtmlReportWriter}. This package knows nothing about the
 * simulation domain: table cells arrive preformatted and chart lines are plain arrays, so the same
 * renderer serves every scenario and report tests run on synthetic documents in milliseconds.
 *
 * <p>The HTML output needs no network and no JavaScript: CSS is inline and charts are inline
 * {@code <svg>} elements drawn headless by JFreeChart on JFreeSVG. Every string taken from the
 * document is HTML-escaped, so text written by a teacher or taken from a scenario file cannot
 * inject markup. A Content-Security-Policy on every page forbids scripts and external loads in the
 * browser as well.
 */
package io.cloudmart.sim.report;
