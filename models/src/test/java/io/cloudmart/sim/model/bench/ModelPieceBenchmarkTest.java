package io.cloudmart.sim.model.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.model.bench.ModelPieceBenchmark.Piece;

/** The model pieces do the operations they report; no timing is checked here. */
class ModelPieceBenchmarkTest {
    @Test
    void everyPieceReportsTheOperationsItDid() {
        for (Piece piece : Piece.values()) {
            assertThat(ModelPieceBenchmark.run(piece, 50_000, 3).operations()).as(piece.id()).isEqualTo(50_000);
        }
    }

    @Test
    void nothingToDoIsRefused() {
        assertThatThrownBy(() -> ModelPieceBenchmark.run(Piece.RATE_LIMIT_CHECK, 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
