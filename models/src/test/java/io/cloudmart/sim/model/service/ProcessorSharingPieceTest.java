package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.RunSettings;

/** The bench's processor-sharing loop does what it times: it keeps both cores busy and finishes every burst. */
class ProcessorSharingPieceTest {
    @Test
    void eightWorkersKeepTwoCoresBusyUntilTheLastBursts() {
        Simulation simulation = new Simulation(new RunSettings("ps-piece", 7, 0, 1e9, 0, 1e9));
        ProcessorSharingPiece piece = ProcessorSharingPiece.install(simulation, simulation.stream("work"), 20_000);
        simulation.run();
        assertThat(piece.finished()).isEqualTo(20_000);
        // work is conserved: two cores busy while at least two bursts run, so the last finish comes after half of
        // the total work, and at most one burst's work later (the tail, when fewer than two run, is short)
        double busy = piece.workSeconds() / ProcessorSharingPiece.CORES;
        assertThat(piece.lastFinishSeconds()).isBetween(busy, busy + 0.5);
    }
}
