package io.cloudmart.sim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.bench.PieceBenchmark.Piece;

/** The hot-piece benchmarks do the operations they report; no timing is checked here. */
class PieceBenchmarkTest {
    @Test
    void everyPieceReportsTheOperationsItDid() {
        for (Piece piece : Piece.values()) {
            assertThat(PieceBenchmark.run(piece, 50_000, 1_000, 3).operations()).as(piece.id()).isEqualTo(50_000);
        }
    }

    @Test
    void fewerOperationsThanPendingEventsStillRunsEachOnce() {
        assertThat(PieceBenchmark.run(Piece.EVENT_LIST_ENGINE, 10, 1_000, 3).operations()).isEqualTo(10);
        assertThat(PieceBenchmark.run(Piece.EVENT_LIST_HAND_HEAP, 10, 1_000, 3).operations()).isEqualTo(10);
    }

    @Test
    void nothingToDoIsRefused() {
        assertThatThrownBy(() -> PieceBenchmark.run(Piece.TALLY_RECORD, 0, 1, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
