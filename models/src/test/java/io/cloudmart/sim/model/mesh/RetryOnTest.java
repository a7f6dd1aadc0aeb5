package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * retryOn conditions against Envoy's router semantics ({@code wouldRetryFromHeaders}/{@code wouldRetryFromReset})
 * and Istio's parsing of status codes.
 */
class RetryOnTest {
    private static AttemptResult result(String kind) {
        return switch (kind) {
            case "connect-failure" -> AttemptResult.connectFailure();
            case "reset" -> AttemptResult.reset();
            case "refused-stream" -> AttemptResult.refusedStream();
            case "per-try-timeout" -> AttemptResult.perTryTimeout();
            case "overflow" -> AttemptResult.overflow();
            default -> AttemptResult.response(Integer.parseInt(kind));
        };
    }

    /** Istio's default list retries connection-level failures only: a 503 response is not retried (oracle 8). */
    @ParameterizedTest(name = "default retryOn, {0} → {1}")
    @CsvSource({"503, false", "500, false", "502, false", "409, false", "connect-failure, true", "refused-stream, true",
            "reset, false", "per-try-timeout, false", "overflow, false"})
    void istioDefault(String failure, boolean retriable) {
        assertThat(RetryOn.istioDefault().retriable(result(failure))).isEqualTo(retriable);
    }

    @ParameterizedTest(name = "retryOn {0}, {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "5xx; 500; true", "5xx; 503; true", "5xx; 599; true", "5xx; 404; false", "5xx; 200; false",
            "5xx; reset; true", "5xx; per-try-timeout; true", "5xx; connect-failure; true", "5xx; refused-stream; true",
            "5xx; overflow; false",
            "gateway-error; 502; true", "gateway-error; 503; true", "gateway-error; 504; true", "gateway-error; 500; false",
            "gateway-error; reset; true", "gateway-error; per-try-timeout; true",
            "reset; reset; true", "reset; per-try-timeout; true", "reset; connect-failure; true", "reset; 503; false",
            "connect-failure; connect-failure; true", "connect-failure; reset; false", "connect-failure; 503; false",
            "refused-stream; refused-stream; true", "refused-stream; reset; false",
            "reset-before-request; connect-failure; true", "reset-before-request; reset; false",
            "retriable-4xx; 409; true", "retriable-4xx; 404; false", "retriable-4xx; 503; false",
            "503; 503; true", "503; 502; false", "503; reset; false",
            "'503,reset'; reset; true",
            "retriable-status-codes; 503; false",
            "'retriable-status-codes,429'; 429; true",
            "'5xx,reset,connect-failure'; overflow; false"})
    void conditions(String retryOn, String failure, boolean retriable) {
        assertThat(RetryOn.parse(retryOn).retriable(result(failure))).isEqualTo(retriable);
    }

    /** Istio adds retriable-status-codes when codes are listed; blanks and case are ignored. */
    @Test
    void parsesLikeIstio() {
        RetryOn parsed = RetryOn.parse(" 503 , Reset,,gateway-error, 429");
        assertThat(parsed.statusCodes()).containsExactly(429, 503);
        assertThat(parsed.toString()).isEqualTo("gateway-error,reset,retriable-status-codes,429,503");
        assertThat(RetryOn.istioDefault().toString())
                .isEqualTo("connect-failure,refused-stream,retriable-status-codes,unavailable,cancelled");
    }

    @Test
    void rejectsWhatEnvoyWouldNotKnow() {
        assertThatThrownBy(() -> RetryOn.parse("5xx,timeout")).hasMessageContaining("'timeout'");
        assertThatThrownBy(() -> RetryOn.parse("999")).hasMessageContaining("[100, 599]");
        assertThatThrownBy(() -> RetryOn.parse("")).hasMessageContaining("empty");
    }

    @Test
    void envoyGeneratedStatusesAndFlags() {
        assertThat(AttemptResult.connectFailure().status()).isEqualTo(503);
        assertThat(AttemptResult.connectFailure().responseFlag()).isEqualTo("UF");
        assertThat(AttemptResult.perTryTimeout().status()).isEqualTo(504);
        assertThat(AttemptResult.perTryTimeout().responseFlag()).isEqualTo("UT");
        assertThat(AttemptResult.overflow().responseFlag()).isEqualTo("UO");
        assertThat(AttemptResult.reset().responseFlag()).isEqualTo("UR");
        assertThat(AttemptResult.response(200).responseFlag()).isEqualTo("-");
        assertThat(AttemptResult.overflow().countsForHost()).isFalse();
        assertThat(AttemptResult.response(503).isHostError()).isTrue();
        assertThat(AttemptResult.perTryTimeout().isHostError()).isTrue();
        assertThat(AttemptResult.response(404).isHostError()).isFalse();
        assertThatThrownBy(() -> AttemptResult.response(42)).hasMessageContaining("status");
        assertThatThrownBy(() -> AttemptResult.response(600)).hasMessageContaining("status");
    }

    /** The shared responses are the values a fresh record would be, for every valid status. */
    @Test
    void sharedResponsesAreTheValuesOfEveryStatus() {
        for (int status = 100; status <= 599; status++) {
            assertThat(AttemptResult.response(status))
                    .isEqualTo(new AttemptResult(AttemptResult.Kind.RESPONSE, status))
                    .isSameAs(AttemptResult.response(status));
        }
    }
}
