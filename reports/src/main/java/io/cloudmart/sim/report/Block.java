package io.cloudmart.sim.report;

/**
 * One piece of section content. The set is closed so that every renderer handles every kind and
 * the compiler reports a forgotten case.
 */
public sealed interface Block permits Paragraph, Table, Chart, Legend, Waterfall, Timeline, ScatterChart, Diagram {}
