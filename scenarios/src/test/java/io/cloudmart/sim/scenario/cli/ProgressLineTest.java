package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private long now;

    @Test
    void appearsOnlyAfterASecondAndIsClearedAtTheEnd() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text, true), false, "shop", () -> now);
        now = 500_000_000L;
        line.accept(0.3);
        assertThat(text.toString()).isEmpty();
        now = 2_000_000_000L;
        line.accept(0.5);
        assertThat(text.toString()).contains("simulating shop:  50%", "about 2 s left");
        line.finish();
        assertThat(text.toString()).endsWith("\r");
    }

    @Test
    void quietMeansSilent() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text, true), true, "shop", () -> now);
        now = 5_000_000_000L;
        line.accept(0.5);
        line.finish();
        assertThat(text.toString()).isEmpty();
    }
}
